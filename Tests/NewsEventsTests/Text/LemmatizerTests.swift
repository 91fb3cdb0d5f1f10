import XCTest
@testable import NewsEvents

final class LemmatizerTests: XCTestCase {
    private let lemmatizer = Lemmatizer(exceptions: Fixtures.text.lemmaExceptions)

    func testRegularInflections() {
        let cases = [
            "granted": "grant", "grants": "grant", "approved": "approve", "approvals": "approval",
            "extended": "extend", "revoked": "revoke", "denied": "deny", "applied": "apply",
            "urged": "urge", "barred": "bar", "banned": "ban", "blacklisted": "blacklist", "added": "add",
            "declined": "decline", "terminated": "terminate", "negotiated": "negotiate", "tariffs": "tariff",
            "settled": "settle", "continued": "continue", "eased": "ease", "signed": "sign", "lifted": "lift",
            "charged": "charge", "required": "require", "included": "include", "suspended": "suspend",
            "called": "call", "looked": "look", "extending": "extend", "imposing": "impose",
        ]
        for (form, lemma) in cases {
            XCTAssertEqual(lemmatizer.lemma(of: form), lemma, form)
        }
    }

    func testExceptionsAndSpellingVariants() {
        XCTAssertEqual(lemmatizer.lemma(of: "licenses"), "licence")
        XCTAssertEqual(lemmatizer.lemma(of: "licences"), "licence")
        XCTAssertEqual(lemmatizer.lemma(of: "licensed"), "licence")
        XCTAssertEqual(lemmatizer.lemma(of: "was"), "be")
        XCTAssertEqual(lemmatizer.lemma(of: "sought"), "seek")
        XCTAssertEqual(lemmatizer.lemma(of: "fined"), "fine")
        XCTAssertEqual(lemmatizer.lemma(of: "status"), "status")
        XCTAssertEqual(lemmatizer.lemma(of: "U.S."), "U.S.")
    }

    /// Forms of words the rules and cues name that the suffix rules get wrong (a silent e restored where there is
    /// none, or missing where there is one); `rules/text/lemmas.txt` lists them.
    func testFormsOfRuleWordsTheSuffixRulesGetWrong() {
        let cases = [
            "hoped": "hope", "hoping": "hope", "declared": "declare", "refused": "refuse", "postponed": "postpone",
            "scheduled": "schedule", "noted": "note", "voting": "vote", "seeking": "seek", "avoided": "avoid",
            "boycotted": "boycott", "challenged": "challenge", "writing": "write", "flouted": "flout",
        ]
        for (form, lemma) in cases {
            XCTAssertEqual(lemmatizer.lemma(of: form), lemma, form)
        }
    }
}
