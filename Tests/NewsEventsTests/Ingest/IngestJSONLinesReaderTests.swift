import Foundation
import XCTest
@testable import NewsEvents

final class IngestJSONLinesReaderTests: XCTestCase {
    private let path = IngestFixtures.path("records.jsonl")

    func testMalformedLineIsReportedAndTheOtherRecordsAreRead() throws {
        let results = IngestFixtures.results(.file(path), defaultDate: IngestFixtures.date("2024-01-01"))
        XCTAssertEqual(results.count, 5)
        let first = try results[0].get()
        XCTAssertEqual(first.id, "nyse-1")
        XCTAssertEqual(first.title, "NYSE to delist")
        XCTAssertEqual(first.published?.description, "2021-01-07")
        XCTAssertEqual(first.publishedFrom, .record)
        XCTAssertEqual(first.source, "Ledger")
        XCTAssertEqual(first.url, "https://x.example/a")
        XCTAssertEqual(first.path, path)
        XCTAssertEqual(first.bodyStart, "NEW YORK, Jan 7 (Ledger) - ".count)

        XCTAssertEqual(results[1].ingestFailure, InputFailure(input: path + ":3",
                                                        reason: "line 3: invalid JSON (expected ',' or '}' at end of line)", line: 3))

        let html = try results[2].get()
        XCTAssertEqual(html.id, "html-1")
        XCTAssertEqual(html.title, "Commerce adds 38 affiliates")
        XCTAssertEqual(html.text, "WASHINGTON — Commerce added 38 affiliates.")
        XCTAssertEqual(html.published?.description, "2020-08-17")
        XCTAssertEqual(html.publishedFrom, .meta)

        // A record with a title and no body is read as its title (headlines state events).
        let titleOnly = try results[3].get()
        XCTAssertEqual(titleOnly.id, "no-body")
        XCTAssertEqual(titleOnly.text, "Missing text")

        let untitled = try results[4].get()
        XCTAssertEqual(untitled.id, "records")
        // A record's text is kept exactly as given (offsets computed on it elsewhere stay valid).
        XCTAssertEqual(untitled.text, "An untitled record without an id.\r\nSecond line.")
        XCTAssertEqual(untitled.published?.description, "2024-01-01")
        XCTAssertEqual(untitled.publishedFrom, .option)
    }

    func testSyntaxErrorMessages() {
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"{"id": "a" "text": "b"}"#.utf8)), "expected ',' or '}' at column 12")
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"{"id": tru}"#.utf8)), "expected a value at column 8")
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"{"id" "a"}"#.utf8)), "expected ':' at column 7")
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"{"a": "x} "#.utf8)), "unterminated string at end of line")
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"{"a": 1} x"#.utf8)), "unexpected text after the JSON value at column 10")
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(#"[1, [2, {"é": null}]]"#.utf8)), nil)
        XCTAssertEqual(JSONSyntaxCheck.firstError(in: Array(String(repeating: "[", count: 100_000).utf8)),
                       "expected a value or ']' at end of line")
    }

