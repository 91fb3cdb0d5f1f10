import XCTest
@testable import NewsEvents

/// Bare and shifted weekdays resolve against the publication date, across month and year ends.
final class WeekdayResolutionTests: XCTestCase {
    func testPastWeekdayAcrossTheYearEnd() {
        // 2020-01-01 is a Wednesday; "on Monday" in a report is 2019-12-30.
        let timex = TimeFixtures.timex("Monday", in: "The agency said on Monday it had acted.", published: "2020-01-01")
        XCTAssertEqual(timex?.value, "2019-12-30")
        XCTAssertEqual(timex?.type, .date)
    }

    func testPastWeekdayAcrossAMonthEnd() {
        // 2019-12-03 is a Tuesday; Friday before it is 2019-11-29.
        let timex = TimeFixtures.timex("Friday", in: "Talks collapsed on Friday.", published: "2019-12-03")
        XCTAssertEqual(timex?.value, "2019-11-29")
    }

    func testSameWeekdayAsPublicationIsThatDay() {
        let timex = TimeFixtures.timex("Friday", in: "The ministry said Friday.", published: "2019-11-22")
        XCTAssertEqual(timex?.value, "2019-11-22")
    }

    func testFutureWithWill() {
        let timex = TimeFixtures.timex("Tuesday", in: "The ministry will decide on Tuesday.", published: "2019-11-22")
        XCTAssertEqual(timex?.value, "2019-11-26")
    }

    func testFutureAcrossTheYearEnd() {
        // 2019-12-30 is a Monday; "will meet on Thursday" is 2020-01-02.
        let timex = TimeFixtures.timex("Thursday", in: "They will meet on Thursday.", published: "2019-12-30")
        XCTAssertEqual(timex?.value, "2020-01-02")
    }

    func testClockTimeWithItsDayIsATime() {
        let evening = TimeFixtures.timex("10 p.m. Wednesday", in: "The polls closed at 10 p.m. Wednesday.", published: "1998-02-13")
        XCTAssertEqual(evening?.value, "1998-02-11T22:00")
        XCTAssertEqual(evening?.type, .time)
    }

    func testLastAndNextWeekday() {
        XCTAssertEqual(TimeFixtures.timex("last Friday", in: "It acted last Friday.", published: "2019-11-22")?.value, "2019-11-15")
        XCTAssertEqual(TimeFixtures.timex("next Tuesday", in: "It acts next Tuesday.", published: "2019-11-22")?.value, "2019-11-26")
    }
}
