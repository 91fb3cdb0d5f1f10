import XCTest
@testable import NewsEvents

/// `[needs-agent]` in `rules/roles/roles.txt`: an authority's measure that no authority acts in, once the
/// sentence and the story have been searched for one, is dropped; other types and events with agents stay.
final class NeedsAgentTests: XCTestCase {
    private func events(_ text: String, needsAgent: Set<String>? = nil) -> [Event] {
        var knowledge = RuleExamplesTests.knowledge
        if let needsAgent { knowledge.roleCues.needsAgent = needsAgent }
        let document = SourceDocument(id: "t", published: SimpleDate(iso: "2019-11-22"), text: text)
        return Pipeline(knowledge: knowledge).annotate(document).events
    }

    func testTheBundledRolesListTheAuthorityTypes() {
        let types = RuleExamplesTests.knowledge.roleCues.needsAgent
        XCTAssertTrue(types.isSuperset(of: ["restriction", "relief", "grant", "blacklisting"]))
        XCTAssertFalse(types.contains("letter"))
        XCTAssertFalse(types.contains("request"))
    }

    func testAMeasureNobodyImposesIsDropped() {
        XCTAssertEqual(events("Imports of shoes were restricted last month.").map(\.type), [])
        // Without the policy the same sentence gives the restriction: the rule did read it.
        XCTAssertEqual(events("Imports of shoes were restricted last month.", needsAgent: []).map(\.type), ["restriction"])
    }

    func testTheSentenceOrTheStoryNamingTheAuthorityKeepsIt() {
        XCTAssertEqual(events("Japan restricted imports of shoes last month.").map(\.type), ["restriction"])
        let story = events("The Treasury on Sunday lifted sanctions on Rusal. The three companies were hit with sanctions in April 2018.")
        XCTAssertEqual(story.map(\.type), ["delisting", "blacklisting"])
        XCTAssertEqual(story.last?.agent?.id, "us.treasury")
    }

    func testTypesNotListedNeedNoAgent() {
        let found = events("Imports of shoes were restricted last month.", needsAgent: ["grant"])
        XCTAssertEqual(found.map(\.type), ["restriction"])
    }

    func testAnUnknownTypeIsReportedWithASuggestion() {
        let file = DataFile(path: "roles.txt", text: "[needs-agent]\nrestriction\nreleif\n")
        let (cues, _) = RoleCues.parse(file)
        XCTAssertEqual(cues.needsAgent, ["restriction", "releif"])
        let problems = cues.unknownTypes(known: ["restriction", "relief"], file: "roles.txt")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.contains("did you mean 'relief'"), problems[0].message)
    }
}
