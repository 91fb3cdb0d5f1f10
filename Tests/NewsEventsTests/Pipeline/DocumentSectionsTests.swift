import Foundation
import XCTest
@testable import NewsEvents

/// Where long documents are cut into sections: paragraph breaks first, then line ends, sentence ends,
/// spaces, and never inside a code point; the sections cover the text and none is over the size.
final class DocumentSectionsTests: XCTestCase {
    func testCutsAfterBlankLines() {
        let sections = DocumentSections(bytes: 20)
        XCTAssertEqual(sections.ranges(in: "First paragraph.\n\nSecond one here.\n\nThird."), [0..<18, 18..<36, 36..<42])
    }

    func testABlankLineMayHoldSpacesAndCarriageReturns() {
        let text = "Alpha beta gamma.\r\n \t\r\nDelta epsilon."
        XCTAssertEqual(DocumentSections(bytes: 26).ranges(in: text).first, 0..<23)
    }

    func testFallsBackToLinesThenSentencesThenSpaces() {
        XCTAssertEqual(DocumentSections(bytes: 16).ranges(in: "one two three\nfour five six seven").first, 0..<14)
        XCTAssertEqual(DocumentSections(bytes: 16).ranges(in: "One two. Three four five six").first, 0..<9)
        XCTAssertEqual(DocumentSections(bytes: 16).ranges(in: "one two three four five six").first, 0..<14)
    }

    func testNeverCutsInsideACodePoint() {
        let text = String(repeating: "é", count: 30) + String(repeating: "日", count: 10)
        let ranges = DocumentSections(bytes: 7).ranges(in: text)
        let utf8 = Array(text.utf8)
        for range in ranges {
            XCTAssertLessThanOrEqual(range.count, 7)
            XCTAssertNotNil(String(validating: utf8[range], as: UTF8.self), "\(range)")
        }
    }

    func testSectionsCoverTheTextAndHoldAtLeastHalfASection() {
        let text = (0..<400).map { "Sentence number \($0) of the text" + ($0 % 7 == 0 ? ".\n\n" : ". ") }.joined()
        let ranges = DocumentSections(bytes: 500).ranges(in: text)
        XCTAssertEqual(ranges.first?.lowerBound, 0)
        XCTAssertEqual(ranges.last?.upperBound, text.utf8.count)
        for (previous, next) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(previous.upperBound, next.lowerBound) }
        for range in ranges.dropLast() { XCTAssertTrue((250...500).contains(range.count), "\(range)") }
    }

    func testAShortTextIsOneSection() {
        XCTAssertFalse(DocumentSections().cuts("Short."))
        XCTAssertEqual(DocumentSections().ranges(in: "Short."), [0..<6])
        XCTAssertEqual(DocumentSections().ranges(in: ""), [0..<0])
    }
}

/// A document analysed in sections gives what the whole analysis gives, at the whole document's offsets,
/// except what crosses a section boundary: a later "The Commerce Department" is a name again, not a
/// description of the first, and a story's target is not carried into the next section.
final class SectionedAnnotationTests: XCTestCase {
    private static let paragraphs = [
        "The Commerce Department added Huawei Technologies to the Entity List on May 16, 2019.",
        "“Café owners in Zürich said nothing,” a spokesman added. 🚢 Shipping went on as before.",
        "The U.S. Trade Representative extended 352 exclusions from the Section 301 tariffs until May 31, 2024.",
        "Rain fell over the city on Tuesday and traffic was slow.",
        "Japan lifted sanctions on Rusal on Jan. 27, the Finance Ministry said.",
    ]
    private static let text = (0..<12).map { paragraphs[$0 % paragraphs.count] }.joined(separator: "\n\n")
    private static let source = SourceDocument(
        id: "long", path: "long.txt", title: "A long one", published: SimpleDate(iso: "2019-11-22"), text: text)

