import XCTest
@testable import NewsEvents

/// The project's time rules, loaded once, and a helper that tags a text with a publication date.
enum TimeFixtures {
    static let resources: TimeResources = {
        let (resources, problems) = TimeResources.load(directory: Fixtures.rulesDirectory + "/time")
        precondition(problems.isEmpty, "rules/time has problems: \(problems)")
        return resources
    }()

    static func tag(_ text: String, published: String? = nil) -> [Timex] {
        var document = Fixtures.tokenized(text)
        document.source.published = published.flatMap { SimpleDate(iso: $0) }
        TemporalTagger(resources: resources).process(&document)
        return document.timexes
    }

    /// The single timex whose text is `expression`, failing the test when there is none.
    static func timex(
        _ expression: String, in text: String, published: String?, file: StaticString = #filePath, line: UInt = #line
    ) -> Timex? {
        let timexes = tag(text, published: published)
        let found = timexes.first { $0.text == expression }
        XCTAssertNotNil(found, "no timex '\(expression)' in \(timexes.map { "\($0.text)=\($0.value)" })", file: file, line: line)
        return found
    }
}
