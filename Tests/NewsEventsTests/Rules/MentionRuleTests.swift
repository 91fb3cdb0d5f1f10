import XCTest
@testable import NewsEvents

/// Rules that make mentions (`mention: NAME`) and rules that build on them (`@NAME`).
final class MentionRuleTests: XCTestCase {
    private let text = """
        rule trade-body
          mention: tradebody
          pattern: [shape=capitalized]+ [lower=Association|Federation|association|federation]
          example: "The Semiconductor Industry Association wrote."
          counter: "Members of the association wrote."

        rule petition
          type: letter
          pattern: agent:@tradebody trigger:[lemma=petition] recipient:@authority
          example: "The Semiconductor Industry Association petitioned the Commerce Department." agent=Association recipient=Commerce
          counter: "The Commerce Department petitioned nobody."
        """

    func testALaterRuleMatchesTheMentionWhole() throws {
        let (rules, problems) = RuleSet.compile(files: [("custom/trade.rules", text)])
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(rules.rules.map(\.action), [.mention("tradebody"), .event])
        var knowledge = RuleExamplesTests.knowledge
        knowledge.rules = rules
        let report = RuleExampleRunner(pipeline: Pipeline(knowledge: knowledge)).run()
        XCTAssertEqual(report.failures.map(\.description), [])
        XCTAssertEqual(report.examples, 4)
    }

    func testAnUnknownMentionClassSuggestsTheMadeOnes() {
        let (_, problems) = RuleSet.compile(files: [("custom/trade.rules", text.replacingOccurrences(of: "agent:@tradebody", with: "agent:@tradebdy"))])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.contains("did you mean 'tradebody'"), problems[0].message)
    }

    func testABuiltInClassCannotBeMadeAgain() {
        let (_, problems) = RuleSet.compile(files: [("custom/trade.rules", text.replacingOccurrences(of: "mention: tradebody", with: "mention: company"))])
        XCTAssertTrue(problems.contains { $0.message.contains("built-in mention class") }, problems.description)
    }
}
