import XCTest
@testable import NewsEvents

/// Regular expressions on one word: whole-word matching, the syntax, errors with offsets, linear time.
final class WordPatternTests: XCTestCase {
    func testWholeWordMatching() throws {
        let pattern = try WordPattern("[0-9]+-(day|week|month)")
        XCTAssertTrue(pattern.matches("90-day"))
        XCTAssertTrue(pattern.matches("6-month"))
        XCTAssertFalse(pattern.matches("90-days"))
        XCTAssertFalse(pattern.matches("day"))
    }

    func testClassesEscapesAndBounds() throws {
        XCTAssertTrue(try WordPattern("^[A-Z]{2,4}$").matches("BIS"))
        XCTAssertFalse(try WordPattern("[A-Z]{2,4}").matches("OFACX"))
        XCTAssertTrue(try WordPattern("\\d+(\\.\\d+)?").matches("1.5"))
        XCTAssertTrue(try WordPattern("[^aeiou]+").matches("rhythm"))
        XCTAssertTrue(try WordPattern("licen[cs]e.?").matches("licenses"))
        XCTAssertTrue(try WordPattern("").matches(""))
    }

    func testProblemsCarryTheirOffset() {
        for (source, offset) in [("(ab", 3), ("[a-", 3), ("*a", 0), ("a{3,1}", 1), ("[z-a]", 3)] {
            XCTAssertThrowsError(try WordPattern(source), source) { error in
                XCTAssertEqual((error as? WordPattern.Failure)?.offset, offset, source)
            }
        }
    }

    func testNestedStarsStayLinear() throws {
        // (a*)*b would backtrack exponentially in a backtracking engine; here each character is read once.
        let pattern = try WordPattern("(a*)*b")
        XCTAssertFalse(pattern.matches(String(repeating: "a", count: 5_000)))
        XCTAssertTrue(pattern.matches(String(repeating: "a", count: 5_000) + "b"))
    }

    func testRulesUseWordPatterns() throws {
        let (set, problems) = RuleSet.compile(files: [("rules/events/test.rules", """
            rule reprieve
              type: extension
              pattern: agent:@authority trigger:[lemma=grant] [lower=/[0-9]+-(day|week|month)/] [lemma=reprieve]
              example: "The Commerce Department granted a 90-day reprieve." agent=Commerce
              counter: "The Commerce Department granted a long reprieve."
            """)])
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(set.rules.first?.patterns.first?.description,
                       "agent:@authority trigger:[lemma=grant] [lower=/[0-9]+-(day|week|month)/] [lemma=reprieve]")
        let (_, bad) = RuleSet.compile(files: [("rules/events/test.rules", """
            rule broken
              type: grant
              pattern: trigger:[lower=/gran(t/]
              example: "granted"
            """)])
        XCTAssertEqual(bad.first?.line, 3)
        XCTAssertTrue(bad.first?.message.contains("missing ')'") ?? false, bad.description)
    }
}
