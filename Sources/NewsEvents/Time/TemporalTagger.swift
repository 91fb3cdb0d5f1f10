/// The time stage: finds temporal expressions and normalises them like TIMEX3, anchored on the
/// publication date.
///
/// A cheap trigger test (a digit, or a word of `rules/time/vocabulary.txt` or of the small set of
/// relative words) decides where an expression may start; the grammar then tries the longest forms first:
/// full dates ("Nov. 20, 2019", "20 November", "2019-11-20"), months and years, weekdays, "today",
/// relative weeks, months, quarters and years ("earlier this week", "last month"), "N days ago",
/// durations ("90 days", "two-year"), quarters, seasons, bare years, frequencies and `PRESENT_REF`-style
/// references. Dates without a year resolve to the past in reports and to the future when the sentence
/// speaks of the future ("will", "next"); without a publication date they stay partial (`XXXX-11-20`).
/// ```swift
/// TemporalTagger(resources: time).process(&document)
/// document.timexes   // [Timex(text: "Earlier this week", type: .date, value: "2019-W47", ...)]
/// ```
public struct TemporalTagger: PipelineStage {
    public var resources: TimeResources

    public init(resources: TimeResources) {
        self.resources = resources
    }

    public func process(_ document: inout AnnotatedDocument) {
        var found: [Timex] = []
        for sentence in document.sentences {
            let scan = TimexScan(tokens: document.tokens, range: sentence.tokens, dct: document.source.published,
                                 vocabulary: resources)
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                if scan.mayStart(at: i), let match = scan.match(at: i) {
                    let range = match.range
                    let span = Span(start: document.tokens[range.lowerBound].span.start,
                                    end: document.tokens[range.upperBound - 1].span.end)
                    found.append(Timex(tokens: range, span: span, text: document.text(of: span), type: match.type,
                                       value: match.value, mod: match.mod, approximate: match.approximate))
                    i = range.upperBound
                } else {
                    i += 1
                }
            }
        }
        document.timexes = found
    }
}

/// One recognised expression before it becomes a ``Timex``.
struct TimexMatch {
    var range: Range<Int>
    var type: TimexType
    var value: String
    var mod: String? = nil
    var approximate = false
}

/// The grammar of ``TemporalTagger`` over the tokens of one sentence.
struct TimexScan {
    let tokens: [Token]
    let range: Range<Int>
    let dct: SimpleDate?
    let vocabulary: TimeResources

    static let relativeWords: Set<String> = [
        "today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "past", "coming", "previous", "earlier",
        "later", "early", "late", "mid", "now", "currently", "recently", "every", "the", "fiscal", "each", "within",
        "nowadays", "current", "several", "few", "a", "an", "some",
    ]
    static let futureCues: Set<String> = ["will", "'ll", "shall", "would", "next", "upcoming", "scheduled", "due", "planned", "plans", "expected", "tomorrow", "until", "till", "effect", "effective"]
    static let monthPrepositions: Set<String> = [
        "in", "since", "of", "last", "next", "this", "until", "till", "by", "from", "early", "late", "mid", "during",
        "before", "after", "through", "between", "and", "to", "on", "for", "that",
    ]
    static let notAfterYear: Set<String> = ["pct", "percent", "%", "dlrs", "dollars", "tonnes", "tons", "shares", "barrels", "mln", "billion", "million", "yen", "marks", "people", "jobs", "units", "cars", "feet", "miles", "kilometres", "km", "points", "acres", "employees", "workers", "ounces", "bpd", "metres", "meters", "troops", "stg", "lbs", "pounds", "francs", "acres", "hectares"]

    init(tokens: [Token], range: Range<Int>, dct: SimpleDate?, vocabulary: TimeResources) {
        self.tokens = tokens
        self.range = range
        self.dct = dct
        self.vocabulary = vocabulary
    }

    // MARK: - Token tests

    func lower(_ i: Int) -> String? { i < range.upperBound && i >= range.lowerBound ? tokens[i].lower : nil }

