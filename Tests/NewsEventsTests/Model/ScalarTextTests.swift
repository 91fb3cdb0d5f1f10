import XCTest
@testable import NewsEvents

final class ScalarTextTests: XCTestCase {
    /// Every width of UTF-8 (1 to 4 bytes), at the start, middle and end, and strings that are not small.
    func testDecodingUTF8GivesTheStringsCodePoints() {
        let texts = [
            "", "a", "Huawei", "café", "€100", "𝔘𝔖 ban", "naïve – “quoted” 𝄞", "\u{FEFF}BOM first",
            String(repeating: "Ministry of Commerce ", count: 50) + "é",
            "e\u{301} combining stays two code points", "\r\n\t tabs and CRLF",
        ]
        for text in texts {
            XCTAssertEqual([Unicode.Scalar](decoding: text), Array(text.unicodeScalars), text)
            XCTAssertEqual(String(scalars: [Unicode.Scalar](decoding: text)), text, "round trip")
        }
    }

    func testEveryScalarRangeDecodes() {
        let samples: [UInt32] = [0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]
        let text = String(String.UnicodeScalarView(samples.compactMap(Unicode.Scalar.init)))
        XCTAssertEqual([Unicode.Scalar](decoding: text).map(\.value), samples)
    }
}
