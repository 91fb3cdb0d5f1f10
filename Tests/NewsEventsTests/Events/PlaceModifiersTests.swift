import XCTest
@testable import NewsEvents

/// ``PlaceModifiers``: a country after a sentence-opening indefinite article qualifies the noun that acts, and
/// a country after "to" or "in" is a place, not the party acting or restricted.
final class PlaceModifiersTests: XCTestCase {
    /// (text, event type, role, id the role must not take).
    private let cases: [(String, String, KeyPath<Event, Participant?>, String)] = [
        ("A U.S. judge on Tuesday rejected Acme Corp's request for an injunction.", "denial", \.agent, "us"),
        ("Under the licensing deal, both companies will jointly apply for marketing approval for the drug in Japan.", "request", \.agent, "jp"),
    ]

    func testTheCountryOfAModifierOrAPlaceIsNotTheParticipant() {
        for (text, type, role, id) in cases {
            let event = EventFixtures.events(text).first { $0.type == type }
            XCTAssertNotNil(event, text)
            XCTAssertNotEqual(event?[keyPath: role]?.id, id, text)
        }
    }

    func testTheJudgeIsNamed() {
        let denial = EventFixtures.events("A U.S. judge on Tuesday rejected Acme Corp's request for an injunction.").first
        XCTAssertEqual(denial?.agent?.name, "U.S. judge")
    }
}
