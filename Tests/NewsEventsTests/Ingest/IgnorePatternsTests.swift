import XCTest
@testable import NewsEvents

final class IgnorePatternsTests: XCTestCase {
    func testGlobs() {
        let patterns = IgnorePatterns(patterns: ["gold.jsonl", "*.py", "README*", "draft-?.txt"].map(Array.init))
        XCTAssertTrue(patterns.matches("gold.jsonl"))
        XCTAssertTrue(patterns.matches("check_gold.py"))
        XCTAssertTrue(patterns.matches("README.md"))
        XCTAssertTrue(patterns.matches("draft-1.txt"))
        XCTAssertFalse(patterns.matches("draft-12.txt"))
        XCTAssertFalse(patterns.matches("article.txt"))
        XCTAssertFalse(patterns.matches("gold.jsonl.bak"))
    }

    func testFolderWalkSkipsIgnoredNames() throws {
        let folder = NSTemporaryDirectory() + "newsevents-ignore-" + String(UInt32.random(in: 0...UInt32.max))
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for name in ["a.txt", "gold.jsonl", "notes.md", "sub/b.txt", "sub/gold.jsonl"] {
            try "x".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        try "gold.jsonl\n*.md\n".write(toFile: folder + "/.newseventsignore", atomically: true, encoding: .utf8)
        let collected = InputCollector(standardInputIsTerminal: true).collect([folder])
        XCTAssertEqual(collected.inputs.map(\.description).map { String($0.dropFirst(folder.count + 1)) }, ["a.txt", "sub/b.txt"])
    }
}
