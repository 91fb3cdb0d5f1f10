import XCTest
@testable import NewsEvents

final class StatusClassifierTests: XCTestCase {
    private let classifier: StatusClassifier = {
        let (cues, problems) = StatusCues.load(path: Fixtures.rulesDirectory + "/status/cues.txt")
        precondition(problems.isEmpty, "\(problems)")
        return StatusClassifier(cues: cues)
    }()

    /// The status of the event whose trigger is `trigger` (its first occurrence) in `sentence`.
    private func status(_ sentence: String, trigger: String) -> EventStatus {
        let document = Fixtures.tokenized(sentence)
        let index = document.tokens.firstIndex { $0.text == trigger }!
        let context = SentenceContext(document: document, sentence: document.sentences[0])
        return classifier.status(trigger: index..<(index + 1), in: context)
    }

    /// "and" inside an entity name ("Securities and Exchange Commission") is no clause boundary for the look-back.
    func testAndInsideAnEntityNameIsNoBoundary() {
        let asked = EventFixtures.events("The senators urged the Securities and Exchange Commission to adopt a rule requiring brokers to report short sales.")
        XCTAssertEqual(asked.map(\.status), [.proposed])
        let two = EventFixtures.events("The senators met on Monday and the Securities and Exchange Commission adopted a rule requiring brokers to report short sales.")
        XCTAssertEqual(two.map(\.status), [.occurred])
    }

    /// A hope governs a whole list of clauses after it, across commas and "and", though not across other boundaries.
    func testAHopeReachesAcrossAListOfClauses() {
        XCTAssertEqual(status("He said the U.S. hopes Japan will take steps to lift its economy and reduce its exports, remove barriers to imports and settle trade issues.", trigger: "remove"), .proposed)
        XCTAssertEqual(status("He hoped that in the next few weeks a final agreement would be reached with the commission.", trigger: "reached"), .proposed)
        XCTAssertEqual(status("He hopes for growth, but the government removed barriers to imports.", trigger: "removed"), .occurred)
    }

    func testAssertedActionsOccurred() {
        XCTAssertEqual(status("The Department granted Microsoft a licence.", trigger: "granted"), .occurred)
        XCTAssertEqual(status("The Department has extended the licence.", trigger: "extended"), .occurred)
    }

    /// A purpose ("in order to lift the tariffs, the U.S. needs ...") or a proposed remedy ("the only solution is to
    /// drop the controls") is no report of the act; a hint "dismissed" afterwards denies it.
    func testPurposesAndRemediesAreProposedAndDismissedHintsNegated() {
        XCTAssertEqual(status("In order to lift the tariffs, the United States needs proof of compliance.", trigger: "lift"), .proposed)
        XCTAssertEqual(status("The only effective solution is to drop foreign exchange controls.", trigger: "drop"), .proposed)
        XCTAssertEqual(status("Officials hinted they might cancel the tariffs, but this has now been dismissed.", trigger: "cancel"),
                       .negated)
        XCTAssertEqual(status("The United States was poised to impose tariffs on European food.", trigger: "impose"), .proposed)
    }

    func testNegation() {
        XCTAssertEqual(status("The Department did not extend the licence.", trigger: "extend"), .negated)
        XCTAssertEqual(status("The Department declined to grant the licence.", trigger: "grant"), .negated)
        XCTAssertEqual(status("Indonesia has not issued licences.", trigger: "issued"), .negated)
        XCTAssertEqual(status("The Department will not impose tariffs.", trigger: "impose"), .negated)
    }

    /// A negation word that opens an `[idiom]` negates nothing: "no doubt" is a certainty, "not only" an addition.
    func testANegationInsideAnIdiomNegatesNothing() {
        XCTAssertEqual(status("He said there was no doubt the community would retaliate against U.S. exports.", trigger: "retaliate"), .planned)
        XCTAssertEqual(status("He said the EC not only ignored the request but imposed a levy on oils.", trigger: "imposed"), .occurred)
        XCTAssertEqual(status("He said there was no sign the community would retaliate against U.S. exports.", trigger: "retaliate"), .negated)
    }

