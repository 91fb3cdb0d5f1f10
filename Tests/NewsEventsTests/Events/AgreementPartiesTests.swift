import XCTest
@testable import NewsEvents

/// ``AgreementParties``: an agreement whose rule captured no party takes the first state or public body
/// its sentence names; a place behind "in" is no party.
final class AgreementPartiesTests: XCTestCase {
    func testAPassiveAgreementTakesAPartyItsSentenceNames() {
        let found = EventFixtures.events("Under a barter agreement signed last week, Chile will import Norwegian fish.")
        let agreement = found.first { $0.type == "agreement" }
        XCTAssertNotNil(agreement)
        XCTAssertEqual(agreement?.agent?.id, "cl")
    }

    func testAPlaceBehindInIsNoParty() {
        let found = EventFixtures.events("A barter agreement was signed in Oslo last week, officials said.")
        XCTAssertNil(found.first { $0.type == "agreement" }?.agent)
    }
}
