import XCTest
@testable import NewsEvents

final class WordTableTests: XCTestCase {
    func testWordsAreNumberedInFirstOrderAndFoundByTheirBytes() {
        let table = WordTable(["grant", "licence", "grant", "réglement", "a-very-long-word-beyond-the-small-string-size"])
        XCTAssertEqual(table.count, 4)
        XCTAssertEqual(table.index(of: "grant"), 0)
        XCTAssertEqual(table.index(of: "licence"), 1)
        XCTAssertEqual(table.index(of: "réglement"), 2)
        XCTAssertEqual(table.index(of: "a-very-long-word-beyond-the-small-string-size"), 3)
        XCTAssertNil(table.index(of: "Grant"), "case matters")
        XCTAssertNil(table.index(of: "gran"), "a prefix is not the word")
        XCTAssertNil(table.index(of: "grants"))
        XCTAssertNil(table.index(of: ""))
    }

    func testAnEmptyTableHoldsNothing() {
        let table = WordTable([String]())
        XCTAssertEqual(table.count, 0)
        XCTAssertFalse(table.contains("grant"))
    }

    func testEveryWordOfALargeTableIsFoundAndNoOther() {
        let words = (0..<20_000).map { "w\($0)" }
        let table = WordTable(words)
        for (k, word) in words.enumerated() { XCTAssertEqual(table.index(of: word), k) }
        for k in 20_000..<21_000 { XCTAssertFalse(table.contains("w\(k)")) }
    }

    func testTheEmptyWordCanBeHeld() {
        XCTAssertEqual(WordTable(["", "x"]).index(of: ""), 0)
    }
}
