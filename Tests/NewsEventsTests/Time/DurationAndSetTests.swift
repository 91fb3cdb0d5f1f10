import XCTest
@testable import NewsEvents

/// Durations and recurrences.
final class DurationAndSetTests: XCTestCase {
    func testForAnother90Days() {
        let timexes = TimeFixtures.tag("It extended the licence for another 90 days.", published: "2019-11-22")
        XCTAssertEqual(timexes.count, 1)
        XCTAssertEqual(timexes.first?.text, "90 days")
        XCTAssertEqual(timexes.first?.value, "P90D")
        XCTAssertEqual(timexes.first?.type, .duration)
    }

    func testAdjectivalDurations() {
        XCTAssertEqual(TimeFixtures.timex("two-year", in: "a two-year licence", published: nil)?.value, "P2Y")
        XCTAssertEqual(TimeFixtures.timex("90-day", in: "a 90-day extension", published: nil)?.value, "P90D")
    }

    func testThePastYears() {
        XCTAssertEqual(TimeFixtures.timex("the past two years", in: "in the past two years", published: "2019-11-22")?.value, "P2Y")
        XCTAssertEqual(TimeFixtures.timex("the past year", in: "over the past year", published: "2019-11-22")?.value, "P1Y")
    }

    func testAgesAreNoDurations() {
        XCTAssertEqual(TimeFixtures.tag("Mr. Schwarz, 52 years old, will succeed him.", published: "1989-10-26").map(\.text), [])
    }

    func testSets() {
        let every = TimeFixtures.timex("every week", in: "It reports every week.", published: nil)
        XCTAssertEqual(every?.value, "P1W")
        XCTAssertEqual(every?.type, .set)
        XCTAssertEqual(TimeFixtures.timex("annually", in: "It is renewed annually.", published: nil)?.value, "P1Y")
    }
}
