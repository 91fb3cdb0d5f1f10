import XCTest
@testable import NewsEvents

/// Event dates through the whole pipeline: which temporal expression of a sentence (or of its neighbours)
/// dates an event, following the conventions of ANNOTATION.md.
final class EventDaterTests: XCTestCase {
    private func event(_ type: String, in text: String, published: String) -> Event? {
        EventFixtures.events(text, published: published).first { $0.type == type }
    }

    func testSinceRightBeforeADateStartsAState() {
        let found = event("restriction", in: "The EU has kept anti-dumping duties on Chinese electric bicycles since 2019.", published: "2023-10-04")
        XCTAssertEqual(found?.date?.value, "2019")
        let counted = event("extension", in: "It was the third extension since May.", published: "2019-11-22")
        XCTAssertNotEqual(counted?.date?.value, "2019-05")
    }

    /// A reported day after the publication date lies in the year before ("a Dec. 19 letter" in January), unless
    /// it is a day or two ahead: a dateline filed in Asia on the next day of a story dated in New York.
    func testADayJustAfterThePublicationDateStaysInItsYear() {
        let ahead = event("agreement", in: "WELLINGTON, March 5 - New Zealand signed a trade agreement with Australia on March 5.", published: "1987-03-04")
        XCTAssertEqual(ahead?.date?.value, "1987-03-05")
        let earlier = event("letter", in: "A bipartisan group of 15 senators wrote to President Trump on Dec. 19 urging him to suspend the licences.", published: "2020-01-10")
        XCTAssertEqual(earlier?.date?.value, "2019-12-19")
    }

    /// "Canada responded on July 1" in a May article is last July; a day marked as a time to come
    /// (`[time-to-come]` in rules/dates/dating.txt) is no date of what was done, so it is not moved a year back.
    func testADayMarkedAsATimeToComeDoesNotDateWhatWasDone() {
        let past = event("restriction", in: "Canada imposed duties on American steel on July 1.", published: "2019-05-17")
        XCTAssertEqual(past?.date?.value, "2018-07-01")
        let toCome = event("request", in: "The Chicago Board of Trade applied to the Commodity Futures Trading Commission for approval of the contract, and on June 22 the commission will consider it.", published: "2019-05-17")
        XCTAssertNotNil(toCome)
        XCTAssertEqual(toCome?.date?.value, "2019-05-17")
        // A weekday read ahead is the day of what is to come, never the same date a year back.
        let weekday = event("request", in: "Dozens of manufacturers asked the Commerce Department for exclusions from the tariffs it is to impose on Japanese exports Friday.", published: "2019-05-13")
        XCTAssertNotNil(weekday)
        XCTAssertEqual(weekday?.date?.value, "2019-05-13")
        let deadline = event("request", in: "Dominion Resources applied to the Energy Department for an exemption and expects a decision by the end of June.", published: "2019-05-17")
        XCTAssertNotNil(deadline)
        XCTAssertNotEqual(deadline?.date?.value, "2018-06")
    }

    /// "the Trade Act of 1974", "to settle 1981 charges": a year in a law's name or before another dated noun is
    /// not the event's.
    func testAYearInALawsNameOrBeforeChargesIsNotTheEventsDate() {
        let law = event("request", in: "Dominion Resources applied to the Energy Department for an exemption under the Fuel Use Act of 1978.", published: "1987-03-23")
        XCTAssertNotNil(law)
        XCTAssertEqual(law?.date?.value, "1987-03-23")
        let charges = event("penalty", in: "The Federal Trade Commission said Acme Corp agreed to pay a 200,000 dlr civil penalty to settle 1981 charges.", published: "1987-03-17")
        XCTAssertNotNil(charges)
        XCTAssertEqual(charges?.date?.value, "1987-03-17")
    }

    func testMostRecentlyLeadsBackToTheEventsClause() {
        let found = event("extension", in: "The licence had been extended several times since it was first issued in May 2019, most recently on May 15 for 90 days.", published: "2020-08-17")
        XCTAssertEqual(found?.date?.value, "2020-05-15")
    }

    func testANegatedExtensionIsDatedByTheExpiry() {
        let found = event("extension", in: "The Commerce Department also did not extend the licence that allowed U.S. firms to keep servicing Huawei customers, which expired on Thursday.", published: "2020-08-17")
        XCTAssertEqual(found?.status, .negated)
        XCTAssertEqual(found?.date?.value, "2020-08-13")
    }

