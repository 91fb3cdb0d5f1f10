/// Resolves calendar expressions without a year against the publication date, in the direction the
/// sentence's tense gives: a report of the past takes the latest date on or before the publication
/// date, a future takes the next one.
///
/// ```swift
/// let dct = SimpleDate(year: 2020, month: 1, day: 1)!
/// CalendarResolution.weekday(1, from: dct, future: false)   // 2019-12-30, the Monday before
/// ```
public enum CalendarResolution {
    public static func monthDay(month: Int, day: Int, from dct: SimpleDate, future: Bool) -> SimpleDate? {
        var year = dct.year
        if future {
            if (month, day) < (dct.month, dct.day) { year += 1 }
        } else if (month, day) > (dct.month, dct.day) {
            year -= 1
        }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// The year of a month named without one.
    public static func month(_ month: Int, from dct: SimpleDate, future: Bool) -> Int {
        if future { return month < dct.month ? dct.year + 1 : dct.year }
        return month > dct.month ? dct.year - 1 : dct.year
    }

    /// `relative`: -1 for "last Friday", +1 for "next Friday", 0 for a bare weekday.
    public static func weekday(_ weekday: Int, from dct: SimpleDate, future: Bool, relative: Int = 0) -> SimpleDate {
        if relative > 0 || (future && relative == 0) {
            let ahead = (weekday - dct.weekday + 7) % 7
            return dct.adding(days: ahead == 0 ? 7 : ahead)
        }
        let back = (dct.weekday - weekday + 7) % 7
        if relative < 0 && back == 0 { return dct.adding(days: -7) }
        return dct.adding(days: -back)
    }

    /// `2019-W47`
    public static func week(_ date: SimpleDate) -> String {
        let (year, week) = date.isoWeek
        return TimexValue.pad(year, 4) + "-W" + TimexValue.pad(week, 2)
    }

    /// `2019-11`
    public static func month(_ date: SimpleDate) -> String {
        TimexValue.pad(date.year, 4) + "-" + TimexValue.pad(date.month, 2)
    }
}
