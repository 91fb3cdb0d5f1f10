import XCTest
@testable import NewsEvents

/// Months, years and seasons, with and without a year in the text.
final class MonthAndYearTests: XCTestCase {
    func testSinceMay() {
        let timex = TimeFixtures.timex("May", in: "Huawei has been on the list since May.", published: "2019-11-22")
        XCTAssertEqual(timex?.value, "2019-05")
    }

    func testExplicitDates() {
        XCTAssertEqual(TimeFixtures.timex("Nov. 20, 2019", in: "It said on Nov. 20, 2019.", published: nil)?.value, "2019-11-20")
        XCTAssertEqual(TimeFixtures.timex("20 November 2019", in: "Signed 20 November 2019.", published: nil)?.value, "2019-11-20")
        XCTAssertEqual(TimeFixtures.timex("2019-11-20", in: "Dated 2019-11-20.", published: nil)?.value, "2019-11-20")
        XCTAssertEqual(TimeFixtures.timex("11/20/2019", in: "Dated 11/20/2019.", published: nil)?.value, "2019-11-20")
        XCTAssertEqual(TimeFixtures.timex("May 1987", in: "Sales in May 1987 fell.", published: nil)?.value, "1987-05")
    }

    func testMonthDayTakesTheYearFromTheContext() {
        XCTAssertEqual(
            TimeFixtures.timex("April 17", in: "The tariffs will take effect April 17.", published: "1987-04-07")?.value,
            "1987-04-17")
        XCTAssertEqual(
            TimeFixtures.timex("Dec. 30", in: "It was announced on Dec. 30.", published: "2020-01-02")?.value,
            "2019-12-30")
    }

    func testRelativeYearsAndMonths() {
        XCTAssertEqual(TimeFixtures.timex("last year", in: "It rose last year.", published: "2019-11-22")?.value, "2018")
        XCTAssertEqual(TimeFixtures.timex("next month", in: "It acts next month.", published: "2019-12-22")?.value, "2020-01")
        XCTAssertEqual(TimeFixtures.timex("this year", in: "It rose this year.", published: "2019-11-22")?.value, "2019")
    }

    func testMidYearCarriesItsMod() {
        let mid = TimeFixtures.timex("mid-2019", in: "The ban dates from mid-2019.", published: "2020-02-10")
        XCTAssertEqual(mid?.value, "2019")
        XCTAssertEqual(mid?.mod, "MID")
    }

    func testLastFallIsTheYearBefore() {
        let timex = TimeFixtures.timex("last fall", in: "The ban began last fall.", published: "1987-04-07")
        XCTAssertEqual(timex?.value, "1986-FA")
    }

    func testQuartersAndFiscalYears() {
        XCTAssertEqual(TimeFixtures.timex("the third quarter", in: "Profit rose in the third quarter.", published: "2019-11-22")?.value, "2019-Q3")
        XCTAssertEqual(TimeFixtures.timex("the first quarter of 1987", in: "in the first quarter of 1987", published: nil)?.value, "1987-Q1")
        XCTAssertEqual(TimeFixtures.timex("fiscal 1988", in: "in fiscal 1988", published: nil)?.value, "1988")
    }

    func testTheYearEndedIsAYearLong() {
        let timex = TimeFixtures.timex("the year", in: "Revenue was $76 million for the year ended March 31.", published: "1989-11-01")
        XCTAssertEqual(timex?.value, "P1Y")
        XCTAssertEqual(timex?.type, .duration)
    }

    func testReportPeriods() {
        // The quarter the report speaks of, a year before; with "nine months", the year.
        let quarter = TimeFixtures.tag("Net rose in the third quarter, up from the 1988 period.", published: "1989-11-02")
        XCTAssertEqual(quarter.map(\.value), ["1989-Q3", "1988-Q3"])
        let months = TimeFixtures.tag("In the first nine months, net fell from the 1988 period.", published: "1989-11-02")
        XCTAssertEqual(months.last?.value, "1988")
    }

    func testYearAgoPeriodsNameTheQuarterAYearBefore() {
        TimeFixtures.check([
            TimeCase("In [the year-earlier third quarter], it earned $2.8 million.", "1989-10-26", "1988-Q3"),
            TimeCase("Net fell from [the year-ago fourth quarter].", "1990-02-01", "1989-Q4"),
            TimeCase("For [the quarter a year ago], it earned $16.3 million.", "1989-10-26", "1988-Q3"),
            TimeCase("It earned 10 cents for [the corresponding period last year].", "1989-10-26", "1988-Q3"),
            TimeCase("Net for [the year-earlier nine months] included a gain.", "1989-10-26", "P9M"),
        ])
    }

    func testLastHalfAndWeekOf() {
        TimeFixtures.check([
            TimeCase("earnings for [the last half of 1989]", nil, "1989-H2"),
            TimeCase("the excess of [the last half of the '80s]", nil, "198"),
            TimeCase("It will be heard [the week of March 6].", "2000-02-24", "2000-W10"),
        ])
    }

    func testTwoDigitYearAndDecade() {
        TimeFixtures.check([
            TimeCase("since ['87]", "1989-01-01", "1987"),
            TimeCase("It rose in [March '87].", "1988-01-01", "1987-03"),
            TimeCase("in [the 1990s]", nil, "199"),
        ])
    }

    func testNumberWordsAloneAreNoYears() {
        XCTAssertEqual(TimeFixtures.tag("Nineteen people died.", published: "1998-02-27").map(\.text), [])
    }

    func testFromMarchToMayIsTwoTimexes() {
        let timexes = TimeFixtures.tag("Prices rose from March to May.", published: "2019-11-22")
        XCTAssertEqual(timexes.map(\.text), ["March", "May"])
        XCTAssertEqual(timexes.map(\.value), ["2019-03", "2019-05"])
    }
}
