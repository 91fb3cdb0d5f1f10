import XCTest
@testable import NewsEvents

/// `newsevents rules test` inside `swift test`: every example the bundled rules carry must pass.
final class RuleExamplesTests: XCTestCase {
    static let knowledge: Knowledge = {
        let (knowledge, problems) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        precondition(problems.filter { $0.severity == .error }.isEmpty, "rules/ has problems: \(problems)")
        return knowledge
    }()

    func testBundledRulesLoadWithoutProblems() {
        let (knowledge, problems) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertGreaterThan(knowledge.rules.rules.count, 50)
        let types = Set(knowledge.rules.rules.filter { $0.action == .event }.map(\.type))
        XCTAssertEqual(types, Set(RuleSet.standardTypes), "every type of ANNOTATION.md has rules")
    }

    func testEveryEventRuleExamplePasses() {
        let report = RuleExampleRunner(pipeline: Pipeline(knowledge: Self.knowledge)).run()
        XCTAssertGreaterThan(report.examples, 100)
        XCTAssertEqual(report.failures.map(\.description), [])
    }

    func testEveryEventRuleCarriesAnExampleAndACounterExample() {
        for rule in Self.knowledge.rules.rules where rule.action == .event {
            XCTAssertTrue(rule.examples.contains(where: \.positive), "\(rule.id) has no example")
            XCTAssertTrue(rule.examples.contains(where: { !$0.positive }), "\(rule.id) has no counter example")
        }
    }

    func testEveryTimeExamplePasses() {
        XCTAssertGreaterThan(Self.knowledge.time.exampleCount, 30)
        XCTAssertEqual(Self.knowledge.time.runExamples(text: Self.knowledge.text).map(\.description), [])
    }

    func testAFailingExampleIsReportedAtItsLine() {
        let (rules, problems) = RuleSet.compile(files: [("custom/broken.rules", """
            rule wrong-role
              type: grant
              pattern: agent:@authority trigger:[lemma=grant] recipient:@actor
              example: "The Commerce Department granted Microsoft a licence." recipient=Huawei
              counter: "The Commerce Department granted Microsoft a licence."
            """)])
        XCTAssertEqual(problems, [])
        var knowledge = Self.knowledge
        knowledge.rules = rules
        let report = RuleExampleRunner(pipeline: Pipeline(knowledge: knowledge)).run()
        XCTAssertEqual(report.failures.map { "\($0.file):\($0.line)" }, ["custom/broken.rules:4", "custom/broken.rules:5"])
        XCTAssertTrue(report.failures[0].message.contains("recipient is 'Microsoft', expected 'Huawei'"), report.failures[0].message)
    }

    func testASuppressionWhoseExamplesRemoveNoEventIsReported() {
        let (rules, problems) = RuleSet.compile(files: [("custom/suppress.rules", """
            rule grant-verb
              type: grant
              pattern: agent:@authority trigger:[lemma=grant] recipient:@actor [lower=a]? object:([lower=fishing]? [lemma=licence])
              example: "The Commerce Department granted Microsoft a licence."
              counter: "Microsoft sold a licence."

            rule too-short
              action: suppress
              pattern: [lower=fishing] [lemma=licence]
              example: "The Commerce Department granted Microsoft a fishing licence."
              counter: "The Commerce Department granted Microsoft a licence."

            rule whole-phrase
              action: suppress
              pattern: [lemma=grant] [!shape=punctuation]{0,3} [lower=fishing] [lemma=licence]
              example: "The Commerce Department granted Microsoft a fishing licence."
              counter: "The Commerce Department granted Microsoft a licence."
            """)])
        XCTAssertEqual(problems, [])
        var knowledge = Self.knowledge
        knowledge.rules = rules
        let report = RuleExampleRunner(pipeline: Pipeline(knowledge: knowledge)).run()
        XCTAssertEqual(report.failures.map { "\($0.file):\($0.line)" }, ["custom/suppress.rules:10"])
        XCTAssertTrue(report.failures.first?.message.contains("suppress/too-short removes no event") ?? false,
                      report.failures.first?.message ?? "")
    }
}
