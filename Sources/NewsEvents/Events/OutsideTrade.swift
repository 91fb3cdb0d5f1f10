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

    /// The words of the object and of the complement after it in the sentence.
    func measureWords(object: String, sentence: String?) -> [String] {
        var words = OutsideTrade.words(Substring(object)).compactMap { $0 }
        guard let sentence, let found = sentence.range(of: object) else { return words }
        var taken = 0
        for word in OutsideTrade.words(sentence[found.upperBound...]) {
            guard let word, taken < reach, !bounds.contains(word) else { break }
            words.append(word)
            taken += 1
        }
        return words
    }

    /// The lower-cased words of a text, in order; nil for a punctuation mark that ends a phrase (a point or comma
    /// inside a number, as in "12.50" or "1,200", is part of it; a possessive "'s" is dropped).
    static func words(_ text: Substring) -> [String?] {
        var result: [String?] = []
        var current = ""
        func flush() {
            if current.hasSuffix("'s") { current.removeLast(2) }
            if !current.isEmpty { result.append(current) }
            current = ""
        }
        let characters = Array(text)
        for (k, character) in characters.enumerated() {
            if character.isLetter || character.isNumber || character == "-" || character == "'" {
                current.append(contentsOf: character.lowercased())
            } else if (character == "." || character == ","), current.last?.isNumber == true,
                      k + 1 < characters.count, characters[k + 1].isNumber {
                current.append(character)
            } else if character.isWhitespace {
                flush()
            } else {
                flush()
                result.append(nil)
            }
        }
        flush()
        return result
    }
}
