/// Amounts of money and counts an event states, for its `attributes`: "a $1 billion fine" gives
/// `amount: "$1 billion"`, "about 300 licence requests" gives `count: 300` (with the approximator kept in
/// `countText`). Currency and magnitude words come from `rules/roles/roles.txt` (`[currencies]`,
/// `[magnitudes]`, `[approximators]`).
///
/// ```swift
/// let reader = QuantityReader(cues: roleCues)
/// reader.amount(around: trigger, object: objectRange, in: context, document: document)   // "$1 billion"
/// ```
public struct QuantityReader: Sendable {
    public var cues: RoleCues

    public init(cues: RoleCues) {
        self.cues = cues
    }

    /// Attributes for an event: `amount` (money) and `count` (a number of things) found in its object or
    /// next to its trigger, unless the rule captured them.
    /// `counted`: the capture a count is looked for in (the object, else a target or recipient).
    public func attributes(trigger: Range<Int>, object: Range<Int>?, counted: Range<Int>? = nil, in context: SentenceContext,
                           document: AnnotatedDocument) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        let lower = context.range.lowerBound, upper = context.range.upperBound
        let window = max(lower, trigger.lowerBound - 6)..<min(upper, max(trigger.upperBound, object?.upperBound ?? 0) + 10)
        if let amount = firstAmount(in: window, near: trigger, document: document) {
            var text = document.text(ofTokens: amount)
            if text.hasSuffix(".") { text.removeLast() }  // "140,400 dlrs." closing a sentence
            result["amount"] = .string(text)
        }
        let windows = [object, counted, max(lower, trigger.lowerBound - 4)..<trigger.upperBound].compactMap { $0 }
        if let (value, range) = windows.lazy.compactMap({ firstCount(in: $0, document: document) }).first {
            result["count"] = .int(value)
            result["countText"] = .string(document.text(ofTokens: range))
        }
        return result
    }

    /// A currency word, also at the end of a sentence ("140,400 dlrs.").
    private func isCurrencyWord(_ token: Token) -> Bool {
        cues.currencies.contains(token.lower) || (token.lower.hasSuffix(".") && cues.currencies.contains(String(token.lower.dropLast())))
    }

    private func isCurrencySymbol(_ token: Token) -> Bool {
        (token.isPunctuation || token.shape == .symbol) && cues.currencies.contains(token.lower)
    }

    private func isNumber(_ token: Token) -> Bool {
        if token.shape == .number { return true }
        // A word opening on an ASCII byte other than a digit opens on no number (most words: no character read).
        if let byte = token.lower.utf8.first, byte < 0x80, byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
            return false
        }
        return token.lower.first.map { $0.isNumber } == true && token.lower.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    /// "$1 billion", "C$16.6 billion", "140,400 dlrs", "4.34 billion euros": the one nearest the trigger.
    private func firstAmount(in window: Range<Int>, near trigger: Range<Int>, document: AnnotatedDocument) -> Range<Int>? {
        let tokens = document.tokens
        var found: [Range<Int>] = []
        var k = window.lowerBound
        while k < window.upperBound {
            var start = k
            // A currency sign, possibly written as a letter and a sign ("C" "$").
            if k + 1 < window.upperBound, tokens[k].shape == .upper, tokens[k].text.count <= 2, isCurrencySymbol(tokens[k + 1]),
               tokens[k + 1].attachedBefore {
                start = k
                k += 1
            }
            if isCurrencySymbol(tokens[k]), k + 1 < window.upperBound, isNumber(tokens[k + 1]) {
                var end = k + 2
                if end < window.upperBound, cues.magnitudes.contains(tokens[end].lower) { end += 1 }
                found.append(start..<end)
                k = end
                continue
            }
            if isNumber(tokens[k]) {
                var end = k + 1
                if end < window.upperBound, cues.magnitudes.contains(tokens[end].lower) { end += 1 }
                if end < window.upperBound, isCurrencyWord(tokens[end]) {
                    found.append(k..<(end + 1))
                    k = end + 1
                    continue
                }
            }
            k += 1
        }
        return found.min { distance($0, trigger) < distance($1, trigger) }
    }

    private func distance(_ range: Range<Int>, _ trigger: Range<Int>) -> Int {
        range.lowerBound >= trigger.upperBound ? range.lowerBound - trigger.upperBound : max(0, trigger.lowerBound - range.upperBound)
    }

    /// "about 300 licence requests", "68 affiliates", "15 senators": a whole number of things (no money,
    /// percentage or year, and no number of a temporal expression: "on March 9", "for 90 days"), with the
    /// approximator before it.
    private func firstCount(in range: Range<Int>, document: AnnotatedDocument) -> (Int, Range<Int>)? {
        let tokens = document.tokens
        for k in range where isNumber(tokens[k]) && !document.timexes.contains(where: { $0.tokens.contains(k) }) {
            let digits = tokens[k].text.filter { $0 != "," }
            guard let value = Int(digits), value > 1 else { continue }
            if digits.count == 4, (1900...2100).contains(value) { continue }
            if k > 0, isCurrencySymbol(tokens[k - 1]) { continue }
            if k + 1 < tokens.count {
                let next = tokens[k + 1].lower
                if cues.magnitudes.contains(next) || isCurrencyWord(tokens[k + 1]) || ["pct", "percent", "%", "per"].contains(next) { continue }
                if tokens[k + 1].isPunctuation { continue }
            }
            var start = k
            while start > range.lowerBound, cues.approximators.contains(tokens[start - 1].lower) { start -= 1 }
            return (value, start..<(k + 1))
        }
        return nil
    }
}
