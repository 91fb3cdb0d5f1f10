import XCTest
@testable import NewsEvents

/// Word ids from bytes agree with the rules' words, and pieces carry what the built-in classes read.
final class TimeWordIndexTests: XCTestCase {
    func testIdsInTheOrderGivenAndMisses() {
        let index = TimeWordIndex(words: ["may", "week", "may", "½"])
        XCTAssertEqual(index.id(of: "may"), 0)
        XCTAssertEqual(index.id(of: "week"), 1)
        XCTAssertEqual(index.id(of: "½"), 3)
        XCTAssertEqual(index.id(of: "weeks"), -1)
        XCTAssertEqual(index.id(of: ""), -1)
        XCTAssertEqual(index.id(of: "a-much-longer-word-than-any"), -1)
    }

    func testManyWordsSurviveCollisions() {
        let words = (0..<5000).map { "w\($0)" }
        let index = TimeWordIndex(words: words)
        for (id, word) in words.enumerated() { XCTAssertEqual(index.id(of: word), Int32(id)) }
        XCTAssertEqual(index.id(of: "w5000"), -1)
    }

    func testTablesFindEveryRuleWordByBytesAndByString() {
        let tables = TimeMatchTables(resources: TimeFixtures.resources)
        for (word, id) in tables.ids {
            XCTAssertEqual(tables.id(of: word), id, word)
        }
        XCTAssertEqual(tables.id(of: "zzzz-not-a-rule-word"), -1)
    }

    func testPiecesOfAHyphenatedTokenAndOfNumbers() {
        let tables = TimeMatchTables(resources: TimeFixtures.resources)
        let document = Fixtures.tokenized("A third-quarter loss of 452.76 in the 1990s, on day 12.")
        let pieces = TimePieces.make(document, tables: tables)
        XCTAssertEqual(pieces.count, document.tokens.count + 2)
        let decimal = pieces.items.first { document.tokens[$0.token].text == "452.76" }
        XCTAssertEqual(decimal?.builtins, 0, "a decimal number can start no date")
        let decade = pieces.items.first { document.tokens[$0.token].text == "1990s" }
        XCTAssertEqual(decade?.decade, 199)
        let day = pieces.items.first { document.tokens[$0.token].text == "12" }
        XCTAssertEqual(day?.number, 12)
        XCTAssertNotEqual((day?.builtins ?? 0) & TimeMatchTables.builtinBit(.day), 0)
    }

    func testManyHyphenatedTokensOutgrowTheFirstRoom() {
        // Forty three-piece tokens: more pieces than the room first given (tokens and a quarter more, plus 16).
        let tables = TimeMatchTables(resources: TimeFixtures.resources)
        let words = (0..<40).map { _ in "third-quarter" }.joined(separator: " ")
        let document = Fixtures.tokenized(words + ".")
        let pieces = TimePieces.make(document, tables: tables)
        XCTAssertEqual(pieces.count, 40 * 3 + 1)
        XCTAssertEqual(pieces.items.map(\.token), (0..<40).flatMap { [$0, $0, $0] } + [40])
        XCTAssertEqual(pieces.items.filter(\.endsToken).count, 41)
    }
}
