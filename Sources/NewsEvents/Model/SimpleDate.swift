/// A calendar day in the proleptic Gregorian calendar, with the arithmetic the time stage needs.
///
/// Value type, no Foundation: cheap to copy and safe to share between threads.
///
/// ```swift
/// let dct = SimpleDate(year: 2019, month: 11, day: 22)!
/// dct.adding(days: -2)      // 2019-11-20
/// dct.weekday               // 5 (Friday; Monday = 1)
/// dct.isoWeek               // (year: 2019, week: 47)
/// ```
public struct SimpleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or `nil` when the day does not exist (2019-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, optionally followed by a time (`T...` or a space); `nil` otherwise.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        let rest = text.utf8.dropFirst(10)
        if let next = rest.first, next != UInt8(ascii: "T"), next != UInt8(ascii: " ") { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> SimpleDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, SimpleDate.daysIn(month: newMonth, year: newYear))
        return SimpleDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    public var weekday: Int {
        let value = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (4)
        return (value < 0 ? value + 7 : value) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let first = SimpleDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - first.dayNumber) / 7 + 1)
    }

    /// The Monday of an ISO week.
    public static func mondayOf(isoYear: Int, week: Int) -> SimpleDate {
        let jan4 = SimpleDate(year: isoYear, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public var quarter: Int { (month - 1) / 3 + 1 }

    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        TimexValue.pad(year, 4) + "-" + TimexValue.pad(month, 2) + "-" + TimexValue.pad(day, 2)
    }
}
