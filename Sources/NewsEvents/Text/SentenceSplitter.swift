/// Groups tokens into sentences, for newswire as it comes: abbreviations that do not end sentences
/// (`U.S.`, `Sen.`, `No. 2`), hard-wrapped lines that do not either, paragraph breaks and headlines
/// without a full stop that do.
///
/// ```swift
/// // "Sen. Rubio wrote to the U.S. Commerce Department.\nIt replied on Jan. 5."
/// SentenceSplitter(resources: text).process(&doc)   // two sentences
/// ```
public struct SentenceSplitter: PipelineStage {
    public var resources: TextResources
    /// Longest sentence, in tokens; longer runs are cut so no rule ever sees an unbounded sentence.
    public var maxTokens: Int

    /// 250 tokens: news sentences stay far below; longer runs are lists, tables or text without punctuation.
    public static let defaultMaxTokens = 250

    public init(resources: TextResources, maxTokens: Int = SentenceSplitter.defaultMaxTokens) {
        self.resources = resources
        self.maxTokens = maxTokens
    }

    public func process(_ document: inout AnnotatedDocument) {
        document.sentences = split(document.tokens)
    }

    public func split(_ tokens: [Token]) -> [Sentence] {
        tokens.withUnsafeBufferPointer { tokens in
            let marks = [TokenMark](unsafeUninitializedCapacity: tokens.count) { marks, count in
                for k in 0..<tokens.count { (marks.baseAddress! + k).initialize(to: TokenMark(tokens, k)) }
                count = tokens.count
            }
            return marks.withUnsafeBufferPointer { split(tokens, $0) }
        }
    }

    private func split(_ tokens: UnsafeBufferPointer<Token>, _ marks: UnsafeBufferPointer<TokenMark>) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(marks.count / 16)
        var start = 0
        var i = 0
        /// Some token after `start` (and before `i`) starts a new line.
        var newlineInside = false
        func close(_ end: Int, headline: Bool = false) {
            guard end > start else { return }
            sentences.append(Sentence(
                tokens: start..<end, span: Span(start: marks[start].start, end: marks[end - 1].end), isHeadline: headline))
            start = end
            newlineInside = false
        }
        while i < marks.count {
            if i > start {
                let mark = marks[i]
                if mark.paragraphBefore {
                    close(i, headline: !marks[i - 1].endsWithStop)
                } else if mark.newlineBefore, !newlineInside, isHeadlineLine(marks, from: start, to: i) {
                    close(i, headline: true)
                } else if i - start >= maxTokens {
                    close(i)
                }
                if i > start, mark.newlineBefore { newlineInside = true }
            }
            if marks[i].kind.mayEndSentence && endsSentence(tokens, marks, at: i) {
                var end = i + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < marks.count, marks[end].kind == .closer, !marks[end].newlineBefore || marks[end].attachedBefore {
                    end += 1
                }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(marks.count, headline: marks.count > start && !marks[marks.count - 1].endsWithStop)
        return sentences
    }

    /// Whether the token at `i` ends a sentence.
    private func endsSentence(_ tokens: UnsafeBufferPointer<Token>, _ marks: UnsafeBufferPointer<TokenMark>, at i: Int) -> Bool {
        let mark = marks[i]
        switch mark.kind {
        case .other, .closer, .colon, .dash, .comma:
            return false
        case .exclamation:
            return true
        case .stop:
            guard i + 1 < marks.count else { return true }
            let next = marks[i + 1]
            // A stop with no space on either side ends no sentence: tickers <CAPH.HK>, names like example.com.
            if mark.attachedBefore, next.attachedBefore, next.shape != .punctuation { return false }
            return !(next.shape == .lower && !next.newlineBefore) || next.paragraphBefore
        case .abbreviated:
            guard i + 1 < marks.count else { return false }
            let next = marks[i + 1]
            let lower = tokens[i].lower
            if resources.titleAbbreviations.contains(lower) { return false }
            if resources.finalAbbreviations.contains(lower) {
                return next.paragraphBefore || next.shape == .capitalized || next.shape == .upper
            }
            if next.paragraphBefore { return true }
            guard next.shape == .capitalized || next.shape == .upper else { return false }
            // "U.S. The" ends a sentence; "U.S. Commerce" does not.
            let nextLower = tokens[i + 1].lower
            return resources.sentenceOpeners.contains(nextLower) && !resources.isAbbreviation(nextLower)
                || (!resources.isAbbreviation(lower) && mark.shape != .upper)
        }
    }

    /// A line with no final stop whose words are three-quarters capitalised, followed by a new line: a headline.
    /// The caller has checked that the line is the sentence's first (no token after `start` starts a line).
    private func isHeadlineLine(_ marks: UnsafeBufferPointer<TokenMark>, from start: Int, to end: Int) -> Bool {
        let last = marks[end - 1]
        guard !last.endsWithStop, last.kind != .comma else { return false }
        // A headline does not end in a lower-case word ("... National Energy Board has") nor hold a dateline dash.
        if last.shape == .lower { return false }
        var words = 0, capitals = 0
        for mark in marks[start..<end] {
            if mark.kind == .dash { return false }
            guard mark.shape != .punctuation && mark.shape != .symbol && mark.shape != .number else { continue }
            words += 1
            if mark.shape != .lower { capitals += 1 }
        }
        guard words >= 2 else { return words == 1 && end - start == 1 && last.shape == .upper }
        return capitals * 4 >= words * 3
    }
}

/// What the sentence splitter needs to know of a token's text, worked out once per token from its bytes.
private struct TokenMark {
    enum Kind: UInt8 {
        /// `.` or `...`
        case stop
        /// `!` or `?`
        case exclamation
        /// `"`, `'`, `)`, `]`
        case closer
        case colon
        /// `-`, `--`, `\u{2014}`
        case dash
        case comma
        /// A word with a final stop (`U.S.`, `Inc.`, `dlrs.`)
        case abbreviated
        case other

