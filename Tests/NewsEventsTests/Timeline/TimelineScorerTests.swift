import XCTest
@testable import NewsEvents

/// One test per definition of `shared/eval/score_events.py`.
final class TimelineScorerTests: XCTestCase {
    func gold(_ type: String = "grant", status: String? = "occurred", hasStatus: Bool = true, date: String? = nil,
              agent: [String] = [], recipient: [String] = [], target: [String] = [], evidence: [String],
              optional: Bool = false) -> GoldEvent {
        GoldEvent(type: type, status: status, hasStatus: hasStatus, date: date, agent: agent, recipient: recipient,
                  target: target, evidence: evidence, optional: optional)
    }

    func sys(_ type: String = "grant", _ status: EventStatus = .occurred, date: String? = nil, agent: Participant? = nil,
             target: Participant? = nil, doc: String = "d", sentence: String) -> Event {
        Event(type: type, status: status, date: date.map { T.date($0) }, agent: agent, target: target,
              sources: [EventSource(document: doc, sentence: sentence, start: 0, end: 1, rule: "r")])
    }

    // MARK: - fold, name_fold, doc_key

    func testFold() {
        XCTAssertEqual(ScoreText.fold("  Hello\u{00A0}\u{2003} WORLD\n\t"), "hello world")
        XCTAssertEqual(ScoreText.fold("\u{2018}it\u{2019}s\u{201C}x\u{201D}"), "'it's\"x\"")
        // U+200B is not whitespace for Python.
        XCTAssertEqual(ScoreText.fold("a\u{200B}b"), "a\u{200B}b")
    }

    func testNameFoldUSRule() {
        XCTAssertEqual(ScoreText.nameFold("U.S. Commerce"), "us commerce")
        XCTAssertEqual(ScoreText.nameFold("the U. S. government"), "us government")
        XCTAssertEqual(ScoreText.nameFold("U.S."), "us")
        // \b: not inside a word ("emu.s." keeps its letters, the dots become spaces).
        XCTAssertEqual(ScoreText.nameFold("emu.s."), "emu s")
        // Only one optional space: "u.  s." (two spaces are folded to one first, so it matches).
        XCTAssertEqual(ScoreText.nameFold("u.  s."), "us")
    }

    func testNameFoldPunctuationAndArticles() {
        XCTAssertEqual(ScoreText.nameFold("The Ministry of Int'l Trade & Industry (MITI)"), "ministry of int l trade industry miti")
        XCTAssertEqual(ScoreText.nameFold("an agency"), "agency")
        XCTAssertEqual(ScoreText.nameFold("A  firm"), "firm")
        XCTAssertEqual(ScoreText.nameFold("another firm"), "another firm")
        XCTAssertEqual(ScoreText.nameFold("The"), "the")  // no whitespace after: kept
        XCTAssertEqual(ScoreText.nameFold("\"The\" Times"), "times")  // quote becomes space, then stripped
        XCTAssertEqual(ScoreText.nameFold("Société_Générale"), "société_générale")
        XCTAssertEqual(ScoreText.nameFold("e\u{0301}tat"), "e tat")  // a combining mark is not \w
    }

    func testDocKey() {
        XCTAssertEqual(ScoreText.docKey("txt/reuters-5259.txt"), "reuters-5259")
        XCTAssertEqual(ScoreText.docKey("a/b/page.html"), "page")
        XCTAssertEqual(ScoreText.docKey("page.htm"), "page")
        XCTAssertEqual(ScoreText.docKey("page.xhtml"), "page")
        XCTAssertEqual(ScoreText.docKey("notes.md"), "notes")
        XCTAssertEqual(ScoreText.docKey("rec.json"), "rec")
        XCTAssertEqual(ScoreText.docKey("rec.jsonl"), "rec.jsonl")
        XCTAssertEqual(ScoreText.docKey("a.b.txt"), "a.b")
        XCTAssertEqual(ScoreText.docKey("plain"), "plain")
    }

    // MARK: - matching

    func testHitNeedsEvidenceInFoldedSentence() {
        let g = [GoldDocument(doc: "d", events: [gold(evidence: ["granted  a LICENCE"])])]
        let hit = EventScorer.score(gold: g, system: [sys(sentence: "The ministry Granted a licence\nto X.")])
        XCTAssertEqual(hit.overall.tp, 1)
        let miss = EventScorer.score(gold: g, system: [sys(sentence: "The ministry granted licences.")])
        XCTAssertEqual(miss.overall.tp, 0)
        XCTAssertEqual(miss.overall.fn, 1)
        XCTAssertEqual(miss.overall.fp, 1)
        XCTAssertEqual(miss.errors, ["d MISS grant occurred  [granted  a LICENCE]", "d EXTRA grant  [The ministry granted licences.]"])
    }

