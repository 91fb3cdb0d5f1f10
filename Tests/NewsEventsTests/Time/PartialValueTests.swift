import XCTest
@testable import NewsEvents

/// Without a publication date, values that need a year stay partial; no year is guessed.
final class PartialValueTests: XCTestCase {
    func testMonthDayWithoutPublicationDate() {
        XCTAssertEqual(TimeFixtures.timex("Nov. 20", in: "It acted on Nov. 20.", published: nil)?.value, "XXXX-11-20")
    }

    func testWeekdayAndWeekWithoutPublicationDate() {
        XCTAssertEqual(TimeFixtures.timex("Monday", in: "It acted on Monday.", published: nil)?.value, "XXXX-WXX-1")
        XCTAssertEqual(TimeFixtures.timex("this week", in: "It acted this week.", published: nil)?.value, "XXXX-WXX")
    }

    func testMonthAndSeasonWithoutPublicationDate() {
        XCTAssertEqual(TimeFixtures.timex("May", in: "It acted in May.", published: nil)?.value, "XXXX-05")
        XCTAssertEqual(TimeFixtures.timex("last fall", in: "It acted last fall.", published: nil)?.value, "XXXX-FA")
    }

    func testExplicitYearsStayFull() {
        XCTAssertEqual(TimeFixtures.timex("April 7, 1987", in: "on April 7, 1987", published: nil)?.value, "1987-04-07")
    }
}
