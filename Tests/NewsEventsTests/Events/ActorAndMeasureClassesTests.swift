import XCTest
@testable import NewsEvents

/// Classes of issue 6, round 7: who gives or asks something, and what is limited, decide the type. Penalties a
/// country is given are a country sanction (`restriction-penalties-on-country`). A fine named as what a limit
/// applies to, a request of a government body or an official, a periodic report that says something and an accord
/// regulators or shareholders must approve are no events (the round-7 sections of `rules/events/suppress.rules`).
/// A speed limit, a look at trading opportunities and an accord with the IMF lie outside trade (`[outside-trade]` of
/// `rules/roles/roles.txt`).
/// Each class is checked beside the event it must leave alone.
final class ActorAndMeasureClassesTests: XCTestCase {
    private func types(_ text: String) -> [String] {
        EventFixtures.events(text).map(\.type)
    }

    func testPenaltiesOnACountryAreARestriction() {
        let events = EventFixtures.events("President Smith last week imposed penalties over Japan's failure to honour the trade pact.")
        XCTAssertEqual(events.map(\.type), ["restriction"])
        XCTAssertEqual(events.first?.target?.name, "Japan")
        XCTAssertEqual(types("The Securities and Exchange Commission imposed penalties on Acme Corp for late filings."), ["penalty"])
    }

    func testAFineALimitAppliesToIsNoPenalty() {
        XCTAssertFalse(types("Members approved a rule change that removes the limits on fines imposed in disciplinary cases.").contains("penalty"))
        XCTAssertTrue(types("The fines imposed on Acme Corp by the Securities and Exchange Commission were upheld.").contains("penalty"))
    }

    func testARequestOfAGovernmentBodyIsNoApplication() {
        XCTAssertFalse(types("Acme said it would cut chip output in line with the Ministry of International Trade and Industry's request.").contains("request"))
        XCTAssertTrue(types("The commission will study Acme Corp's request for a licence.").contains("request"))
    }

    func testAPeriodicReportIsNoProbe() {
        XCTAssertFalse(types("The Federal Reserve's quarterly review of currency operations said that it sold yen in January.").contains("investigation"))
        XCTAssertTrue(types("The Federal Trade Commission opened a review of Acme Corp's pricing.").contains("investigation"))
    }

    func testAnAccordForRegulatorsToApproveIsACompanyDeal() {
        XCTAssertFalse(types("They said the accord, once concluded, would be put for approval to the French and Italian authorities.").contains("agreement"))
        XCTAssertTrue(types("Japan and Canada signed a trade pact on Monday that is subject to approval by parliament.").contains("agreement"))
    }

    func testAnAccordWithTheIMFIsNoTradeAgreement() {
        XCTAssertFalse(types("Japan reached a full agreement with the IMF on Monday.").contains("agreement"))
        XCTAssertTrue(types("Japan reached a full agreement with Canada on Monday.").contains("agreement"))
    }

    func testASpeedLimitAndTradingOpportunitiesLieOutsideTrade() {
        XCTAssertFalse(types("Congress set the 55 mile per hour limit in 1974 as an energy measure.").contains("restriction"))
        XCTAssertFalse(types("Acme began a trade mission in Canada to investigate trading opportunities in aerospace.").contains("investigation"))
        XCTAssertTrue(types("A parliamentary committee would investigate ways of closing the loopholes.").contains("investigation"))
    }
}
