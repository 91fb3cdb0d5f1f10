import XCTest
@testable import NewsEvents

/// The factuality policy of issue 6: an act a sentence only believes, imagines or tells as a habit is no event (the
/// suppressions at the end of `rules/events/suppress.rules`), and a forecast of another party's act is `proposed`
/// (`[proposed]` in `rules/status/cues.txt`). Each class is checked beside the assertion it must leave alone.
final class FactualityTests: XCTestCase {
    private func types(_ text: String) -> [String] {
        EventFixtures.events(text).map(\.type)
    }

    /// A belief about another party's act (the clause has its own subject and a modal) asserts nothing.
    func testABeliefAboutAnotherPartysActIsNoEvent() {
        XCTAssertFalse(types("Acme was confident the regulators would not block the merger, a spokesman said.").contains("denial"))
        XCTAssertFalse(types("A senator said he does not believe Ruritania should impose a fee on oil imports.").contains("rule"))
        XCTAssertEqual(EventFixtures.events("The regulators did not block the merger, the company said.").map(\.status), [.negated])
    }

    /// "no doubt" states a certainty, not a doubt: the threat it reports stays, and is not negated.
    func testNoDoubtIsNoBelief() {
        let events = EventFixtures.events("The European Community said there was no doubt the community would retaliate against U.S. exports.")
        XCTAssertEqual(events.map(\.type), ["restriction"])
        XCTAssertNotEqual(events.first?.status, .negated)
    }

    /// An act named under "any" as the subject of a modal, or in a relative clause of what someone would do, is
    /// a hypothetical.
    func testHypotheticalActsAreNoEvents() {
        XCTAssertFalse(types("An economist said any EC move to cut tariffs on cereals would make imports cheaper.").contains("relief"))
        XCTAssertFalse(types("They sought a ban the Commerce Department would impose on imports of steel.").contains("restriction"))
    }

    /// An act a party says it does not want is a position; wanting it is a proposal.
    func testAnUnwantedActIsNoEvent() {
        XCTAssertFalse(types("The minister said Ruritania did not want to terminate the accord.").contains("revocation"))
        XCTAssertEqual(EventFixtures.events("The minister said Ruritania wanted to terminate the accord.").filter { $0.type == "revocation" }
            .map(\.status), [.proposed])
    }

    /// A habit with no occasion is no event; the same act on one occasion is.
    func testAHabitIsNoEvent() {
        XCTAssertFalse(types("The European Community usually imposes duties on steel imports after a complaint.").contains("restriction"))
        XCTAssertEqual(types("The European Community imposed duties on steel imports after a complaint."), ["restriction"])
    }

    /// A forecast of another party's act is an expectation: `proposed`, not `planned`.
    func testAForecastOfAnotherPartysActIsProposed() {
        XCTAssertEqual(EventFixtures.events("Smith predicted the ministry will impose quotas on steel imports.").map(\.status), [.proposed])
        XCTAssertEqual(EventFixtures.events("The ministry will impose quotas on steel imports.").map(\.status), [.planned])
    }
}
