/// What normalisation needs besides the match: the anchor date and the sentence around the expression.
struct NormalizationContext {
    var published: SimpleDate?
    /// The value of the last date tagged before the expression (for `that year`).
    var anchor: String? = nil
    var document: AnnotatedDocument
    /// The time rules' patterns, and the endings of past forms (`TimeResources`).
    var patterns: [TimePattern]
    var pastSuffixes: [String]
    var tables: TimeMatchTables
    /// What the tagger knows of each word of the vocabulary the tokens are numbered by, or nil when they are not
    /// (`TimePieces.tokenID`).
    var numbered: [TimePieces.NumberedWord]?
    /// Per token: the index of its sentence (`TemporalTagger.sentenceIndex`); empty until `sentence(of:)` first
    /// needs it, and unused when the sentences are in order and apart.
    private(set) var sentenceOf: [Int32] = []
    /// Whether the document's sentences are in order and apart (nil: not checked yet).
    private var sentencesInOrder: Bool? = nil
    /// Per number of the vocabulary the tokens carry, whether the word has a past ending (`Tense.hasPastSuffix`);
    /// nil when the tokens carry none.
    var pastForms: [Bool]? = nil
    /// Per token: its tense cue once `Tense.of` has read it, as `Tense.cueCode` plus 4 times the first token of
    /// the sentence it was read in (-1: not read yet), so that each token is read once however many expressions
    /// share its sentence. Empty until the first expression needs its tense.
    var cues: [Int32] = []

    init(
        published: SimpleDate?, document: AnnotatedDocument, patterns: [TimePattern], pastSuffixes: [String],
        tables: TimeMatchTables, numbered: [TimePieces.NumberedWord]?
    ) {
        self.published = published
        self.document = document
        self.patterns = patterns
        self.pastSuffixes = pastSuffixes
        self.tables = tables
        self.numbered = numbered
    }

    /// The first sentence containing a token: found by halving when the sentences are in order and apart (as the
    /// splitter makes them: then only one can contain it), else through a per-token index made once.
    mutating func sentence(of token: Int) -> Sentence? {
        if sentencesInOrder == nil { sentencesInOrder = TemporalTagger.inOrder(document.sentences) }
        if sentencesInOrder == true {
            guard token >= 0, token < document.tokens.count else { return nil }
            let sentences = document.sentences
            // The last sentence that starts at or before the token.
            var low = 0, high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                if sentences[middle].tokens.lowerBound <= token { low = middle + 1 } else { high = middle }
            }
            guard low > 0, sentences[low - 1].tokens.contains(token) else { return nil }
            return sentences[low - 1]
        }
        if sentenceOf.isEmpty { sentenceOf = TemporalTagger.sentenceIndex(document) }
        return TemporalTagger.sentence(of: token, document, sentenceOf)
    }
}

