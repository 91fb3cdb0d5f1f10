import XCTest
@testable import NewsEvents

/// The ingest stage's byte-level fast paths give what the general code gives.
final class IngestFastPathTests: XCTestCase {
    /// The general header reader, without the ASCII fast path.
    private func generalHeader(_ text: String) -> TextHeader {
        let lines = HeaderLines(text)
        return FrontMatter.parse(lines) ?? KeyValueBlock.parse(lines) ?? TextHeader()
    }

    func testASCIIHeaderBlockMatchesTheGeneralReader() {
        let texts = [
            "Title: Deal reached\nPUBLISHED: 1987-04-07\nSource: Wire\nURL: https://x.example/a\nAuthor: Ann\nID: r-1\n\nBody.",
            "Title: BAHIA COCOA REVIEW\nPublished: 1987-02-26T15:01:01\nSource: Reuters\n\nSALVADOR, Feb 26 - Showers",
            "Date: 1\nPublished: 2\n\nBody", "Title: A long\n  headline\n\tmore\nLanguage: en\n\nBody",
            "Update: the ministry said on Friday\n\nMore text.", "Title: no blank line ends this", "",
            "\n\nBody", "Title: ok\nthis line is not a key\n\nBody", "Title : spaced key\n\nBody",
            "Title:\n\nBody", "Title:   \t \nSource: x\n  \nBody", "1Title: digit first\n\nBody",
            "Title: x\n   \t\nBody", "---\ntitle: Front\n---\nBody", "  ---  \ntitle: x\n---\n", "Language: en\n\nBody",
            "Title: caf\u{E9}\n\nBody", "Title: a\r\nSource: b\r\n\r\nBody", "Title: x\nSource: y\n\n",
            "A-very_long key with 30 chars: v\n\nB", "A-very_long key with 31 chars!: v\n\nB",
            String(repeating: "Title: x\n", count: 210) + "\nBody",
        ]
        for text in texts {
            let fast = ASCIIKeyValueBlock.parse(text)
            if let fast { XCTAssertEqual(fast, generalHeader(text), text) }
            XCTAssertEqual(TextHeader.parse(text), generalHeader(text), text)
        }
        XCTAssertNotNil(ASCIIKeyValueBlock.parse(texts[1]))
        XCTAssertNil(ASCIIKeyValueBlock.parse("---\ntitle: Front\n---\nBody"))
        XCTAssertNil(ASCIIKeyValueBlock.parse("Title: caf\u{E9}\n\nBody"))
    }

    func testPathNamesOnBytesAndOnCharacters() {
        let cases: [(String, String, String, String)] = [
            ("txt/reuters-5259.txt", "reuters-5259.txt", "reuters-5259", "txt"),
            ("a/b.tar.gz", "b.tar.gz", "b.tar", "gz"), ("dir/", "dir", "dir", ""), ("/", "", "", ""),
            ("a//", "a", "a", ""), ("dir/.hidden", ".hidden", ".hidden", ""), ("plain", "plain", "plain", ""),
            ("caf\u{E9}/r\u{E9}sum\u{E9}.TXT", "r\u{E9}sum\u{E9}.TXT", "r\u{E9}sum\u{E9}", "TXT"),
            ("a\r\n/b.txt", "b.txt", "b", "txt"), ("", "", "", ""),
        ]
        for (path, last, stem, ext) in cases {
            XCTAssertEqual(String(PathName.lastComponent(of: path)), last, path)
            XCTAssertEqual(PathName.stem(of: path), stem, path)
            XCTAssertEqual(String(PathName.fileExtension(of: path)), ext, path)
        }
    }

    func testFolderListingOrderIsByteWise() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", "A", "é", "z", "-", "1", "10", "\u{1F600}", ""]
        let names = (0..<800).map { _ in
            (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        let entries = names.map { IngestFileSystem.Listed(name: $0, isRegularFile: true) }
        XCTAssertEqual(IngestFileSystem.sortedByName(entries).map(\.name),
                       names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    func testBinarySniffingMatchesAByteLoop() {
        func reference(_ bytes: [UInt8]) -> Bool {
            let sample = Array(bytes.prefix(8192))
            if ByteOrderMark.detect(sample)?.isUTF16 == true { return false }
            var controls = 0
            for byte in sample {
                if byte == 0 { return true }
                if byte < 0x20, !ContentSniffer.isSpace(byte), byte != 0x1B { controls += 1 }
            }
            return controls * 10 > sample.count
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0, 1, 2, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0xE9, 0xFF]
        for _ in 0..<400 {
            let count = Int.random(in: 0...40, using: &generator)
            let controlShare = Int.random(in: 0...10, using: &generator)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &generator) < controlShare
                    ? alphabet.randomElement(using: &generator)! : UInt8(ascii: "a")
            }
            XCTAssertEqual(ContentSniffer.looksBinary(bytes), reference(bytes), "\(bytes)")
        }
        let long = [UInt8](repeating: 0x41, count: 9000) + [0]
        XCTAssertEqual(ContentSniffer.looksBinary(long), reference(long))
    }

    func testRecordDatesReadAsISOAsBefore() {
        for text in ["1987-02-26T15:01:01", "2019-11-22", "2019-02-30", "2019-11-22x", "2019-11-22 10:00", "2019-1-22",
                     "20191122", " 2019-11-22", "2019-11-2", "Nov 22, 2019", "2019-11-22T", "２019-11-22"] {
            // What `parse` did before it read the usual shape on the bytes.
            let iso = text.utf8.first == UInt8(ascii: " ") ? SimpleDate(iso: text.drop(while: { $0 == " " })) : SimpleDate(iso: text)
            let expected = iso ?? PublishedDateParser.parts(text)?.date
            XCTAssertEqual(PublishedDateParser.parse(text), expected, text)
        }
    }

    func testEscapedStringsAreDecodedInPlace() {
        // A short escaped value before a long one, an escaped key, and a long escaped text.
        let text = String(repeating: "line one\\nline \\\"two\\\"\\t", count: 40)
        let line = #"{"title": "A \"quoted\" title", "te\u0078tx": 1, "text": ""# + text + #""}"#
        let found = JSONRecordScanner.strings(in: Array(line.utf8), fields: ["title", "text"])
        XCTAssertEqual(found?["title"], #"A "quoted" title"#)
        XCTAssertEqual(found?["text"], String(repeating: "line one\nline \"two\"\t", count: 40))
        XCTAssertNil(JSONRecordScanner.strings(in: Array(#"{"text": "a\qb"}"#.utf8), fields: ["text"]))
    }

    func testPublicationEvidenceKeepsTheFirstDateOfEachSource() {
        var evidence = PublicationDateEvidence()
        evidence.add(SimpleDate(year: 2019, month: 11, day: 22), from: .url)
        evidence.add(SimpleDate(year: 2019, month: 11, day: 23), from: .url)
        var other = PublicationDateEvidence()
        other.add(SimpleDate(year: 2019, month: 11, day: 21), from: .meta)
        other.add(SimpleDate(year: 2019, month: 11, day: 20), from: .url)
        evidence.merge(other)
        XCTAssertEqual(evidence.dates, [.url: SimpleDate(year: 2019, month: 11, day: 22)!, .meta: SimpleDate(year: 2019, month: 11, day: 21)!])
        XCTAssertEqual(evidence.resolve(defaultDate: nil)?.source, .meta)
    }
}