    func mayStart(at i: Int) -> Bool {
        let token = tokens[i]
        if let first = token.lower.utf8.first, first >= 48 && first <= 57 { return true }
        return vocabulary.months[token.lower] != nil || vocabulary.weekdays[token.lower] != nil
            || vocabulary.numbers[token.lower] != nil || vocabulary.ordinals[token.lower] != nil
            || vocabulary.seasons[token.lower] != nil || vocabulary.sets[token.lower] != nil
            || TimexScan.relativeWords.contains(token.lower) || token.lower.contains("-")
    }

    func month(_ i: Int) -> Int? {
        guard let word = lower(i), let month = vocabulary.months[word] else { return nil }
        // "may" and "march" are months only when written with a capital.
        if word == "may" || word == "march" || word == "mar" { return tokens[i].shape == .capitalized || tokens[i].shape == .upper ? month : nil }
        return month
    }

    /// A day of the month: `20`, `20th`.
    func day(_ i: Int) -> Int? {
        guard let word = lower(i) else { return nil }
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    /// A four-digit year 1000-2999.
    func year(_ i: Int) -> Int? {
        guard let word = lower(i), word.count == 4, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(word), (1000...2999).contains(value) else { return nil }
        return value
    }

    /// A count: `90`, `two`, `a`, `twenty-five`.
    func number(_ i: Int) -> Int? {
        guard let word = lower(i) else { return nil }
        if let value = vocabulary.numbers[word] { return value }
        if word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), word.count <= 4 { return Int(word) }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = vocabulary.numbers[String(parts[0])], let ones = vocabulary.numbers[String(parts[1])],
           tens >= 20, ones < 10 {
            return tens + ones
        }
        return nil
    }

    func unit(_ i: Int) -> String? { lower(i).flatMap { vocabulary.units[$0] } }

    /// Whether the sentence speaks of the future around token `i`.
    func isFuture(near i: Int) -> Bool {
        let start = max(range.lowerBound, i - 10)
        for k in start..<i where TimexScan.futureCues.contains(tokens[k].lower) { return true }
        if let next = lower(i - 1), next == "from" { return false }
        return false
    }

    // MARK: - Grammar

    /// The forms, most specific first; the first that matches at a position wins.
    func match(at i: Int) -> TimexMatch? {
        if let found = explicitDate(at: i) { return found }
        if let found = monthYear(at: i) { return found }
        if let found = relativeDay(at: i) { return found }
        if let found = ago(at: i) { return found }
        if let found = relativeUnit(at: i) { return found }
        if let found = quarter(at: i) { return found }
        if let found = season(at: i) { return found }
        if let found = weekday(at: i) { return found }
        if let found = monthAlone(at: i) { return found }
        if let found = modifiedYear(at: i) { return found }
        if let found = duration(at: i) { return found }
        if let found = frequency(at: i) { return found }
        if let found = reference(at: i) { return found }
        return bareYear(at: i)
    }

    private func dayValue(month: Int, day: Int, year: Int?, at i: Int) -> String? {
        if let year {
            return SimpleDate(year: year, month: month, day: day)?.description
        }
        guard let dct else {
            return SimpleDate(year: 2000, month: month, day: day) == nil ? nil
                : "XXXX-" + TimexValue.pad(month, 2) + "-" + TimexValue.pad(day, 2)
        }
        return CalendarResolution.monthDay(month: month, day: day, from: dct, future: isFuture(near: i))?.description
    }