/// Turns a pattern match into a TIMEX3 value with the pattern's function.
enum TimeNormalizer {
    /// Value, type, mod and whether the value was resolved against the publication date; nil to drop the match.
    static func normalize(
        _ match: TimeCandidate, pieces: [TimePiece], tokens: Range<Int>, context: inout NormalizationContext
    ) -> (String, TimexType, String?, Bool)? {
        // The pattern's fields, read without copying the pattern (its items and examples).
        let function = context.patterns[match.pattern].function
        let patternArgument = context.patterns[match.pattern].argument
        let dct = context.published
        var type = context.patterns[match.pattern].type
        let mod = match.capture("MOD")
        func tense() -> Tense { Tense.of(tokens: tokens, &context) }
        var relative = false
        let value: String?
        switch function {
        case .const:
            value = patternArgument
        case .set:
            if let argument = patternArgument {
                value = argument
            } else if let frequency = match.capture("FREQ") {
                value = frequency
            } else if let weekday = match.int("WEEKDAY") {
                // "each Thursday", "Tuesday nights"
                value = "XXXX-WXX-\(weekday)" + (match.capture("PARTS").map { "T\($0)" } ?? "")
            } else if let month = month(match) {
                value = "XXXX-\(TimexValue.pad(month, 2))"
            } else if let unit = match.capture("UNIT") {
                value = durationValue(match.int("NUM") ?? 1, unit)
            } else {
                value = nil
            }
        case .duration:
            // UNITS (plural, without a number): a vague span, "coming weeks" -> PXW.
            let vague = match.capture("UNITS")
            guard let unit = match.capture("UNIT") ?? vague ?? patternArgument else { return nil }
            if let number = match.int("NUM") {
                guard number > 0 else { return nil }
                if match.capture("FRACTION") != nil, let half = halfMore(number, unit) {
                    value = half
                } else {
                    value = durationValue(number, unit)
                }
            } else if match.capture("FEW") != nil || match.capture("RECENT") != nil || vague != nil {
                value = durationValue(nil, unit)
            } else {
                value = durationValue(1, unit)
            }
        case .year:
            value = year(match, dct).map { pad4($0) }
        case .decade:
            value = match.capture("DECADE") ?? match.capture("DECADE_NAME")
        case .century:
            guard let n = match.int("ORD"), (1...30).contains(n) else { return nil }
            value = TimexValue.pad(n - 1, 2)
        case .anchored:
            relative = true
            value = anchored(match, on: context.anchor, dct)
        case .date:
            relative = match.capture("YEAR") == nil
            let day = date(match, dct, tense)
            // `date:W`: the week the day falls in ("the week of March 6").
            if patternArgument == "W", let parsed = day.flatMap({ SimpleDate(iso: $0) }) {
                value = calendarUnit(parsed, "W", 0)
            } else {
                value = day
            }
        case .weekday:
            relative = true
            // "Wednesday's ruling": a weekday in the possessive names a day that has come.
            let next = tokens.upperBound
            let possessive = next < context.document.tokens.count && context.document.tokens[next].lower == "'s"
            value = weekday(match, dct, possessive ? { .past } : tense)
        case .named:
            relative = true
            value = named(match, dct)
        case .relative:
            relative = true
            value = shifted(match, unit: match.capture("UNIT") ?? patternArgument, dct)
        case .weekend:
            relative = true
            value = weekend(dct, tense)
        case .offset:
            relative = true
            value = offset(match, dct)
        case .dct:
            relative = true
            // dct:DAYS or dct:DAYS:PART
            let argument = (patternArgument ?? "0").split(separator: ":", maxSplits: 1)
            let days = argument.first.flatMap { Int($0) } ?? 0
            var base: String = dct.map { $0.adding(days: days).timexDay } ?? "XXXX-XX-XX"
            let argumentPart: String? = argument.count > 1 ? String(argument[1]) : nil
            if let part = match.capture("PART") ?? argumentPart { base += "T\(part)" }
            value = base
        case .clock:
            relative = true
            guard let time = clockTime(match) else { return nil }
            // The day the text names with the time ("10 p.m. Wednesday", "noon Nov. 9"), else the publication date.
            let day: String
            if match.capture("WEEKDAY") != nil {
                guard let weekday = weekday(match, dct, tense) else { return nil }
                day = weekday
            } else if month(match) != nil {
                guard let date = date(match, dct, tense) else { return nil }
                day = date
            } else {
                let shift = match.int("DAY_SHIFT") ?? 0
                day = dct?.adding(days: shift).timexDay ?? "XXXX-XX-XX"
            }
            value = "\(day)T\(time)"
            type = .time
        case .quarter:
            // Without an ordinal ("the 1988 period", "last year's quarter") the quarter stays X; the tagger
            // fills in the quarter the report speaks of.
            let n = match.int("ORD") ?? match.int("NUM")
            if let n, !(1...4).contains(n) { return nil }
            // "the year-ago third quarter": years back with a UNIT of years and a DIRECTION.
            let back = match.capture("UNIT") == "Y" ? match.int("DIRECTION").map { $0 * (match.int("NUM") ?? 1) } : nil
            var y = year(match, dct) ?? dct.map { $0.year + (match.int("SHIFT") ?? back ?? 0) }
            if let n, let dct, match.capture("YEAR") == nil, match.capture("YY") == nil, match.capture("SHIFT") == nil,
               back == nil
            {
                // A quarter named alone is this year's, unless it ends more than two months ahead in a past
                // context (the fourth quarter, reported in January) or ended over five months ago in a future
                // one (results still to be reported are this year's).
                let monthsAhead = n * 3 - dct.month
                if tense() == .future {
                    y = monthsAhead >= -5 ? dct.year : dct.year + 1
                } else {
                    y = monthsAhead > 2 ? dct.year - 1 : dct.year
                }
            }
            relative = match.capture("YEAR") == nil
            let yearText: String = y.map { pad4($0) } ?? "XXXX"
            value = "\(yearText)-Q" + (n.map { String($0) } ?? "X")
        case .half:
            // The argument stands for an ordinal the words do not give ("the last half": `half:2`).
            guard let n = match.int("ORD") ?? patternArgument.flatMap({ Int($0) }), (1...2).contains(n) else {
                return nil
            }
            let y = year(match, dct) ?? dct?.year
            relative = match.capture("YEAR") == nil
            let yearText: String = y.map { pad4($0) } ?? "XXXX"
            value = "\(yearText)-H\(n)"
        case .reportquarter:
            relative = true
            let back = Int(patternArgument ?? "1") ?? 1
            if let dct {
                let index = dct.year * 4 + (dct.quarter - 1) - back
                value = "\(pad4(index / 4))-Q\(index % 4 + 1)"
            } else {
                value = "XXXX-QX"
            }
        }
        guard let value else { return nil }
        return (value, type, mod, relative)
    }