        /// Only a stop, `!`, `?` or a word with a final stop may end a sentence (``SentenceSplitter``).
        var mayEndSentence: Bool {
            switch self {
            case .stop, .exclamation, .abbreviated: return true
            case .closer, .colon, .dash, .comma, .other: return false
            }
        }
    }

    var kind: Kind
    var shape: TokenShape
    var newlineBefore: Bool
    var paragraphBefore: Bool
    var attachedBefore: Bool
    /// The token's span.
    var start: Int, end: Int

    /// `.`, `!`, `?`, `:`, a closer, or a word with a final stop.
    var endsWithStop: Bool {
        switch kind {
        case .stop, .exclamation, .closer, .colon, .abbreviated: return true
        case .dash, .comma, .other: return false
        }
    }

    /// The mark of `tokens[k]`, read in place (no copy of the token's strings). A word (a shape other than
    /// punctuation or symbol: it holds letters or digits) is an abbreviation or nothing, so its text is read only
    /// when it ends in a full stop.
    @inline(__always)
    init(_ tokens: UnsafeBufferPointer<Token>, _ k: Int) {
        shape = tokens[k].shape
        if shape != .punctuation && shape != .symbol && !tokens[k].endsWithFullStop {
            kind = .other
        } else {
            let fromBytes = tokens[k].text.utf8.withContiguousStorageIfAvailable(TokenMark.kind(of:))
            kind = (fromBytes ?? nil) ?? TokenMark.kind(of: tokens[k].text)
        }
        newlineBefore = tokens[k].newlineBefore
        paragraphBefore = tokens[k].paragraphBefore
        attachedBefore = tokens[k].attachedBefore
        start = tokens[k].span.start
        end = tokens[k].span.end
    }

    /// The kind of a text from its bytes; `nil` when that takes the `String` comparison (a text not ASCII
    /// ending in a stop, whose last character may be more than the stop).
    private static func kind(of bytes: UnsafeBufferPointer<UInt8>) -> Kind? {
        let n = bytes.count
        guard n > 0 else { return .other }
        let first = bytes[0], last = bytes[n - 1]
        switch n {
        case 1:
            switch first {
            case UInt8(ascii: "."): return .stop
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return .exclamation
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return .closer
            case UInt8(ascii: ":"): return .colon
            case UInt8(ascii: "-"): return .dash
            case UInt8(ascii: ","): return .comma
            default: return .other
            }
        case 2 where first == UInt8(ascii: "-") && last == UInt8(ascii: "-"):
            return .dash
        case 3 where first == UInt8(ascii: ".") && bytes[1] == UInt8(ascii: ".") && last == UInt8(ascii: "."):
            return .stop
        case 3 where first == 0xE2 && bytes[1] == 0x80 && last == 0x94:  // U+2014
            return .dash
        default:
            guard last == UInt8(ascii: ".") else { return .other }
            for byte in bytes where byte >= 0x80 { return nil }
            return .abbreviated
        }
    }

    /// The kind of any text, compared as `String`s (the splitter's original definition).
    private static func kind(of text: String) -> Kind {
        switch text {
        case ".", "...": return .stop
        case "!", "?": return .exclamation
        case "\"", "'", ")", "]": return .closer
        case ":": return .colon
        case "-", "--", "\u{2014}": return .dash
        case ",": return .comma
        default: return text.hasSuffix(".") && text.count > 1 ? .abbreviated : .other
        }
    }
}
