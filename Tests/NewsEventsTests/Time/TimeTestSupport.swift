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

/// One expected value: a text with the expression in brackets (`"It acted [last week]."`), its publication date,
/// and the value the bracketed expression must get.
struct TimeCase {
    var text: String
    var published: String?
    var value: String

    init(_ text: String, _ published: String?, _ value: String) {
        self.text = text
        self.published = published
        self.value = value
    }
}

extension TimeFixtures {
    /// Checks every case: the bracketed expression is one timex with the expected value.
    static func check(_ cases: [TimeCase], file: StaticString = #filePath, line: UInt = #line) {
        for item in cases {
            guard let open = item.text.firstIndex(of: "["), let close = item.text.firstIndex(of: "]") else {
                XCTFail("no [expression] in '\(item.text)'", file: file, line: line)
                continue
            }
            let expression = String(item.text[item.text.index(after: open)..<close])
            let plain = item.text.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            let found = timex(expression, in: plain, published: item.published, file: file, line: line)
            XCTAssertEqual(found?.value, item.value, item.text, file: file, line: line)
        }
    }
}
