import XCTest
@testable import NewsEvents

/// Malformed pattern and vocabulary lines give FILE:LINE:COL diagnostics with a helpful message.
final class TimeRuleDiagnosticTests: XCTestCase {
    private func problems(vocabulary: String = "[MONTH]\n11 november\n", patterns: String) -> [Diagnostic] {
        var resources = TimeResources()
        var problems: [Diagnostic] = []
        resources.loadVocabulary(DataFile(path: "v.txt", text: vocabulary), problems: &problems)
        resources.loadPatterns(path: "p.patterns", text: patterns, problems: &problems)
        return problems
    }

    func testUnknownClassSuggestsTheNearestName() {
        let found = problems(patterns: "pattern md DATE date = MONHT DAY\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.description, "p.patterns:1:24: error: unknown class 'MONHT' (did you mean 'MONTH'?)")
    }

    func testUnknownFunctionAndType() {
        let function = problems(patterns: "pattern md DATE dat = MONTH DAY\n")
        XCTAssertEqual(function.first?.column, 17)
        XCTAssertTrue(function.first?.message.contains("did you mean 'date'?") ?? false, "\(function)")
        let type = problems(patterns: "pattern md DAET date = MONTH DAY\n")
        XCTAssertTrue(type.first?.message.contains("did you mean 'DATE'?") ?? false, "\(type)")
    }

    func testArgumentsOnlyWhereTheFunctionTakesOne() {
        XCTAssertEqual(problems(patterns: "pattern h DATE half:2 = last half\n  example \"last half\" => XXXX-H2\n").count, 0)
        XCTAssertEqual(problems(patterns: "pattern w DATE date:W = MONTH DAY\n  example \"november 6\" => XXXX-11-06\n").count, 0)
        let extra = problems(patterns: "pattern y DATE year:2 = MONTH\n")
        XCTAssertEqual(extra.first?.message, "function 'year' takes no argument")
    }

    func testMalformedLines() {
        XCTAssertEqual(problems(patterns: "pattern md DATE date MONTH DAY\n").first?.line, 1)
        XCTAssertEqual(problems(patterns: "example \"Nov. 20\" => 2019-11-20\n").first?.message, "example before any pattern")
        let badDate = problems(patterns: "pattern md DATE date = MONTH DAY\n  example \"Nov. 20\" @2019-13-01 => x\n")
        XCTAssertEqual(badDate.first?.line, 2)
        XCTAssertTrue(badDate.first?.message.contains("bad reference date") ?? false)
        XCTAssertEqual(problems(patterns: "pattern md DATE date = { MONTH\n").count, 1)
    }

    func testVocabularyProblems() {
        let outside = problems(vocabulary: "11 november\n", patterns: "")
        XCTAssertEqual(outside.first?.description, "v.txt:1:1: error: vocabulary entry outside a [CLASS] section")
        let noForms = problems(vocabulary: "[MONTH]\n  11\n", patterns: "")
        XCTAssertEqual(noForms.first?.column, 3)
    }
}
