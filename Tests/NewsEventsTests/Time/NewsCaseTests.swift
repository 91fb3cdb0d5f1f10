import XCTest
@testable import NewsEvents

/// The news cases the timeline depends on, each with its publication date: the bracketed expression must be one
/// timex with the value given.
final class NewsCaseTests: XCTestCase {
    func testNewsCases() {
        TimeFixtures.check([
            // "said on Tuesday": the saying is past, whatever the clause after it announces
            TimeCase("The ministry said on [Tuesday] it will extend the licence.", "2019-11-22", "2019-11-19"),
            // participles and places are no tense cues: "will be decided", "next to"
            TimeCase("The case will be decided on [Tuesday].", "2019-11-22", "2019-11-26"),
            TimeCase("A bomb exploded next to the embassy on [Friday].", "1998-08-08", "1998-08-07"),
            TimeCase("Protesters plan to hold a large demonstration on [Saturday].", "2000-01-07", "2000-01-08"),
            // parts of day after a weekday: evenings stay in the value, mornings and nights do not
            TimeCase("The message was read [Wednesday night].", "2000-01-07", "2000-01-05"),
            TimeCase("Thousands rallied [Friday evening].", "2000-01-07", "2000-01-07TEV"),
            TimeCase("The FBI arrested him [Thursday morning].", "1999-10-08", "1999-10-07"),
            // a weekday with its date
            TimeCase("The newspaper said in an editorial on [Monday, Oct. 26]:", "1998-10-25", "1998-10-26"),
            // clock times take their day
            TimeCase("The offer expires at [5 p.m. EST, Nov. 9].", "1989-11-02", "1989-11-09T17:00"),
            TimeCase("The deadline passed at [noon Saturday].", "1991-02-25", "1991-02-23T12:00"),
            // "N days ago" across a month end
            TimeCase("It was listed [three days ago].", "2019-12-02", "2019-11-29"),
            TimeCase("It was listed [10 days ago].", "2020-01-05", "2019-12-26"),
            // "next month", "late last year", "earlier this year"
            TimeCase("The rule takes effect [next month].", "2019-11-22", "2019-12"),
            TimeCase("It was blacklisted [late last year].", "2020-02-10", "2019"),
            TimeCase("It was listed [earlier this year].", "2019-11-22", "2019"),
            // the tense of the governing verb picks the year of a bare month or day
            TimeCase("The talks will resume in [January].", "2019-11-22", "2020-01"),
            TimeCase("The talks resumed in [January].", "2019-11-22", "2019-01"),
            TimeCase("The company said in [December] that it would appeal.", "2020-01-15", "2019-12"),
            // (a scheduled payment: "payable" looks ahead)
            TimeCase("The reduced dividend is payable [Jan. 2].", "1989-11-02", "1990-01-02"),
            TimeCase("He will succeed Mr. Davison [Feb. 1].", "1989-10-26", "1990-02-01"),
            // fiscal years, possessive quarters
            TimeCase("Exports fell in [fiscal 2020].", "2020-11-02", "2020"),
            TimeCase("Sales in [the current fiscal year] will rise.", "1989-11-02", "1989"),
            TimeCase("It expects a loss in [next year's first quarter].", "1989-10-31", "1990-Q1"),
            // years in words
            TimeCase("Atlanta, [nineteen ninety-six].", "1998-02-27", "1996"),
            TimeCase("[January nineteen ninety-seven]. Atlanta again.", "1998-02-27", "1997-01"),
            // "the weekend" follows the tense (2019-11-22 is a Friday)
            TimeCase("Officials met over [the weekend].", "2019-11-25", "2019-W47-WE"),
            TimeCase("Officials will meet over [the weekend].", "2019-11-22", "2019-W47-WE"),
            // ISO weeks across year ends: 2021-01-06 is in 2021-W01, the week before is 2020-W53
            TimeCase("It acted [last week].", "2021-01-06", "2020-W53"),
            TimeCase("It acts [next week].", "2020-12-31", "2021-W01"),
            // approximations belong to the expression
            TimeCase("It lasted [nearly two years].", nil, "P2Y"),
            TimeCase("for [at least 30 days]", nil, "P30D"),
            TimeCase("A decision is due in [a few days].", nil, "PXD"),
            TimeCase("It ended [almost four years ago].", "1999-03-12", "1995"),
        ])
    }
}