    /// The Reuters dump holds about 2,500 records with a title and an empty text: each is read as its title.
    func testRecordWithATitleAndNoBodyIsReadAsTheTitle() throws {
        let reader = JSONLinesReader()
        for line in [#"{"id": "reuters-30", "title": "ASSETS OF MONEY MARKET FUNDS ROSE", "published": "1987-02-26T15:41:56", "text": ""}"#,
                     #"{"id": "reuters-30", "title": "ASSETS OF MONEY MARKET FUNDS ROSE", "published": "1987-02-26", "text": " \n "}"#,
                     #"{"id": "reuters-30", "title": "ASSETS OF MONEY MARKET FUNDS ROSE", "published": "1987-02-26", "html": ""}"#] {
            let document = try XCTUnwrap(reader.readRecord(Array(line.utf8), line: 1, input: "r", fallbackID: "r")).get()
            XCTAssertEqual(document.text, "ASSETS OF MONEY MARKET FUNDS ROSE", line)
            XCTAssertEqual(document.published?.description, "1987-02-26", line)
        }
        let neither = reader.readRecord(Array(#"{"id": "x", "title": " ", "text": ""}"#.utf8), line: 2, input: "r", fallbackID: "r")
        XCTAssertEqual(neither?.ingestFailure, InputFailure(input: "r:2", reason: "line 2: empty document: no title and no text", line: 2))
    }

    func testRecordThatIsNotAnObject() {
        let result = JSONLinesReader().readRecord(Array("[1, 2]".utf8), line: 4, input: "r.jsonl", fallbackID: "r")
        XCTAssertEqual(result?.ingestFailure, InputFailure(input: "r.jsonl:4", reason: "line 4: expected a JSON object", line: 4))
        XCTAssertNil(JSONLinesReader().readRecord(Array("   ".utf8), line: 5, input: "r.jsonl", fallbackID: "r"))
    }

    func testRecordFieldsOutrankThePage() throws {
        let line = #"{"id": 7, "published": "2020-01-02", "title": "Record title", "url": "https://x.example/2019/05/05/a", "#
            + #""html": "<title>Page</title><meta property='article:published_time' content='2019-01-01'><p>Text.</p>"}"#
        let document = try XCTUnwrap(JSONLinesReader().readRecord(Array(line.utf8), line: 1, input: "r", fallbackID: "r")).get()
        XCTAssertEqual(document.id, "7")
        XCTAssertEqual(document.title, "Record title")
        XCTAssertEqual(document.published?.description, "2020-01-02")
        XCTAssertEqual(document.publishedFrom, .record)
        XCTAssertEqual(document.url, "https://x.example/2019/05/05/a")
    }

    func testRecordURLDateComesBeforeTheDateOption() throws {
        let line = #"{"id": "a", "url": "https://x.example/2019/05/05/a", "text": "The ministry said."}"#
        let document = try XCTUnwrap(JSONLinesReader(defaultDate: IngestFixtures.date("2024-01-01"))
            .readRecord(Array(line.utf8), line: 1, input: "r", fallbackID: "r")).get()
        XCTAssertEqual(document.published?.description, "2019-05-05")
        XCTAssertEqual(document.publishedFrom, .url)
    }

    func testLineInWindows1252() throws {
        let bytes = Array(#"{"id": "a", "text": "Z"#.utf8) + [0xFC] + Array(#"rich"}"#.utf8)
        let document = try XCTUnwrap(JSONLinesReader().readRecord(bytes, line: 1, input: "r", fallbackID: "r")).get()
        XCTAssertEqual(document.text, "Zürich")
    }

    func testEmptyFileIsAFailure() throws {
        let folder = try IngestTemporaryFolder()
        let file = try folder.write("none.jsonl", "\n  \n")
        XCTAssertEqual(IngestFixtures.results(.file(file)).map(\.ingestFailure), [InputFailure(input: file, reason: "empty file: no JSON records")])
    }

    func testLineSplitterAcrossChunks() {
        var splitter = LineSplitter()
        var lines: [String] = []
        let collect: (Int, ArraySlice<UInt8>?) -> Void = { lines.append("\($0):" + String(decoding: $1!, as: UTF8.self)) }
        for chunk in ["ab", "c\r", "\nd\n", "", "\n", "e"] { splitter.feed(Array(chunk.utf8), collect) }
        splitter.finish(collect)
        XCTAssertEqual(lines, ["1:abc", "2:d", "3:", "4:e"])
    }

    /// Records stream through: resident memory stays far below the file's size. 200,000 lines by default
    /// (debug builds parse about 20,000 lines a second); `NEWSEVENTS_LARGE_TESTS=1` runs the full million.
    func testLargeFileStreams() throws {
        let blocks = ProcessInfo.processInfo.environment["NEWSEVENTS_LARGE_TESTS"] == "1" ? 100 : 6
        let lines = blocks * 10_000
        let folder = try IngestTemporaryFolder()
        let file = folder.path + "/big.jsonl"
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        let padding = String(repeating: "x", count: 60)
        for block in 0..<blocks {
            var text = ""
            for index in 0..<10_000 {
                text += #"{"id": "r\#(block * 10_000 + index)", "text": "Record \#(padding)."}"# + "\n"
            }
            handle.write(Data(text.utf8))
        }
        try handle.close()
        let before = IngestMemory.residentBytes()
        var highest = before
        var count = 0
        var last = ""
        DocumentReader().read(.file(file)) { result in
            count += 1
            if case .success(let document) = result { last = document.id }
            if count % 10_000 == 0 { highest = max(highest, IngestMemory.residentBytes()) }
        }
        XCTAssertEqual(count, lines)
        XCTAssertEqual(last, "r\(lines - 1)")
        let growth = highest - before
        // AddressSanitizer keeps freed memory in quarantine: resident size says nothing under it.
        guard !IngestMemory.underAddressSanitizer else { return }
        XCTAssertLessThan(growth, min(10_000_000, lines * 90 / 2), "resident memory grew by \(growth) bytes for a \(lines * 90 / 1_000_000) MB file")
    }
}

extension Result {
    var ingestFailure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

enum IngestMemory {
    /// Whether the tests run under AddressSanitizer (`swift test --sanitize=address`).
    static let underAddressSanitizer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil

    /// The process's current resident set size in bytes (from `/proc/self/statm`; 0 where there is none).
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
