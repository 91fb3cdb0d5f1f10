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
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func close(_ end: Int, headline: Bool = false) {
            guard end > start else { return }
            sentences.append(Sentence(
                tokens: start..<end,
                span: Span(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                isHeadline: headline))
            start = end
        }
        while i < tokens.count {
            let token = tokens[i]
            if i > start {
                if token.paragraphBefore {
                    close(i, headline: !endsWithStop(tokens[i - 1]))
                } else if token.newlineBefore, isHeadlineLine(tokens, from: start, to: i) {
                    close(i, headline: true)
                } else if i - start >= maxTokens {
                    close(i)
                }
            }
            if endsSentence(tokens, at: i) {
                var end = i + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < tokens.count, isCloser(tokens[end]), !tokens[end].newlineBefore || tokens[end].attachedBefore {
                    end += 1
                }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(tokens.count, headline: tokens.count > start && !endsWithStop(tokens[tokens.count - 1]))
        return sentences
    }

    private func endsWithStop(_ token: Token) -> Bool {
        token.text == "." || token.text == "!" || token.text == "?" || token.text == ":" || isCloser(token)
            || (token.text.hasSuffix(".") && token.text.count > 1)
    }

    private func isCloser(_ token: Token) -> Bool {
        token.text == "\"" || token.text == "'" || token.text == ")" || token.text == "]"
    }

    /// Whether the token at `i` ends a sentence.
    private func endsSentence(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        switch token.text {
        case "!", "?": return true
        case ".", "...":
            guard let next else { return true }
            // A stop with no space on either side ends no sentence: tickers <CAPH.HK>, names like example.com.
            if token.attachedBefore, next.attachedBefore, !next.isPunctuation { return false }
            return !(next.shape == .lower && !next.newlineBefore) || next.paragraphBefore
        default:
            guard token.text.hasSuffix("."), token.text.count > 1, let next else { return false }
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
    private func isHeadlineLine(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        // Only the tokens of the last line count.
        var lineStart = end - 1
        while lineStart > start, !tokens[lineStart].newlineBefore { lineStart -= 1 }
        guard lineStart == start || tokens[lineStart].newlineBefore else { return false }
        guard lineStart == start else { return false }
        let line = tokens[lineStart..<end]
        guard let last = line.last, !endsWithStop(last), last.text != "," else { return false }
        // A headline does not end in a lower-case word ("... National Energy Board has") nor hold a dateline dash.
        if last.shape == .lower { return false }
        if line.contains(where: { $0.text == "-" || $0.text == "--" || $0.text == "\u{2014}" }) { return false }
        var words = 0, capitals = 0
        for token in line where token.shape != .punctuation && token.shape != .symbol && token.shape != .number {
            words += 1
            if token.shape != .lower { capitals += 1 }
        }
        guard words >= 2 else { return words == 1 && line.count == 1 && last.shape == .upper }
        return capitals * 4 >= words * 3
    }
}