    /// "Nov. 20", "November 20, 2019", "20 November 2019", "2019-11-20", "11/20/2019".
    func explicitDate(at i: Int) -> TimexMatch? {
        if let word = lower(i) {
            if word.count == 10, let date = SimpleDate(iso: word) {
                return TimexMatch(range: i..<(i + 1), type: .date, value: date.description)
            }
            let parts = word.split(separator: "/")
            if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), var y = Int(parts[2]) {
                if parts[2].count == 2 { y += y < 50 ? 2000 : 1900 }
                if let date = SimpleDate(year: y, month: m, day: d) {
                    return TimexMatch(range: i..<(i + 1), type: .date, value: date.description)
                }
            }
        }
        if let month = month(i), let day = day(i + 1), lower(i + 2) != ":" {
            var end = i + 2
            var year: Int? = nil
            if lower(end) == ",", let y = self.year(end + 1) { year = y; end += 2 } else if let y = self.year(end) { year = y; end += 1 }
            guard let value = dayValue(month: month, day: day, year: year, at: i) else { return nil }
            return TimexMatch(range: i..<end, type: .date, value: value)
        }
        if let day = day(i), var next = Optional(i + 1) {
            if lower(next) == "of" { next += 1 }
            if let month = month(next) {
                var end = next + 1
                var year: Int? = nil
                if lower(end) == ",", let y = self.year(end + 1) { year = y; end += 2 } else if let y = self.year(end) { year = y; end += 1 }
                guard let value = dayValue(month: month, day: day, year: year, at: i) else { return nil }
                return TimexMatch(range: i..<end, type: .date, value: value)
            }
        }
        return nil
    }

    /// "May 1987", "May of 2019", "last May" handled by ``monthAlone``.
    func monthYear(at i: Int) -> TimexMatch? {
        guard let month = month(i) else { return nil }
        var next = i + 1
        if lower(next) == "of" || lower(next) == "," { next += 1 }
        guard let year = year(next) else { return nil }
        return TimexMatch(range: i..<(next + 1), type: .date, value: TimexValue.pad(year, 4) + "-" + TimexValue.pad(month, 2))
    }

    /// "in May", "since May", "last May", "early May", "mid-May".
    func monthAlone(at i: Int) -> TimexMatch? {
        var start = i
        var relative = 0
        var mod: String? = nil
        var index = i
        if let word = lower(i), ["last", "next", "this", "early", "late", "mid", "mid-"].contains(word) {
            relative = word == "last" ? -1 : (word == "next" ? 1 : 0)
            mod = word == "early" ? "START" : (word == "late" ? "END" : (word.hasPrefix("mid") ? "MID" : nil))
            index = i + 1
        } else if let word = lower(i), word.hasPrefix("mid-"), let m = vocabulary.months[String(word.dropFirst(4))] {
            return monthValue(m, range: i..<(i + 1), relative: 0, mod: "MID", at: i)
        }
        guard let month = month(index) else { return nil }
        if index == i {
            // A bare month needs a preposition or similar before it, or a capital inside the sentence.
            let previous = i > range.lowerBound ? tokens[i - 1].lower : ""
            let ambiguous = tokens[i].lower == "may" || tokens[i].lower == "march"
            if ambiguous && !TimexScan.monthPrepositions.contains(previous) { return nil }
            if i == range.lowerBound && !ambiguous && day(i + 1) == nil && lower(i + 1) != "," { start = i }
        }
        return monthValue(month, range: start..<(index + 1), relative: relative, mod: mod, at: i)
    }

    private func monthValue(_ month: Int, range: Range<Int>, relative: Int, mod: String?, at i: Int) -> TimexMatch? {
        guard let dct else {
            return TimexMatch(range: range, type: .date, value: "XXXX-" + TimexValue.pad(month, 2), mod: mod)
        }
        var year: Int
        if relative < 0 {
            year = month >= dct.month ? dct.year - 1 : dct.year
        } else if relative > 0 {
            year = month <= dct.month ? dct.year + 1 : dct.year
        } else {
            year = CalendarResolution.month(month, from: dct, future: isFuture(near: i))
        }
        if relative == 0, range.count > 1, lower(range.lowerBound) == "this" { year = dct.year }
        return TimexMatch(range: range, type: .date, value: TimexValue.pad(year, 4) + "-" + TimexValue.pad(month, 2), mod: mod)
    }

    /// "Monday", "last Friday", "next Tuesday", "this Wednesday".
    func weekday(at i: Int) -> TimexMatch? {
        var index = i
        var relative = 0
        if let word = lower(i), ["last", "next", "this", "past", "coming"].contains(word) {
            relative = word == "last" || word == "past" ? -1 : (word == "next" || word == "coming" ? 1 : 0)
            index += 1
        }
        guard let word = lower(index), let weekday = vocabulary.weekdays[word] else { return nil }
        // Abbreviations only when capitalised ("Wed." but not "sun", "sat").
        if word.count <= 4 && tokens[index].shape == .lower { return nil }
        var end = index + 1
        // "Monday, Nov. 20" is one date.
        if lower(end) == ",", let explicit = explicitDate(at: end + 1) {
            end = explicit.range.upperBound
            return TimexMatch(range: i..<end, type: .date, value: explicit.value)
        }
        if let explicit = explicitDate(at: end) {
            return TimexMatch(range: i..<explicit.range.upperBound, type: .date, value: explicit.value)
        }
        guard let dct else {
            return TimexMatch(range: i..<end, type: .date, value: "XXXX-WXX-\(weekday)")
        }
        let date = CalendarResolution.weekday(weekday, from: dct, future: isFuture(near: i), relative: relative)
        return TimexMatch(range: i..<end, type: .date, value: date.description)
    }

    /// "today", "yesterday", "tomorrow", "tonight", "this morning".
    func relativeDay(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        let offset: Int
        switch word {
        case "today": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "tonight":
            guard let dct else { return nil }
            return TimexMatch(range: i..<(i + 1), type: .time, value: dct.description + "TNI")
        case "this":
            guard let next = lower(i + 1), let dct else { return nil }
            let part = ["morning": "MO", "afternoon": "AF", "evening": "EV"][next]
            guard let part else { return nil }
            return TimexMatch(range: i..<(i + 2), type: .time, value: dct.description + "T" + part)
        default: return nil
        }
        guard let dct else { return nil }
        return TimexMatch(range: i..<(i + 1), type: .date, value: dct.adding(days: offset).description)
    }

    /// "three days ago", "a year ago".
    func ago(at i: Int) -> TimexMatch? {
        var index = i
        var count: Int? = number(index)
        if count == nil, let word = lower(i), vocabulary.vague.contains(word) { count = -1 }
        if lower(i) == "a", let word = lower(i + 1), vocabulary.vague.contains(word) { count = -1; index += 1 }
        guard let n = count, let unit = unit(index + 1), lower(index + 2) == "ago" else { return nil }
        let range = i..<(index + 3)
        guard let dct, n > 0 else {
            return TimexMatch(range: range, type: .date, value: "PAST_REF", approximate: true)
        }
        switch unit {
        case "D": return TimexMatch(range: range, type: .date, value: dct.adding(days: -n).description)
        case "W": return TimexMatch(range: range, type: .date, value: CalendarResolution.week(dct.adding(days: -7 * n)))
        case "M": return TimexMatch(range: range, type: .date, value: CalendarResolution.month(dct.adding(months: -n)))
        case "Y": return TimexMatch(range: range, type: .date, value: TimexValue.pad(dct.year - n, 4))
        default: return nil
        }
    }

    /// "this week", "earlier this week", "last month", "next year", "late last year", "the past two years".
    func relativeUnit(at i: Int) -> TimexMatch? {
        var index = i
        var mod: String? = nil
        var approximate = false
        if let word = lower(index), ["earlier", "later", "early", "late", "mid"].contains(word) {
            approximate = true
            mod = word == "early" ? "START" : (word == "late" ? "END" : (word == "mid" ? "MID" : nil))
            index += 1
        }
        guard let anchor = lower(index), ["this", "last", "next", "past", "coming", "previous", "current"].contains(anchor) else {
            return nil
        }
        // "the past two years": a duration.
        if anchor == "past" || anchor == "last" || anchor == "next" || anchor == "coming", let n = number(index + 1),
           lower(index + 1) != "a", let unit = unit(index + 2) {
            let start = i > range.lowerBound && lower(i - 1) == "the" ? i - 1 : i
            return TimexMatch(range: start..<(index + 3), type: .duration, value: "P\(n)\(unit == "DE" ? "0Y" : unit)")
        }
        guard let unit = unit(index + 1), let dct else { return nil }
        let shift = anchor == "last" || anchor == "past" || anchor == "previous" ? -1 : (anchor == "next" || anchor == "coming" ? 1 : 0)
        let end = index + 2
        if anchor == "past" && i > range.lowerBound && lower(i - 1) == "the" {
            return TimexMatch(range: (i - 1)..<end, type: .duration, value: "P1\(unit == "DE" ? "0Y" : unit)")
        }
        let value: String
        switch unit {
        case "D": value = dct.adding(days: shift).description
        case "W": value = CalendarResolution.week(dct.adding(days: 7 * shift))
        case "M": value = CalendarResolution.month(dct.adding(months: shift))
        case "Y": value = TimexValue.pad(dct.year + shift, 4)
        case "Q":
            let q = (dct.quarter - 1) + shift
            let year = dct.year + (q < 0 ? -1 : (q > 3 ? 1 : 0))
            value = TimexValue.pad(year, 4) + "-Q\((q + 4) % 4 + 1)"
        case "DE": value = String(TimexValue.pad(dct.year + 10 * shift, 4).prefix(3))
        default: return nil
        }
        return TimexMatch(range: i..<end, type: .date, value: value, mod: mod, approximate: approximate || unit != "D")
    }

    /// "the third quarter", "the first quarter of 1987", "fourth-quarter".
    func quarter(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        var ordinal = vocabulary.ordinals[word]
        var end = i + 1
        if ordinal != nil, lower(end) == "quarter" {
            end += 1
        } else if word.hasSuffix("-quarter"), let o = vocabulary.ordinals[String(word.dropLast(8))] {
            ordinal = o
        } else {
            return nil
        }
        guard let q = ordinal, (1...4).contains(q) else { return nil }
        var year: Int? = nil
        if lower(end) == "of", let y = self.year(end + 1) { year = y; end += 2 } else if let y = self.year(end) { year = y; end += 1 }
        if year == nil, let dct { year = q > dct.quarter && !isFuture(near: i) ? dct.year - 1 : dct.year }
        let prefix = year.map { TimexValue.pad($0, 4) } ?? "XXXX"
        return TimexMatch(range: i..<end, type: .date, value: prefix + "-Q\(q)")
    }

    /// "last fall", "this spring", "the summer of 1986".
    func season(at i: Int) -> TimexMatch? {
        var index = i
        var shift = 0
        if let word = lower(i), ["last", "next", "this", "early", "late"].contains(word) {
            shift = word == "last" ? -1 : (word == "next" ? 1 : 0)
            index += 1
        }
        guard let word = lower(index), let season = vocabulary.seasons[word] else { return nil }
        var end = index + 1
        var year: Int? = nil
        if lower(end) == "of", let y = self.year(end + 1) { year = y; end += 2 } else if let y = self.year(end) { year = y; end += 1 }
        if year == nil, let dct {
            let order = ["WI": 0, "SP": 1, "SU": 2, "FA": 3][season] ?? 0
            let current = dct.month <= 2 ? 0 : (dct.month <= 5 ? 1 : (dct.month <= 8 ? 2 : (dct.month <= 11 ? 3 : 0)))
            if shift < 0 {
                year = order < current ? dct.year : dct.year - 1
            } else if shift > 0 {
                year = order > current ? dct.year : dct.year + 1
            } else {
                year = dct.year
            }
        }
        guard let year else { return nil }
        return TimexMatch(range: i..<end, type: .date, value: TimexValue.pad(year, 4) + "-" + season)
    }

    /// "mid-2019", "early 1987", "late last year" (the last via ``relativeUnit``), "fiscal 1988", "the 1990s".
    func modifiedYear(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        for (prefix, mod) in [("mid-", "MID"), ("early-", "START"), ("late-", "END")] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count == 4, let year = Int(rest), (1000...2999).contains(year) {
                return TimexMatch(range: i..<(i + 1), type: .date, value: rest, mod: mod)
            }
        }
        if ["early", "late", "mid", "fiscal"].contains(word), let year = year(i + 1) {
            let mod = ["early": "START", "late": "END", "mid": "MID"][word]
            return TimexMatch(range: i..<(i + 2), type: .date, value: TimexValue.pad(year, 4), mod: mod)
        }
        if word.count == 5, word.hasSuffix("0s"), let decade = Int(word.dropLast(2)), (100...299).contains(decade) {
            return TimexMatch(range: i..<(i + 1), type: .date, value: String(word.prefix(3)))
        }
        return nil
    }

    /// "90 days", "two years", "a few days", "90-day", "two-year".
    func duration(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        // Hyphenated: "90-day", "two-year", "five-year".
        let parts = word.split(separator: "-")
        if parts.count == 2, let unit = vocabulary.units[String(parts[1])] {
            let head = String(parts[0])
            if let n = vocabulary.numbers[head] ?? Int(head), n > 0 {
                return TimexMatch(range: i..<(i + 1), type: .duration, value: isoDuration(n, unit))
            }
        }
        if parts.count == 3, let unit = vocabulary.units[String(parts[2])], let tens = vocabulary.numbers[String(parts[0])],
           let ones = vocabulary.numbers[String(parts[1])], tens >= 20, ones < 10 {
            return TimexMatch(range: i..<(i + 1), type: .duration, value: isoDuration(tens + ones, unit))
        }
        if word == "a" || word == "an", let next = lower(i + 1), vocabulary.vague.contains(next), let unit = unit(i + 2) {
            return TimexMatch(range: i..<(i + 3), type: .duration, value: "PX" + (unit == "DE" ? "0Y" : unit), approximate: true)
        }
        if vocabulary.vague.contains(word), let unit = unit(i + 1) {
            return TimexMatch(range: i..<(i + 2), type: .duration, value: "PX" + (unit == "DE" ? "0Y" : unit), approximate: true)
        }
        guard let n = number(i), let unit = unit(i + 1) else { return nil }
        if word == "a" || word == "an" || word == "one" {
            // "a year" is a duration after "for", "over", "within", "another"; otherwise too often something else.
            let previous = i > range.lowerBound ? tokens[i - 1].lower : ""
            guard ["for", "over", "within", "another", "about", "nearly", "almost", "than", "of"].contains(previous) else { return nil }
        }
        if i > range.lowerBound, tokens[i - 1].text == "$" { return nil }
        return TimexMatch(range: i..<(i + 2), type: .duration, value: isoDuration(n, unit))
    }

    private func isoDuration(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "DE": return "P\(n * 10)Y"
        case "Q": return "P\(n * 3)M"
        case "H": return "PT\(n)H"
        default: return "P\(n)\(unit)"
        }
    }

    /// "every week", "weekly", "annually".
    func frequency(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        if let value = vocabulary.sets[word] {
            // "annual" is an adjective ("annual report"): only the adverbs stand alone.
            if word == "annual" { return nil }
            return TimexMatch(range: i..<(i + 1), type: .set, value: value)
        }
        if word == "every" || word == "each", let unit = unit(i + 1) {
            return TimexMatch(range: i..<(i + 2), type: .set, value: isoDuration(1, unit))
        }
        return nil
    }

    /// "now", "currently", "recently", "the future".
    func reference(at i: Int) -> TimexMatch? {
        guard let word = lower(i) else { return nil }
        switch word {
        case "now", "currently", "nowadays": return TimexMatch(range: i..<(i + 1), type: .date, value: "PRESENT_REF")
        case "recently": return TimexMatch(range: i..<(i + 1), type: .date, value: "PAST_REF")
        case "the":
            if lower(i + 1) == "future" { return TimexMatch(range: i..<(i + 2), type: .date, value: "FUTURE_REF") }
            if lower(i + 1) == "past", lower(i + 2).map({ [".", ",", ";"].contains($0) }) ?? true {
                return TimexMatch(range: i..<(i + 2), type: .date, value: "PAST_REF")
            }
            return nil
        default: return nil
        }
    }

    /// "1987", not "$1987", "1987 dlrs" or "1,987".
    func bareYear(at i: Int) -> TimexMatch? {
        guard let year = year(i) else { return nil }
        if i > range.lowerBound, ["$", "no.", "#", "flight", "route", "model"].contains(tokens[i - 1].lower) { return nil }
        if let next = lower(i + 1), TimexScan.notAfterYear.contains(next) { return nil }
        if tokens[i].attachedBefore, i > range.lowerBound, tokens[i - 1].shape != .punctuation { return nil }
        return TimexMatch(range: i..<(i + 1), type: .date, value: TimexValue.pad(year, 4))
    }
}