    // MARK: values

    /// `2019-Q3` -> 3.
    static func quarterNumber(of value: String) -> Int? {
        let bytes = Array(value.utf8)
        guard bytes.count == 7, bytes[5] == UInt8(ascii: "Q"), isDigitByte(bytes[6]) else { return nil }
        return Int(bytes[6] - UInt8(ascii: "0"))
    }

    /// The number of the quarter before the one a date falls in (1 for a date in April).
    static func previousQuarter(of date: SimpleDate) -> Int {
        (date.quarter + 2) % 4 + 1
    }

    /// A value that starts with a four-digit year (`1998`, `1998-10-23`, `1988-Q3`).
    static func isCalendarValue(_ value: String) -> Bool {
        func startsWithFourDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count >= 4 && isDigitByte(bytes[0]) && isDigitByte(bytes[1]) && isDigitByte(bytes[2])
                && isDigitByte(bytes[3])
        }
        return value.utf8.withContiguousStorageIfAvailable(startsWithFourDigits)
            ?? (value.utf8.count >= 4 && value.utf8.prefix(4).allSatisfy(isDigitByte))
    }

    static func granularityIsYear(_ value: String) -> Bool {
        value.utf8.count == 4 && value.utf8.allSatisfy(isDigitByte)
    }

    static func pad4(_ year: Int) -> String { TimexDigits.year(year) }

    /// P{n}{unit}; time units go after `T`. `nil` number gives `X`.
    static func durationValue(_ number: Int?, _ unit: String) -> String {
        let n: String = number.map { String($0) } ?? "X"
        switch unit {
        case "H", "MIN", "S":
            let letter: String = unit == "MIN" ? "M" : unit
            return "PT\(n)\(letter)"
        case "WE":
            guard let number else { return "PXD" }
            return "P\(number * 2)D"
        case "DE", "CE":
            // In years, like a counted span ("two decades" -> P20Y); "decades-long" -> PXY.
            guard let number else { return unit == "DE" ? "PXY" : "PX\(unit)" }
            return "P\(number * (unit == "DE" ? 10 : 100))Y"
        default:
            return "P\(n)\(unit)"
        }
    }

    /// `HH:MM` of a clock time: HOUR, MINUTE and AMPM, or a CLOCK_WORD (`noon` is `12:00`).
    static func clockTime(_ match: TimeCandidate) -> String? {
        if let word = match.capture("CLOCK_WORD") { return word }
        guard var hour = match.int("HOUR") else { return nil }
        let minute = match.int("MINUTE") ?? 0
        if let ampm = match.capture("AMPM") {
            guard hour >= 1, hour <= 12 else { return nil }
            if ampm == "pm", hour < 12 { hour += 12 }
            if ampm == "am", hour == 12 { hour = 0 }
        }
        return "\(TimexValue.pad(hour, 2)):\(TimexValue.pad(minute, 2))"
    }

    /// `2 1/2 years` -> `P2Y6M`: the half in the next smaller unit; nil for units without one (weeks).
    static func halfMore(_ number: Int, _ unit: String) -> String? {
        switch unit {
        case "Y": return "P\(number)Y6M"
        case "M": return "P\(number)M15D"
        case "D": return "P\(number)DT12H"
        case "H": return "PT\(number)H30M"
        case "MIN": return "PT\(number)M30S"
        default: return nil
        }
    }

    /// The year of a match: YEAR, or YY put in the century that brings it nearest the publication date.
    static func year(_ match: TimeCandidate, _ dct: SimpleDate?) -> Int? {
        if let y = match.int("YEAR") { return y }
        if let yy = match.int("YY") {
            let reference = dct?.year ?? 1950
            var candidate = (reference / 100) * 100 + yy
            if candidate > reference + 20 { candidate -= 100 }
            return candidate
        }
        return nil
    }

    static func month(_ match: TimeCandidate) -> Int? {
        match.int("MONTH") ?? match.int("MONTH_FULL") ?? match.int("MONTHNUM")
    }

    static func date(_ match: TimeCandidate, _ dct: SimpleDate?, _ tense: () -> Tense) -> String? {
        var m = month(match)
        var d = match.int("DAY")
        // A holiday: MM-DD, or MM-DD+W for the first weekday W on or after MM-DD (Thanksgiving: 11-22+4).
        var holidayWeekday: Int? = nil
        if let holiday = match.capture("HOLIDAY") {
            let rule = holiday.split(separator: "+")
            let parts = rule[0].split(separator: "-")
            guard parts.count == 2 else { return nil }
            m = Int(parts[0])
            d = Int(parts[1])
            if rule.count == 2 { holidayWeekday = Int(rule[1]) }
        }
        var explicitYear = year(match, dct)
        // "March of last year", "May of this year": the publication year moved by the SHIFT.
        if explicitYear == nil, let shift = match.int("SHIFT"), let dct { explicitYear = dct.year + shift }
        if let season = match.capture("SEASON") {
            guard let y = explicitYear ?? dct?.year else { return "XXXX-\(season)" }
            return "\(pad4(y))-\(season)"
        }
        guard let m else {
            return explicitYear.map { pad4($0) }
        }
        if let d, d > SimpleDate.daysIn(month: m, year: explicitYear ?? 2000) { return nil }
        var y = explicitYear
        if y == nil, let dct {
            y = inferYear(month: m, day: d, dct: dct, tense: tense())
        }
        if let weekday = holidayWeekday, let d {
            guard let y, let first = SimpleDate(year: y, month: m, day: d) else { return "XXXX-\(TimexValue.pad(m, 2))" }
            return first.adding(days: (weekday - first.weekday + 7) % 7).timexDay
        }
        return TimexDigits.calendar(year: y, month: m, day: d)
    }

    /// `that year`, `the following month`, `earlier that day`: the UNIT of the last date before the expression,
    /// moved by FOLLOWING; the publication date's when there is none.
    static func anchored(_ match: TimeCandidate, on anchor: String?, _ dct: SimpleDate?) -> String? {
        guard let unit = match.capture("UNIT") else { return nil }
        let shift = match.int("FOLLOWING") ?? 0
        guard let anchor, isCalendarValue(anchor), let year = Int(anchor.prefix(4)) else {
            return calendarUnit(dct, unit, shift)
        }
        let month = anchor.utf8.count >= 7 ? Int(anchor.dropFirst(5).prefix(2)) : nil
        switch unit {
        case "Y":
            return pad4(year + shift)
        case "M":
            guard let month, let first = SimpleDate(year: year, month: month, day: 1) else { return nil }
            let date = first.adding(months: shift)
            return "\(pad4(date.year))-\(TimexValue.pad(date.month, 2))"
        case "D":
            guard let day = SimpleDate(iso: anchor.prefix(10)) else { return nil }
            return day.adding(days: shift).timexDay
        case "Q":
            let quarter = quarterNumber(of: String(anchor.prefix(7))) ?? month.map { ($0 - 1) / 3 + 1 }
            guard let quarter else { return nil }
            let index = year * 4 + quarter - 1 + shift
            return "\(pad4(index / 4))-Q\(index % 4 + 1)"
        default:
            return nil
        }
    }

    /// The year of a month (and day) without one: the next occurrence in a future context, the latest in a
    /// past one unless it is less than two months ahead (reports of what is scheduled), the nearest otherwise.
    /// How many days before the publication date a day in a future context still lies in its year.
    static let recentDays = 14

    static func inferYear(month m: Int, day d: Int?, dct: SimpleDate, tense: Tense) -> Int {
        let day = min(d ?? 1, SimpleDate.daysIn(month: m, year: dct.year))
        let this = SimpleDate(year: dct.year, month: m, day: day)!
        let anchor = d == nil ? SimpleDate(year: dct.year, month: dct.month, day: 1)! : dct
        let distance = this.dayNumber - anchor.dayNumber  // > 0: later this year
        let window = 62
        switch tense {
        case .future:
            // A day a little before the publication date stays in its year: a deadline just passed ("by Jan. 14"
            // in a report of Jan. 15), not one a year ahead.
            if distance >= 0 || (d != nil && distance >= -recentDays) { return dct.year }
            return dct.year + 1
        case .past:
            if distance <= window { return distance < -(366 - window) ? dct.year + 1 : dct.year }
            return dct.year - 1
        case .unknown:
            if d == nil { return distance <= window ? dct.year : dct.year - 1 }
            if distance > 183 { return dct.year - 1 }
            if distance < -183 { return dct.year + 1 }
            return dct.year
        }
    }

    static func weekday(_ match: TimeCandidate, _ dct: SimpleDate?, _ tense: () -> Tense) -> String? {
        guard let wd = match.int("WEEKDAY"), (1...7).contains(wd) else { return nil }
        // A WEEKDAY_PART whose value is not `-` is kept ("Friday evening" -> TEV).
        let part: String = match.capture("WEEKDAY_PART").flatMap { $0 == "-" ? nil : "T\($0)" } ?? ""
        guard let dct else { return "XXXX-WXX-\(wd)\(part)" }
        let back = (dct.weekday - wd + 7) % 7
        let ahead = (wd - dct.weekday + 7) % 7
        let day: SimpleDate
        if let shift = match.int("SHIFT") {
            if shift < 0 {
                day = dct.adding(days: -(back == 0 ? 7 : back))
            } else if shift == 0 {
                day = dct.adding(days: wd - dct.weekday)
            } else {
                day = dct.adding(days: ahead == 0 ? 7 : ahead)
            }
        } else if tense() == .future {
            day = dct.adding(days: ahead)
        } else {
            day = dct.adding(days: -back)
        }
        return day.timexDay + part
    }

    static let seasonOrder: [String: Int] = ["SP": 1, "SU": 2, "FA": 3, "WI": 4]

    /// The season containing a date, with the year it belongs to (winter: the year of its December).
    static func seasonIndex(of date: SimpleDate) -> (year: Int, index: Int) {
        switch date.month {
        case 3...5: return (date.year, 1)
        case 6...8: return (date.year, 2)
        case 9...11: return (date.year, 3)
        case 12: return (date.year, 4)
        default: return (date.year - 1, 4)
        }
    }

    static func named(_ match: TimeCandidate, _ dct: SimpleDate?) -> String? {
        let shift = match.int("SHIFT") ?? 0
        if let season = match.capture("SEASON"), let order = seasonOrder[season] {
            guard let dct else { return "XXXX-\(season)" }
            let (seasonYear, current) = seasonIndex(of: dct)
            let y: Int
            if shift < 0 {
                y = order < current ? seasonYear : seasonYear - 1
            } else if shift > 0 {
                y = order > current ? seasonYear : seasonYear + 1
            } else {
                y = order == 4 ? seasonYear : dct.year
            }
            return "\(pad4(y))-\(season)"
        }
        guard let m = match.int("MONTH") ?? match.int("MONTH_FULL") else { return nil }
        guard let dct else { return "XXXX-\(TimexValue.pad(m, 2))" }
        var y = dct.year
        if shift < 0, m >= dct.month { y -= 1 }
        if shift > 0, m <= dct.month { y += 1 }
        return "\(pad4(y))-\(TimexValue.pad(m, 2))"
    }

    /// THIS/LAST/NEXT UNIT (the unit captured, or the pattern's argument: `the year`).
    static func shifted(_ match: TimeCandidate, unit: String?, _ dct: SimpleDate?) -> String? {
        guard let unit else { return nil }
        let shift = match.int("SHIFT") ?? 0
        return calendarUnit(dct, unit, shift)
    }

    /// `the weekend`: the last one before the publication date in a past context, else the coming one.
    static func weekend(_ dct: SimpleDate?, _ tense: () -> Tense) -> String? {
        guard let dct else { return "XXXX-WXX-WE" }
        let shift: Int
        if tense() == .future {
            shift = dct.weekday == 7 ? 1 : 0
        } else {
            shift = dct.weekday >= 6 ? 0 : -1
        }
        return calendarUnit(dct, "WE", shift)
    }

    /// The calendar unit containing the publication date, moved by `shift` units.
    static func calendarUnit(_ dct: SimpleDate?, _ unit: String, _ shift: Int) -> String? {
        guard let dct else {
            switch unit {
            case "D": return "XXXX-XX-XX"
            case "W": return "XXXX-WXX"
            case "WE": return "XXXX-WXX-WE"
            case "M": return "XXXX-XX"
            case "Q": return "XXXX-QX"
            case "Y": return "XXXX"
            case "DE": return "XXX"
            case "CE": return "XX"
            default: return nil
            }
        }
        switch unit {
        case "D": return dct.adding(days: shift).timexDay
        case "W", "WE":
            let week = dct.adding(days: 7 * shift).isoWeek
            let suffix: String = unit == "WE" ? "-WE" : ""
            return "\(pad4(week.year))-W\(TimexValue.pad(week.week, 2))\(suffix)"
        case "M":
            let date = dct.adding(months: shift)
            return "\(pad4(date.year))-\(TimexValue.pad(date.month, 2))"
        case "Q":
            let index = dct.year * 4 + (dct.quarter - 1) + shift
            return "\(pad4(index / 4))-Q\(index % 4 + 1)"
        case "Y": return pad4(dct.year + shift)
        case "DE": return String(dct.year / 10 + shift)
        case "CE": return String(dct.year / 100 + shift)
        default: return nil
        }
    }

    /// NUM UNIT DIRECTION: `two weeks ago`.
    static func offset(_ match: TimeCandidate, _ dct: SimpleDate?) -> String? {
        guard let unit = match.capture("UNIT") else { return nil }
        let n = match.int("NUM") ?? 1
        let direction = match.int("DIRECTION") ?? -1
        guard let dct else { return calendarUnit(nil, unit, 0) }
        let amount = n * direction
        switch unit {
        case "D": return dct.adding(days: amount).timexDay
        case "W", "M", "Q": return calendarUnit(dct, unit, amount)
        case "Y": return pad4(dct.year + amount)
        case "DE": return String((dct.year + 10 * amount) / 10)
        case "CE": return String((dct.year + 100 * amount) / 100)
        default: return nil
        }
    }
}

