import XCTest
@testable import NewsEvents

final class PatternParserTests: XCTestCase {
    private func parse(_ text: String) throws -> Pattern {
        var parser = PatternParser(text: text)
        return try parser.parse()
    }

    private func failure(_ text: String) -> PatternParser.Failure? {
        do {
            _ = try parse(text)
            return nil
        } catch let failure as PatternParser.Failure {
            return failure
        } catch {
            return nil
        }
    }

    func testCapturesMentionsAndTokenTests() throws {
        let pattern = try parse("agent:@authority [lemma=have|be]? trigger:[lemma=grant] recipient:@actor")
        XCTAssertEqual(pattern.captureNames, ["agent", "trigger", "recipient"])
        XCTAssertEqual(pattern, .sequence([
            .capture("agent", .mention("authority")),
            .repetition(.token(.test(.lemma, [.literal("have"), .literal("be")])), min: 0, max: 1),
            .capture("trigger", .token(.test(.lemma, [.literal("grant")]))),
            .capture("recipient", .mention("actor")),
        ]))
    }

    func testValueAlternativesVersusOrOfTests() throws {
        XCTAssertEqual(try parse("[lemma=grant|issue | ent=government]"),
                       .token(.or(.test(.lemma, [.literal("grant"), .literal("issue")]), .test(.ent, [.literal("government")]))))
        XCTAssertEqual(try parse("[!shape=punctuation & lower!=the]"),
                       .token(.and(.not(.test(.shape, [.literal("punctuation")])), .not(.test(.lower, [.literal("the")])))))
    }

    func testLiteralsGlobsAndClasses() throws {
        XCTAssertEqual(try parse("\"on behalf\" of"), .sequence([
            .sequence([.token(.test(.lower, [.literal("on")])), .token(.test(.lower, [.literal("behalf")]))]),
            .token(.test(.lower, [.literal("of")])),
        ]))
        XCTAssertEqual(try parse("[lower=licen*|$PERMIT]"), .token(.test(.lower, [.prefix("licen"), .wordClass("PERMIT")])))
    }

    func testRepetitionBounds() throws {
        XCTAssertEqual(try parse("[]{0,4}"), .repetition(.token(.any), min: 0, max: 4))
        XCTAssertEqual(try parse("[]{2,}"), .repetition(.token(.any), min: 2, max: nil))
        XCTAssertEqual(failure("[]{4,2}")?.message, "repetition {4,2}: the maximum is below the minimum")
        XCTAssertNotNil(failure("[]{0,500}"))
    }

    func testErrorsNameTheirColumn() {
        XCTAssertEqual(failure("trigger:[lema=grant]")?.offset, 9)
        XCTAssertEqual(failure("trigger:[lema=grant]")?.message, "unknown attribute 'lema' (did you mean 'lemma'?)")
        XCTAssertEqual(failure("(agent:@actor")?.message, "unbalanced '(': no ')' closes it")
        XCTAssertEqual(failure("@actor )")?.message, "unbalanced ')': no '(' opens it")
        XCTAssertEqual(failure("[lemma=grant")?.message, "expected ']' to close the token test")
        XCTAssertNotNil(failure(String(repeating: "(", count: 200) + "[]" + String(repeating: ")", count: 200)))
    }

    /// Text beyond ASCII is read by characters: words keep their letters, offsets count characters.
    func testNonASCIIPatternsReadByCharacters() throws {
        XCTAssertEqual(try parse("[lemma=réglement|naïve] \"ça va\" trigger:[lower=über]"), .sequence([
            .token(.test(.lemma, [.literal("réglement"), .literal("naïve")])),
            .sequence([.token(.test(.lower, [.literal("ça")])), .token(.test(.lower, [.literal("va")]))]),
            .capture("trigger", .token(.test(.lower, [.literal("über")]))),
        ]))
        // "e" and a combining acute accent are one character: the ']' stands at character offset 2.
        XCTAssertEqual(failure("e\u{301} ]")?.offset, 2)
        XCTAssertEqual(failure("e\u{301} ]")?.message, "unexpected ']'")
        XCTAssertEqual(failure("[lemma=café] €")?.message, "unexpected '€'")
        XCTAssertEqual(failure("[lemma=café] €")?.offset, 13)
        XCTAssertEqual(try parse("[lower=/[0-9]+-jour/]"), .token(.test(.lower, [.pattern(try WordPattern("[0-9]+-jour"))])))
    }
}
