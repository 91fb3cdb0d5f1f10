import XCTest
@testable import NewsEvents

/// Measures whose object or its complement puts them outside trade and regulation are dropped (`[outside-trade]`).
final class OutsideTradeTests: XCTestCase {
    private let scope = OutsideTrade(phrases: ["restriction": [["pay"], ["devaluation"]], "relief": [["devaluation"]],
                                               "rule": [["treasury", "bills"]]],
                                     bounds: ["once", "which"])

    private func event(_ type: String, object: String, sentence: String) -> Event {
        Event(type: type, status: .occurred, object: object,
              sources: [EventSource(document: "t", sentence: sentence, start: 0, end: sentence.count, rule: "t/t")])
    }

    func testTheComplementAfterTheObjectIsRead() {
        let sentence = "Ruritania was persuaded to lift its proposed ceiling of 12.50 crowns per dollar on the currency's devaluation once the auctions restart."
        let lifted = event("relief", object: "its proposed ceiling", sentence: sentence)
        XCTAssertEqual(scope.cue(for: lifted), ["devaluation"])
        XCTAssertTrue(scope.filter([lifted]).isEmpty)
        XCTAssertEqual(scope.measureWords(object: "its proposed ceiling", sentence: sentence),
                       ["its", "proposed", "ceiling", "of", "12.50", "crowns", "per", "dollar", "on", "the", "currency", "devaluation"],
                       "up to the bound 'once'")
        XCTAssertEqual(OutsideTrade(phrases: [:], bounds: [], reach: 2).measureWords(object: "its proposed ceiling", sentence: sentence),
                       ["its", "proposed", "ceiling", "of", "12.50"], "at most `reach` words")
    }

    func testTheComplementEndsAtABoundOrAPunctuationMark() {
        let bound = "The government imposed a ceiling which unions said would cut pay."
        XCTAssertNil(scope.cue(for: event("restriction", object: "a ceiling", sentence: bound)))
        let comma = "The government imposed a ceiling on steel imports, and pay talks broke down."
        XCTAssertNil(scope.cue(for: event("restriction", object: "a ceiling", sentence: comma)))
        let pay = "The government imposed a ceiling of four pct on pay in the talks."
        XCTAssertEqual(scope.cue(for: event("restriction", object: "a ceiling", sentence: pay)), ["pay"])
    }

    func testOnlyTheListedTypesAndWholePhrasesCount() {
        let sentence = "The central bank introduced a weekly treasury bill tender."
        XCTAssertNil(scope.cue(for: event("rule", object: "a weekly treasury bill tender", sentence: sentence)), "'bills' is listed, not 'bill'")
        let bills = "The bank will issue treasury bills next week."
        XCTAssertEqual(scope.cue(for: event("rule", object: "treasury bills", sentence: bills)), ["treasury", "bills"])
        XCTAssertNil(scope.cue(for: event("investigation", object: "treasury bills", sentence: bills)))
        let kept = event("restriction", object: "duties on steel", sentence: "Utopia imposed duties on steel.")
        XCTAssertEqual(scope.filter([kept]).count, 1)
    }

    func testTheObjectIsFoundByItsBytes() {
        let text = "a ceiling, the ceiling on pay, the ceiling on pay"
        let end = OutsideTrade.end(of: "the ceiling on pay", in: text)
        XCTAssertEqual(end.map { String(text[..<$0]) }, "a ceiling, the ceiling on pay", "the first occurrence")
        XCTAssertNil(OutsideTrade.end(of: "ceilings", in: text))
        XCTAssertEqual(OutsideTrade.end(of: "caf\u{E9} ban", in: "the caf\u{E9} ban, then").map { "the caf\u{E9} ban, then"[$0...] }, ", then")
    }

    func testWordsKeepNumbersWholeAndDropPossessives() {
        XCTAssertEqual(OutsideTrade.words("the currency's 1,200 mln, then"), ["the", "currency", "1,200", "mln", nil, "then"])
    }

    func testOutsideTradeLinesAreParsedAndBundled() {
        let (cues, problems) = RoleCues.parse(DataFile(path: "roles.txt", text: "[outside-trade]\nrestriction relief: pay\nrule: treasury bills\npay\n[clause-bounds]\nonce\n"))
        XCTAssertEqual(cues.outsideTrade["restriction"], [["pay"]])
        XCTAssertEqual(cues.outsideTrade["relief"], [["pay"]])
        XCTAssertEqual(cues.outsideTrade["rule"], [["treasury", "bills"]])
        XCTAssertEqual(cues.clauseBounds, ["once"])
        XCTAssertEqual(problems.count, 1, "a line with no types")
        let bundled = RuleExamplesTests.knowledge.roleCues
        XCTAssertTrue(bundled.outsideTrade["restriction"]?.contains(["wages"]) ?? false)
        XCTAssertFalse(bundled.outsideTrade["restriction"]?.contains(["currency"]) ?? true, "currency controls are restrictions")
        XCTAssertTrue(bundled.clauseBounds.contains("which"))
    }

    func testThePipelineDropsADevaluationCeilingButKeepsATariff() {
        let found = EventFixtures.events("Ruritania was persuaded by the IMF to lift its proposed ceiling of 12.50 crowns per dollar on the currency's devaluation once the auctions restart. Japan imposed duties on Canadian steel.")
        XCTAssertEqual(found.map(\.type), ["restriction"])
        XCTAssertEqual(found.first?.agent?.name, "Japan")
    }
}