    func testOnlySentencesOfThisDocumentHit() {
        let g = [GoldDocument(doc: "d", events: [gold(evidence: ["granted a licence"])])]
        var e = sys(doc: "d", sentence: "nothing here")
        e.sources.append(EventSource(document: "other", sentence: "granted a licence", start: 0, end: 1, rule: "r"))
        let report = EventScorer.score(gold: g, system: [e])
        XCTAssertEqual(report.overall.tp, 0)
        XCTAssertEqual(report.overall.fp, 1)
        XCTAssertEqual(report.extraDocuments, 1)  // "other" has no gold
    }

    func testDocKeyJoinsGoldAndSystem() {
        let g = [GoldDocument(doc: "txt/d.txt", events: [gold(evidence: ["granted"])])]
        let report = EventScorer.score(gold: g, system: [sys(doc: "d.html", sentence: "It granted it.")])
        XCTAssertEqual(report.overall.tp, 1)
        XCTAssertEqual(report.extraDocuments, 0)
    }

    func testTypeMustMatch() {
        let g = [GoldDocument(doc: "d", events: [gold("grant", evidence: ["approved"])])]
        let report = EventScorer.score(gold: g, system: [sys("rule", sentence: "It approved it."), sys("agreement", sentence: "approved")])
        XCTAssertEqual(report.overall.tp, 0)
        XCTAssertEqual(report.overall.fn, 1)
        XCTAssertEqual(report.overall.fp, 2)
        XCTAssertEqual(report.wrongType, 1)
        XCTAssertEqual(report.errors.first, "d TYPE gold=grant got=['agreement', 'rule']  [approved]")
    }

    func testOneToOne() {
        let g = [GoldDocument(doc: "d", events: [gold(evidence: ["granted"]), gold(evidence: ["granted"])])]
        let report = EventScorer.score(gold: g, system: [sys(sentence: "granted")])
        XCTAssertEqual(report.overall.tp, 1)
        XCTAssertEqual(report.overall.fn, 1)
    }

    func testOptionalGoldMatchedLast() {
        // The optional gold event comes first in the file but the system event goes to the required one.
        let g = [GoldDocument(doc: "d", events: [
            gold(evidence: ["granted"], optional: true), gold(evidence: ["granted"]),
        ])]
        let report = EventScorer.score(gold: g, system: [sys(sentence: "granted")])
        XCTAssertEqual(report.overall.tp, 1)
        XCTAssertEqual(report.overall.fn, 0)
    }

    func testOptionalNeitherRewardsNorPunishes() {
        let g = [GoldDocument(doc: "d", events: [gold(evidence: ["approved"], optional: true)])]
        let found = EventScorer.score(gold: g, system: [sys(sentence: "approved")])
        XCTAssertEqual([found.overall.tp, found.overall.fp, found.overall.fn, found.duplicates], [0, 0, 0, 0])
        let missed = EventScorer.score(gold: g, system: [])
        XCTAssertEqual([missed.overall.tp, missed.overall.fp, missed.overall.fn], [0, 0, 0])
        XCTAssertEqual(missed.statusCount, 0)
    }

    func testDuplicates() {
        let g = [GoldDocument(doc: "d", events: [gold(evidence: ["granted"]), gold(evidence: ["waived"], optional: true)])]
        let report = EventScorer.score(gold: g, system: [
            sys(sentence: "granted"), sys(sentence: "granted again"),
            sys(sentence: "waived"), sys(sentence: "waived too"),  // second hit on the optional one: also a duplicate
        ])
        XCTAssertEqual(report.overall.tp, 1)
        XCTAssertEqual(report.duplicates, 2)
        XCTAssertEqual(report.overall.fp, 0)
    }

    func testEventCountsForEveryDocumentItsSourcesName() {
        let g = [
            GoldDocument(doc: "a", events: [gold(evidence: ["granted"])]),
            GoldDocument(doc: "b", events: [gold(evidence: ["granted"])]),
        ]
        var e = sys(doc: "a", sentence: "granted")
        e.sources.append(EventSource(document: "b", sentence: "It granted.", start: 0, end: 1, rule: "r"))
        XCTAssertEqual(EventScorer.score(gold: g, system: [e]).overall.tp, 2)
    }

