import XCTest
@testable import NewsEvents

final class IngestDocumentReaderTests: XCTestCase {
    private func readStandardInput(_ text: String) -> [Result<SourceDocument, InputFailure>] {
        var results: [Result<SourceDocument, InputFailure>] = []
        DocumentReader().read(bytes: Array(text.utf8), as: .standardInput) { results.append($0) }
        return results
    }

    func testStandardInputDetectedAsJSONLines() throws {
        let results = readStandardInput("{\"id\": \"a\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
        XCTAssertEqual(try results.map { try $0.get().id }, ["a", "stdin"])
        XCTAssertNil(try results[0].get().path)
    }

    func testStandardInputDetectedAsHTML() throws {
        let results = readStandardInput("<!doctype html><title>T</title><p>Body.</p>")
        XCTAssertEqual(try results.first?.get().text, "Body.")
        XCTAssertEqual(try results.first?.get().id, "stdin")
    }

    func testStandardInputDetectedAsText() throws {
        let results = readStandardInput("Title: T\n\nBody.")
        XCTAssertEqual(try results.first?.get().title, "T")
        XCTAssertEqual(try results.first?.get().text, "Body.")
    }

    func testStandardInputFailuresNameTheDash() {
        XCTAssertEqual(readStandardInput("  \n").first?.ingestFailure, InputFailure(input: "-", reason: "empty document: no title and no text"))
        XCTAssertEqual(readStandardInput("{\"id\": 1}\n").first?.ingestFailure,
                       InputFailure(input: "-:1", reason: #"line 1: missing "text" or "html", and no "title": add the article's text"#, line: 1))
    }

    func testMissingFileAtReadTime() {
        let results = IngestFixtures.results(.file("/nonexistent/story.txt"))
        XCTAssertEqual(results.map(\.ingestFailure), [InputFailure(input: "/nonexistent/story.txt", reason: "no such file or directory")])
    }

    func testBinaryTextFile() throws {
        let folder = try IngestTemporaryFolder()
        let file = try folder.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A])
        XCTAssertEqual(IngestFixtures.results(.file(file)).map(\.ingestFailure), [InputFailure(input: file, reason: "binary file, not text (a NUL byte at offset 4); convert it to UTF-8 text first")])
    }

    func testFolderGivenAsAFileInputFails() throws {
        let folder = try IngestTemporaryFolder()
        XCTAssertEqual(IngestFixtures.results(.file(folder.path)).map(\.ingestFailure),
                       [InputFailure(input: folder.path, reason: "is a directory")])
    }
}
