import XCTest
@testable import NewsEvents

/// The byte-by-byte readers of knowledge files give what the character-by-character ones give, for every line
/// of the project's rules and for lines made to trip them.
final class PlainLineTests: XCTestCase {
    private static let tricky: [Substring] = [
        "", "   ", "\t", "# comment", "  # indented comment", "[section]", "  [ spaced ]  # c", "[]", "[x", "[ab]x",
        "a b\tc", " a | b |c| ", "|", "a||b", "pattern NAME DATE dct = MONTH {DAY}", "word # comment | not a field",
        "  example: \"a # b\" key=\"x # y\"  # end", "rule name", "  type: grant", "    continued line",
        "  key:value", "  key :  value  ", "  : nothing", "  no colon here", "\t\tkey:\tvalue\t", "café | cafe",
        "a\r", "a\r\nb", "e\u{301}#x", "\"quoted # hash\" # real",
    ]

    private static func ruleLines() throws -> [Substring] {
        var lines: [Substring] = []
        for folder in ["events", "text", "time", "lexicons", "status", "roles", "dates"] {
            let directory = Fixtures.rulesDirectory + "/" + folder
            for name in try FileSystem.listDirectory(directory) {
                lines += try FileSystem.readText(path: directory + "/" + name).lines()
            }
        }
        return lines + tricky
    }

    func testDataFileLinesReadByBytesAsByCharacters() throws {
        for line in try Self.ruleLines() {
            XCTAssertEqual(DataFile.read(line), DataFile.readCharacters(line), "\(line)")
        }
    }

    func testRuleFileLinesSplitByBytesAsByCharacters() throws {
        for line in try Self.ruleLines() {
            XCTAssertEqual(LineParts(line), LineParts(characters: line), "\(line)")
        }
    }

    func testAliasesTokenizedByBytesAsByCharacters() throws {
        var texts = Self.tricky.map(String.init) + [
            "U.S. Department of Commerce", "Huawei's", "AT&T (Inc.)", "Commerce, Trade;", "(", "((a", "a)", ",,", ".",
            "...", "O'S", "x's", "'s", "Ministry of `Trade`", "MITI:", "Bank (of Japan),",
        ]
        for line in try Self.ruleLines() { texts += line.split(separator: "|").map(String.init) }
        for text in texts {
            XCTAssertEqual(AliasToken.tokenize(text), AliasToken.characterTokens(text), text)
        }
    }

    func testDistinctKeysKeepTheirFirstOrder() {
        XCTAssertEqual(ByteKeyTable.distinct(["b", "a", "b", "c", "a"]), ["b", "a", "c"])
        XCTAssertEqual(Vocabulary(["b", "a", "b"]).word(0), "a")
        XCTAssertEqual(Vocabulary(["b", "a", "b"]).count, 2)
    }
}
