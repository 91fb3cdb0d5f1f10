/// Dates written as a time in UTC, and the site's own day for them.
///
/// A page that states `2023-11-09T03:28:35Z` in one tag often states the same moment in local time in
/// another (`2023-11-08 22:28:35`, `2023-11-08T22:28:35-05:00`): the publication day is the local one.
/// ```swift
/// UTCTimestamp.isUTC("2023-11-09T03:28:35Z")          // true
/// UTCTimestamp.isUTC("2023-11-08T22:28:35-05:00")     // false
/// UTCTimestamp.isUTC("2023-11-08")                    // false: no time, no zone
/// UTCTimestamp.utcHour("2023-11-09T03:28:35Z")        // 3: on the American east coast, still Nov 8
/// ```
enum UTCTimestamp {
    static let utcSuffixes = ["+00:00", "+0000", "-00:00", "+00", " utc", " gmt", "utc", "gmt"]

    /// Whether `text` is a date with a time of day stated in UTC (`Z`, a zero offset, `UTC`, `GMT`).
    static func isUTC(_ text: String) -> Bool {
        let trimmed = IngestText.trim(text, " \t\n\r").lowercased()
        guard trimmed.contains(":") else { return false }
        if trimmed.hasSuffix("z"), trimmed.dropLast().last?.isNumber == true { return true }
        return utcSuffixes.contains { trimmed.hasSuffix($0) }
    }

    /// The UTC hour of a date-time written `YYYY-MM-DD[T ]HH:MM...` in UTC; `nil` for anything else.
    static func utcHour(_ text: String) -> Int? {
        guard isUTC(text) else { return nil }
        let bytes = Array(IngestText.trim(text, " \t\n\r").utf8)
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), let hour = Int(String(decoding: bytes[11..<13], as: UTF8.self))
        else { return nil }
        return hour
    }

    /// Whether a date-time stated in UTC at `hour` may be `days` (1 or -1) away from the day on the site's
    /// clock: sites from UTC-10 to UTC+3 are a day behind before 10:00 UTC and a day ahead from 21:00 UTC.
    static func localDayMayDiffer(hour: Int, by days: Int) -> Bool {
        days == -1 ? hour < 10 : days == 1 && hour >= 21
    }

    /// A stated date and, when it was a time given in UTC, its hour.
    struct Stated: Hashable {
        var date: SimpleDate
        var utcHour: Int?

        init?(_ text: String?) {
            guard let text, let date = PublishedDateParser.parse(text) else { return nil }
            self.date = date
            self.utcHour = UTCTimestamp.utcHour(text)
        }
    }

    /// The first of `candidates`; when it is a time stated in UTC near midnight, the first candidate or
    /// alternative stated in local time on the day before or after (``localDayMayDiffer(hour:by:)``) replaces it.
    static func localDay(_ candidates: [Stated], alternatives: [Stated]) -> Stated? {
        guard let first = candidates.first else { return nil }
        guard let hour = first.utcHour else { return first }
        let local = (candidates + alternatives).first { other in
            other.utcHour == nil && localDayMayDiffer(hour: hour, by: other.date.dayNumber - first.date.dayNumber)
        }
        return local ?? first
    }
}
