import XCTest
@testable import NewsEvents

final class TokenizerTests: XCTestCase {
    private func words(_ text: String) -> [String] {
        Fixtures.tokenized(text).tokens.map(\.text)
    }

    func testAbbreviationsKeepTheirStop() {
        XCTAssertEqual(words("The U.S. Commerce Dept. and Acme Corp. agreed"),
                       ["The", "U.S.", "Commerce", "Dept.", "and", "Acme", "Corp.", "agreed"])
        XCTAssertEqual(words("Sen. Marco Rubio, John F. Kennedy"),
                       ["Sen.", "Marco", "Rubio", ",", "John", "F.", "Kennedy"])
    }

    func testPossessivesAndSpacedApostrophes() {
        XCTAssertEqual(words("Huawei's licence"), ["Huawei", "'s", "licence"])
        XCTAssertEqual(words("Microsoft ' s licence"), ["Microsoft", "'s", "licence"])
        XCTAssertEqual(words("Huawei\u{2019}s"), ["Huawei", "'s"])
        XCTAssertEqual(words("it didn't extend"), ["it", "did", "n't", "extend"])
        XCTAssertEqual(words("O'Brien said 'no'"), ["O'Brien", "said", "'", "no", "'"])
    }

    func testNumbersAndHyphens() {
        XCTAssertEqual(words("$1,000.50 and 1.5 pct of 90-day mass-market"),
                       ["$", "1,000.50", "and", "1.5", "pct", "of", "90-day", "mass-market"])
        XCTAssertEqual(words("AT&T -- and U.S.-China"), ["AT&T", "--", "and", "U.S.", "-", "China"])
    }

    func testSpansAreCodePoints() {
        let document = Fixtures.tokenized("Café’s licence")
        XCTAssertEqual(document.tokens.map(\.span), [Span(start: 0, end: 4), Span(start: 4, end: 6), Span(start: 7, end: 14)])
        XCTAssertEqual(document.text(of: document.tokens[2].span), "licence")
    }

    func testShapes() {
        let shapes = Fixtures.tokenized("Huawei BIS iPhone 90 3rd licence ,").tokens.map(\.shape)
        XCTAssertEqual(shapes, [.capitalized, .upper, .mixed, .number, .alphanumeric, .lower, .punctuation])
    }

    func testLineFlags() {
        let tokens = Fixtures.tokenized("one\ntwo\n\nthree").tokens
        XCTAssertEqual(tokens.map(\.newlineBefore), [true, true, true])
        XCTAssertEqual(tokens.map(\.paragraphBefore), [true, false, true])
    }
}
