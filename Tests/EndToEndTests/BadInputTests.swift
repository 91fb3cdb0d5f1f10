import Foundation
import XCTest

/// Bad input is normal input: each gets a clear message and the right exit status, and nothing else is lost.
final class BadInputTests: XCTestCase {
    private let article = "Title: Ban\nPublished: 2019-11-22\n\nThe Commerce Department added Huawei to the Entity List on Thursday.\n"

    func testMissingPathFailsAloneAndTheRestIsProcessed() throws {
        let folder = try CLI.temporaryFolder()
        try article.write(toFile: folder + "/good.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", folder + "/missing.txt", folder + "/good.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("newsevents: error: \(folder)/missing.txt: no such file or directory"), result.stderr)
        let documents = try XCTUnwrap(try CLI.json(result.stdout)["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["status"] as? String }, ["failed", "ok"])
    }

    func testBinaryFileInAFolder() throws {
        let folder = try CLI.temporaryFolder()
        try article.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: folder + "/b.bin"))
        let result = try CLI.run(["extract", folder])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(folder)/b.bin: binary file"), result.stderr)
        let events = try XCTUnwrap(try CLI.json(result.stdout)["events"] as? [[String: Any]])
        XCTAssertEqual(events.map { $0["type"] as? String }, ["blacklisting"])
    }

    func testInvalidUTF8IsReadAsWindows1252() throws {
        let folder = try CLI.temporaryFolder()
        var bytes = Array("Published: 2019-11-22\n\nThe Commerce Department added Huawei to the Entity List, the ".utf8)
        bytes += [0x93, 0x62, 0x6C, 0x61, 0x63, 0x6B, 0x6C, 0x69, 0x73, 0x74, 0x94, 0x2E, 0x0A]  // “blacklist”.
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/legacy.txt"))
        let result = try CLI.run(["annotate", folder + "/legacy.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try CLI.json(result.stdout)
        XCTAssertTrue((record["text"] as? String)?.contains("\u{201C}blacklist\u{201D}") == true)
    }

    func testEmptyFile() throws {
        let folder = try CLI.temporaryFolder()
        try "".write(toFile: folder + "/empty.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", folder + "/empty.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(folder)/empty.txt: empty document"), result.stderr)
    }

    func testMalformedJSONLineNamesFileAndLine() throws {
        let folder = try CLI.temporaryFolder()
        let good = #"{"id": "a", "published": "2019-11-22", "text": "The Commerce Department added Huawei to the Entity List on Thursday."}"#
        let good2 = #"{"id": "c", "published": "2019-11-22", "text": "The European Commission fined Google 2.42 billion euros on Tuesday."}"#
        try [good, #"{"id": "b", "text": "unterminated"#, good2].joined(separator: "\n").write(toFile: folder + "/dump.jsonl", atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", folder + "/dump.jsonl"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("newsevents: error: \(folder)/dump.jsonl:2:"), result.stderr)
        let documents = try XCTUnwrap(try CLI.json(result.stdout)["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.compactMap { $0["id"] as? String }, ["a", "c"])
    }

    func testInvalidDateIsAUsageError() throws {
        let result = try CLI.run(["extract", "--date", "2019-13-45", "corpus/text/huawei-licences-2019.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("invalid --date '2019-13-45'"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testUnknownOptionIsAUsageError() throws {
        let result = try CLI.run(["extract", "--fromat", "csv"])
        XCTAssertEqual(result.status, 2)
    }

    func testRuleFileWithASyntaxError() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/events", withIntermediateDirectories: true)
        try """
            rule broken
              type: grant
              pattern: agent:@authority trigger:[lema=grant]
              example: "The Commerce Department granted a licence."
            """.write(toFile: folder + "/events/custom.rules", atomically: true, encoding: .utf8)
        let check = try CLI.run(["rules", "check", folder])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("\(folder)/events/custom.rules:3:38: error: unknown attribute 'lema' (did you mean 'lemma'?)"), check.stdout)
        let extract = try CLI.run(["extract", "--rules", folder, "corpus/text/huawei-licences-2019.txt"])
        XCTAssertEqual(extract.status, 1)
        XCTAssertTrue(extract.stderr.contains("custom.rules:3:38"), extract.stderr)
        XCTAssertTrue(extract.stderr.contains("run 'newsevents rules check'"), extract.stderr)
    }

    func testExtraRulesExtendTheBundledOnes() throws {
        let folder = try CLI.temporaryFolder()
        try """
            type embargo-notice
            rule notice
              type: embargo-notice
              pattern: agent:@authority trigger:[lemma=publish] [lower=a|an]? [lower=embargo] [lower=notice]
              example: "The Commerce Department published an embargo notice."
              counter: "The newspaper published a notice."
            """.write(toFile: folder + "/notice.rules", atomically: true, encoding: .utf8)
        let test = try CLI.run(["rules", "test", folder])
        XCTAssertEqual(test.status, 0, test.stdout)
        let result = try CLI.run(["extract", "--rules", folder, "--date", "2019-11-22", "--format", "jsonl"],
                                 stdin: "The Commerce Department published an embargo notice on Friday.")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"type\": \"embargo-notice\""), result.stdout)
    }
}