    private var whole: Pipeline { Pipeline(knowledge: RuleExamplesTests.knowledge) }
    private var sectioned: Pipeline {
        var pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge)
        pipeline.sections = DocumentSections(bytes: 300)
        return pipeline
    }

    func testLayersMatchTheWholeAnalysis() {
        let expected = whole.annotate(Self.source)
        let gathered = sectioned.annotate(Self.source)
        XCTAssertFalse(expected.isGatheredFromSections)
        XCTAssertTrue(gathered.isGatheredFromSections)
        XCTAssertGreaterThan(DocumentSections(bytes: 300).ranges(in: Self.text).count, 3)
        XCTAssertEqual(gathered.sentences, expected.sentences)
        XCTAssertEqual(gathered.timexes, expected.timexes)
        XCTAssertEqual(gathered.entities.map(\.id), expected.entities.map(\.id))
        XCTAssertEqual(gathered.entities.map(\.span.end), expected.entities.map(\.span.end))
        XCTAssertGreaterThan(expected.events.count, 6)
        XCTAssertEqual(gathered.events.map(Self.told), expected.events.map(Self.told))
    }

    /// What an event tells, leaving out the roles inferred from the rest of the document.
    private static func told(_ event: Event) -> [String] {
        [event.type, event.status.rawValue, event.date?.value ?? "", event.agent?.id ?? "",
         event.target?.inferred == true ? "" : event.target?.id ?? "", event.object ?? ""]
            + event.sources.map { "\($0.start)-\($0.end) \($0.rule) \($0.sentence)" }
    }

    func testNothingCrossesASectionBoundary() {
        let gathered = sectioned.annotate(Self.source)
        let expected = whole.annotate(Self.source)
        // The whole analysis carries Huawei into the exclusions' extension; each section starts afresh.
        XCTAssertTrue(expected.events.contains { $0.type == "extension" && $0.target?.inferred == true })
        XCTAssertLessThan(gathered.events.filter { $0.target?.inferred == true }.count,
                          expected.events.filter { $0.target?.inferred == true }.count)
        XCTAssertEqual(gathered.entities.filter { $0.kind == .description }.count, 0)
        XCTAssertGreaterThan(expected.entities.filter { $0.kind == .description }.count, 0)
    }

    func testTheGatheredDocumentKeepsItsIdentityAndNoTokens() {
        let gathered = sectioned.annotate(Self.source)
        XCTAssertEqual(gathered.id, "long")
        XCTAssertEqual(gathered.source.path, "long.txt")
        XCTAssertEqual(gathered.source.title, "A long one")
        XCTAssertEqual(gathered.text, Self.text)
        XCTAssertTrue(gathered.tokens.isEmpty)
        XCTAssertTrue(gathered.scalars.isEmpty)
        XCTAssertTrue(gathered.events.allSatisfy { $0.sources.allSatisfy { $0.document == "long" } })
    }

    func testOffsetsPointIntoTheWholeText() {
        let scalars = Array(Self.text.unicodeScalars)
        let gathered = sectioned.annotate(Self.source)
        for event in gathered.events {
            for source in event.sources {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[source.start..<source.end])), source.sentence)
            }
        }
        for timex in gathered.timexes {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[timex.span.start..<timex.span.end])), timex.text)
        }
    }

    func testExplanationsAreNumberedThroughTheDocument() {
        let expected = Explainer(pipeline: whole).explain(Self.source)
        let explained = Explainer(pipeline: sectioned).explain(Self.source)
        XCTAssertEqual(explained.map(\.index), expected.map(\.index))
        XCTAssertEqual(explained.map(\.text), expected.map(\.text))
        XCTAssertEqual(explained.map(\.tokens), expected.map(\.tokens))
        XCTAssertEqual(explained.map { $0.events.map(Self.told) }, expected.map { $0.events.map(Self.told) })
        XCTAssertEqual(Explainer(pipeline: sectioned).explain(Self.source, sentence: 9).map(\.text),
                       Explainer(pipeline: whole).explain(Self.source, sentence: 9).map(\.text))
    }

    func testCoverageOfAGatheredDocumentCountsEverySection() {
        var expected = RuleCoverage(pipeline: whole)
        expected.add(whole.annotate(Self.source))
        var counted = RuleCoverage(pipeline: sectioned)
        counted.add(sectioned.annotate(Self.source))
        XCTAssertEqual(counted.counts, expected.counts)
        XCTAssertEqual(counted.sentences, expected.sentences)
        XCTAssertEqual(counted.documents, 1)
    }

    func testJSONLRecordsAndPagesAreSectionedAfterTheyAreRead() throws {
        let folder = try IngestTemporaryFolder()
        let record = "{\"id\": \"record\", \"published\": \"2019-11-22\", \"text\": \""
            + Self.text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\"", with: "\\\"") + "\"}\n"
        try folder.write("long.jsonl", Array(record.utf8))
        let page = "<html><head><meta property=\"article:published_time\" content=\"2019-11-22\"></head><body><article>"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined().replacingOccurrences(of: "“", with: "&ldquo;")
            + "</article></body></html>"
        try folder.write("long.html", Array(page.utf8))
        var documents: [AnnotatedDocument] = []
        let runner = BatchRunner(pipeline: sectioned, jobs: 2, defaultDate: nil)
        let summary = try runner.run(arguments: [folder.path], standardInputIsTerminal: true) { item in
            if case .document(let document) = item { documents.append(document) }
        }
        XCTAssertEqual(summary.failures.count, 0)
        XCTAssertEqual(documents.map(\.id), ["long", "record"])
        for document in documents {
            XCTAssertTrue(document.isGatheredFromSections, document.id)
            XCTAssertEqual(document.events.map(Self.told), whole.annotate(document.source).events.map(Self.told), document.id)
        }
    }
}
