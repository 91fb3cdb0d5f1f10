import Foundation
import XCTest

/// Every input of a run is accounted for: in the timeline's `documents` (ok, or failed with the reason), on
/// standard error when it failed, and in the one-line summary.
final class InputAccountingTests: XCTestCase {
    func testEveryInputIsListedWithItsStatus() throws {
        let folder = try CLI.temporaryFolder()
        try "Title: Ban\nPublished: 2019-11-22\n\nThe Commerce Department added Huawei to the Entity List on Thursday.\n"
            .write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        try [#"{"id": "r1", "title": "U.S. LIFTS CURBS ON JAPANESE CHIPS", "published": "1987-06-08", "text": ""}"#,
             #"{"id": "r2", "text": "unterminated"#].joined(separator: "\n")
            .write(toFile: folder + "/c.jsonl", atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", folder, folder + "/missing.txt"])
        XCTAssertEqual(result.status, 1)
        let documents = try XCTUnwrap(try CLI.json(result.stdout)["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["status"] as? String }, ["failed", "ok", "failed", "ok", "failed"])
        XCTAssertEqual(documents.map { $0["input"] as? String },
                       [folder + "/missing.txt", nil, folder + "/b.txt", nil, folder + "/c.jsonl:2"])
        XCTAssertEqual(documents.map { $0["id"] as? String }, [nil, "a", nil, "r1", nil])
        XCTAssertEqual(documents[2]["reason"] as? String, "empty document: no title and no text")
        for failed in documents where failed["status"] as? String == "failed" {
            let line = "newsevents: error: \(failed["input"] as! String): \(failed["reason"] as! String)"
            XCTAssertTrue(result.stderr.contains(line), result.stderr)
        }
        let summary = try XCTUnwrap(result.stderr.split(separator: "\n").last)
        XCTAssertTrue(summary.hasPrefix("newsevents: 2 document(s), ") && summary.hasSuffix(" event mention(s), 3 failure(s)"), String(summary))
    }

    /// A headline alone is an article: "U.S. LIFTS CURBS ON JAPANESE CHIPS" can state an event.
    func testTitleOnlyReutersFileIsRead() throws {
        let folder = try CLI.temporaryFolder()
        try "Title: ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK\nPublished: 1987-02-26T15:41:56\nSource: Reuters\n\n\n"
            .write(toFile: folder + "/reuters-30.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["annotate", "--ingest-only", folder + "/reuters-30.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try CLI.json(result.stdout)
        XCTAssertEqual(record["text"] as? String, "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK")
    }
}
