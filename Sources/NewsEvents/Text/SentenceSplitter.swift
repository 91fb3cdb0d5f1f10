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
        let marks = tokens.map(TokenMark.init)
        return tokens.withUnsafeBufferPointer { tokens in
            marks.withUnsafeBufferPointer { marks in split(tokens, marks) }
        }
    }

    private func split(_ tokens: UnsafeBufferPointer<Token>, _ marks: UnsafeBufferPointer<TokenMark>) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16)
        var start = 0
        var i = 0
        /// Some token after `start` (and before `i`) starts a new line.
        var newlineInside = false
        func close(_ end: Int, headline: Bool = false) {
            guard end > start else { return }
            sentences.append(Sentence(
                tokens: start..<end,
                span: Span(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                isHeadline: headline))
            start = end
            newlineInside = false
        }
        while i < tokens.count {
            if i > start {
                let token = tokens[i]
                if token.paragraphBefore {
                    close(i, headline: !marks[i - 1].endsWithStop)
                } else if token.newlineBefore, !newlineInside, isHeadlineLine(tokens, marks, from: start, to: i) {
                    close(i, headline: true)
                } else if i - start >= maxTokens {
                    close(i)
                }
                if i > start, tokens[i].newlineBefore { newlineInside = true }
            }
            if endsSentence(tokens, marks, at: i) {
                var end = i + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < tokens.count, marks[end].kind == .closer, !tokens[end].newlineBefore || tokens[end].attachedBefore {
                    end += 1
                }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(tokens.count, headline: tokens.count > start && !marks[tokens.count - 1].endsWithStop)
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
            guard i + 1 < tokens.count else { return true }
            let token = tokens[i], next = tokens[i + 1]
            // A stop with no space on either side ends no sentence: tickers <CAPH.HK>, names like example.com.
            if token.attachedBefore, next.attachedBefore, !next.isPunctuation { return false }
            return !(next.shape == .lower && !next.newlineBefore) || next.paragraphBefore
        case .abbreviated:
            guard i + 1 < tokens.count else { return false }
            let token = tokens[i], next = tokens[i + 1]
            if resources.titleAbbreviations.contains(token.lower) { return false }
            if resources.finalAbbreviations.contains(token.lower) {
                return next.paragraphBefore || next.shape == .capitalized || next.shape == .upper
            }
            if next.paragraphBefore { return true }
            guard next.shape == .capitalized || next.shape == .upper else { return false }
            // "U.S. The" ends a sentence; "U.S. Commerce" does not.
            return resources.sentenceOpeners.contains(next.lower) && !resources.isAbbreviation(next.lower)
                || (!resources.isAbbreviation(token.lower) && token.shape != .upper)
        }
    }

    /// A line with no final stop whose words are three-quarters capitalised, followed by a new line: a headline.
    /// The caller has checked that the line is the sentence's first (no token after `start` starts a line).
    private func isHeadlineLine(_ tokens: UnsafeBufferPointer<Token>, _ marks: UnsafeBufferPointer<TokenMark>,
                                from start: Int, to end: Int) -> Bool {
        let last = marks[end - 1]
        guard !last.endsWithStop, last.kind != .comma else { return false }
        // A headline does not end in a lower-case word ("... National Energy Board has") nor hold a dateline dash.
        if tokens[end - 1].shape == .lower { return false }
        var words = 0, capitals = 0
        for k in start..<end {
            if marks[k].kind == .dash { return false }
            let shape = tokens[k].shape
            guard shape != .punctuation && shape != .symbol && shape != .number else { continue }
            words += 1
            if shape != .lower { capitals += 1 }
        }
        guard words >= 2 else { return words == 1 && end - start == 1 && tokens[end - 1].shape == .upper }
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
    }

    var kind: Kind

    /// `.`, `!`, `?`, `:`, a closer, or a word with a final stop.
    var endsWithStop: Bool {
        switch kind {
        case .stop, .exclamation, .closer, .colon, .abbreviated: return true
        case .dash, .comma, .other: return false
        }
    }

    init(_ token: Token) {
        var text = token.text
        kind = text.withUTF8 { TokenMark.kind(of: $0) } ?? TokenMark.kind(of: token.text)
    }

    /// The kind of an ASCII text from its bytes; `nil` when the text is not ASCII.
    private static func kind(of bytes: UnsafeBufferPointer<UInt8>) -> Kind? {
        guard let first = bytes.first else { return .other }
        if bytes.count == 1 {
            switch first {
            case UInt8(ascii: "."): return .stop
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return .exclamation
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return .closer
            case UInt8(ascii: ":"): return .colon
            case UInt8(ascii: "-"): return .dash
            case UInt8(ascii: ","): return .comma
            case 0x80...: return nil
            default: return .other
            }
        }
        for byte in bytes where byte >= 0x80 { return nil }
        if bytes.count == 2, first == UInt8(ascii: "-"), bytes[1] == UInt8(ascii: "-") { return .dash }
        if bytes.count == 3, first == UInt8(ascii: "."), bytes[1] == UInt8(ascii: "."), bytes[2] == UInt8(ascii: ".") {
            return .stop
        }
        return bytes[bytes.count - 1] == UInt8(ascii: ".") ? .abbreviated : .other
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
