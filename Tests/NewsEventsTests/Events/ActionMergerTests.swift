import XCTest
@testable import NewsEvents

/// One real-world action is one event: the document-level merge of `Events/ActionMerger.swift` and its
/// knowledge, `[same-action]` and `[head-stops]` in `rules/dates/dating.txt`.
final class ActionMergerTests: XCTestCase {
    private let merger = ActionMerger(cues: RuleExamplesTests.knowledge.datingCues)
    private let published = SimpleDate(iso: "1987-03-30")

    private func event(_ type: String = "agreement", _ status: EventStatus = .occurred, object: String?, date: String? = nil,
                       text: String = "Friday", target: String? = nil, sentence start: Int) -> Event {
        Event(type: type, status: status,
              date: date.map { EventDate(value: $0, granularity: .day, text: text, approximate: false) },
              agent: Participant(id: "icco", name: "International Cocoa Organization", text: "ICCO"),
              target: target.map { Participant(id: nil, name: $0, text: $0) }, object: object,
              sources: [EventSource(document: "d", sentence: "s\(start)", start: start, end: start + 10, rule: "\(type)/r\(start)")])
    }

    func testTheHeadNounIsTheLastWordBeforeAStopWord() {
        XCTAssertEqual(merger.objectHead("100 pct duties on steel"), "duties")
        XCTAssertEqual(merger.objectHead("U.S. tariffs"), "tariffs")
        XCTAssertEqual(merger.objectHead("51 mln dlrs of the sanctions"), "dlrs")
        XCTAssertEqual(merger.objectHead("anti-dumping duties against Chinese bicycles"), "duties")
        XCTAssertEqual(merger.objectHead("in July the merger"), "merger", "a leading stop word starts nothing")
        XCTAssertNil(merger.objectHead(nil))
        XCTAssertNil(merger.objectHead("40"))
    }

    /// "The ICCO reached an agreement on buffer stock rules on Friday. ... The accord takes ...": one action,
    /// dated Friday, with both sentences as sources.
    func testTwoMentionsOfOneActionBecomeOneEventWithTheStatedDate() throws {
        let merged = merger.merged([
            event(object: "an agreement", date: "1987-03-30", text: "", sentence: 0),
            event(object: "the accord", date: "1987-03-27", sentence: 100),
        ], published: published)
        let only = try XCTUnwrap(merged.first)
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(only.date?.value, "1987-03-27", "a stated date beats the publication date")
        XCTAssertEqual(only.sources.map(\.start), [0, 100])
    }

