import XCTest
@testable import NewsEvents

/// The byte-level fast paths give what the general code gives.
final class FastPathTests: XCTestCase {
    func testASCIIShapeMatchesTheScalarShape() {
        let words = ["huawei", "Huawei", "BIS", "U.S.", "iPhone", "McDonald", "90", "1,000", "1.5", "3rd", "1987-04-07",
                     ".", ",", "$", "%", "&", "<", "(", "AT&T", "mass-market", "O'Brien", "A", "a", "x1", "--",
                     "McDONALD", "USA1", "1.5.", "#1"]
        var ascii = ASCIIWord(capacity: 2)
        defer { ascii.deallocate() }
        for word in words {
            let scalars = Array(word.unicodeScalars)
            XCTAssertTrue(scalars.withUnsafeBufferPointer { ascii.read($0) }, word)
            XCTAssertEqual(ascii.shape, CharacterClass.shape(of: word), word)
            XCTAssertEqual(String(decoding: ascii.lowered, as: UTF8.self), word.lowercased(), word)
        }
        XCTAssertFalse(Array("caf\u{E9}".unicodeScalars).withUnsafeBufferPointer { ascii.read($0) })
        XCTAssertFalse(Array("didn`t".unicodeScalars).withUnsafeBufferPointer { ascii.read($0) })
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

    func testByteKeyTableMatchesBytesAndFlagsKeysThatAreNotASCII() {
        let table = ByteKeyTable(["was": "be", "sought": "seek", "": "empty"])
        func look(_ key: String) -> String? { Array(key.utf8).withUnsafeBufferPointer { table.value(for: $0) } }
        XCTAssertEqual(look("was"), "be")
        XCTAssertEqual(look("sought"), "seek")
        XCTAssertEqual(look(""), "empty")
        XCTAssertNil(look("wa"))
        XCTAssertFalse(table.hasNonASCIIKeys)
        XCTAssertTrue(ByteKeyTable(["caf\u{E9}": 1]).hasNonASCIIKeys)
    }

    func testByteKeyTableComparesKeysOfEveryLength() {
        // Keys compared several bytes at a time: each length, and a difference at each place.
        let keys = (0...20).map { String(repeating: "k", count: $0) }
        let table = ByteKeyTable(keys.enumerated().map { (key: $0.element, value: $0.offset) })
        func look(_ key: String) -> Int? { Array(key.utf8).withUnsafeBufferPointer { table.value(for: $0) } }
        for (length, key) in keys.enumerated() {
            XCTAssertEqual(look(key), length, key)
            for place in 0..<length {
                var bytes = Array(key.utf8)
                bytes[place] = UInt8(ascii: "j")
                XCTAssertNil(look(String(decoding: bytes, as: UTF8.self)), "\(length) \(place)")
            }
        }
    }

    func testLemmaExceptionsKeepStringEquality() {
        // "e" + combining acute equals "é" as a String: the byte table must not miss it.
        let lemmatizer = Lemmatizer(exceptions: ["cafe\u{301}s": "caf\u{E9}", "'s": "be"])
        XCTAssertEqual(lemmatizer.lemma(of: "caf\u{E9}s"), "caf\u{E9}")
        XCTAssertEqual(lemmatizer.lemma(of: "'s"), "be")
        XCTAssertEqual(lemmatizer.lemma(of: "bans"), "ban")
        var changed = lemmatizer
        changed.exceptions = ["bans": "prohibit"]
        XCTAssertEqual(changed.lemma(of: "bans"), "prohibit")
    }

    func testTrimFastPathsAgreeWithCharacterTrim() {
        for text in ["", " ", "a", " a ", "\tSALVADOR, Feb 26 ", "a\r\n", "\r\n", " \u{301}x", "x\u{A0}", "\u{A0}x y\u{A0}",
                     "caf\u{E9} ", "line\n"] {
            for set in [" \t\u{A0}", " \t\n\r", " \t\n"] {
                let characters = Set(set)
                let expected: String
                if let first = text.firstIndex(where: { !characters.contains($0) }) {
                    expected = String(text[first...text.lastIndex(where: { !characters.contains($0) })!])
                } else {
                    expected = ""
                }
                XCTAssertEqual(IngestText.trim(text, set), expected, text.debugDescription)
                XCTAssertEqual(IngestText.trim(text[...], set), expected, text.debugDescription)
            }
        }
    }

    func testSpaceSeparatedCount() {
        for text in ["", " ", "ST. LOUIS", "  a  b c ", "caf\u{E9} au lait", "a \u{301}b"] {
            XCTAssertEqual(IngestText.spaceSeparatedCount(text), text.split(separator: " ").count, text)
        }
    }

    func testRecordScannerDecodesEscapesInOnePass() {
        func text(_ value: String) -> String?? {
            let line = #"{"id": "a", "text": ""# + value + #"", "n": 1}"#
            guard let found = JSONRecordScanner.strings(in: Array(line.utf8), fields: ["text"]) else { return .none }
            return .some(found["text"])
        }
        XCTAssertEqual(text(#"line\none\t\"q\" \\ \/ caf\u00e9 \ud83d\ude00 end"#), "line\none\t\"q\" \\ / caf\u{E9} \u{1F600} end")
        XCTAssertEqual(text(#"\n"#), "\n")
        XCTAssertEqual(text(#"plain"#), "plain")
        XCTAssertEqual(text(""), "")
        // What the scanner leaves to the general parser: bad escapes, lone surrogates, cut-off \u.
        for bad in [#"a\x"#, #"a\ud83d"#, #"a\ude00"#, #"a\u00"#, #"a\u00e"#, "a\\\u{1}"] {
            XCTAssertEqual(text(bad), .none, bad)
        }
        // A string cut off by the end of the line.
        XCTAssertNil(JSONRecordScanner.strings(in: Array(#"{"text": "a\nb"#.utf8), fields: ["text"]))
    }

    func testRecordScannerMatchesEscapedKeys() {
        let line = #"{"te\u0078t": "body", "i\u0064": "x", "other": {"text": 1}}"#
        XCTAssertEqual(JSONRecordScanner.strings(in: Array(line.utf8), fields: ["id", "text"]), ["id": "x", "text": "body"])
        XCTAssertNil(JSONRecordScanner.strings(in: Array(#"{"text": "a", "te\u0078t": "b"}"#.utf8), fields: ["text"]))
    }

    /// A run of letters and digits appended at once leaves the word as appending scalar by scalar does.
    func testAlphanumericRunsMatchScalarAppends() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcxyzABCXYZ0189".unicodeScalars)
        let stops = Array(" .,-'\u{E9}@[`{/:".unicodeScalars)
        var run = ASCIIWord(capacity: 4), single = ASCIIWord(capacity: 4)
        defer { run.deallocate(); single.deallocate() }
        for trial in 0..<3000 {
            let prefix = trial % 3 == 0 ? Array("Mc".unicodeScalars) : []
            let length = Int.random(in: 0...40, using: &generator)
            let body = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let tail = (0..<Int.random(in: 0...9, using: &generator)).map { _ in stops.randomElement(using: &generator)! }
            let scalars = prefix + body + tail
            run.reset()
            single.reset()
            for scalar in prefix { run.append(scalar) }
            let (end, letters) = scalars.withUnsafeBufferPointer { run.appendAlphanumerics($0, from: prefix.count) }
            for scalar in scalars[..<end] { single.append(scalar) }
            let text = String(String.UnicodeScalarView(scalars))
            XCTAssertEqual(end, prefix.count + length, text)
            XCTAssertEqual(letters, body.contains { CharacterClass.isLetter($0) }, text)
            XCTAssertEqual(Array(run.text), Array(single.text), text)
            XCTAssertEqual(Array(run.lowered), Array(single.lowered), text)
            XCTAssertEqual(run.lowerHash.value, single.lowerHash.value, text)
            guard end > 0 else { continue }
            XCTAssertEqual(run.shape, single.shape, text)
            XCTAssertEqual(run.isCapitalizedLower, single.isCapitalizedLower, text)
            XCTAssertEqual(run.isAllUpper, single.isAllUpper, text)
            XCTAssertEqual(run.isLetters, single.isLetters, text)
            XCTAssertEqual(run.hasUpper, single.hasUpper, text)
        }
    }

    /// The shapes of a lower-case word's upper-cased forms, worked out from the word, are those of the forms read.
    func testUpperCasedShapesMatchTheFormsRead() {
        let words = ["said", "a", "u.s.", "u.s", "'s", ".com", "3rd", "1,000", "mass-market", "at&t", "x1", "-", "$",
                     "e.g.", "o'brien", "90-day", "co", "i", "b.", "a1b", "--x"]
        var word = ASCIIWord(capacity: 4), form = ASCIIWord(capacity: 4)
        defer { word.deallocate(); form.deallocate() }
        func shape(_ text: String) -> TokenShape {
            XCTAssertTrue(Array(text.unicodeScalars).withUnsafeBufferPointer { form.read($0) }, text)
            return form.shape
        }
        for lower in words {
            XCTAssertTrue(Array(lower.unicodeScalars).withUnsafeBufferPointer { word.read($0) }, lower)
            guard let (capitalized, upper) = word.upperCasedShapes else { return XCTFail(lower) }
            XCTAssertEqual(capitalized, shape(lower.prefix(1).uppercased() + lower.dropFirst()), lower)
            XCTAssertEqual(upper, shape(lower.uppercased()), lower)
        }
        XCTAssertTrue(Array("Said".unicodeScalars).withUnsafeBufferPointer { word.read($0) })
        XCTAssertNil(word.upperCasedShapes)
    }
}