    // MARK: - dates

    func testDateStrictAndLenient() {
        XCTAssertTrue(EventScorer.dateOK(gold: "2019-11-20", pred: "2019-11-20", strict: true))
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-11", pred: "2019-11-20", strict: true))
        XCTAssertTrue(EventScorer.dateOK(gold: "2019-11", pred: "2019-11-20", strict: false))  // day in month
        XCTAssertTrue(EventScorer.dateOK(gold: "2019-11-20", pred: "2019-11", strict: false))  // month holds day
        XCTAssertTrue(EventScorer.dateOK(gold: "2019-11-20", pred: "2019-W47", strict: false))
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-11-25", pred: "2019-W47", strict: false))
        XCTAssertTrue(EventScorer.dateOK(gold: "2019-Q4", pred: "2019-12-31", strict: false))
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-Q3", pred: "2019-10-01", strict: false))
        XCTAssertTrue(EventScorer.dateOK(gold: "2019", pred: "2019-W47", strict: false))
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-W01", pred: "2019", strict: false))  // 2019-W01 starts 2018-12-31
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-11", pred: "2019-W48", strict: false))  // overlap is not containment
        XCTAssertFalse(EventScorer.dateOK(gold: "2019-11-20", pred: nil, strict: false))
        XCTAssertFalse(EventScorer.dateOK(gold: "XXXX-11-20", pred: "2019-11-20", strict: false))
        XCTAssertTrue(EventScorer.dateOK(gold: "XXXX-11-20", pred: "XXXX-11-20", strict: true))
    }

    func testDateAccuracyOnlyWhereGoldHasDate() {
        let g = [GoldDocument(doc: "d", events: [
            gold(date: "2019-11", evidence: ["one"]), gold(date: nil, evidence: ["two"]), gold(date: "2019-11-20", evidence: ["three"]),
        ])]
        let report = EventScorer.score(gold: g, system: [
            sys(date: "2019-11-20", sentence: "one"), sys(date: "2019-11-20", sentence: "two"), sys(date: nil, sentence: "three"),
        ])
        XCTAssertEqual(report.dateCount, 2)
        XCTAssertEqual(report.dateStrictCorrect, 0)
        XCTAssertEqual(report.dateLenientCorrect, 1)
        XCTAssertEqual(report.errors, ["d DATE gold=2019-11-20 got=None  [three]"])
    }

    // MARK: - status

    func testStatusDefaultsToOccurred() {
        let g = [GoldDocument(doc: "d", events: [
            gold(status: nil, hasStatus: false, evidence: ["one"]),  // key missing: occurred
            gold(status: nil, hasStatus: true, evidence: ["two"]),  // null: matches nothing
            gold(status: "planned", evidence: ["three"]),
        ])]
        let report = EventScorer.score(gold: g, system: [sys(sentence: "one"), sys(sentence: "two"), sys("grant", .planned, sentence: "three")])
        XCTAssertEqual(report.statusCount, 3)
        XCTAssertEqual(report.statusCorrect, 2)
        XCTAssertEqual(report.errors, ["d STATUS gold=None got=occurred  [two]"])
    }

    // MARK: - roles

    func testRoleMatchingBySubstringEitherWay() {
        XCTAssertTrue(EventScorer.roleMatches(gold: ["us commerce department"], got: ["commerce department"]))
        XCTAssertTrue(EventScorer.roleMatches(gold: ["huawei"], got: ["huawei technologies co"]))
        XCTAssertFalse(EventScorer.roleMatches(gold: ["huawei"], got: ["zte"]))
        XCTAssertFalse(EventScorer.roleMatches(gold: ["huawei"], got: [""]))  // an empty name matches nothing...
        XCTAssertTrue(EventScorer.roleMatches(gold: [""], got: [""]))  // ...except an empty gold name
        XCTAssertTrue(EventScorer.roleMatches(gold: [""], got: ["x"]))  // and "" is in every name
    }