    func testAnUndatedMentionJoinsADatedOne() {
        let merged = merger.merged([event(object: "new tariffs", sentence: 0),
                                    event(object: "the tariffs", date: "1987-03-27", target: "Japan", sentence: 50)], published: published)
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged.first?.target?.name, "Japan", "roles the first lacks come from the second")
        XCTAssertEqual(merged.first?.date?.value, "1987-03-27")
    }

    /// What the gold keeps apart stays apart.
    func testDistinctActionsStayApart() {
        func count(_ a: Event, _ b: Event) -> Int { merger.merged([a, b], published: published).count }
        // Two stated days: two extensions, two approvals.
        XCTAssertEqual(count(event(object: "the licence", date: "1987-02-20", sentence: 0),
                             event(object: "the licence", date: "1987-03-27", sentence: 50)), 2)
        // Today's news and an action months before: "added 46 affiliates" and "placed on the list on May 16".
        XCTAssertEqual(count(event(object: "the list", date: "1987-03-30", text: "", sentence: 0),
                             event(object: "the list", date: "1986-05-16", sentence: 50)), 2)
        // Another status, another object, another target, or no object at all.
        XCTAssertEqual(count(event("relief", object: "curbs", sentence: 0), event("relief", .proposed, object: "curbs", sentence: 50)), 2)
        XCTAssertEqual(count(event(object: "duties", sentence: 0), event(object: "quotas", sentence: 50)), 2)
        XCTAssertEqual(count(event(object: "duties", target: "Japan", sentence: 0),
                             event(object: "duties", target: "Canada", sentence: 50)), 2)
        XCTAssertEqual(count(event("letter", object: nil, sentence: 0), event("letter", object: nil, sentence: 50)), 2)
        // "a pact" and "further pacts": singular and plural are separate families.
        XCTAssertEqual(count(event(object: "a pact", sentence: 0), event(object: "further agreements", sentence: 50)), 2)
        // Two events of one sentence were kept apart there.
        XCTAssertEqual(count(event(object: "duties", sentence: 0), event(object: "duties", sentence: 0)), 2)
        // A sentence printed twice is left to the timeline (sections of a long document stay as the whole).
        var repeated = event(object: "duties", sentence: 50)
        repeated.sources[0].sentence = "s0"
        XCTAssertEqual(count(event(object: "duties", sentence: 0), repeated), 2)
    }

    /// "WELLINGTON, March 30 - The staff urged the board to approve the licence. ... The board is expected to
    /// approve the licence tomorrow.": the dateline's day is the day of the news, so a stated day of the same
    /// news does not part the two mentions; two stated days of which neither is the publication day still do.
    func testTheDatelineDayIsTheDayOfTheNews() {
        let lead = event("grant", .proposed, object: "the licence", date: "1987-03-30", text: "March 30", sentence: 0)
        let tomorrow = event("grant", .proposed, object: "the licence", date: "1987-03-31", text: "tomorrow", sentence: 80)
        XCTAssertEqual(merger.merged([lead, tomorrow], published: published).count, 1)
        XCTAssertTrue(ActionMerger.isDayOfNews(lead.date!, published: published))
        XCTAssertFalse(ActionMerger.isDayOfNews(tomorrow.date!, published: published))
        let friday = event("grant", .proposed, object: "the licence", date: "1987-03-27", sentence: 0)
        XCTAssertEqual(merger.merged([friday, tomorrow], published: published).count, 2)
        let lastYear = event("grant", .proposed, object: "the licence", date: "1986-03-30", text: "March 30", sentence: 80)
        XCTAssertEqual(merger.merged([lead, lastYear], published: published).count, 2)
        // "said today it extended the licence" ... "the extension, announced on Friday": Friday dates it.
        let today = event("extension", object: "the licence", date: "1987-03-30", text: "today", sentence: 0)
        let announced = event("extension", object: "the licence", date: "1987-03-27", sentence: 60)
        XCTAssertEqual(merger.merged([today, announced], published: published).first?.date?.value, "1987-03-27")
    }

    func testTheFamiliesComeFromTheDataFile() {
        let file = DataFile(path: "dating.txt", text: "[same-action]\nTariffs duties\n[head-stops]\non\n")
        let (cues, problems) = DatingCues.parse(file)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(cues.sameAction["tariffs"], cues.sameAction["duties"])
        XCTAssertEqual(ActionMerger(cues: cues).objectHead("duties on steel"), "duties")
        let bundled = RuleExamplesTests.knowledge.datingCues
        XCTAssertEqual(bundled.sameAction["accord"], bundled.sameAction["pact"])
        XCTAssertNotEqual(bundled.sameAction["accord"], bundled.sameAction["pacts"])
    }

    /// `newsevents explain` names the sentences an action was merged from.
    /// The first action `newsevents explain` shows as merged in `text`.
    static func firstMerged(in text: String, published: String) throws -> Explainer.MergedAction {
        let pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge)
        let source = SourceDocument(id: "t", published: SimpleDate(iso: published), text: text)
        return try XCTUnwrap(Explainer(pipeline: pipeline).explain(source).first?.mergedActions.first)
    }

    func testExplainShowsTheMerge() throws {
        let merged = try ActionMergerTests.firstMerged(
            in: "The Commerce Department granted Microsoft a licence on Nov. 20. The company said the licence was granted after a long review.",
            published: "2019-11-22")
        XCTAssertEqual(merged.sentences, [1, 2])
        XCTAssertEqual(merged.event.date?.value, "2019-11-20")
        XCTAssertTrue(merged.summary.contains("merged from sentences 1, 2"), merged.summary)
    }
}