    func testANegatedEventTakesTheDateOfItsCounterpartInTheSameNews() {
        let found = EventFixtures.events("""
            The U.S. Treasury Department on Sunday lifted sanctions on United Co. Rusal. The Treasury did not lift \
            the measures on other businesses.
            """, published: "2019-01-28").filter { $0.type == "delisting" }
        XCTAssertEqual(found.map(\.status), [.occurred, .negated])
        XCTAssertEqual(found.map { $0.date?.value }, ["2019-01-27", "2019-01-27"])
    }

    func testAConditionDatesNoEvent() {
        let found = event("revocation", in: "Washington would revoke the licence if Maduro failed to act by the end of November.", published: "2023-10-18")
        XCTAssertNotEqual(found?.date?.value, "2023-11")
    }

    func testADateBeforeAnotherNounIsThatNounsDate() {
        let found = event("blacklisting", in: "The listing would have barred Americans from buying Xiaomi shares under a November order.", published: "2021-05-12")
        XCTAssertNotEqual(found?.date?.value, "2020-11")
    }

    func testAMeasureThatTakesEffectInTheNextSentenceIsPlanned() {
        let found = event("restriction", in: """
            President Donald Trump on March 8 signed proclamations imposing tariffs of 25 percent on imported steel. \
            The tariffs will take effect on March 23.
            """, published: "2018-03-09")
        XCTAssertEqual(found?.status, .planned)
        XCTAssertEqual(found?.date?.value, "2018-03-23")
    }

    func testADateInsideARelativeClauseDatesThatClause() {
        let found = event("relief", in: "AICI urged USTR to conclude the review, which it began in May 2022, and to reduce duties on inputs.", published: "2023-12-27")
        XCTAssertNotEqual(found?.date?.value, "2022-05")
    }

    func testASuperlativesScopeIsNoEventDate() {
        let found = event("penalty", in: "The penalty, the largest the Commerce Department has imposed on an American company this year, was paid.", published: "1987-09-24")
        XCTAssertEqual(found?.date?.value, "1987-09-24")
        XCTAssertEqual(found?.date?.text, "")
    }

    func testAMeasureNamedAsTheSubjectOfALaterEffectIsPlanned() {
        let found = event("restriction", in: """
            Norway announced economic sanctions against South Africa on Tuesday. The trade minister said the \
            boycott would take effect from July 1.
            """, published: "1987-03-12")
        XCTAssertEqual(found?.status, .planned)
        XCTAssertEqual(found?.date?.value, "1987-07-01")
    }

    func testAMeasureNamedByItsNounAloneIsUndatedBackground() {
        let found = event("restriction", in: "Exporters complained about the tariffs on Japanese goods.", published: "1987-03-12")
        XCTAssertNotNil(found)
        XCTAssertNil(found?.date)
    }

    /// `[reporting]` (rules/dates/dating.txt): past the lead and the sentence after it, a sentence no reporting
    /// word presents as news tells background, so an occurred event it does not date gets null, not the
    /// publication date; reported, in the present perfect or dated by its own words, it keeps its date.
    func testAnUnreportedLaterSentenceTellsBackground() {
        func restriction(_ last: String, after lead: String = "The fines total two mln dlrs. Traders expect prices to rise.") -> Event? {
            EventFixtures.events("OTTAWA, March 5 - Canada fined three grain traders for breaking export rules. \(lead) \(last)",
                                 published: "1987-03-05").first { $0.type == "restriction" }
        }
        let background = restriction("Korea imposed a quota on rice imports.")
        XCTAssertNotNil(background)
        XCTAssertNil(background?.date)
        XCTAssertEqual(restriction("The minister said Korea imposed a quota on rice imports.")?.date?.value, "1987-03-05")
        XCTAssertEqual(restriction("Korea has imposed a quota on rice imports.")?.date?.value, "1987-03-05")
        XCTAssertEqual(restriction("In 1983 Korea imposed a quota on rice imports.")?.date?.value, "1983")
        XCTAssertEqual(restriction("Korea imposed a quota on rice imports.", after: "")?.date?.value, "1987-03-05",
                       "the sentence after the lead goes on with the news")
    }

    /// A time of day on a calendar day dates the event by that day: "last night" in an April 1 story is March 31.
    func testATimeOfDayDatesTheEventByItsDay() {
        let found = event("denial", in: "A federal appeals court last night rejected the airline's request for a stay.", published: "1987-04-01")
        XCTAssertEqual(found?.date?.value, "1987-03-31")
    }

