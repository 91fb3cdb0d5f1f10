/// Finds temporal expressions and normalises them like TIMEX3, anchored on the publication date.
///
/// Patterns are tried only where a cheap trigger says an expression may start (a word of the vocabularies
/// or of a pattern, or a digit); the longest match at the leftmost place wins, so timexes never overlap.
/// ```swift
/// // published 2019-11-22: "Earlier this week it extended the licence for another 90 days."
/// TemporalTagger(resources: time).process(&doc)
/// doc.timexes.map(\.value)   // ["2019-W47", "P90D"]
/// ```
public struct TemporalTagger: PipelineStage {
    public let resources: TimeResources

    public init(resources: TimeResources) {
        self.resources = resources
    }

    public func process(_ document: inout AnnotatedDocument) {
        let pieces = TimePieces.make(document)
        guard !pieces.isEmpty, !resources.patterns.isEmpty else {
            document.timexes = []
            return
        }
        var matcher = TimeMatcher(resources: resources, pieces: pieces)
        let candidates = matcher.candidates()
        var timexes: [Timex] = []
        var lastEnd = -1
        var context = NormalizationContext(
            published: document.source.published, document: document, resources: resources)
        var lastQuarter: Int? = nil
        for candidate in candidates where candidate.start >= lastEnd {
            let first = pieces[candidate.start], last = pieces[candidate.end - 1]
            let tokens = first.token..<(last.token + 1)
            context.anchor = timexes.last(where: { $0.type == .date && TimeNormalizer.isCalendarValue($0.value) })?.value
            guard let normalized = TimeNormalizer.normalize(
                candidate, pieces: pieces, tokens: tokens, context: context)
            else { continue }
            var value = normalized.0
            let (type, mod, relative) = (normalized.1, normalized.2, normalized.3)
            if value.hasSuffix("-QX"), let dct = document.source.published {
                // "the 1988 period", "last year's quarter": the quarter the report speaks of, or the year
                // when the sentence compares several months ("in the first nine months ... the 1988 period").
                if isMonthsContext(document, tokens) {
                    value.removeLast(3)
                } else {
                    value.removeLast()
                    value += String(lastQuarter ?? TimeNormalizer.previousQuarter(of: dct))
                }
            }
            if let quarter = TimeNormalizer.quarterNumber(of: value) {
                lastQuarter = quarter
            } else if resources.patterns[candidate.pattern].function == .offset,
                      candidate.capture("UNIT") == "Y", (candidate.int("NUM") ?? 1) == 1,
                      TimeNormalizer.granularityIsYear(value),
                      isQuarterContext(document, tokens, reportSeen: lastQuarter != nil)
            {
                // "a year earlier" in a quarterly report: the same quarter a year before.
                let quarter = lastQuarter ?? document.source.published.map(TimeNormalizer.previousQuarter(of:)) ?? 0
                if quarter > 0 { value += "-Q\(quarter)" }
            }
            let span = Span(start: first.span.start, end: last.span.end)
            timexes.append(Timex(
                tokens: tokens, span: span, text: document.text(of: span), type: type, value: value,
                mod: mod, approximate: relative))
            lastEnd = candidate.end
        }
        document.timexes = timexes
    }

    /// The expression or its sentence speaks of quarters ("a year earlier", "the year-ago quarter"), and not of
    /// several months ("the first nine months").
    private func isQuarterContext(_ document: AnnotatedDocument, _ tokens: Range<Int>, reportSeen: Bool) -> Bool {
        guard let sentence = document.sentences.first(where: { $0.tokens.contains(tokens.lowerBound) }),
              !isMonthsContext(document, tokens)
        else {
            return false
        }
        for index in sentence.tokens {
            let lower = document.tokens[index].lower
            if lower == "quarter" || lower.hasSuffix("-quarter") || (tokens.contains(index) && lower == "period") {
                return true
            }
            // Earnings words (context.txt [report-words]) count once the document has named a quarter.
            if reportSeen, resources.reportWords.contains(lower) { return true }
        }
        return false
    }

    /// The sentence of the expression speaks of a span of months ("the first nine months").
    private func isMonthsContext(_ document: AnnotatedDocument, _ tokens: Range<Int>) -> Bool {
        guard let sentence = document.sentences.first(where: { $0.tokens.contains(tokens.lowerBound) }) else {
            return false
        }
        return sentence.tokens.contains { document.tokens[$0].lower == "months" }
    }
}