    func testARefutedReportIsNegated() {
        XCTAssertEqual(status("Sources said reports that the licences had been suspended were incorrect.", trigger: "suspended"), .negated)
        XCTAssertEqual(
            status("Traders said Indonesia has issued licences to local firms, but the spokesman said this was untrue.", trigger: "issued"),
            .negated)
        XCTAssertEqual(status("The licences were suspended, a correct decision, officials said.", trigger: "suspended"), .occurred)
    }

    func testAPurposeIsProposed() {
        XCTAssertEqual(status("Congress passed a bill to remove foreign trade barriers.", trigger: "remove"), .proposed)
    }

    func testABankersShouldIsAnOpinion() {
        let opinion = Fixtures.tokenized("The government should rapidly relax its controls, a banker said.")
        XCTAssertTrue(classifier.isOpinion(in: SentenceContext(document: opinion, sentence: opinion.sentences[0])))
        let official = Fixtures.tokenized("The government should rapidly relax its controls, the minister said.")
        XCTAssertFalse(classifier.isOpinion(in: SentenceContext(document: official, sentence: official.sentences[0])))
        let hope = Fixtures.tokenized("Bankers remain hopeful that an agreement can be reached this month.")
        XCTAssertTrue(classifier.isOpinion(in: SentenceContext(document: hope, sentence: hope.sentences[0])))
        XCTAssertEqual(status("Bankers remain hopeful that an agreement can be reached this month.", trigger: "reached"), .proposed)
        let speculation = Fixtures.tokenized("Prices fell as traders speculated the government would relax import controls.")
        XCTAssertTrue(classifier.isOpinion(in: SentenceContext(document: speculation, sentence: speculation.sentences[0])))
        XCTAssertEqual(status("Prices fell as traders speculated the government would relax import controls.", trigger: "relax"), .proposed)
    }

    func testNotYetAndDeniedRumoursAreNegated() {
        XCTAssertEqual(status("An agreement has yet to be reached, sources said.", trigger: "reached"), .negated)
        XCTAssertEqual(status("The government denied rumours that it intends to impose exchange controls.", trigger: "impose"), .negated)
    }

    func testAConditionIsProposed() {
        XCTAssertEqual(status("Washington will lift the tariffs unless Tokyo fails to open its market.", trigger: "lift"), .planned)
        XCTAssertEqual(status("The accord takes effect unless the ministry sets new export limits.", trigger: "sets"), .proposed)
    }

    func testUrgingAndModalsAreProposed() {
        XCTAssertEqual(status("Senators wrote to Trump urging him to suspend the licences.", trigger: "suspend"), .proposed)
        XCTAssertEqual(status("Japan threatened to impose tariffs.", trigger: "impose"), .proposed)
        XCTAssertEqual(status("The agency is considering whether to revoke the licence.", trigger: "revoke"), .proposed)
        XCTAssertEqual(status("They urged Tokyo not to retaliate.", trigger: "retaliate"), .proposed)
        XCTAssertEqual(status("Washington could impose sanctions.", trigger: "impose"), .proposed)
    }

    /// A future act on a condition is threatened or offered, not decided.
    func testAConditionalFutureActIsProposed() {
        XCTAssertEqual(status("The Community will retaliate against steel exports if Congress passes the bill.", trigger: "retaliate"), .proposed)
        XCTAssertEqual(status("The ministry would approve new permits only if a review allows it.", trigger: "approve"), .proposed)
        XCTAssertEqual(status("If Ruritania does not cut its barriers, the United States would set quotas.", trigger: "set"), .proposed)
        XCTAssertEqual(status("The United States will set quotas on April 17, and Ruritania may retaliate if it does.", trigger: "set"), .planned)
        XCTAssertEqual(status("The president said he would lift the duties as soon as Ruritania opened its market.", trigger: "lift"), .proposed)
        XCTAssertEqual(status("The department will lift the ban once Kestrel pays the fine.", trigger: "lift"), .planned)
    }

