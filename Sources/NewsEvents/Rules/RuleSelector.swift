/// Which rule patterns can match a sentence, from the words of the sentence alone. Each pattern comes with the
/// word sets it needs (its rule's trigger words and ``TriggerWords/requirements(of:classes:)``); every
/// distinct set is one bit, each word maps to the bits of the sets holding it, so a sentence costs two
/// lookups per token and each pattern a few bit tests, whatever the number of rules.
///
/// ```swift
/// let selector = RuleSelector(rules: rules)
/// let present = selector.presence(for: sentence.tokens, in: document.tokens)
/// selector.select(selector.events, given: present)   // [Entry(rule: 3, program: 0, ...)]
/// ```
struct RuleSelector: Sendable {
    /// One compiled pattern of a rule and the bits of the word sets it needs.
    struct Entry: Sendable {
        var rule: Int
        var program: Int
        var needs: [Int]
    }

    /// Patterns of event rules, in rule order.
    let events: [Entry]
    /// Patterns of suppression rules, in rule order.
    let suppressions: [Entry]
    /// Patterns of rules that make mentions, in rule order.
    let mentions: [Entry]
    /// Word (lower-cased form or lemma) -> the bits of the word sets holding it.
    private let bitsByWord: [String: [Int]]
    private let width: Int

    init(rules: RuleSet) {
        var bitOfSet: [Set<String>: Int] = [:]
        var events: [Entry] = [], suppressions: [Entry] = [], mentions: [Entry] = []
        for (index, rule) in rules.rules.enumerated() {
            for (k, pattern) in rule.patterns.enumerated() where k < rule.programs.count {
                var sets = TriggerWords.requirements(of: pattern, classes: rules.classes)
                if let trigger = rule.triggerWords { sets.append(trigger) }
                let needs = sets.map { set in
                    if let bit = bitOfSet[set] { return bit }
                    bitOfSet[set] = bitOfSet.count
                    return bitOfSet.count - 1
                }
                let entry = Entry(rule: index, program: k, needs: needs)
                switch rule.action {
                case .event: events.append(entry)
                case .suppress: suppressions.append(entry)
                case .mention: mentions.append(entry)
                }
            }
        }
        var bitsByWord: [String: [Int]] = [:]
        for (set, bit) in bitOfSet {
            for word in set { bitsByWord[word, default: []].append(bit) }
        }
        self.events = events
        self.suppressions = suppressions
        self.mentions = mentions
        self.bitsByWord = bitsByWord
        self.width = (bitOfSet.count + 63) / 64
    }

    /// The word sets the tokens at `range` meet, as bits.
    func presence(for range: Range<Int>, in tokens: [Token]) -> [UInt64] {
        var present = [UInt64](repeating: 0, count: width)
        func mark(_ word: String) {
            guard let bits = bitsByWord[word] else { return }
            for bit in bits { present[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        for index in range {
            let token = tokens[index]
            mark(token.lower)
            if token.lemma != token.lower { mark(token.lemma) }
        }
        return present
    }

    /// The entries of `entries` whose word sets are all met (`presence(for:in:)`), in order.
    func select(_ entries: [Entry], given present: [UInt64]) -> [Entry] {
        entries.filter { entry in
            entry.needs.allSatisfy { bit in present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
        }
    }
}
