import XCTest
@testable import NewsEvents

/// `extract` reads only events: documents where no rule can match skip the time, entity and event stages.
final class EventGateTests: XCTestCase {
    private let knowledge = RuleExamplesTests.knowledge

    func testADocumentWithoutTriggerWordsIsNotAnalysedFurther() {
        let source = SourceDocument(id: "quiet", published: SimpleDate(iso: "2019-11-22"),
                                    text: "Shares of Acme Corp rose 2 percent on Tuesday in New York.")
        let gated = Pipeline(knowledge: knowledge, onlyEvents: true).annotate(source)
        let full = Pipeline(knowledge: knowledge).annotate(source)
        XCTAssertEqual(gated.events, [])
        XCTAssertEqual(full.events, [])
        XCTAssertFalse(full.timexes.isEmpty, "the full analysis dates 'Tuesday'")
        XCTAssertTrue(gated.timexes.isEmpty && gated.entities.isEmpty, "the gated one stops after sentences")
        XCTAssertEqual(gated.sentences.count, full.sentences.count)
    }

    func testADocumentWithATriggerGetsTheSameEventsEitherWay() {
        let source = SourceDocument(id: "busy", published: SimpleDate(iso: "2019-11-22"),
                                    text: "Shares rose. The Commerce Department granted Microsoft a licence on Nov. 20.")
        let gated = Pipeline(knowledge: knowledge, onlyEvents: true).annotate(source)
        let full = Pipeline(knowledge: knowledge).annotate(source)
        XCTAssertEqual(gated.events.map(\.type), ["grant"])
        XCTAssertEqual(gated.events, full.events)
        XCTAssertEqual(gated.timexes.map(\.value), full.timexes.map(\.value))
    }
}