    func testRoleAccuracyUsesNameTextAndId() {
        let g = [GoldDocument(doc: "d", events: [
            gold(agent: ["The U.S. Commerce Department", "Commerce"], target: ["Huawei Technologies"], evidence: ["one"]),
            gold(agent: ["Japan"], evidence: ["two"]),
        ])]
        let report = EventScorer.score(gold: g, system: [
            sys(agent: Participant(id: "us.commerce", name: "U.S. Department of Commerce", text: "Commerce Dept."),
                target: Participant(id: "huawei", name: "Huawei", text: "the company"), sentence: "one"),
            sys(agent: Participant(id: nil, name: "Korea", text: "Seoul"), sentence: "two"),
        ])
        XCTAssertEqual(report.roleCount, 3)  // empty gold roles are not counted
        XCTAssertEqual(report.roleCorrect, 2)
        XCTAssertEqual(report.errors, ["d ROLE agent gold=Japan got=['korea', 'seoul']  [two]"])
    }

    // MARK: - report

    func testExtraLineCollapsesAndCuts() {
        let long = String(repeating: "word  ", count: 40)
        let report = EventScorer.score(gold: [GoldDocument(doc: "d", events: [])], system: [sys(sentence: long)])
        let collapsed = String(repeating: "word ", count: 40)
        XCTAssertEqual(report.errors, ["d EXTRA grant  [" + String(collapsed.prefix(120)) + "]"])
    }

    func testRenderMatchesPythonLayout() {
        let g = [GoldDocument(doc: "d", events: [gold(date: "2019-11", evidence: ["granted"]), gold("denial", evidence: ["denied"])])]
        let report = EventScorer.score(gold: g, system: [sys(date: "2019-11-02", sentence: "granted"), sys("rule", sentence: "x"), sys(doc: "e", sentence: "y")])
        let expected = """
            note: 1 system documents have no gold and were not scored
            type              tp    fp    fn      P      R     F1
            denial             0     0     1  0.000  0.000  0.000
            grant              1     0     0  1.000  1.000  1.000
            rule               0     1     0  0.000  0.000  0.000
            ALL                1     1     1  0.500  0.500  0.500
            duplicates (same gold event reported again): 0
            found with the wrong type: 0
            date accuracy strict 0.000 lenient 1.000 (n=1); status accuracy 1.000 (n=1); role accuracy 0.000 (n=0)
              d MISS denial occurred  [denied]
            event_f1=0.500 precision=0.500 recall=0.500 date_acc=0.000 role_acc=0.000 status_acc=1.000 dups=0

            """
        XCTAssertEqual(report.render(errors: 1), expected)
        XCTAssertFalse(report.render(errors: 0, noteExtraDocuments: false).contains("note:"))
    }

    // MARK: - gold files

    func testGoldFileParses() throws {
        let text = """
            {"doc": "d", "dct": "1987-03-16", "events": [{"type": "grant", "date": null, "agent": ["A"], "evidence": ["x y z"], "optional": true}]}

            {"doc": "e", "events": [{"type": "denial", "status": null, "evidence": ["no"]}]}
            """
        let docs = try GoldFile.parse(text, path: "g.jsonl")
        XCTAssertEqual(docs.map(\.doc), ["d", "e"])
        XCTAssertEqual(docs[0].dct, "1987-03-16")
        XCTAssertTrue(docs[0].events[0].optional)
        XCTAssertEqual(docs[0].events[0].effectiveStatus, "occurred")
        XCTAssertEqual(docs[0].events[0].agent, ["A"])
        XCTAssertNil(docs[1].events[0].effectiveStatus)
    }

    func testGoldFileErrorsNameTheLine() {
        let text = "{\"doc\": \"d\", \"events\": []}\n\n{\"doc\": \"e\", \"events\": [{\"type\": \"grant\", \"evidence\": \"x\"}]}\n"
        XCTAssertThrowsError(try GoldFile.parse(text, path: "g.jsonl")) { error in
            XCTAssertEqual("\(error)", "g.jsonl:3: error: event 1: 'evidence' must be a list of strings")
        }
        XCTAssertThrowsError(try GoldFile.parse("{\"doc\": 1\n", path: "g.jsonl")) { error in
            XCTAssertEqual("\(error)", "g.jsonl:1: error: not valid JSON")
        }
        XCTAssertThrowsError(try GoldFile.load(path: "/nonexistent/gold.jsonl")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent/gold.jsonl: error: cannot read"))
        }
    }

    func testGoldDevFileLoads() throws {
        let path = Fixtures.projectRoot + "/../shared/data/reuters21578/gold-dev.jsonl"
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no shared gold file") }
        let docs = try GoldFile.load(path: path)
        XCTAssertFalse(docs.isEmpty)
        XCTAssertTrue(docs.allSatisfy { !$0.doc.isEmpty })
    }
}
