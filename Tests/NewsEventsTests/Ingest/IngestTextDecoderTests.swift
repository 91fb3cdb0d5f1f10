import XCTest
@testable import NewsEvents

final class IngestTextDecoderTests: XCTestCase {
    func testValidUTF8IsKept() {
        let decoded = TextDecoder.decode(Array("Zürich – “talks”".utf8))
        XCTAssertEqual(decoded.text, "Zürich – “talks”")
        XCTAssertEqual(decoded.encoding, .utf8)
    }

    func testInvalidUTF8FallsBackToWindows1252() {
        let decoded = TextDecoder.decode([0x93, 0x4E, 0x6F, 0x94, 0x20, 0x96, 0x20, 0x5A, 0xFC, 0x72, 0x80])
        XCTAssertEqual(decoded.text, "“No” – Zür€")
        XCTAssertEqual(decoded.encoding, .windows1252)
    }

    func testUndefinedWindows1252BytesMapToC1Controls() {
        XCTAssertEqual(Windows1252.decode([0x81, 0x8D, 0x41]).unicodeScalars.map(\.value), [0x81, 0x8D, 0x41])
        XCTAssertEqual(Windows1252.scalar(for: 0x9F), "Ÿ")
        XCTAssertEqual(Windows1252.scalar(for: 0xE9), "é")
    }

    func testUTF8ByteOrderMarkIsStripped() {
        XCTAssertEqual(TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x41]).text, "A")
    }

    func testUTF16WithByteOrderMarkIsDecoded() {
        let little: [UInt8] = [0xFF, 0xFE, 0x5A, 0x00, 0xFC, 0x00, 0x3D, 0xD8, 0x00, 0xDE]
        XCTAssertEqual(TextDecoder.decode(little).text, "Zü😀")
        XCTAssertEqual(TextDecoder.decode(little).encoding, .utf16LittleEndian)
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x5A, 0x00, 0xFC]
        XCTAssertEqual(TextDecoder.decode(big).text, "Zü")
        XCTAssertEqual(TextDecoder.decode(big).encoding, .utf16BigEndian)
    }

    func testOddUTF16LengthEndsInAReplacementCharacter() {
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]).text, "A\u{FFFD}")
    }

    func testLineEndsAreNormalised() {
        XCTAssertEqual(TextDecoder.decode(Array("a\r\nb\rc\n\r\nd".utf8)).text, "a\nb\nc\n\nd")
        XCTAssertEqual(TextDecoder.normalizingNewlines("\r\r\n"), "\n\n")
    }

    func testBinarySniffing() {
        XCTAssertTrue(ContentSniffer.looksBinary([0x41, 0x00, 0x42]))
        XCTAssertTrue(ContentSniffer.looksBinary([UInt8](repeating: 0x01, count: 20) + Array("text".utf8)))
        XCTAssertFalse(ContentSniffer.looksBinary(Array("plain\ttext\r\n".utf8)))
        XCTAssertFalse(ContentSniffer.looksBinary([0xFF, 0xFE, 0x41, 0x00]))
    }

    func testFixtureInWindows1252IsReadAsText() throws {
        let document = try IngestFixtures.document("windows-1252.txt")
        XCTAssertEqual(document.title, "Café talks")
        XCTAssertEqual(document.text, "“Not yet,” said the minister – in Zürich €5.")
    }

    func testFixtureInUTF16IsReadWithItsHeader() throws {
        let document = try IngestFixtures.document("utf16le.txt")
        XCTAssertEqual(document.title, "UTF-16 story")
        XCTAssertEqual(document.published, IngestFixtures.date("2019-11-22"))
        XCTAssertEqual(document.text, "TOKYO (AP) — Japan’s trade ministry said on Friday.")
        XCTAssertEqual(try IngestFixtures.document("utf16be.txt").text, "Zürich talks resume.")
    }

    func testFixtureWithBOMAndMixedLineEnds() throws {
        let document = try IngestFixtures.document("bom-crlf.txt")
        XCTAssertEqual(document.id, "bom-story")
        XCTAssertEqual(document.text, "Line one\nline two\nline three")
    }
}