    /// "effective June 1" in a May article: a day ahead of publication that the text marks as a time to come is not
    /// moved a year back.
    func testAnEffectiveDateIsNotMovedToLastYear() {
        let found = event("grant", in: "The Federal Energy Regulatory Commission approved the pipeline company's application, effective June 1.", published: "1987-05-12")
        XCTAssertNotNil(found)
        XCTAssertNotEqual(found?.date?.value, "1986-06-01")
    }

    /// `[determiners]`: "a 1985 treaty" names the treaty's year, not the year of what was done about it.
    func testAYearBetweenADeterminerAndANounIsThatThingsYear() {
        let found = event("penalty", in: "The Commerce Department imposed a penalty on the exporter for violating a 1985 treaty.", published: "1987-03-05")
        XCTAssertNotNil(found)
        XCTAssertEqual(found?.date?.value, "1987-03-05")
        let own = event("agreement", in: "Chile and Peru signed a fishing agreement in 1985.", published: "1987-03-05")
        XCTAssertEqual(own?.date?.value, "1985")
    }

    /// A proposal already made (a past form at the trigger or next to the date) is dated like a done act: "Jan. 8"
    /// in a November story is last January, not next (the time stage reads it as scheduled); a request still to
    /// come keeps the January ahead, and so does an act not done ("has not issued").
    func testAProposalMadeIsNotDatedInTheComingYear() {
        let urged = event("relief", in: "The commission on Jan. 8 urged Japan to lift its quotas on beef.", published: "2019-11-22")
        XCTAssertEqual(urged?.status, .proposed)
        XCTAssertEqual(urged?.date?.value, "2019-01-08")
        let toCome = event("relief", in: "Japan will ask the United States on Jan. 8 to remove its duties on steel.", published: "2019-11-22")
        XCTAssertEqual(toCome?.date?.value, "2020-01-08")
    }

    /// `[effective]` in rules/dates/dating.txt: a planned or proposed measure is dated by when its own sentence says
    /// it takes effect, or by when another sentence of the story says the same measure (its object noun, or one of
    /// its `[same-action]` family) takes effect; a sentence about another measure does not date it.
    func testAPlannedOrProposedMeasureIsDatedByWhenItTakesEffect() {
        let ratify = event("agreement", in: "TOKYO, June 29 - Japan will ratify the 1986 International Cocoa Agreement, with effect from July 1, officials said.", published: "2019-06-29")
        XCTAssertEqual(ratify?.date?.value, "2019-07-01")
        let later = event("restriction", in: "SANTIAGO, May 10 - Chile said it would raise tariffs on steel imports. The ministry said the move answers a surge of cheap steel from Asia. Officials said the new tariffs take effect on June 1.", published: "2019-05-10")
        XCTAssertEqual(later?.status, .planned)
        XCTAssertEqual(later?.date?.value, "2019-06-01")
        let other = event("restriction", in: "SANTIAGO, May 10 - Chile is considering new rules on steel imports, officials said. The rules would take effect on June 1, they said. Chile said it would raise tariffs on steel imports.", published: "2019-05-10")
        XCTAssertEqual(other?.status, .planned)
        XCTAssertEqual(other?.date?.value, "2019-05-10")
    }

    /// A date stated in the event's own clause that a clause rule would have set aside: before a `[dated-nouns]` noun
    /// whose complement is the event ("the April 17 decision to impose tariffs"), or opening the sentence before a
    /// comma ("In 2014, after three months of talks, ... reached accords"); a dateline's date is no such opening.
    func testADateOfTheEventsOwnClauseIsNotSetAside() {
        let decision = event("restriction", in: "WASHINGTON, April 24 - The Commerce Department said it is reviewing Japanese trade practices. Trade friction was further fueled by the department's April 17 decision to impose 100 pct tariffs on 300 mln dlrs worth of Japanese goods in retaliation for unfair practices.", published: "2019-04-24")
        XCTAssertEqual(decision?.date?.value, "2019-04-17")
        let opening = event("agreement", in: "In 2014, after three months of difficult negotiations, the United States reached accords with seven steel-exporting countries.", published: "2019-03-25")
        XCTAssertEqual(opening?.date?.value, "2014")
        let dateline = event("agreement", in: "WASHINGTON, March 25 - After three months of talks, the United States reached accords with seven steel-exporting countries.", published: "2019-03-25")
        XCTAssertEqual(dateline?.date?.value, "2019-03-25")
    }
}
