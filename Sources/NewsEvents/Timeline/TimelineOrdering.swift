/// The order of the timeline: by date (undated last), then by document order (the order documents were added
/// to the builder), then by the first source's start offset.
///
/// Dates of different granularity compare by their first day: `2019-W47` by its Monday, `2019-11` by
/// November 1, `2019-Q4` by October 1, `2019` by January 1. Values that name no full calendar day
/// (`XXXX-11-20`, `2019-SU`) sort after every full date and before undated events, among themselves by value.
/// ```swift
/// TimelineOrdering.firstDay(of: "2019-Q4")   // 2019-10-01
/// ```
public enum TimelineOrdering {
    /// The first day a calendar value covers, or `nil` for partial and non-calendar values.
    public static func firstDay(of value: String) -> SimpleDate? {
        if let span = CalendarSpan(value) { return span.first }
        // A day given as ISO week and weekday: 2019-W47-3.
        let b = Array(value.utf8)
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "W"), b[8] == UInt8(ascii: "-"),
            let week = CalendarSpan(String(decoding: b[0..<8], as: UTF8.self)), b[9] >= 49, b[9] <= 55
        {
            return week.first.adding(days: Int(b[9]) - 49)
        }
        return nil
    }

    /// A sort key; compare with `<`.
    public struct Key: Comparable, Sendable {
        /// 0: a full date, 1: a partial or non-calendar value, 2: undated.
        var rank: Int
        var day: Int
        var value: [UInt32]
        var document: Int
        var start: Int
        var sequence: Int

        public static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.day != rhs.day { return lhs.day < rhs.day }
            if lhs.value != rhs.value { return lhs.value.lexicographicallyPrecedes(rhs.value) }
            if lhs.document != rhs.document { return lhs.document < rhs.document }
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            return lhs.sequence < rhs.sequence
        }
    }

    /// The key of an event. `documentOrder` gives each document id its position; unknown documents sort last.
    /// `sequence` breaks remaining ties (the order events were added), so the sort is total and stable.
    public static func key(for event: Event, documentOrder: [String: Int], sequence: Int) -> Key {
        let source = event.sources.first
        let document = source.flatMap { documentOrder[$0.document] } ?? Int.max
        let start = source?.start ?? Int.max
        guard let date = event.date else {
            return Key(rank: 2, day: 0, value: [], document: document, start: start, sequence: sequence)
        }
        if let day = firstDay(of: date.value) {
            return Key(rank: 0, day: day.dayNumber, value: [], document: document, start: start, sequence: sequence)
        }
        return Key(
            rank: 1, day: 0, value: date.value.unicodeScalars.map(\.value), document: document, start: start,
            sequence: sequence)
    }

    /// Sorts events in timeline order.
    public static func sort(_ events: [Event], documentOrder: [String: Int]) -> [Event] {
        let keyed = events.enumerated().map { (key(for: $0.element, documentOrder: documentOrder, sequence: $0.offset), $0.element) }
        return keyed.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
