/// The days a calendar value covers: `2019-11-20` one day, `2019-W47` Monday to Sunday, `2019-11` the month,
/// `2019-Q4` the quarter, `2019` the year.
///
/// Parsing follows `shared/eval/score_events.py` exactly (`span()` in `date_ok`): only these five shapes, ASCII
/// digits, years 1...9999, and `nil` where Python's `datetime` raises (month 13, week 53 of a 52-week year,
/// quarter 5, the last month of year 9999). Partial values (`XXXX-11-20`) have no span.
/// ```swift
/// CalendarSpan("2019-W47")   // first 2019-11-18, last 2019-11-24
/// CalendarSpan("2019-Q4")    // first 2019-10-01, last 2019-12-31
/// ```
public struct CalendarSpan: Sendable, Hashable {
    public var first: SimpleDate
    public var last: SimpleDate

    public init(first: SimpleDate, last: SimpleDate) {
        self.first = first
        self.last = last
    }

    public init?(_ value: String) {
        let b = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        let dash = UInt8(ascii: "-")
        guard b.count >= 4, let year = digits(0..<4), year >= 1 else { return nil }
        switch b.count {
        case 4:
            self.init(first: SimpleDate(year: year, month: 1, day: 1)!, last: SimpleDate(year: year, month: 12, day: 31)!)
        case 10:
            guard b[4] == dash, b[7] == dash, let month = digits(5..<7), let day = digits(8..<10),
                let date = SimpleDate(year: year, month: month, day: day)
            else { return nil }
            self.init(first: date, last: date)
        case 7 where b[4] == dash && b[5] == UInt8(ascii: "Q"):
            guard let quarter = digits(6..<7), (1...4).contains(quarter), !(year == 9999 && quarter == 4) else {
                return nil
            }
            let first = SimpleDate(year: year, month: 3 * quarter - 2, day: 1)!
            let lastMonth = 3 * quarter
            self.init(
                first: first,
                last: SimpleDate(year: year, month: lastMonth, day: SimpleDate.daysIn(month: lastMonth, year: year))!)
        case 7:
            guard b[4] == dash, let month = digits(5..<7), (1...12).contains(month), !(year == 9999 && month == 12)
            else { return nil }
            self.init(
                first: SimpleDate(year: year, month: month, day: 1)!,
                last: SimpleDate(year: year, month: month, day: SimpleDate.daysIn(month: month, year: year))!)
        case 8:
            guard b[4] == dash, b[5] == UInt8(ascii: "W"), let week = digits(6..<8), week >= 1,
                week <= CalendarSpan.isoWeeks(in: year)
            else { return nil }
            let monday = SimpleDate.mondayOf(isoYear: year, week: week)
            self.init(first: monday, last: monday.adding(days: 6))
        default:
            return nil
        }
    }

    /// 52 or 53: the number of ISO weeks of an ISO week-numbering year.
    public static func isoWeeks(in year: Int) -> Int {
        SimpleDate(year: year, month: 12, day: 28)!.isoWeek.week
    }

    public var days: Int { last.dayNumber - first.dayNumber + 1 }

    public func contains(_ other: CalendarSpan) -> Bool { first <= other.first && other.last <= last }
}
