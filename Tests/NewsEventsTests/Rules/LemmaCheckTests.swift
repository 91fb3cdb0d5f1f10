import XCTest
@testable import NewsEvents

final class LemmaCheckTests: XCTestCase {
    private func rules(_ text: String) -> RuleSet {
        let (set, problems) = RuleSet.compile(files: [(path: "test.rules", text: text)])
        XCTAssertTrue(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        return set
    }

    private let check = LemmaCheck(lemmatizer: Lemmatizer(exceptions: Fixtures.text.lemmaExceptions))

    func testALemmaNoTokenCarriesIsReportedWithTheLemmaToWrite() {
        let set = rules("""
            rule tariff-plural
              type: restriction
              pattern: [lower=new] trigger:[lemma=tariffs]
              example: "They announced new tariffs."
              counter: "They announced new quotas."
            """)
        let problems = check.problems(in: set)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.severity, .warning)
        XCTAssertEqual(problems.first?.line, 1)
        XCTAssertTrue(problems.first?.message.contains("lemma=tariffs never matches") ?? false, "\(problems)")
        XCTAssertTrue(problems.first?.message.contains("did you mean lemma=tariff?") ?? false, "\(problems)")
    }

    func testALemmaBesideItsBaseFormAndLemmasOfTheirOwnPass() {
        let set = rules("""
            rule tariff-both
              type: restriction
              pattern: [lower=new] trigger:[lemma=tariff|tariffs|quota]
              example: "They announced new tariffs."
              counter: "They announced new rules."
            """)
        XCTAssertEqual(check.problems(in: set), [])
    }
}
