import XCTest
@testable import NewsEvents

/// The byte-level fast paths give what the general code gives.
final class FastPathTests: XCTestCase {
    func testASCIIShapeMatchesTheScalarShape() {
        let words = ["huawei", "Huawei", "BIS", "U.S.", "iPhone", "McDonald", "90", "1,000", "1.5", "3rd", "1987-04-07",
                     ".", ",", "$", "%", "&", "<", "(", "AT&T", "mass-market", "O'Brien", "A", "a", "x1", "--"]
        for word in words {
            XCTAssertEqual(Tokenizer.asciiShape(Array(word.utf8)), CharacterClass.shape(of: word), word)
        }
    }

    func testStringFromScalars() {
        for text in ["", "plain", "café", "naïve – “quoted” 😀 end", "\u{2028}"] {
            XCTAssertEqual(String(scalars: Array(text.unicodeScalars)), text)
        }
    }

    func testJSONEscapingKeepsUnicodeAndEscapesControls() {
        XCTAssertEqual(JSONWriter.quoted("a\"b\\c\nd\te\r\u{1}\u{7F}é\u{2028}\u{2029}–"),
                       #""a\"b\\c\nd\te\r\u0001\u007fé\u2028\u2029–""#)
    }

    func testRecordScannerReadsStringsAndDefersTheRest() {
        let line = #"{"id": "a", "n": [1, -2.5e3, {"x": null, "y": [true, false]}], "text": "caf\u00e9 \ud83d\ude00 \"q\"\n"}"#
        let found = JSONRecordScanner.strings(in: Array(line.utf8), fields: ["id", "text"])
        XCTAssertEqual(found, ["id": "a", "text": "café 😀 \"q\"\n"])
        // A number id, a lone surrogate, a syntax error, trailing text: left to the general parser.
        for other in [#"{"id": 12, "text": "x"}"#, #"{"text": "\ud83d"}"#, #"{"text": "x",}"#, #"{"text": "x"} x"#] {
            XCTAssertNil(JSONRecordScanner.strings(in: Array(other.utf8), fields: ["id", "text"]), other)
        }
    }

    func testHeaderLineFeedSkipsCRLF() {
        let text: Substring = "a\r\nb\nc"
        XCTAssertEqual(HeaderLines.firstLineFeed(in: text), text.firstIndex(of: "\n"))
    }
}
