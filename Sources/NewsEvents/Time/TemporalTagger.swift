/// Finds temporal expressions and normalises them like TIMEX3, anchored on the publication date.
///
/// Patterns are tried only where a cheap trigger says an expression may start (a word of the vocabularies
/// or of a pattern, or a digit); the longest match at the leftmost place wins, so timexes never overlap.
/// In a pipeline the tagger reads each token's word id from its vocabulary number (``VocabularyUser``); built
/// alone, it looks the words up by their text, with the same result.
/// ```swift
/// // published 2019-11-22: "Earlier this week it extended the licence for another 90 days."
/// TemporalTagger(resources: time).process(&doc)
/// doc.timexes.map(\.value)   // ["2019-W47", "P90D"]
/// ```
public struct TemporalTagger: PipelineStage, VocabularyUser {
    public let resources: TimeResources
    /// The patterns compiled to word ids, made once with the tagger.
    let tables: TimeMatchTables
    /// The vocabulary adopted (``adopt(_:)``) and, per its number, what the tagger knows of the word.
    private var vocabulary: Vocabulary? = nil
    private var numbered: [TimePieces.NumberedWord] = []
    /// Per number of the vocabulary: the word has a past ending (`Tense.hasPastSuffix`).
    private var pastForms: [Bool] = []

    public init(resources: TimeResources) {
        self.resources = resources
        self.tables = TimeMatchTables(resources: resources)
    }

    /// Every word the time rules name: the pieces of a document are looked up among them.
    public var vocabularyWords: [String] { tables.ids.keys.sorted() }

    public mutating func adopt(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        let tables = tables
        numbered = vocabulary.map { TimePieces.NumberedWord($0, tables: tables) }
        let pastSuffixes = resources.pastSuffixes
        pastForms = vocabulary.map { Tense.hasPastSuffix($0, pastSuffixes) }
    }