    /// "it was likely that X would ..." is an expectation, not a decision.
    func testLikelyIsProposed() {
        XCTAssertEqual(status("It was likely that the ministry would ease its currency controls.", trigger: "ease"), .proposed)
        XCTAssertEqual(status("It seems likely the curbs will be lifted by June.", trigger: "lifted"), .proposed)
        XCTAssertEqual(status("The ministry will ease its currency controls in June.", trigger: "ease"), .planned)
    }

    /// "will probably be eased" is a forecast: the hedge makes the future act proposed, not planned.
    func testProbablyIsProposed() {
        XCTAssertEqual(status("Some of the currency curbs will probably be eased next month.", trigger: "eased"), .proposed)
        XCTAssertEqual(status("Some of the currency curbs will be eased next month.", trigger: "eased"), .planned)
    }

    func testFutureIsPlanned() {
        XCTAssertEqual(status("The United States will impose tariffs on April 17.", trigger: "impose"), .planned)
        XCTAssertEqual(status("Sweden said it would impose a boycott.", trigger: "impose"), .planned)
        XCTAssertEqual(status("The tariffs, which will take effect on April 17, were announced.", trigger: "tariffs"), .planned)
        XCTAssertEqual(status("The tariffs take effect April 17.", trigger: "tariffs"), .planned)
        XCTAssertEqual(status("The tariffs took effect April 17.", trigger: "tariffs"), .occurred)
    }

    func testBoundariesStopCues() {
        XCTAssertEqual(status("The firm did not comment, but the Department granted a licence.", trigger: "granted"), .occurred)
        XCTAssertEqual(status("Critics urged a ban and the Department extended the licence.", trigger: "extended"), .occurred)
    }

    func testBackground() {
        let document = Fixtures.tokenized("The Department had granted a licence.")
        let context = SentenceContext(document: document, sentence: document.sentences[0])
        XCTAssertTrue(classifier.isBackground(trigger: 3..<4, in: context))
        let news = Fixtures.tokenized("The Department has granted a licence.")
        XCTAssertFalse(classifier.isBackground(trigger: 3..<4, in: SentenceContext(document: news, sentence: news.sentences[0])))
    }

    /// A failure word whose "to" governs the trigger across a few words: the act was not done.
    func testFailureAcrossAGapIsNegated() {
        XCTAssertEqual(status("The council failed in February to reach an agreement on quotas.", trigger: "agreement"), .negated)
        XCTAssertEqual(status("The failure of the Tin Council (ITC) to reach agreement hurt prices.", trigger: "agreement"), .negated)
        XCTAssertEqual(status("After the failure of the talks, the ministry imposed quotas.", trigger: "imposed"), .occurred)
        XCTAssertEqual(status("The council, which failed last year, agreed to reach an agreement on quotas.", trigger: "agreement"), .planned)
    }

    /// The phrase index finds the same phrases as reading every phrase at every token: by text or lemma, first or
    /// last word, and an empty phrase anywhere.
    func testAPhraseIndexAgreesWithReadingEveryPhrase() {
        let document = Fixtures.tokenized("The duties would take effect in June unless the talks failed.")
        let views = SentenceContext(document: document, sentence: document.sentences[0]).views
        let phrases: [[String]] = [["take", "effect"], ["unless"], ["fail"], ["in", "june"]]
        let index = PhraseIndex(phrases)
        for position in 0..<views.count {
            XCTAssertEqual(index.starts(at: position, in: views),
                           phrases.contains { StatusCues.phrase($0, startsAt: position, in: views) }, "starts at \(position)")
            XCTAssertEqual(index.ends(at: position, in: views, lowerBound: 0),
                           phrases.contains { StatusCues.phrase($0, endsAt: position, in: views, lowerBound: 0) }, "ends at \(position)")
        }
        XCTAssertTrue(PhraseIndex([[]]).starts(at: 2, in: views))
        XCTAssertFalse(PhraseIndex([]).ends(at: 2, in: views, lowerBound: 0))
    }
}
