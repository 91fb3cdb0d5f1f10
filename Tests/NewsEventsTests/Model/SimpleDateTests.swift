import XCTest
@testable import NewsEvents

final class SimpleDateTests: XCTestCase {
    func testDayNumberRoundTrip() {
        for number in stride(from: -800_000, to: 800_000, by: 997) {
            XCTAssertEqual(SimpleDate(dayNumber: number).dayNumber, number)
        }
        XCTAssertEqual(SimpleDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
    }

    func testWeekdayAndIsoWeek() {
        let date = SimpleDate(year: 2019, month: 11, day: 22)!
        XCTAssertEqual(date.weekday, 5)
        XCTAssertEqual(date.isoWeek.year, 2019)
        XCTAssertEqual(date.isoWeek.week, 47)
        // 2020-12-31 is in 2020-W53; 2021-01-03 (a Sunday) still in 2020-W53; 2019-12-30 is 2020-W01.
        XCTAssertEqual(SimpleDate(year: 2021, month: 1, day: 3)!.isoWeek.week, 53)
        XCTAssertEqual(SimpleDate(year: 2021, month: 1, day: 3)!.isoWeek.year, 2020)
        XCTAssertEqual(SimpleDate(year: 2019, month: 12, day: 30)!.isoWeek.year, 2020)
        XCTAssertEqual(SimpleDate(year: 2019, month: 12, day: 30)!.isoWeek.week, 1)
        XCTAssertEqual(SimpleDate.mondayOf(isoYear: 2020, week: 1).description, "2019-12-30")
    }

    func testMonthArithmeticClamps() {
        XCTAssertEqual(SimpleDate(year: 2020, month: 1, day: 31)!.adding(months: 1).description, "2020-02-29")
        XCTAssertEqual(SimpleDate(year: 2020, month: 1, day: 15)!.adding(months: -1).description, "2019-12-15")
    }

    func testIsoParsing() {
        XCTAssertEqual(SimpleDate(iso: "1987-02-26T15:01:01")?.description, "1987-02-26")
        XCTAssertNil(SimpleDate(iso: "2019-02-30"))
        XCTAssertNil(SimpleDate(iso: "2019-11-2x"))
        XCTAssertNil(SimpleDate(iso: "2019-11-221"))
    }

    func testTimexGranularity() {
        XCTAssertEqual(TimexValue.granularity(of: "2019-11-20"), .day)
        XCTAssertEqual(TimexValue.granularity(of: "XXXX-11-20"), .day)
        XCTAssertEqual(TimexValue.granularity(of: "2019-W47"), .week)
        XCTAssertEqual(TimexValue.granularity(of: "2019-Q3"), .quarter)
        XCTAssertEqual(TimexValue.granularity(of: "2019-11"), .month)
        XCTAssertEqual(TimexValue.granularity(of: "2019"), .year)
        XCTAssertNil(TimexValue.granularity(of: "P90D"))
        XCTAssertNil(TimexValue.granularity(of: "PAST_REF"))
    }
}
