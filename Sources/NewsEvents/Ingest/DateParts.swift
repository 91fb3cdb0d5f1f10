/// A calendar date whose year may be missing ("Nov 22" in a dateline).
///
/// ```swift
/// let parts = DateParts(year: nil, month: 12, day: 31)
/// parts.resolved(near: SimpleDate(year: 2020, month: 1, day: 2)!)   // 2019-12-31: the closest Dec 31
/// parts.resolved(near: nil)                                         // nil: no year is guessed
/// ```
public struct DateParts: Hashable, Sendable, CustomStringConvertible {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The full date when the year is known.
    public var date: SimpleDate? {
        guard let year else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// The date, taking a missing year from `reference`: of the same month and day in the reference's year and
    /// the years either side, the one closest to the reference (the earlier on a tie). `nil` without a year
    /// and without a reference.
    public func resolved(near reference: SimpleDate?) -> SimpleDate? {
        if year != nil { return date }
        guard let reference else { return nil }
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            SimpleDate(year: $0, month: month, day: day)
        }
        return candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
    }

    /// `YYYY-MM-DD`, or `XXXX-MM-DD` without a year.
    public var description: String {
        let yearText = year.map { TimexValue.pad($0, 4) } ?? "XXXX"
        return yearText + "-" + TimexValue.pad(month, 2) + "-" + TimexValue.pad(day, 2)
    }
}
