/// Drops measures that lie outside trade and regulation (`ANNOTATION.md`: a restriction is a trade or economic
/// restriction on goods, sectors or countries; a rule a government's rule, regulation or law; an investigation a
/// formal review of a party or practice).
///
/// The measure is told by the event's object and the complement that follows it in the sentence, up to a clause
/// bound (`[clause-bounds]` of `rules/roles/roles.txt`) or a punctuation mark, at most ``reach`` words: "lift its
/// proposed ceiling of 12.50 kwacha per dollar on the currency's devaluation once ..." reads "its proposed ceiling
/// of 12.50 kwacha per dollar on the currency devaluation". When those words hold a phrase `[outside-trade]` lists
/// for the event's type, the event is dropped:
///
/// - a ceiling on pay in wage talks, a moratorium on debt payments, an output ceiling of a cartel, a devaluation
///   ceiling, limits on trading within an exchange or on price movements, a speed limit (restriction, relief);
/// - a look at a debt package, a firm's look at trading opportunities or sales prospects (investigation);
/// - an issue of treasury bills or bonds (rule);
/// - a currency, lending or defence accord, an accord with the IMF or the World Bank (agreement).
///
/// Phrases are whole words compared lower-cased, a possessive "'s" taken off ("the currency's devaluation").
///
/// ```swift
/// let scope = OutsideTrade(phrases: ["restriction": [["pay"]]], bounds: ["which"])
/// scope.cue(for: ceilingOnPay)     // ["pay"]: "imposed a ceiling of four pct on pay" is no trade restriction
/// scope.filter(events)             // the events whose measure is trade or regulation
/// ```
public struct OutsideTrade: Sendable {
    /// Event type -> phrases of its object or complement that put the measure outside trade and regulation.
    public var phrases: [String: [[String]]]
    /// Words that end an object's complement ("which", "if", "to").
    public var bounds: Set<String>
    /// How many words after the object its complement may hold.
    public var reach: Int

    public init(phrases: [String: [[String]]], bounds: Set<String>, reach: Int = 10) {
        self.phrases = phrases
        self.bounds = bounds
        self.reach = reach
    }

    /// The policy of the bundled roles file: `[outside-trade]` and `[clause-bounds]`.
    public init(cues: RoleCues) {
        self.init(phrases: cues.outsideTrade, bounds: cues.clauseBounds)
    }

    public func filter(_ events: [Event]) -> [Event] {
        guard !phrases.isEmpty else { return events }
        return events.filter { cue(for: $0) == nil }
    }

    /// The listed phrase the event's measure holds, nil when none (or the type lists none).
    public func cue(for event: Event) -> [String]? {
        guard let listed = phrases[event.type], let object = event.object else { return nil }
        let words = measureWords(object: object, sentence: event.sources.first?.sentence)
        return listed.first { phrase in
            !phrase.isEmpty && phrase.count <= words.count
                && (0...(words.count - phrase.count)).contains { start in words[start..<(start + phrase.count)].elementsEqual(phrase) }
        }
    }

    /// The words of the object and of the complement after it in the sentence. The sentence is read only as far
    /// as the complement goes (a bound, a punctuation mark or ``reach`` words), not to its end.
    func measureWords(object: String, sentence: String?) -> [String] {
        var words: [String] = []
        OutsideTrade.forEachWord(in: Substring(object)) { word in
            if let word { words.append(word) }
            return true
        }
        guard let sentence, let end = OutsideTrade.end(of: object, in: sentence) else { return words }
        var taken = 0
        OutsideTrade.forEachWord(in: sentence[end...]) { word in
            guard let word, taken < reach, !bounds.contains(word) else { return false }
            words.append(word)
            taken += 1
            return true
        }
        return words
    }

    /// Where the first occurrence of `part` in `text` ends, compared byte for byte (no bridging to Foundation).
    static func end(of part: String, in text: String) -> String.Index? {
        let needle = Array(part.utf8), haystack = text.utf8
        guard let first = needle.first else { return text.startIndex }
        var start = haystack.startIndex
        while let found = haystack[start...].firstIndex(of: first) {
            var a = found, k = 0
            while k < needle.count, a < haystack.endIndex, haystack[a] == needle[k] {
                a = haystack.index(after: a)
                k += 1
            }
            if k == needle.count { return a }
            start = haystack.index(after: found)
        }
        return nil
    }

    /// The lower-cased words of a text, in order; nil for a punctuation mark that ends a phrase (a point or comma
    /// inside a number, as in "12.50" or "1,200", is part of it; a possessive "'s" is dropped).
    static func words(_ text: Substring) -> [String?] {
        var result: [String?] = []
        forEachWord(in: text) { result.append($0); return true }
        return result
    }

    /// Calls `body` with each word of ``words(_:)`` in turn (nil for a phrase-ending mark) until it returns false.
    /// Reads code points, not characters: an ASCII code point costs a few comparisons.
    static func forEachWord(in text: Substring, _ body: (String?) -> Bool) {
        var current = ""
        var lastIsNumber = false
        /// Hands on the word gathered so far; false when `body` asked to stop.
        func flush() -> Bool {
            if current.hasSuffix("'s") { current.removeLast(2) }
            defer { current = ""; lastIsNumber = false }
            return current.isEmpty || body(current)
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            let kind = Kind(scalar)
            switch kind {
            case .letter, .number, .joiner:
                if scalar.isASCII {
                    let value = scalar.value
                    current.unicodeScalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
                } else {
                    current += Character(scalar).lowercased()
                }
                lastIsNumber = kind == .number
            case .pointOrComma where lastIsNumber && index < scalars.endIndex && Kind(scalars[index]) == .number:
                current.unicodeScalars.append(scalar)
                lastIsNumber = false
            case .space:
                guard flush() else { return }
            case .pointOrComma, .other:
                guard flush(), body(nil) else { return }
            }
        }
        _ = flush()
    }

    /// What a code point is to ``forEachWord(in:_:)``.
    private enum Kind: Equatable {
        case letter, number, joiner, pointOrComma, space, other

        init(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x61...0x7A, 0x41...0x5A: self = .letter
            case 0x30...0x39: self = .number
            case 0x2D, 0x27: self = .joiner
            case 0x2E, 0x2C: self = .pointOrComma
            case 0x20, 0x09...0x0D: self = .space
            case 0...0x7F: self = .other
            default:
                let character = Character(scalar)
                if character.isLetter { self = .letter } else if character.isNumber { self = .number } else if character.isWhitespace { self = .space } else { self = .other }
            }
        }
    }
}