/// One pattern match: the pieces of the expression and what its classes captured.
struct TimeCandidate {
    var start: Int
    var end: Int
    var pattern: Int
    var captures: [(name: String, value: String)]

    func capture(_ name: String) -> String? {
        captures.first(where: { $0.name == name })?.value
    }

    func int(_ name: String) -> Int? { capture(name).flatMap { Int($0) } }
}

struct TimeMatcher {
    let resources: TimeResources
    let pieces: [TimePiece]
    private var tried: [Int]
    private var captures: [(name: String, value: String)] = []
    private var itemStarts: [Int] = []
    private var itemEnds: [Int] = []
    private var best: TimeCandidate? = nil

    init(resources: TimeResources, pieces: [TimePiece]) {
        self.resources = resources
        self.pieces = pieces
        self.tried = Array(repeating: -1, count: resources.patterns.count)
    }

    /// The best match at each place, sorted by start then by length (longest first).
    mutating func candidates() -> [TimeCandidate] {
        var out: [TimeCandidate] = []
        for index in pieces.indices {
            let piece = pieces[index]
            best = nil
            if let list = resources.triggers[piece.lower] {
                for pattern in list { tryPattern(pattern, at: index) }
            }
            if piece.hasDigit {
                for pattern in resources.digitTriggers { tryPattern(pattern, at: index) }
            }
            if let best { out.append(best) }
        }
        out.sort { (a: TimeCandidate, b: TimeCandidate) -> Bool in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.pattern < b.pattern
        }
        return out
    }

    private mutating func tryPattern(_ pattern: Int, at index: Int) {
        guard tried[pattern] != index else { return }
        tried[pattern] = index
        let items = resources.patterns[pattern].items
        captures.removeAll(keepingCapacity: true)
        // Reuse the buffers: no allocation per attempt.
        if itemStarts.count < items.count {
            itemStarts = Array(repeating: index, count: items.count)
            itemEnds = itemStarts
        }
        match(pattern, items, 0, index)
    }

    private mutating func match(_ pattern: Int, _ items: [TimePattern.Item], _ itemIndex: Int, _ position: Int) {
        if itemIndex == items.count {
            complete(pattern, items)
            return
        }
        let item = items[itemIndex]
        if let (length, value) = matchElement(item.element, at: position) {
            itemStarts[itemIndex] = position
            itemEnds[itemIndex] = position + length
            if let name = item.capture { captures.append((name, value)) }
            match(pattern, items, itemIndex + 1, position + length)
            if item.capture != nil { captures.removeLast() }
        }
        if item.optional {
            itemStarts[itemIndex] = position
            itemEnds[itemIndex] = position
            match(pattern, items, itemIndex + 1, position)
        }
    }

    private mutating func complete(_ pattern: Int, _ items: [TimePattern.Item]) {
        var start = Int.max, end = -1
        for k in items.indices where items[k].inSpan && itemEnds[k] > itemStarts[k] {
            start = min(start, itemStarts[k])
            end = max(end, itemEnds[k])
        }
        guard end > start else { return }
        guard pieces[start].startsToken, pieces[end - 1].endsToken else { return }
        // Numbers next to a currency, a counter or a unit are no dates.
        if pieces[start].digits > 0 || pieces[start].number != nil, start > 0,
           resources.leftBlockers.contains(pieces[start - 1].lower)
        {
            return
        }
        if pieces[end - 1].digits > 0 || pieces[end - 1].number != nil, end < pieces.count,
           resources.rightBlockers.contains(pieces[end].lower)
        {
            return
        }
        // "52 years old" is an age.
        if resources.patterns[pattern].type == .duration, end < pieces.count,
           resources.durationBlockers.contains(pieces[end].lower)
        {
            return
        }
        if let best {
            let bestLength = best.end - best.start, length = end - start
            if bestLength > length || (bestLength == length && best.pattern < pattern) { return }
        }
        best = TimeCandidate(start: start, end: end, pattern: pattern, captures: captures)
    }

    /// Length in pieces and captured value of an element at a position.
    private func matchElement(_ element: TimePattern.Element, at position: Int) -> (Int, String)? {
        guard position < pieces.count else { return nil }
        let piece = pieces[position]
        switch element {
        case .literal(let words):
            return words.contains(piece.lower) ? (1, piece.lower) : nil
        case .vocabulary(let index):
            guard let found = resources.vocabularies[index].match(pieces, at: position) else { return nil }
            return (found.length, found.value)
        case .builtin(let builtin):
            return matchBuiltin(builtin, piece, at: position)
        }
    }