    public func process(_ document: inout AnnotatedDocument) {
        let isNumbered = vocabulary?.numbers(document) ?? false
        let numberedWords = isNumbered ? numbered : nil
        let made = TimePieces.make(document, tables: tables, numbered: numberedWords)
        guard !made.isEmpty, !resources.patterns.isEmpty else {
            document.timexes = []
            return
        }
        let pieces = made.items
        var matcher = TimeMatcher(tables: tables, pieces: pieces, starts: made.starts)
        let found = matcher.candidates()
        guard !found.list.isEmpty else {
            document.timexes = []
            return
        }
        var timexes: [Timex] = []
        timexes.reserveCapacity(found.list.count)
        var lastEnd = -1
        var context = NormalizationContext(
            published: document.source.published, document: document, patterns: resources.patterns,
            pastSuffixes: resources.pastSuffixes, tables: tables, numbered: numberedWords)
        if isNumbered { context.pastForms = pastForms }
        var lastQuarter: Int? = nil
        // The value of the last date tagged that has a calendar value (`context.anchor`).
        var lastCalendarDate: String? = nil
        for place in found.list where place.start >= lastEnd {
            let candidate = TimeCandidate(place, captures: found.captures, tables: tables)
            let first = pieces[candidate.start], last = pieces[candidate.end - 1]
            let tokens = first.token..<(last.token + 1)
            context.anchor = lastCalendarDate
            guard let normalized = TimeNormalizer.normalize(
                candidate, pieces: pieces, tokens: tokens, context: &context)
            else { continue }
            var value = normalized.0
            let (type, mod, relative) = (normalized.1, normalized.2, normalized.3)
            if TemporalTagger.endsWithUnknownQuarter(value), let dct = document.source.published {
                // "the 1988 period", "last year's quarter": the quarter the report speaks of, or the year
                // when the sentence compares several months ("in the first nine months ... the 1988 period").
                if isMonthsContext(document, context.sentence(of: tokens.lowerBound)) {
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
                      isQuarterContext(
                          document, tokens, context.sentence(of: tokens.lowerBound), reportSeen: lastQuarter != nil)
            {
                // "a year earlier" in a quarterly report: the same quarter a year before.
                let quarter = lastQuarter ?? document.source.published.map(TimeNormalizer.previousQuarter(of:)) ?? 0
                if quarter > 0 { value += "-Q\(quarter)" }
            }
            // A match starts and ends on token boundaries: its span is its tokens'.
            let span = Span(start: document.tokens[first.token].span.start, end: document.tokens[last.token].span.end)
            timexes.append(Timex(
                tokens: tokens, span: span, text: document.text(of: span), type: type, value: value,
                mod: mod, approximate: relative))
            if type == .date, TimeNormalizer.isCalendarValue(value) { lastCalendarDate = value }
            lastEnd = candidate.end
        }
        document.timexes = timexes
    }

    /// Whether a value ends in `-QX` (a quarter the words leave open), read from its last bytes.
    static func endsWithUnknownQuarter(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.count >= 3 else { return false }
        let last = utf8.index(before: utf8.endIndex), middle = utf8.index(before: last)
        let first = utf8.index(before: middle)
        return utf8[last] == UInt8(ascii: "X") && utf8[middle] == UInt8(ascii: "Q") && utf8[first] == UInt8(ascii: "-")
    }

    /// The expression or its sentence speaks of quarters ("a year earlier", "the year-ago quarter"), and not of
    /// several months ("the first nine months").
    private func isQuarterContext(
        _ document: AnnotatedDocument, _ tokens: Range<Int>, _ sentence: Sentence?, reportSeen: Bool
    ) -> Bool {
        guard let sentence, !isMonthsContext(document, sentence) else {
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
    private func isMonthsContext(_ document: AnnotatedDocument, _ sentence: Sentence?) -> Bool {
        guard let sentence else { return false }
        return sentence.tokens.contains { document.tokens[$0].lower == "months" }
    }

    /// Per token: the index of the first sentence that contains it, or -1.
    static func sentenceIndex(_ document: AnnotatedDocument) -> [Int32] {
        var index = [Int32](repeating: -1, count: document.tokens.count)
        // Later sentences first, so that the first one containing a token is the one kept.
        for (k, sentence) in document.sentences.enumerated().reversed() {
            let from = max(sentence.tokens.lowerBound, 0), to = min(sentence.tokens.upperBound, index.count)
            if from < to { for t in from..<to { index[t] = Int32(k) } }
        }
        return index
    }

    /// The sentences are in order and apart: each ends at or before the next one starts.
    static func inOrder(_ sentences: [Sentence]) -> Bool {
        var k = 1
        while k < sentences.count {
            if sentences[k - 1].tokens.upperBound > sentences[k].tokens.lowerBound { return false }
            k += 1
        }
        return true
    }

    /// The first sentence containing a token (`sentenceIndex`).
    static func sentence(of token: Int, _ document: AnnotatedDocument, _ sentenceOf: [Int32]) -> Sentence? {
        guard token >= 0, token < sentenceOf.count, sentenceOf[token] >= 0 else { return nil }
        return document.sentences[Int(sentenceOf[token])]
    }
}

/// One pattern match: the pieces of the expression and what its classes captured, read by class name as text
/// (`capture`) or as a number (`int`).
/// ```swift
/// // "two weeks ago" with `NUM UNIT DIRECTION`
/// candidate.capture("UNIT")   // "W"
/// candidate.int("NUM")        // 2
/// ```
struct TimeCandidate {
    var start: Int
    var end: Int
    var pattern: Int
    /// The captures of the match: `captures[captureRange]`.
    private let captureRange: Range<Int>
    private let captures: [TimeMatcher.Capture]
    private let tables: TimeMatchTables

    init(_ place: TimeMatcher.Place, captures: [TimeMatcher.Capture], tables: TimeMatchTables) {
        start = place.start
        end = place.end
        pattern = place.pattern
        captureRange = place.captures
        self.captures = captures
        self.tables = tables
    }

    /// What the first class of that name captured, as text.
    func capture(_ name: StaticString) -> String? {
        first(name).map { text(of: $0) }
    }

    /// What the first class of that name captured, as a number (nil when it is no number).
    func int(_ name: StaticString) -> Int? {
        guard let value = first(name) else { return nil }
        switch value {
        case .number(let n): return n
        case .decade(let decade): return decade
        case .entry(let vocabulary, let entry): return tables.vocabularies[Int(vocabulary)].intValues[Int(entry)]
        }
    }

    private func first(_ name: StaticString) -> TimeMatcher.CaptureValue? {
        name.withUTF8Buffer { name in
            for k in captureRange where tables.captureName(Int(captures[k].name), is: name) { return captures[k].value }
            return nil
        }
    }

    private func text(of value: TimeMatcher.CaptureValue) -> String {
        switch value {
        case .entry(let vocabulary, let entry): return tables.vocabularies[Int(vocabulary)].values[Int(entry)]
        case .number(let n): return String(n)
        case .decade(let decade): return TimexValue.pad(decade, 3)
        }
    }
}

/// Finds the best match at each place where one may start. Not copyable: made in place for each document and
/// used there, so no copy of its arrays is ever made or destroyed.
struct TimeMatcher: ~Copyable {
    /// A captured value, kept as plain data: the normaliser reads it as text or as a number (`TimeCandidate`).
    enum CaptureValue {
        /// Entry `entry` of vocabulary `vocabulary`: its value.
        case entry(vocabulary: Int32, entry: Int32)
        case number(Int)
        /// A DECADE value (`199` for the 1990s).
        case decade(Int)
    }

    /// A class's capture: its name (an index in `TimeMatchTables.captureNames`) and value.
    struct Capture {
        var name: Int32
        var value: CaptureValue
    }

    /// The best match at a place: its pieces, its pattern, and its captures in the matcher's list.
    struct Place {
        var start: Int
        var end: Int
        var pattern: Int
        var captures: Range<Int>
    }

    let tables: TimeMatchTables
    let pieces: [TimePiece]
    /// The pieces where a match may start (`TimePieces.starts`), in order.
    let starts: [Int32]
    // The tables' arrays, held here so that reading them while matching takes no reference counting.
    private let items: [TimeMatchTables.CompiledItem]
    private let itemStart: [Int]
    private let literalWords: [Int32]
    private let vocabularies: [TimeMatchTables.CompiledVocabulary]
    private let vocabularyStarts: [UInt64]
    private let triggerStart: [Int32]
    private let triggerList: [Int32]
    private let digitStart: [Int32]
    private let digitList: [Int32]
    private let digitSecond: SecondPieceFilter
    /// Per pattern: its type is DURATION.
    private let isDuration: [Bool]
    private let startSecond: SecondPieceFilter
    private let triggerSecond: SecondPieceFilter
    private let digitPatternSecond: SecondPieceFilter
    private let blockers: [UInt8]
    // The scratch state below is written at every step of a match: in buffers, not arrays, so that no write checks
    // whether the storage is shared.
    /// Per pattern: the last piece it was tried at (-1: none).
    private var tried: ScratchBuffer<Int>
    private var captures: ScratchBuffer<Capture>
    /// Per item of the pattern being tried: the first piece it took and the one after its last, at `2k`, `2k + 1`.
    private var itemBounds: ScratchBuffer<Int>
    /// The best match at the current place: its pieces, pattern (-1 for none yet) and captures.
    private var bestStart = 0
    private var bestEnd = 0
    private var bestPattern = -1
    private var bestCaptures: ScratchBuffer<Capture>

    init(tables: TimeMatchTables, pieces: [TimePiece], starts: [Int32]) {
        self.tables = tables
        self.pieces = pieces
        self.starts = starts
        self.items = tables.items
        self.itemStart = tables.itemStart
        self.literalWords = tables.literalWords
        self.vocabularies = tables.vocabularies
        self.vocabularyStarts = tables.vocabularyStarts
        self.triggerStart = tables.triggerStart
        self.triggerList = tables.triggerList
        self.digitStart = tables.digitStart
        self.digitList = tables.digitList
        self.digitSecond = tables.digitSecond
        self.isDuration = tables.isDuration
        self.startSecond = tables.startSecond
        self.triggerSecond = tables.triggerSecond
        self.digitPatternSecond = tables.digitPatternSecond
        self.blockers = tables.blockers
        self.tried = ScratchBuffer(repeating: -1, count: tables.itemStart.count - 1)
        self.itemBounds = ScratchBuffer(repeating: 0, count: 2 * tables.longestPattern)
        captures = ScratchBuffer(capacity: tables.longestPattern)
        bestCaptures = ScratchBuffer(capacity: tables.longestPattern)
    }

    /// The best match at each place, sorted by start then by length (longest first), and the captures they
    /// point into.
    mutating func candidates() -> (list: [Place], captures: [Capture]) {
        var out: [Place] = []
        out.reserveCapacity(16)
        var found: [Capture] = []
        found.reserveCapacity(32)
        let count = pieces.count
        let builtinSet = TimeMatchTables.builtinSet
        // Only a word that starts some pattern, or a piece with a digit, can start a match.
        for start in starts {
            let index = Int(start)
            let id = pieces[index].id
            let builtins = pieces[index].builtins
            let startsPatterns = id >= 0 && triggerStart[Int(id)] < triggerStart[Int(id) + 1]
            // The next piece must be able to continue the pattern (unless a match can end on this one).
            let nextID: Int32 = index + 1 < count ? pieces[index + 1].id : -1
            let nextBuiltins: UInt16 = index + 1 < count ? pieces[index + 1].builtins : 0
            bestPattern = -1
            if startsPatterns, startSecond.allows(Int(id), next: nextID, builtins: nextBuiltins) {
                for k in Int(triggerStart[Int(id)])..<Int(triggerStart[Int(id) + 1]) {
                    if triggerSecond.allows(k, next: nextID, builtins: nextBuiltins) {
                        tryPattern(Int(triggerList[k]), at: index)
                    }
                }
            }
            if builtins != 0 {
                // Only the patterns whose first item is a built-in class this piece can be.
                let set = Int(builtins & builtinSet)
                if digitSecond.allows(set, next: nextID, builtins: nextBuiltins) {
                    for k in Int(digitStart[set])..<Int(digitStart[set + 1]) {
                        let pattern = Int(digitList[k])
                        if digitPatternSecond.allows(pattern, next: nextID, builtins: nextBuiltins) {
                            tryPattern(pattern, at: index)
                        }
                    }
                }
            }
            if bestPattern >= 0 {
                let from = found.count
                for k in 0..<bestCaptures.count { found.append(bestCaptures[k]) }
                out.append(Place(start: bestStart, end: bestEnd, pattern: bestPattern, captures: from..<found.count))
            }
        }
        out.sort { (a: Place, b: Place) -> Bool in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.pattern < b.pattern
        }
        return (out, found)
    }

    private mutating func tryPattern(_ pattern: Int, at index: Int) {
        guard tried[pattern] != index else { return }
        tried[pattern] = index
        captures.removeAll()
        match(pattern, itemStart[pattern], itemStart[pattern + 1], index)
    }

    /// Matches items `item..<end` of a pattern from `position`, depth first (an optional item first taken, then
    /// skipped), completing every way through.
    private mutating func match(_ pattern: Int, _ item: Int, _ end: Int, _ position: Int) {
        if item == end {
            complete(pattern)
            return
        }
        let compiled = items[item]
        let k = item - itemStart[pattern]
        if let (length, value) = matchElement(compiled, at: position) {
            itemBounds[2 * k] = position
            itemBounds[2 * k + 1] = position + length
            if compiled.capture >= 0 { captures.append(Capture(name: compiled.capture, value: value)) }
            match(pattern, item + 1, end, position + length)
            if compiled.capture >= 0 { captures.removeLast() }
        }
        if compiled.optional {
            itemBounds[2 * k] = position
            itemBounds[2 * k + 1] = position
            match(pattern, item + 1, end, position)
        }
    }

    private mutating func complete(_ pattern: Int) {
        var start = Int.max, end = -1
        let first = itemStart[pattern]
        for k in 0..<(itemStart[pattern + 1] - first) where items[first + k].inSpan {
            let from = itemBounds[2 * k], to = itemBounds[2 * k + 1]
            if to > from {
                start = min(start, from)
                end = max(end, to)
            }
        }
        guard end > start else { return }
        guard pieces[start].startsToken, pieces[end - 1].endsToken else { return }
        // Numbers next to a currency, a counter or a unit are no dates.
        if pieces[start].digits > 0 || pieces[start].number >= 0, start > 0,
           blocks(start - 1, TimeMatchTables.leftBlocker)
        {
            return
        }
        if pieces[end - 1].digits > 0 || pieces[end - 1].number >= 0, end < pieces.count,
           blocks(end, TimeMatchTables.rightBlocker)
        {
            return
        }
        // "52 years old" is an age.
        if isDuration[pattern], end < pieces.count, blocks(end, TimeMatchTables.durationBlocker) {
            return
        }
        // "in his 30s", "in her mid-40s" are ages.
        if tables.isDecade[pattern] {
            var before = start - 1
            while before >= 0, pieces[before].id == tables.hyphen || blocks(before, TimeMatchTables.modifier) { before -= 1 }
            if before >= 0, blocks(before, TimeMatchTables.decadeBlocker) { return }
        }
        if bestPattern >= 0 {
            let bestLength = bestEnd - bestStart, length = end - start
            if bestLength > length || (bestLength == length && bestPattern < pattern) { return }
        }
        bestStart = start
        bestEnd = end
        bestPattern = pattern
        bestCaptures.removeAll()
        for k in 0..<captures.count { bestCaptures.append(captures[k]) }
    }

    // Helpers below are `mutating` so that calls from the matcher's mutating methods take `self` by
    // reference: a non-mutating call would copy the whole matcher for each piece tried.
    @inline(__always) private mutating func blocks(_ position: Int, _ bit: UInt8) -> Bool {
        let id = pieces[position].id
        return id >= 0 && blockers[Int(id)] & bit != 0
    }

    /// Length in pieces and captured value of an item's element at a position.
    private mutating func matchElement(_ item: TimeMatchTables.CompiledItem, at position: Int) -> (Int, CaptureValue)? {
        guard position < pieces.count else { return nil }
        switch item.kind {
        case TimeMatchTables.CompiledItem.literal:
            let id = pieces[position].id
            guard id >= 0 else { return nil }
            let from = Int(item.argument)
            for k in from..<(from + Int(item.count)) where literalWords[k] == id { return (1, .number(0)) }
            return nil
        case TimeMatchTables.CompiledItem.vocabulary:
            guard TimeMatchTables.mayStart(vocabularyStarts, vocabulary: Int(item.argument), id: pieces[position].id),
                  let found = vocabularies[Int(item.argument)].match(pieces, at: position)
            else { return nil }
            return (found.length, .entry(vocabulary: item.argument, entry: Int32(found.entry)))
        default:
            return matchBuiltin(TimeMatcher.builtinClasses[Int(item.argument)], at: position)
        }
    }

    /// `TimeBuiltinClass.allCases`, made once (the property builds a new array at each call).
    private static let builtinClasses = TimeBuiltinClass.allCases

    private mutating func vocabulary(_ index: Int?, at position: Int) -> (entry: Int, length: Int)? {
        guard let index, position < pieces.count,
              TimeMatchTables.mayStart(vocabularyStarts, vocabulary: index, id: pieces[position].id)
        else { return nil }
        return vocabularies[index].match(pieces, at: position)
    }

    /// The value of a NUMBER word entry as an integer.
    private mutating func numberValue(_ entry: Int) -> Int? {
        vocabularies[tables.numberWords!].intValues[entry]
    }

    private mutating func matchBuiltin(_ builtin: TimeBuiltinClass, at position: Int) -> (Int, CaptureValue)? {
        let piece = pieces[position]
        switch builtin {
        case .year:
            if piece.digits == 4, (1000...2199).contains(piece.number) { return (1, .number(piece.number)) }
            return spelledYear(at: position)
        case .yy:
            guard piece.digits == 2 else { return nil }
            return (1, .number(piece.number))
        case .day:
            if piece.digits >= 1, piece.digits <= 2, (1...31).contains(piece.number) { return (1, .number(piece.number)) }
            let n = piece.ordinal
            if (1...31).contains(n) { return (1, .number(n)) }
            return nil
        case .monthNumber:
            guard piece.digits >= 1, piece.digits <= 2, (1...12).contains(piece.number) else { return nil }
            return (1, .number(piece.number))
        case .hour:
            guard piece.digits >= 1, piece.digits <= 2, (0...24).contains(piece.number) else { return nil }
            return (1, .number(piece.number))
        case .minute:
            guard piece.digits == 2, (0...59).contains(piece.number) else { return nil }
            return (1, .number(piece.number))
        case .number:
            if piece.number >= 0 {
                let n = piece.number
                // A four-digit number is a year ("the 1988 quarter"), not a count.
                if piece.digits == 4, (1000...2199).contains(n) { return nil }
                return (1, .number(n))
            }
            guard let (entry, length) = vocabulary(tables.numberWords, at: position), let n = numberValue(entry)
            else { return nil }
            // twenty-five, twenty five
            if n >= 20, n <= 90, n % 10 == 0 {
                var next = position + length
                if next < pieces.count, pieces[next].id == tables.hyphen { next += 1 }
                if let (unitEntry, unitLength) = vocabulary(tables.numberWords, at: next),
                   let unit = numberValue(unitEntry), (1...9).contains(unit)
                {
                    return (next + unitLength - position, .number(n + unit))
                }
            }
            return (length, .number(n))
        case .ordinal:
            let n = piece.ordinal
            if n >= 0 { return (1, .number(n)) }
            guard let index = tables.ordinalWords, let (entry, length) = vocabulary(index, at: position)
            else { return nil }
            return (length, .entry(vocabulary: Int32(index), entry: Int32(entry)))
        case .decade:
            // 1990s, 90s, '90s
            if piece.decade >= 0 { return (1, .decade(piece.decade)) }
            if pieces[position].id == tables.apostrophe, position + 1 < pieces.count,
               pieces[position + 1].decade >= 0, pieces[position + 1].decadeIsShort
            {
                return (2, .decade(pieces[position + 1].decade))
            }
            if let index = tables.decadeWords, let (entry, length) = vocabulary(index, at: position) {
                return (length, .entry(vocabulary: Int32(index), entry: Int32(entry)))
            }
            return nil
        }
    }

    /// A year in words: a CENTURY_WORD and a number up to 99 (`nineteen ninety-six` -> 1996).
    private mutating func spelledYear(at position: Int) -> (Int, CaptureValue)? {
        guard let index = tables.centuryWords, let (entry, length) = vocabulary(index, at: position),
              let century = vocabularies[index].intValues[entry],
              position + length < pieces.count,
              let (numberLength, numberValue) = matchBuiltin(.number, at: position + length),
              pieces[position + length].digits == 0, case .number(let n) = numberValue, (10...99).contains(n)
        else { return nil }
        return (length + numberLength, .number(century * 100 + n))
    }

    /// The DECADE value of `1990s` (`199`) or `90s` (`199`, short).
    static func decade(_ lower: String) -> (value: Int, short: Bool)? {
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        var count = 0
        for byte in lower.utf8 {
            count += 1
            switch count {
            case 1: bytes.0 = byte
            case 2: bytes.1 = byte
            case 3: bytes.2 = byte
            case 4: bytes.3 = byte
            case 5: bytes.4 = byte
            default: return nil
            }
        }
        let s = UInt8(ascii: "s"), zero = UInt8(ascii: "0")
        func digit(_ byte: UInt8) -> Int { Int(byte - zero) }
        if count == 5, bytes.4 == s, isDigitByte(bytes.0), isDigitByte(bytes.1), isDigitByte(bytes.2),
           isDigitByte(bytes.3), bytes.3 == zero
        {
            return (digit(bytes.0) * 100 + digit(bytes.1) * 10 + digit(bytes.2), false)
        }
        if count == 3, bytes.2 == s, bytes.1 == zero, isDigitByte(bytes.0) {
            return (190 + digit(bytes.0), true)
        }
        return nil
    }

    /// `3rd` -> 3, `20th` -> 20.
    static func ordinalDigits(_ lower: String) -> Int? {
        let utf8 = lower.utf8
        let count = utf8.count
        guard count >= 3, count <= 4 else { return nil }
        var n = 0
        var k = 0
        var suffix: (UInt8, UInt8) = (0, 0)
        for b in utf8 {
            if k < count - 2 {
                guard isDigitByte(b) else { return nil }
                n = n * 10 + Int(b - 48)
            } else if k == count - 2 {
                suffix.0 = b
            } else {
                suffix.1 = b
            }
            k += 1
        }
        switch suffix {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
             (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return n
        default:
            return nil
        }
    }
}

@inline(__always) func isDigitByte(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}
