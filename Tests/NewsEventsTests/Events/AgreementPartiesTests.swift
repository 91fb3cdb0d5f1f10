import XCTest
@testable import NewsEvents

/// ``AgreementParties``: an agreement whose rule captured no party takes the first state or public body
/// its sentence names; a dateline's place is no party.
final class AgreementPartiesTests: XCTestCase {
    func testAPassiveAgreementTakesAPartyItsSentenceNames() {
        let found = EventFixtures.events("A fisheries agreement between Norway and Chile was signed in Oslo last week.")
        let agreement = found.first { $0.type == "agreement" }
        XCTAssertNotNil(agreement)
        XCTAssertEqual(agreement?.agent?.id, "no")
    }

    func testADatelinePlaceIsNoParty() {
        let found = EventFixtures.events("OSLO, Nov 20 - A fisheries agreement was signed here last week, officials said.")
        XCTAssertNil(found.first { $0.type == "agreement" }?.agent)
    }
}
