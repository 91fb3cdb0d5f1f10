import XCTest
@testable import NewsEvents

/// Week expressions give ISO weeks, which straddle year ends.
final class IsoWeekTests: XCTestCase {
    func testEarlierThisWeek() {
        let timexes = TimeFixtures.tag("Earlier this week it extended the licence.", published: "2019-11-22")
        XCTAssertEqual(timexes.map(\.value), ["2019-W47"])
        XCTAssertEqual(timexes.first?.text, "Earlier this week")  // one expression, as the timeline cites it
    }

    func testThisWeekAtTheYearEndIsWeekOneOfNextYear() {
        // 2019-12-30 belongs to ISO week 2020-W01.
        XCTAssertEqual(TimeFixtures.timex("this week", in: "It acted this week.", published: "2019-12-30")?.value, "2020-W01")
    }

    func testLastWeekIsThePreviousIsoWeek() {
        XCTAssertEqual(TimeFixtures.timex("last week", in: "It acted last week.", published: "2019-11-22")?.value, "2019-W46")
        XCTAssertEqual(TimeFixtures.timex("last week", in: "It acted last week.", published: "2020-01-02")?.value, "2019-W52")
    }

    func testWeeksAgo() {
        XCTAssertEqual(TimeFixtures.timex("two weeks ago", in: "It began two weeks ago.", published: "2019-11-22")?.value, "2019-W45")
    }
}
