import XCTest
@testable import NewsEvents

/// `--max-document-bytes` and `--max-html-depth` as the ingest stage applies them: a clear failure naming
/// the flag, the other documents still read, and never more than the limit held in memory.
final class IngestLimitTests: XCTestCase {
    private let limits = ReadLimits(maximumDocumentBytes: 100, maximumHTMLDepth: 10)

    private func results(_ input: Input, limits: ReadLimits) -> [Result<SourceDocument, InputFailure>] {
        var results: [Result<SourceDocument, InputFailure>] = []
        DocumentReader(limits: limits).read(input) { results.append($0) }
        return results
    }

    func testTextFileLargerThanTheLimit() throws {
        let folder = try IngestTemporaryFolder()
        let small = try folder.write("small.txt", "The ministry said.")
        let large = try folder.write("large.txt", String(repeating: "The ministry said. ", count: 10))
        XCTAssertNoThrow(try results(.file(small), limits: limits).first?.get())
        XCTAssertEqual(results(.file(large), limits: limits).map(\.ingestFailure), [InputFailure(
            input: large, reason: "larger than 100 bytes, the limit: raise it with --max-document-bytes N or split the input")])
        XCTAssertNoThrow(try results(.file(large), limits: ReadLimits()).first?.get())
    }

    func testStandardInputLargerThanTheLimit() {
        var results: [Result<SourceDocument, InputFailure>] = []
        DocumentReader(limits: limits).read(bytes: Array(String(repeating: "x ", count: 100).utf8), as: .standardInput) {
            results.append($0)
        }
        XCTAssertEqual(results.first?.ingestFailure?.input, "-")
        XCTAssertTrue(results.first?.ingestFailure?.reason.hasPrefix("larger than 100 bytes") == true)
    }

    func testJSONLineLongerThanTheLimitFailsAloneAndIsNeverHeldWhole() throws {
        let folder = try IngestTemporaryFolder()
        let long = #"{"id": "long", "text": ""# + String(repeating: "word ", count: 100_000) + #""}"#
        let path = try folder.write("dump.jsonl", [#"{"id": "a", "text": "Short."}"#, long, #"{"id": "b", "text": "Short too."}"#]
            .joined(separator: "\n"))
        let read = results(.file(path), limits: ReadLimits(maximumDocumentBytes: 1_000))
        XCTAssertEqual(read.map { try? $0.get().id }, ["a", nil, "b"])
        XCTAssertEqual(read[1].ingestFailure, InputFailure(
            input: path + ":2", reason: "line 2: larger than 1000 bytes, the limit: raise it with --max-document-bytes N or split the input",
            line: 2))
    }

    func testLineSplitterDropsTheBytesOfAnOverlongLine() {
        var splitter = LineSplitter(maximumLength: 3)
        var lines: [String] = []
        let collect: (Int, ArraySlice<UInt8>?) -> Void = { lines.append("\($0):" + ($1.map { String(decoding: $0, as: UTF8.self) } ?? "TOO LONG")) }
        for chunk in ["ab", "c\r\nabcd", "efgh", "ijk\nxyz\r", "\nlong-last"] { splitter.feed(Array(chunk.utf8), collect) }
        splitter.finish(collect)
        XCTAssertEqual(lines, ["1:abc", "2:TOO LONG", "3:xyz", "4:TOO LONG"])
    }

    func testHTMLDepthLimitIsConfigurable() throws {
        let html = String(repeating: "<div>", count: 20) + "<p>Deep text.</p>"
        guard case .failure(let failure) = HTMLReader(maximumDepth: 10).read(html: html, fallbackID: "x") else {
            return XCTFail("deeper than the limit must fail")
        }
        XCTAssertEqual(failure.reason, "HTML nested more than 10 elements deep, the limit: not read (raise it with --max-html-depth N)")
        XCTAssertEqual(try HTMLReader(maximumDepth: 100).read(html: html, fallbackID: "x").get().text, "Deep text.")
        let folder = try IngestTemporaryFolder()
        let path = try folder.write("deep.html", html)
        XCTAssertEqual(results(.file(path), limits: ReadLimits(maximumHTMLDepth: 10)).first?.ingestFailure?.reason, failure.reason)
    }
}
