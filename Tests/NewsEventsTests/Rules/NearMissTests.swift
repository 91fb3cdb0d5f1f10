import XCTest
@testable import NewsEvents

/// "Why not": the longest start of a rule's pattern that matches, and the element that failed after it.
final class NearMissTests: XCTestCase {
    private func miss(_ ruleText: String, _ sentence: String) throws -> NearMiss? {
        let (set, problems) = RuleSet.compile(files: [("rules/events/test.rules", ruleText)])
        XCTAssertEqual(problems.map(\.description), [])
        let rule = try XCTUnwrap(set.rules.first)
        let document = Fixtures.tokenized(sentence)
        let context = SentenceContext(document: document, sentence: document.sentences[0])
        return NearMiss.find(rule, in: context, document: document, classes: set.classes)
    }

    private let grantRule = """
        define LICENCE = [lemma=licence|permit]
        rule grant-active
          type: grant
          pattern: [lower=the] [lower=department] trigger:[lemma=grant] %LICENCE
          example: "The Department granted licences."
          counter: "The Department denied licences."
        """

    func testTheFirstFailingElementIsNamedAsWritten() throws {
        let found = try XCTUnwrap(try miss(grantRule, "The Department granted Microsoft an exemption."))
        XCTAssertEqual(found.elementsMatched, 3)
        XCTAssertEqual(found.matchedText, "The Department granted")
        XCTAssertEqual(found.failedElement, "%LICENCE")
        XCTAssertEqual(found.summary, "matched `[lower=the] [lower=department] trigger:[lemma=grant]` on 'The Department granted'; then `%LICENCE` failed")
    }

    func testAMatchingRuleHasNoNearMiss() throws {
        XCTAssertNil(try miss(grantRule, "The Department granted licences."))
    }

    func testAMissingTriggerWordIsSaidFirst() throws {
        let found = try XCTUnwrap(try miss(grantRule, "The Department denied licences."))
        XCTAssertEqual(found.missingTriggerWords, ["grant"])
        XCTAssertTrue(found.summary.hasPrefix("no trigger word in the sentence"), found.summary)
    }
}
