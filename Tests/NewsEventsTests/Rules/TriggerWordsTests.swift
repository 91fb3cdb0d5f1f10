import XCTest
@testable import NewsEvents

final class TriggerWordsTests: XCTestCase {
    private func words(_ text: String, classes: [String: Set<String>] = [:]) throws -> Set<String>? {
        var parser = PatternParser(text: text)
        return TriggerWords.of(try parser.parse(), classes: classes)
    }

    func testPlainWordTestsGiveTheirWords() throws {
        XCTAssertEqual(try words("agent:@actor trigger:[lemma=grant|issue] @actor"), ["grant", "issue"])
        XCTAssertEqual(try words("trigger:[lemma=$P]", classes: ["P": ["licence", "permit"]]), ["licence", "permit"])
        XCTAssertEqual(try words("trigger:([lower=turned] | [lemma=reject])"), ["turned", "reject"])
        XCTAssertEqual(try words("trigger:[lemma=ban & !lower=bans]"), ["ban"])
    }

    func testOtherTriggersGiveNothing() throws {
        XCTAssertNil(try words("trigger:[!lemma=grant]"))
        XCTAssertNil(try words("trigger:[lower=licen*]"))
        XCTAssertNil(try words("trigger:[shape=capitalized]"))
        XCTAssertNil(try words("trigger:([lemma=grant] | [shape=upper])"))
        XCTAssertNil(try words("agent:@actor [lemma=grant]"))
    }

    func testRulesCarryTheirTriggerWords() {
        let (set, problems) = RuleSet.compile(files: [("t.rules", """
            rule r
              type: grant
              pattern: agent:@authority trigger:[lemma=grant] recipient:@actor
              pattern: trigger:[lemma=approve] @actor
              example: "The Commerce Department granted Microsoft a licence."
              counter: "The Commerce Department met Microsoft."
            """)])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(set.rules.first?.triggerWords, ["grant", "approve"])
    }
}
