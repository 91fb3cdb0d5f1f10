import XCTest
@testable import NewsEvents

/// Mention look-ups by token range and by span, which the events stage uses per event.
final class AnnotatedDocumentLookupTests: XCTestCase {
    private func tagged() -> AnnotatedDocument {
        let pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge)
        return pipeline.annotate(SourceDocument(
            id: "t", published: SimpleDate(iso: "2019-11-22"),
            text: "The Commerce Department granted Microsoft Corp. a licence. Huawei Technologies Co. was blacklisted in May."))
    }

    func testOverlappingMentionsAreThoseAFullScanFinds() {
        let doc = tagged()
        for start in 0..<doc.tokens.count {
            for end in start..<min(doc.tokens.count, start + 6) {
                let range = start..<(end + 1)
                XCTAssertEqual(doc.entities(overlapping: range).map(\.id), doc.entities.filter { $0.tokens.overlaps(range) }.map(\.id))
            }
        }
    }

    func testMentionsStartingInASentenceSpan() {
        let doc = tagged()
        for sentence in doc.sentences {
            let span = sentence.span.start..<sentence.span.end
            XCTAssertEqual(doc.entities(startingInSpan: span).map(\.id), doc.entities.filter { span.contains($0.span.start) }.map(\.id))
        }
    }
}
