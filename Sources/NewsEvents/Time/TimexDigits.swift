/// TIMEX3 calendar values written straight as bytes: the same text as joining the parts padded with
/// `TimexValue.pad`, without building and joining a string per part.
///
/// ```swift
/// TimexDigits.calendar(year: 1998, month: 3, day: 7)     // "1998-03-07"
/// TimexDigits.calendar(year: nil, month: 11, day: nil)   // "XXXX-11"
/// ```
enum TimexDigits {
    /// `YYYY-MM`, or `YYYY-MM-DD` with a day; `XXXX` for an unknown year.
    static func calendar(year: Int?, month: Int, day: Int?) -> String {
        // Parts wider than their padding (or negative) keep `TimexValue.pad`'s own text.
        guard year.map({ (0...9999).contains($0) }) ?? true, (0...99).contains(month),
              day.map({ (0...99).contains($0) }) ?? true
        else {
            let yearText = year.map { TimexValue.pad($0, 4) } ?? "XXXX"
            return "\(yearText)-\(TimexValue.pad(month, 2))" + (day.map { "-\(TimexValue.pad($0, 2))" } ?? "")
        }
        let count = day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: count) { bytes in
            if let year {
                put(year, width: 4, at: 0, in: bytes)
            } else {
                for k in 0..<4 { bytes[k] = UInt8(ascii: "X") }
            }
            bytes[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5, in: bytes)
            if let day {
                bytes[7] = UInt8(ascii: "-")
                put(day, width: 2, at: 8, in: bytes)
            }
            return count
        }
    }

    /// A year of four digits (`0987`), as `TimexValue.pad(year, 4)`.
    static func year(_ year: Int) -> String {
        guard (0...9999).contains(year) else { return TimexValue.pad(year, 4) }
        return String(unsafeUninitializedCapacity: 4) { bytes in
            put(year, width: 4, at: 0, in: bytes)
            return 4
        }
    }

    /// Writes `value` (which has at most `width` digits) as `width` digits, zeros first.
    private static func put(_ value: Int, width: Int, at start: Int, in bytes: UnsafeMutableBufferPointer<UInt8>) {
        var rest = value
        var k = start + width - 1
        while k >= start {
            bytes[k] = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
            k -= 1
        }
    }
}

extension SimpleDate {
    /// The date as a TIMEX3 day value, `YYYY-MM-DD`: the text of ``description``, written by ``TimexDigits``.
    /// ```swift
    /// SimpleDate(iso: "1987-04-07")!.timexDay   // "1987-04-07"
    /// ```
    var timexDay: String { TimexDigits.calendar(year: year, month: month, day: day) }
}
