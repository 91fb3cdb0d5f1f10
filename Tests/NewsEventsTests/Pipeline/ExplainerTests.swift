import XCTest
@testable import NewsEvents

/// The explanation of a sentence and the coverage of rules over documents, with the bundled rules.
final class ExplainerTests: XCTestCase {
    private let pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge)
    private let source = SourceDocument(
        id: "t", published: SimpleDate(iso: "2019-11-22"),
        text: "The Commerce Department granted Microsoft a licence on Nov. 20. Huawei applied for an exemption.")

    func testASentenceShowsItsLayersFiringsAndEvents() throws {
        let sentence = try XCTUnwrap(Explainer(pipeline: pipeline).explain(source, sentence: 1).first)
        XCTAssertEqual(sentence.index, 1)
        XCTAssertTrue(sentence.entities.contains { $0.id == "us.commerce" })
        XCTAssertTrue(sentence.timexes.contains { $0.value == "2019-11-20" })
        XCTAssertTrue(sentence.firings.contains { $0.ruleID.hasPrefix("grant/") && $0.kept })
        XCTAssertEqual(sentence.events.map(\.type), ["grant"])
    }

    func testAnEventDroppedForWantOfAnAgentIsShown() throws {
        let agentless = SourceDocument(id: "t", published: SimpleDate(iso: "2019-11-22"),
                                       text: "Imports of shoes were restricted last month.")
        let sentence = try XCTUnwrap(Explainer(pipeline: pipeline).explain(agentless).first)
        XCTAssertTrue(sentence.events.isEmpty)
        XCTAssertEqual(sentence.droppedForNoAgent.map(\.type), ["restriction"])
        // A sentence whose events keep their agent lists nothing dropped.
        XCTAssertEqual(Explainer(pipeline: pipeline).explain(source, sentence: 1).first?.droppedForNoAgent.count, 0)
    }

    func testAnAgreementDroppedInALoanStoryIsShownWithTheHeadlinePhrase() throws {
        let story = SourceDocument(id: "t", title: "RURITANIA SIGNS FOR 500 MLN DLR LOAN", published: SimpleDate(iso: "2019-11-22"),
                                   text: "Ruritania and Japan signed the agreement on Friday.")
        let sentence = try XCTUnwrap(Explainer(pipeline: pipeline).explain(story).first)
        XCTAssertFalse(sentence.events.contains { $0.type == "agreement" })
        XCTAssertEqual(sentence.droppedAsFinancial.count, 1)
        XCTAssertTrue(sentence.droppedAsFinancial[0].contains("headline names 'loan'"), sentence.droppedAsFinancial[0])
        XCTAssertTrue(sentence.droppedForNoAgent.isEmpty)
        var untitled = story
        untitled.title = nil
        let kept = try XCTUnwrap(Explainer(pipeline: pipeline).explain(untitled).first)
        XCTAssertEqual(kept.events.map(\.type), ["agreement"])
        XCTAssertTrue(kept.droppedAsFinancial.isEmpty)
    }

    func testAMeasureOutsideTradeIsShownDroppedWithItsPhrase() throws {
        let story = SourceDocument(
            id: "t", published: SimpleDate(iso: "2019-11-22"),
            text: "Ruritania was persuaded by the IMF to lift its proposed ceiling of 12.50 crowns per dollar on the currency's devaluation once the auctions restart.")
        let sentence = try XCTUnwrap(Explainer(pipeline: pipeline).explain(story).first)
        XCTAssertFalse(sentence.events.contains { $0.type == "relief" })
        XCTAssertEqual(sentence.droppedOutsideTrade.count, 1)
        XCTAssertTrue(sentence.droppedOutsideTrade[0].contains("measure names 'devaluation'"), sentence.droppedOutsideTrade[0])
        XCTAssertTrue(sentence.droppedForNoAgent.isEmpty)
        // A trade measure lists nothing dropped.
        let steel = SourceDocument(id: "t", published: SimpleDate(iso: "2019-11-22"), text: "Japan imposed duties on Canadian steel.")
        let kept = try XCTUnwrap(Explainer(pipeline: pipeline).explain(steel).first)
        XCTAssertEqual(kept.events.map(\.type), ["restriction"])
        XCTAssertTrue(kept.droppedOutsideTrade.isEmpty)
    }

    /// Why an event is undated or re-dated: a later unreported sentence tells background; a measure is dated by
    /// when another sentence says it takes effect; an event dated as it stands gets no note.
    func testWhyAnEventIsUndatedOrReDatedIsShown() throws {
        let story = SourceDocument(
            id: "t", published: SimpleDate(iso: "2019-05-10"),
            text: "SANTIAGO, May 10 - Chile said it would raise tariffs on steel imports. The ministry said the move answers a surge of cheap steel from Asia. Officials said the new tariffs take effect on June 1. The Securities and Exchange Commission is also investigating the company.")
        let sentences = Explainer(pipeline: pipeline).explain(story)
        let first = try XCTUnwrap(sentences.first)
        XCTAssertEqual(first.datings.count, 1, "\(first.datings)")
        XCTAssertTrue(first.datings[0].hasPrefix("restriction planned: dated by when another sentence says"), first.datings[0])
        let last = try XCTUnwrap(sentences.last)
        XCTAssertEqual(last.datings, ["investigation occurred: undated: a sentence past the lead with no [reporting] word tells background"])
        XCTAssertEqual(Explainer(pipeline: pipeline).explain(source, sentence: 1).first?.datings, [])
    }

    func testOnlyTheAskedSentenceIsExplained() {
        XCTAssertEqual(Explainer(pipeline: pipeline).explain(source, sentence: 2).map(\.index), [2])
        XCTAssertEqual(Explainer(pipeline: pipeline).explain(source, sentence: 9).count, 0)
    }

    func testCoverageCountsWinningMatchesAndListsTheRest() {
        var coverage = RuleCoverage(pipeline: pipeline)
        coverage.add(pipeline.annotate(source))
        XCTAssertEqual(coverage.documents, 1)
        XCTAssertEqual(coverage.sentences, 2)
        let fired = coverage.table.filter { $0.count > 0 }.map(\.rule.type)
        XCTAssertEqual(Set(fired), ["grant", "request"])
        XCTAssertEqual(coverage.neverFired.count, coverage.table.count - fired.count)
        // A rule is tried wherever its words are, so every rule that fired was tried.
        for row in coverage.table where row.count > 0 { XCTAssertGreaterThan(row.tried, 0, row.rule.id) }
        XCTAssertTrue(coverage.table.contains { $0.count == 0 && $0.tried > 0 }, "some rule tried in vain")
    }
}
