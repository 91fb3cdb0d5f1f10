import Foundation
import XCTest

/// `newsevents explain` and `newsevents rules coverage` through the binary.
final class ExplainTests: XCTestCase {
    func testExplainShowsOneSentenceWithItsRulesAndNearMisses() throws {
        let result = try CLI.run(["explain", "corpus/text/huawei-licences-2019.txt", "--sentence", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("## sentence 2: Microsoft had applied for the licence"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fired: request/request-apply-for"), result.stdout)
        XCTAssertTrue(result.stdout.contains("event: request occurred"), result.stdout)
        XCTAssertTrue(result.stdout.contains("why not "), result.stdout)
        XCTAssertFalse(result.stdout.contains("## sentence 1:"), result.stdout)
    }

    func testExplainReadsStandardInput() throws {
        let result = try CLI.run(["explain", "-", "--date", "2019-11-22"], stdin: "The Commerce Department denied Huawei a licence.\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("event: denial occurred 2019-11-22"), result.stdout)
    }

    func testExplainSaysWhichAgentPolicyDroppedAnEvent() throws {
        let text = "Acme Inc said the application was rejected on Monday.\nImports of shoes were restricted last month.\n"
        let result = try CLI.run(["explain", "-", "--date", "2019-11-22"], stdin: text)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("dropped: denial by denial/denial-passive: no agent, and the sentence names a company"
            + " and no authority (the type is listed under [own-business] in roles/roles.txt)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("dropped: restriction by restriction/restriction-passive: no agent in the sentence"
            + " or the story (the type is listed under [needs-agent] in roles/roles.txt)"), result.stdout)
    }

    func testExplainSaysWhyAnEventIsUndated() throws {
        let text = "The ministry on Jan. 8 urged Japan to lift its tariffs on rice.\n\nThe U.S. has already imposed duties on"
            + " Japanese chips. It said the duties would stay. Officials said talks would go on. The quotas, which the"
            + " Commerce Department set, remain in force.\n"
        let result = try CLI.run(["explain", "-", "--date", "1987-03-10"], stdin: text)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("event: restriction occurred undated"), result.stdout)
        XCTAssertTrue(result.stdout.contains("dating: restriction occurred: undated: "), result.stdout)
    }

    func testExplainRejectsASentenceNumberBelowOne() throws {
        let result = try CLI.run(["explain", "corpus/text/huawei-licences-2019.txt", "--sentence", "0"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--sentence counts from 1"), result.stderr)
    }

    func testCoverageListsCountsAndRulesThatNeverFired() throws {
        let result = try CLI.run(["rules", "coverage", "corpus/text/huawei-licences-2019.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("1 document(s), "), result.stdout)
        XCTAssertTrue(result.stdout.contains("  grant/"), result.stdout)
        XCTAssertTrue(result.stdout.contains("never fired: "), result.stdout)
    }
}