    private func matchBuiltin(_ builtin: TimeBuiltinClass, _ piece: TimePiece, at position: Int) -> (Int, String)? {
        switch builtin {
        case .year:
            if piece.digits == 4, let n = piece.number, (1000...2199).contains(n) { return (1, String(n)) }
            return spelledYear(at: position)
        case .yy:
            guard piece.digits == 2 else { return nil }
            return (1, piece.lower)
        case .day:
            if piece.digits >= 1, piece.digits <= 2, let n = piece.number, (1...31).contains(n) { return (1, String(n)) }
            if let n = TimeMatcher.ordinalDigits(piece.lower), (1...31).contains(n) { return (1, String(n)) }
            return nil
        case .monthNumber:
            guard piece.digits >= 1, piece.digits <= 2, let n = piece.number, (1...12).contains(n) else { return nil }
            return (1, String(n))
        case .hour:
            guard piece.digits >= 1, piece.digits <= 2, let n = piece.number, (0...24).contains(n) else { return nil }
            return (1, String(n))
        case .minute:
            guard piece.digits == 2, let n = piece.number, (0...59).contains(n) else { return nil }
            return (1, String(n))
        case .number:
            if let n = piece.number {
                // A four-digit number is a year ("the 1988 quarter"), not a count.
                if piece.digits == 4, (1000...2199).contains(n) { return nil }
                return (1, String(n))
            }
            guard let words = resources.numberWords, let (value, length) = words.match(pieces, at: position),
                  let n = Int(value)
            else { return nil }
            // twenty-five, twenty five
            if n >= 20, n <= 90, n % 10 == 0 {
                var next = position + length
                if next < pieces.count, pieces[next].lower == "-" { next += 1 }
                if let (unitValue, unitLength) = words.match(pieces, at: next), let unit = Int(unitValue),
                   (1...9).contains(unit)
                {
                    return (next + unitLength - position, String(n + unit))
                }
            }
            return (length, String(n))
        case .ordinal:
            if let n = TimeMatcher.ordinalDigits(piece.lower) { return (1, String(n)) }
            guard let words = resources.ordinalWords, let (value, length) = words.match(pieces, at: position)
            else { return nil }
            return (length, value)
        case .decade:
            // 1990s, 90s, '90s
            let bytes = Array(piece.lower.utf8)
            if bytes.count == 5, bytes[4] == UInt8(ascii: "s"), bytes[0..<4].allSatisfy(isDigitByte),
               bytes[3] == UInt8(ascii: "0")
            {
                return (1, String(decoding: bytes[0..<3], as: UTF8.self))
            }
            if bytes.count == 3, bytes[2] == UInt8(ascii: "s"), bytes[1] == UInt8(ascii: "0"), isDigitByte(bytes[0]) {
                return (1, "19" + String(decoding: bytes[0..<1], as: UTF8.self))
            }
            if piece.lower == "'", position + 1 < pieces.count {
                let next = Array(pieces[position + 1].lower.utf8)
                if next.count == 3, next[2] == UInt8(ascii: "s"), next[1] == UInt8(ascii: "0"), isDigitByte(next[0]) {
                    return (2, "19" + String(decoding: next[0..<1], as: UTF8.self))
                }
            }
            if let words = resources.decadeWords, let (value, length) = words.match(pieces, at: position) {
                return (length, value)
            }
            return nil
        }
    }

    /// A year in words: a CENTURY_WORD and a number up to 99 (`nineteen ninety-six` -> 1996).
    private func spelledYear(at position: Int) -> (Int, String)? {
        guard let centuries = resources.centuryWords,
              let (centuryValue, length) = centuries.match(pieces, at: position), let century = Int(centuryValue),
              position + length < pieces.count,
              let (numberLength, numberValue) = matchBuiltin(.number, pieces[position + length], at: position + length),
              pieces[position + length].digits == 0, let n = Int(numberValue), (10...99).contains(n)
        else { return nil }
        return (length + numberLength, String(century * 100 + n))
    }

    /// `3rd` -> 3, `20th` -> 20.
    static func ordinalDigits(_ lower: String) -> Int? {
        let bytes = Array(lower.utf8)
        guard bytes.count >= 3, bytes.count <= 4 else { return nil }
        let suffix = String(decoding: bytes[(bytes.count - 2)...], as: UTF8.self)
        guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return nil }
        var n = 0
        for b in bytes[..<(bytes.count - 2)] {
            guard isDigitByte(b) else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}

@inline(__always) func isDigitByte(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}