/// Whether the sentence around an expression speaks of the future or the past.
enum Tense {
    case past, future, unknown

    /// The nearest tense cue before the expression in its clause, else the nearest after it; then the same in
    /// its sentence. Cue words are compared by their word ids.
    static func of(tokens range: Range<Int>, _ context: inout NormalizationContext) -> Tense {
        let tables = context.tables, numbered = context.numbered
        let tokens = context.document.tokens
        func word(_ index: Int) -> Int32 { TimePieces.tokenID(tokens, index, tables: tables, numbered: numbered) }
        var sentenceStart = 0
        var sentenceEnd = tokens.count
        if let sentence = context.sentence(of: range.lowerBound) {
            sentenceStart = sentence.tokens.lowerBound
            sentenceEnd = sentence.tokens.upperBound
        }
        if context.cues.count != tokens.count {
            context.cues = [Int32](repeating: -1, count: tokens.count)
        }
        func flags(_ index: Int) -> UInt8 {
            let id = word(index)
            return id >= 0 ? tables.cueFlags[Int(id)] : 0
        }
        func ends(_ cuesByLast: [[[Int32]]], at index: Int) -> Bool {
            for cue in cuesByLast[Int(word(index))] where cue.count <= index - sentenceStart + 1 {
                var ok = true
                var k = 0
                while k < cue.count {
                    if word(index - k) != cue[cue.count - 1 - k] {
                        ok = false
                        break
                    }
                    k += 1
                }
                if ok { return true }
            }
            return false
        }
        // A past ending, read from the vocabulary number when the token carries one.
        let pastForms = context.pastForms, pastSuffixes = context.pastSuffixes
        func isPastForm(_ index: Int) -> Bool {
            let number = tokens[index].lowerID
            if let pastForms, number >= 0 { return pastForms[Int(number)] }
            return hasPastSuffix(tokens[index].lower, pastSuffixes)
        }
        func read(_ index: Int) -> Tense? {
            let own = flags(index)
            if own & TimeMatchTables.endsFutureCue != 0, ends(tables.futureCues, at: index) { return .future }
            // A past form after "be" is a participle ("will be held"), not a past.
            let participle = index > sentenceStart && flags(index - 1) & TimeMatchTables.participleAfter != 0
            if !participle, own & TimeMatchTables.endsPastCue != 0, ends(tables.pastCues, at: index) { return .past }
            if tokens[index].shape == .lower, own & TimeMatchTables.notPast == 0, !participle, isPastForm(index) {
                return .past
            }
            return nil
        }
        let readIn = Int32(sentenceStart) * 4
        func cue(at index: Int) -> Tense? {
            var cached = context.cues[index]
            if cached < 0 || cached & ~3 != readIn {
                cached = readIn | Int32(cueCode(read(index)))
                context.cues[index] = cached
            }
            switch cached & 3 {
            case 1: return .past
            case 2: return .future
            default: return nil
            }
        }
        // The clause first (between commas, semicolons or dashes), then the rest of the sentence.
        func isClauseBoundary(_ index: Int) -> Bool {
            guard tokens[index].shape == .punctuation else { return false }
            let lower = tokens[index].lower
            return lower == "," || lower == ";" || lower == "--" || lower == "_"
        }
        var clauseStart = range.lowerBound
        while clauseStart > sentenceStart, !isClauseBoundary(clauseStart - 1) { clauseStart -= 1 }
        var clauseEnd = range.upperBound
        while clauseEnd < sentenceEnd, !isClauseBoundary(clauseEnd) { clauseEnd += 1 }
        for (from, to) in [(clauseStart, clauseEnd), (sentenceStart, sentenceEnd)] {
            var index = range.lowerBound - 1
            while index >= from {
                if let found = cue(at: index) { return found }
                index -= 1
            }
            index = range.upperBound
            while index < to {
                if let found = cue(at: index) { return found }
                index += 1
            }
        }
        return .unknown
    }

    /// How a token's cue is kept in `NormalizationContext.cues` (its two low bits): 0 none, 1 past, 2 future.
    static func cueCode(_ tense: Tense?) -> Int8 {
        switch tense {
        case .past: return 1
        case .future: return 2
        default: return 0
        }
    }

    /// The word ends with a past suffix (`ed`) and is over two letters longer than it. ASCII words are read as
    /// bytes; others as characters.
    static func hasPastSuffix(_ lower: String, _ suffixes: [String]) -> Bool {
        let ascii: Bool? = lower.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 { return nil }
            for suffix in suffixes {
                let tail = suffix.utf8
                guard bytes.count > tail.count + 2 else { continue }
                var k = bytes.count - tail.count
                var same = true
                for byte in tail {
                    if byte >= 0x80 { return nil }
                    if bytes[k] != byte { same = false; break }
                    k += 1
                }
                if same { return true }
            }
            return false
        } ?? nil
        if let ascii { return ascii }
        for suffix in suffixes where lower.count > suffix.count + 2 && lower.hasSuffix(suffix) { return true }
        return false
    }
}
