import XCTest
@testable import NewsEvents

/// The events stage over whole sentences, with the bundled rules and lexicons.
final class EventExtractorTests: XCTestCase {
    private func events(_ text: String, published: String = "2019-11-22") -> [Event] {
        EventFixtures.events(text, published: published)
    }

    func testCoordinatedVerbsShareTheirAgent() {
        let found = events("The Commerce Department extended the licence and added 46 affiliates to the Entity List.")
        XCTAssertEqual(found.map(\.type), ["extension", "blacklisting"])
        XCTAssertEqual(found.map { $0.agent?.id }, ["us.commerce", "us.commerce"])
    }

    func testPassiveWithoutByTakesTheAuthorityJustBefore() {
        let found = events("The Treasury on Sunday lifted sanctions on Rusal. The three companies were hit with sanctions in April 2018.")
        XCTAssertEqual(found.map(\.type), ["delisting", "blacklisting"])
        XCTAssertEqual(found.last?.agent?.id, "us.treasury")
        XCTAssertEqual(found.last?.date?.value, "2018-04")
    }

    func testTheLicencePartyIsTheTarget() {
        let found = events("Earlier this week it was reported that the Commerce Department extended the licence that lets U.S. companies do business with Huawei.")
        XCTAssertEqual(found.first?.type, "extension")
        XCTAssertEqual(found.first?.target?.id, "huawei")
    }

    func testDatesOfOtherClausesAreNotTheEventsDate() {
        let found = events("It was the third extension since Huawei was blacklisted in May.")
        let extensionEvent = found.first { $0.type == "extension" }
        let blacklisting = found.first { $0.type == "blacklisting" }
        XCTAssertEqual(blacklisting?.date?.value, "2019-05")
        XCTAssertNotEqual(extensionEvent?.date?.value, "2019-05")
        XCTAssertEqual(extensionEvent?.attributes["ordinal"], .int(3))
    }

    func testAWhenClauseTakesTheDateBeforeIt() {
        let found = events("Qualcomm has held the licences since 2020, when the Commerce Department granted them despite objections.", published: "2024-05-08")
        XCTAssertEqual(found.first { $0.type == "grant" }?.date?.value, "2020")
    }

    func testSuppressedPhrasesStateNoEvent() {
        XCTAssertEqual(events("The president's approval rating fell after the licence plate scandal.").map(\.type), [])
    }

    func testAnOpinionMakesNoProposedEvent() {
        XCTAssertTrue(events("The government should rapidly relax its foreign exchange controls, a banker said.").isEmpty)
        XCTAssertEqual(events("The government should rapidly relax its foreign exchange controls, the finance minister said.").map(\.status), [.proposed])
    }

    /// An analyst's forecast of what an authority will do is no event (ANNOTATION.md: forecasts by analysts).
    func testAForecastByEconomistsIsNoEvent() {
        XCTAssertTrue(events("Economists said it was likely that the ministry would ease its currency controls.").isEmpty)
    }

    /// One action read from two trigger words of one type is one event: the objects overlap ("send a new bill that
    /// he could sign"), or the second's agent is the first's addressee ("file an application to the FDA seeking").
    func testOneActionReadTwiceInASentenceIsOneEvent() {
        let bill = events("He said there was no reason why Congress could not send a new bill that he could sign this spring.")
        XCTAssertEqual(bill.map(\.type), ["rule"])
        let filed = events("Acme Corp said it intends to file a new drug application to the Food and Drug Administration seeking permission to test its vaccine.")
        XCTAssertEqual(filed.map(\.type), ["request"])
        XCTAssertEqual(filed.first?.agent?.name, "Acme Corp")
        let two = events("The Commerce Department granted Acme a licence and the Treasury granted Zenith a licence.")
        XCTAssertEqual(two.map(\.type), ["grant", "grant"])
    }
}
