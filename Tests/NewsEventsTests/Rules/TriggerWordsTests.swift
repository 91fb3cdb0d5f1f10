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

    private func requirements(_ text: String, mentions: [String: Set<String>] = [:]) throws -> [Set<String>] {
        var parser = PatternParser(text: text)
        return TriggerWords.requirements(of: try parser.parse(), classes: [:], mentions: mentions)
    }

    func testAlternationsNeedTheUnionOfTheirBranchesSetsPositionByPosition() throws {
        XCTAssertEqual(try requirements("[lower=by] [lemma=extension] | [lemma=file] [lemma=cord|lead]"),
                       [["by", "file"], ["extension", "cord", "lead"]])
        XCTAssertEqual(try requirements("[lower=by] [lemma=extension] | [lemma=ban]"), [["by", "ban"]])
        XCTAssertEqual(try requirements("[lower=by] | [shape=upper]"), [])
    }

    func testUnitsRulesMakeNeedTheirHeadWords() throws {
        XCTAssertEqual(try requirements("[lower=on] @namedlist", mentions: ["namedlist": ["list", "blacklist"]]),
                       [["on"], ["list", "blacklist"]])
        XCTAssertEqual(try requirements("[lower=on] @authority", mentions: [:]), [["on"]])
        let (set, problems) = RuleSet.compile(files: [("t.rules", """
            rule listing
              mention: namedlist
              pattern: [lower=the] [shape=capitalized]{1,3} [lemma=list]
              pattern: [lower=the] [lemma=blacklist]
              example: "It is on the Entity List."
              counter: "It is on the list."
            rule open
              mention: party
              pattern: [shape=upper]{1,3}
              example: "It said so, BIS said."
              counter: "It said so."
            rule agency
              mention: agency
              pattern: [lemma=agency]
              example: "The agency said so."
              counter: "The firm said so."
            """)])
        XCTAssertEqual(problems, [])
        let found = TriggerWords.mentionRequirements(of: set.rules, classes: set.classes, entityClasses: ["agency"])
        XCTAssertEqual(found, ["namedlist": ["list", "blacklist"]],
                       "a unit made without a word test, or a name entities also give, needs no word")
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
