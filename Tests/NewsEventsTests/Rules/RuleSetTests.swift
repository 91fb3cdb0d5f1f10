import XCTest
@testable import NewsEvents

final class RuleSetTests: XCTestCase {
    private func compile(_ text: String) -> (RuleSet, [String]) {
        let (set, problems) = RuleSet.compile(files: [("rules/events/test.rules", text)])
        return (set, problems.map(\.description))
    }

    func testAValidRuleCompiles() {
        let (set, problems) = compile("""
        class PERMIT: licence permit
        rule active
          type: grant
          priority: 2
          pattern: agent:@authority trigger:[lemma=grant] recipient:@actor [lemma=$PERMIT]?
          example: "The Department granted Microsoft a licence." agent=Department recipient=Microsoft
          counter: "Microsoft granted an interview."
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(set.rules.map(\.id), ["test/active"])
        XCTAssertEqual(set.rules[0].examples.count, 2)
        XCTAssertEqual(set.rules[0].examples[0].expectations, ["agent": "Department", "recipient": "Microsoft"])
    }

    func testProblemsCarryFileLineAndColumn() {
        let (set, problems) = compile("""
        rule bad-type
          type: grnat
          pattern: trigger:[lemma=grant]
          example: "It was granted."
        rule bad-attribute
          type: grant
          pattern: trigger:[lema=grant]
          example: "It was granted."
        rule bad-role
          type: grant
          pattern: agnt:@actor trigger:[lemma=grant]
          example: "It was granted."
        rule no-trigger
          type: grant
          pattern: @actor [lemma=grant]
          example: "It was granted."
        rule no-example
          type: grant
          pattern: trigger:[lemma=grant]
        rule unknown-class
          type: grant
          pattern: trigger:[lemma=$PERMT]
          example: "It was granted."
        """)
        XCTAssertTrue(set.rules.isEmpty)
        XCTAssertEqual(problems, [
            "rules/events/test.rules:2:9: error: unknown event type 'grnat' (did you mean 'grant'?); declare new types with 'type NAME'",
            "rules/events/test.rules:7:21: error: unknown attribute 'lema' (did you mean 'lemma'?)",
            "rules/events/test.rules:11:12: error: unknown role 'agnt' (did you mean 'agent'?)",
            "rules/events/test.rules:15:12: error: an event pattern needs a 'trigger:' capture naming the word that states the event",
            "rules/events/test.rules:17:1: error: rule 'no-example' carries no 'example:' sentence it must match",
            "rules/events/test.rules:22:12: error: unknown class '$PERMT'",
        ])
    }

    func testFileLevelSyntaxErrors() {
        let (_, problems) = compile("""
        rul broken
          type: grant
        rule ok
          tpye: grant
        """)
        XCTAssertEqual(problems, [
            "rules/events/test.rules:1:1: error: unknown statement 'rul' (did you mean 'rule'?): a file holds 'class', 'define', 'type' and 'rule' blocks",
            "rules/events/test.rules:2:3: error: indented line outside a rule (start one with 'rule NAME')",
            "rules/events/test.rules:4:3: error: unknown key 'tpye' (did you mean 'type'?)",
            "rules/events/test.rules:3:1: error: rule 'ok' has no pattern",
        ])
    }

    func testDeclaredTypesAndOverrides() {
        let (set, problems) = RuleSet.compile(files: [
            ("a/test.rules", "type embargo-notice\nrule r\n  type: embargo-notice\n  pattern: trigger:[lemma=embargo]\n  example: \"An embargo.\"\n  counter: \"A tree.\""),
            ("b/test.rules", "rule r\n  type: restriction\n  pattern: trigger:[lemma=embargo]\n  example: \"An embargo.\"\n  counter: \"A tree.\""),
        ])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(set.rules.count, 1)
        XCTAssertEqual(set.rules[0].type, "restriction")
    }

    func testContinuationLines() {
        let (set, problems) = compile("""
        rule long
          type: grant
          pattern: agent:@authority
              trigger:[lemma=grant]
          example: "The Department granted it."
          counter: "The Department met."
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(set.rules.first?.patterns.first?.captureNames, ["agent", "trigger"])
    }

    /// Lines and comments are found by bytes, as the character-by-character reading found them.
    func testLinesAndCommentsAsCharactersGiveThem() {
        for text in ["", "a", "a\n", "\n\nb", "a\r\nb\nc", "é\n\u{301}x\n", "x\r\n\r\ny"] {
            XCTAssertEqual(text.lines().map(String.init),
                           text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), text)
        }
        func byCharacters(_ line: String) -> String {
            var inQuotes = false
            var result = ""
            for c in line {
                if c == "\"" { inQuotes.toggle() }
                if c == "#" && !inQuotes { break }
                result.append(c)
            }
            return result
        }
        for line in ["  pattern: a # note", "example: \"No #1 here\" # but here", "# all", "café # x", "\"\u{301}# y",
                     "a \"é # b\" # c", "none"] {
            XCTAssertEqual(String(RuleFileParser.stripComment(Substring(line))), byCharacters(line), line)
        }
    }
}
