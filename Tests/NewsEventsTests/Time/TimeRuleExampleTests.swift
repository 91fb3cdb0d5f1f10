import XCTest
@testable import NewsEvents

/// Every example and counter-example in rules/time must hold.
final class TimeRuleExampleTests: XCTestCase {
    func testRulesLoadWithoutProblems() {
        let (resources, problems) = TimeResources.load(directory: Fixtures.rulesDirectory + "/time")
        XCTAssertEqual(problems, [])
        XCTAssertGreaterThan(resources.patternCount, 20)
        XCTAssertGreaterThan(resources.exampleCount, 50)
    }

    func testEveryExampleHolds() {
        let failures = TimeFixtures.resources.runExamples(text: Fixtures.text)
        XCTAssertEqual(failures.map(\.description), [])
    }

    func testAFailingExampleIsReportedWithItsPlace() {
        var resources = TimeResources()
        var problems: [Diagnostic] = []
        resources.loadVocabulary(DataFile(path: "m.txt", text: "[MONTH]\n11 november nov.\n"), problems: &problems)
        resources.loadPatterns(
            path: "p.patterns",
            text: "pattern md DATE date = MONTH DAY\n  example \"Nov. 20\" @2019-11-22 => 2019-11-21\n",
            problems: &problems)
        resources.buildTriggers()
        XCTAssertEqual(problems, [])
        let failures = resources.runExamples(text: Fixtures.text)
        XCTAssertEqual(failures.count, 1)
        XCTAssertEqual(failures.first?.file, "p.patterns")
        XCTAssertEqual(failures.first?.line, 2)
        XCTAssertEqual(failures.first?.column, 11)
        XCTAssertTrue(failures.first?.message.contains("expected 2019-11-21, got 2019-11-20") ?? false)
    }
}
