/// Which rule patterns can match a sentence, from the words of the sentence alone. Each pattern comes with the
/// word sets it needs (its rule's trigger words and ``TriggerWords/requirements(of:classes:)``); every
/// distinct set is one bit, each word maps to the bits of the sets holding it, so a sentence costs two
/// look-ups in a ``WordTable`` per token and each pattern a few bit tests, whatever the number of rules. Once
/// it has adopted the pipeline's ``Vocabulary``, a token numbered by it costs two array reads instead.
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
    /// Words (lower-cased forms or lemmas) of every set, numbered.
    private let words: WordTable
    /// `bits[bitStarts[w]..<bitStarts[w + 1]]`: the bits of the word sets holding word `w`.
    private let bitStarts: [Int32]
    private let bits: [Int32]
    private let width: Int
    /// The words of ``words`` in their order.
    let wordList: [String]
    /// The vocabulary adopted (``adopt(_:)``) and, for each of its numbers, the number of the word in ``words``
    /// (-1: none of the sets holds it).
    private var vocabulary: Vocabulary? = nil
    private var wordOfID: [Int32] = []

    init(rules: RuleSet) {
        var bitOfSet: [Set<String>: Int] = [:]
        let mentionWords = TriggerWords.mentionRequirements(of: rules.rules, classes: rules.classes,
                                                            entityClasses: SentenceContext.entityClasses)
        var events: [Entry] = [], suppressions: [Entry] = [], mentions: [Entry] = []
        for (index, rule) in rules.rules.enumerated() {
            for (k, pattern) in rule.patterns.enumerated() where k < rule.programs.count {
                var sets = TriggerWords.requirements(of: pattern, classes: rules.classes, mentions: mentionWords)
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
        var bitsByWord: [String: [Int32]] = [:]
        for (set, bit) in bitOfSet {
            for word in set { bitsByWord[word, default: []].append(Int32(bit)) }
        }
        let wordList = bitsByWord.keys.sorted()
        let words = WordTable(wordList)
        var bitStarts: [Int32] = [0], bits: [Int32] = []
        for word in bitsByWord.keys.sorted() {
            bits += bitsByWord[word]!.sorted()
            bitStarts.append(Int32(bits.count))
        }
        self.events = events
        self.suppressions = suppressions
        self.mentions = mentions
        self.words = words
        self.wordList = wordList
        self.bitStarts = bitStarts
        self.bits = bits
        self.width = (bitOfSet.count + 63) / 64
    }

    /// Numbers its words by `vocabulary` (which holds ``wordList``), for ``presence(for:in:numbered:)``.
    mutating func adopt(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        wordOfID = vocabulary.map { Int32(words.index(of: $0) ?? -1) }
    }

    /// Whether the tokens of `document` are numbered by the vocabulary this selector adopted.
    func numbers(_ document: AnnotatedDocument) -> Bool {
        vocabulary?.numbers(document) ?? false
    }

    /// The word sets the tokens at `range` meet, as bits. `numbered`: the tokens carry numbers of the
    /// adopted vocabulary (``numbers(_:)``), so words are found by number rather than by text.
    func presence(for range: Range<Int>, in tokens: [Token], numbered: Bool = false) -> [UInt64] {
        var present = [UInt64](repeating: 0, count: width)
        @inline(__always) func mark(_ w: Int) {
            for k in Int(bitStarts[w])..<Int(bitStarts[w + 1]) {
                let bit = Int(bits[k])
                present[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        if numbered {
            wordOfID.withUnsafeBufferPointer { wordOfID in
                tokens.withUnsafeBufferPointer { tokens in
                    for index in range {
                        let lowerID = tokens[index].lowerID, lemmaID = tokens[index].lemmaID
                        if lowerID >= 0, case let w = wordOfID[Int(lowerID)], w >= 0 { mark(Int(w)) }
                        if lemmaID != lowerID, lemmaID >= 0, case let w = wordOfID[Int(lemmaID)], w >= 0 { mark(Int(w)) }
                    }
                }
            }
            return present
        }
        for index in range {
            let token = tokens[index]
            if let w = words.index(of: token.lower) { mark(w) }
            if token.lemma != token.lower, let w = words.index(of: token.lemma) { mark(w) }
        }
        return present
    }

    /// The entries of `entries` whose word sets are all met (`presence(for:in:)`), in order.
    func select(_ entries: [Entry], given present: [UInt64]) -> [Entry] {
        entries.filter { entry in
            entry.needs.allSatisfy { bit in present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
        }
    }

    /// Whether some entry of `entries` has all its word sets met.
    func selectsAny(_ entries: [Entry], given present: [UInt64]) -> Bool {
        entries.contains { entry in
            entry.needs.allSatisfy { bit in present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
        }
    }
}
