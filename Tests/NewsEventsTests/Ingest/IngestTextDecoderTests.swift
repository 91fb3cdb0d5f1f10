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
        XCTAssertEqual(decoded.warning, "not valid UTF-8 (byte 0x93 at offset 0): read as windows-1252; convert the file to UTF-8 if that is wrong")
        XCTAssertNil(TextDecoder.decode(Array("Zürich".utf8)).warning)
    }

    func testFirstInvalidUTF8ByteIsNamed() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Zü".utf8) + [0xC3, 0x28]  // BOM, "Zü", a truncated sequence
        XCTAssertEqual(TextDecoder.firstInvalidUTF8(bytes[3...]), 6)
        XCTAssertTrue(TextDecoder.decode(bytes).warning?.hasPrefix("not valid UTF-8 (byte 0xC3 at offset 6)") == true)
    }

    func testBrokenUTF16IsReplacedAndCounted() {
        // "A", an unpaired high surrogate, "B", an encoded U+FFFD (the file's own: not counted), an odd last byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00, 0xFD, 0xFF, 0x43]
        let decoded = TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.text, "A\u{FFFD}B\u{FFFD}\u{FFFD}")
        XCTAssertEqual(decoded.warning, "2 invalid UTF-16LE sequence(s) replaced with U+FFFD")
        XCTAssertNil(TextDecoder.decode([0xFE, 0xFF, 0x00, 0x41]).warning)
    }

    func testNulBytesMakeAFileBinaryWhereverTheyAre() {
        var bytes = Array(String(repeating: "Plain text. ", count: 2_000).utf8)  // 24 KB: past the 8 KB sample
        XCTAssertNil(ContentSniffer.binaryReason(bytes))
        bytes[20_000] = 0
        XCTAssertEqual(ContentSniffer.binaryReason(bytes)?.reason,
                       "binary file, not text (a NUL byte at offset 20000); convert it to UTF-8 text first")
        XCTAssertNil(ContentSniffer.binaryReason([0xFF, 0xFE, 0x41, 0x00]))  // UTF-16: NULs are its high bytes
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
        let utf16: [UInt8] = [0xFE, 0xFF] + "a\r\nb\rc".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(TextDecoder.decode(utf16).text, "a\nb\nc")
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
