/// Dates an event as `ANNOTATION.md` says: the calendar expression of the event's own clause; else, for
/// a report of the day's news, the publication date; else nothing.
///
/// A temporal expression dates the event when it stands in the same sentence and no subordinating word
/// ("since", "after", "which", ...) stands between them: in "the third extension since Huawei was
/// blacklisted in May", "in May" dates the blacklisting, not the extension. Of several, the nearest wins.
/// Expressions introduced by "since", "until", "through" or "expire" name another time than the event's.
/// ```swift
/// EventDater().date(trigger: 5..<6, in: context, document: doc, background: false, status: .occurred)
/// ```
public struct EventDater: Sendable {
    /// Words that, standing between a trigger and a date, put the date in another clause.
    public var clauseWords: Set<String> = [
        "since", "after", "before", "when", "while", "which", "who", "whom", "because", "although",
        "whereas", "until", "unless", ";",
    ]
    /// Words that, right before a date, make it something other than the event's date.
    public var foreignIntroducers: Set<String> = ["since", "until", "till", "through", "thru", "expire", "expires", "expiring", "ending", "from"]

    public init() {}

    public func date(
        trigger: Range<Int>, capture: Range<Int>?, in context: SentenceContext, document: AnnotatedDocument,
        background: Bool, status: EventStatus
    ) -> EventDate? {
        if let capture, let timex = timex(in: capture, document: document), let date = eventDate(from: timex) {
            return date
        }
        var best: (distance: Int, date: EventDate)? = nil
        for timex in document.timexes where context.range.contains(timex.tokens.lowerBound) && timex.type == .date {
            guard let date = eventDate(from: timex) else { continue }
            if introducedByForeignWord(timex, context: context, status: status), !opensWhenClause(timex, context: context) { continue }
            let distance: Int
            if timex.tokens.upperBound <= trigger.lowerBound {
                // "since 2020, when the administration granted them": the "when" clause is dated by the date before it.
                var from = timex.tokens.upperBound
                while from < trigger.lowerBound, context.views[from - context.range.lowerBound].token.text == "," { from += 1 }
                if from < trigger.lowerBound, context.views[from - context.range.lowerBound].token.lower == "when" { from += 1 }
                if crossesClause(from: from, to: trigger.lowerBound, context: context) { continue }
                distance = trigger.lowerBound - timex.tokens.upperBound
            } else if timex.tokens.lowerBound >= trigger.upperBound {
                if crossesClause(from: trigger.upperBound, to: timex.tokens.lowerBound, context: context) { continue }
                distance = timex.tokens.lowerBound - trigger.upperBound
            } else {
                distance = 0
            }
            if best == nil || distance < best!.distance { best = (distance, date) }
        }
        if var date = best?.date {
            // A report of something done cannot lie after the publication date: a month and day read as the
            // future ("a Dec. 19 letter" in a January article) belong to the year before.
            if status == .occurred, date.granularity == .day || date.granularity == .month,
               let published = document.source.published, !hasYear(date.text),
               let shifted = EventDater.yearEarlier(date.value), date.value > published.description, shifted <= published.description {
                date.value = shifted
            }
            return date
        }
        guard !background, let published = document.source.published else { return nil }
        return EventDate(value: published.description, granularity: .day, text: "", approximate: false)
    }

    private func hasYear(_ text: String) -> Bool {
        var run = 0
        for c in text.unicodeScalars {
            run = CharacterClass.isDigit(c) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// `2019-12-19` -> `2018-12-19`; `nil` for values without a leading year.
    static func yearEarlier(_ value: String) -> String? {
        guard let year = Int(value.prefix(4)), value.count >= 7 else { return nil }
        return TimexValue.pad(year - 1, 4) + value.dropFirst(4)
    }

    private func timex(in range: Range<Int>, document: AnnotatedDocument) -> Timex? {
        document.timexes.first { range.overlaps($0.tokens) }
    }

    /// A calendar value an event can carry (day, week, month, quarter, year; partial `XXXX` values too).
    func eventDate(from timex: Timex) -> EventDate? {
        var value = timex.value
        if let t = value.firstIndex(of: "T") { value = String(value[..<t]) }
        // Seasons give the year: "last fall" in 1987 -> 1986.
        if value.count == 7, ["-SP", "-SU", "-FA", "-WI"].contains(String(value.suffix(3))) { value = String(value.prefix(4)) }
        guard let granularity = TimexValue.granularity(of: value) else { return nil }
        let relative = timex.approximate || !timex.text.contains(where: { $0.isNumber })
        return EventDate(value: value, granularity: granularity, text: timex.text, approximate: relative && granularity != .day ? true : timex.approximate)
    }

    private func introducedByForeignWord(_ timex: Timex, context: SentenceContext, status: EventStatus) -> Bool {
        let before = timex.tokens.lowerBound - 1 - context.range.lowerBound
        guard before >= 0 else { return false }
        let word = context.views[before].token.lower
        // "from July 1" is when a planned measure starts: keep it for planned events.
        if word == "from" { return status == .occurred }
        return foreignIntroducers.contains(word)
    }

    /// "since 2020, when ...": the date is the time of the clause that follows.
    private func opensWhenClause(_ timex: Timex, context: SentenceContext) -> Bool {
        var index = timex.tokens.upperBound
        while index < context.range.upperBound, context.views[index - context.range.lowerBound].token.text == "," { index += 1 }
        return index < context.range.upperBound && context.views[index - context.range.lowerBound].token.lower == "when"
    }

    private func crossesClause(from start: Int, to end: Int, context: SentenceContext) -> Bool {
        guard start < end else { return false }
        for index in start..<end where clauseWords.contains(context.views[index - context.range.lowerBound].token.lower) {
            return true
        }
        return false
    }
}
