/// Which rule patterns can match a sentence, from the words of the sentence alone. Each pattern comes with the
/// word sets it needs (its rule's trigger words and ``TriggerWords/requirements(of:classes:)``); every
/// distinct set is one bit, each word maps to the bits of the sets holding it, so a sentence costs two
/// look-ups in a ``WordTable`` per token and each pattern a few bit tests, whatever the number of rules. Once
/// it has adopted the pipeline's ``Vocabulary``, a token numbered by it costs two array reads instead.
///
/// ```swift
/// let selector = RuleSelector(rules: rules)
/// let present = selector.presence(for: sentence.tokens, in: document.tokens)
/// selector.select(.events, given: present)   // [Entry(rule: 3, program: 0, ...)]
/// ```
struct RuleSelector: Sendable {
    /// One compiled pattern of a rule and the bits of the word sets it needs.
    struct Entry: Sendable {
        var rule: Int
        var program: Int
        var needs: [Int]
        /// The unit class clauses the pattern needs (``MentionClassNeeds``): one class of each must occur,
        /// classes given as positions in ``classList``.
        var classes: [[Int]] = []
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
    /// The unit classes some pattern needs, numbered by first use.
    let classList: [String]
    /// The stamp of the vocabulary adopted (``adopt(_:)``) and, for each of its numbers, the number of the word
    /// in ``words`` (-1: none of the sets holds it).
    private var vocabularyStamp: UInt64? = nil
    private var wordOfID: [Int32] = []
    /// ``events``, ``suppressions`` and ``mentions`` by the bit each entry is tried under.
    private let eventIndex: EntryIndex
    private let suppressionIndex: EntryIndex
    private let mentionIndex: EntryIndex

    /// The entries of one kind.
    enum Kind { case events, suppressions, mentions }

    /// Entries listed under one bit each (the bit of their trigger words, which they need last, or of another
    /// set they need), so a sentence tries only the entries of the sets it meets. Flat integer arrays: reading
    /// them retains nothing.
    private struct EntryIndex: Sendable {
        let entries: [Entry]
        /// `listed[listStarts[b]..<listStarts[b + 1]]`: positions in `entries` of the entries listed under bit
        /// `b`, in order.
        private let listStarts: [Int32]
        private let listed: [Int32]
        /// `needs[needStarts[k]..<needStarts[k + 1]]`: the bits entry `k` needs.
        private let needStarts: [Int32]
        private let needs: [Int32]
        /// Positions of the entries that need no set.
        private let always: [Int32]
        /// The bits some entry is listed under: the others (sets of common words) cost nothing to skip.
        private let listedBits: [UInt64]

        init(_ entries: [Entry], bits: Int) {
            var byBit = [[Int32]](repeating: [], count: bits)
            var always: [Int32] = []
            var needStarts: [Int32] = [0], needs: [Int32] = []
            for (k, entry) in entries.enumerated() {
                if let bit = entry.needs.last { byBit[bit].append(Int32(k)) } else { always.append(Int32(k)) }
                needs += entry.needs.map(Int32.init)
                needStarts.append(Int32(needs.count))
            }
            var listStarts: [Int32] = [0], listed: [Int32] = []
            var listedBits = [UInt64](repeating: 0, count: (bits + 63) / 64)
            for (bit, list) in byBit.enumerated() {
                listed += list
                listStarts.append(Int32(listed.count))
                if !list.isEmpty { listedBits[bit >> 6] |= 1 << UInt64(bit & 63) }
            }
            self.listedBits = listedBits
            self.entries = entries
            self.listStarts = listStarts
            self.listed = listed
            self.needStarts = needStarts
            self.needs = needs
            self.always = always
        }

        /// Positions of the entries whose sets are all met, in order.
        func selected(given present: [UInt64]) -> [Int32] {
            var chosen = always
            forEachMet(given: present) { k in
                chosen.append(k)
                return true
            }
            if chosen.count > 1 { chosen.sort() }
            return chosen
        }

        /// Whether some entry has all its sets met: stops at the first.
        func selectsAny(given present: [UInt64]) -> Bool {
            if !always.isEmpty { return true }
            var found = false
            forEachMet(given: present) { _ in
                found = true
                return false
            }
            return found
        }

        /// Calls `body` with the position of each entry listed under a met bit whose sets are all met, until it
        /// returns false.
        @inline(__always)
        private func forEachMet(given present: [UInt64], _ body: (Int32) -> Bool) {
            let bitCount = listStarts.count - 1
            for w in present.indices where w < listedBits.count {
                var word = present[w] & listedBits[w]
                while word != 0 {
                    let bit = w << 6 + word.trailingZeroBitCount
                    word &= word - 1
                    guard bit < bitCount else { break }
                    for slot in Int(listStarts[bit])..<Int(listStarts[bit + 1]) {
                        let k = Int(listed[slot])
                        var met = true
                        for n in Int(needStarts[k])..<Int(needStarts[k + 1]) {
                            let need = Int(needs[n])
                            if present[need >> 6] & (1 << UInt64(need & 63)) == 0 { met = false; break }
                        }
                        if met, !body(Int32(k)) { return }
                    }
                }
            }
        }
    }

    /// The selector of `rules`: the one made in advance (``RuleSet/prepareSelection()``) if any.
    init(rules: RuleSet) {
        if let prepared = rules.selection {
            self = prepared
        } else {
            self.init(building: rules)
        }
    }

    /// Makes the selector of `rules`.
    init(building rules: RuleSet) {
        var bitOfSet: [WordSetKey: Int] = [:]
        let mentionWords = TriggerWords.mentionRequirements(of: rules.rules, classes: rules.classes,
                                                            entityClasses: SentenceContext.entityClasses)
        var events: [Entry] = [], suppressions: [Entry] = [], mentions: [Entry] = []
        var classList: [String] = []
        for (index, rule) in rules.rules.enumerated() {
            for (k, pattern) in rule.patterns.enumerated() where k < rule.programs.count {
                var sets = TriggerWords.requirements(of: pattern, classes: rules.classes, mentions: mentionWords)
                if let trigger = rule.triggerWords { sets.append(trigger) }
                let needs = sets.map { set in
                    let key = WordSetKey(set)
                    if let bit = bitOfSet[key] { return bit }
                    bitOfSet[key] = bitOfSet.count
                    return bitOfSet.count - 1
                }
                let classes = MentionClassNeeds.of(pattern).map { clause in
                    clause.sorted().map { name in
                        if let known = classList.firstIndex(of: name) { return known }
                        classList.append(name)
                        return classList.count - 1
                    }
                }
                let entry = Entry(rule: index, program: k, needs: needs, classes: classes)
                switch rule.action {
                case .event: events.append(entry)
                case .suppress: suppressions.append(entry)
                case .mention: mentions.append(entry)
                }
            }
        }
        var bitsByWord: [String: [Int32]] = [:]
        for (key, bit) in bitOfSet {
            for word in key.words { bitsByWord[word, default: []].append(Int32(bit)) }
        }
        let wordList = bitsByWord.keys.sorted()
        let words = WordTable(wordList)
        var bitStarts: [Int32] = [0], bits: [Int32] = []
        for word in wordList {
            bits += bitsByWord[word]!.sorted()
            bitStarts.append(Int32(bits.count))
        }
        self.events = events
        self.suppressions = suppressions
        self.mentions = mentions
        self.words = words
        self.wordList = wordList
        self.classList = classList
        self.bitStarts = bitStarts
        self.bits = bits
        self.width = (bitOfSet.count + 63) / 64
        self.eventIndex = EntryIndex(events, bits: bitOfSet.count)
        self.suppressionIndex = EntryIndex(suppressions, bits: bitOfSet.count)
        self.mentionIndex = EntryIndex(mentions, bits: bitOfSet.count)
    }

    /// A word set as a dictionary key whose hash is computed once (a set's hash reads every word, and the
    /// table of sets grows several times).
    private struct WordSetKey: Hashable {
        let words: Set<String>
        let hash: Int

        init(_ words: Set<String>) {
            self.words = words
            self.hash = words.hashValue
        }

        static func == (a: WordSetKey, b: WordSetKey) -> Bool { a.hash == b.hash && a.words == b.words }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// Numbers its words by `vocabulary` (which holds ``wordList``), for ``presence(for:in:numbered:)``.
    mutating func adopt(_ vocabulary: Vocabulary) {
        vocabularyStamp = vocabulary.stamp
        wordOfID = vocabulary.map { Int32(words.index(of: $0) ?? -1) }
    }

    /// Whether the tokens of `document` are numbered by the vocabulary this selector adopted.
    func numbers(_ document: AnnotatedDocument) -> Bool {
        // The stamp alone: a copy of the vocabulary would retain each of its tables.
        document.vocabularyStamp == vocabularyStamp
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
            // Every array read through a buffer: this runs for every token of every document. `recent`: the last
            // word marked in each of 16 slots (by its number's low bits), so that a word met again in the sentence
            // ("the", "said"), often one of many sets, is marked once.
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 16) { recent in
                recent.initialize(repeating: -1)
                present.withUnsafeMutableBufferPointer { present in
                    wordOfID.withUnsafeBufferPointer { wordOfID in
                        bitStarts.withUnsafeBufferPointer { starts in
                            bits.withUnsafeBufferPointer { bits in
                                tokens.withUnsafeBufferPointer { tokens in
                                    func mark(_ w: Int32) {
                                        let slot = Int(w & 15)
                                        guard recent[slot] != w else { return }
                                        recent[slot] = w
                                        for k in Int(starts[Int(w)])..<Int(starts[Int(w) + 1]) {
                                            let bit = Int(bits[k])
                                            present[bit >> 6] |= 1 << UInt64(bit & 63)
                                        }
                                    }
                                    for index in range {
                                        let lowerID = tokens[index].lowerID, lemmaID = tokens[index].lemmaID
                                        if lowerID >= 0, case let w = wordOfID[Int(lowerID)], w >= 0 { mark(w) }
                                        if lemmaID != lowerID, lemmaID >= 0, case let w = wordOfID[Int(lemmaID)], w >= 0 { mark(w) }
                                    }
                                }
                            }
                        }
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
        entries.filter { RuleSelector.meets($0, present) }
    }

    /// The entries of a kind whose word sets are all met, in order: ``select(_:given:)`` of ``events``,
    /// ``suppressions`` or ``mentions``, trying only the entries listed under the bits met.
    func select(_ kind: Kind, given present: [UInt64]) -> [Entry] {
        let index = self.index(kind)
        let chosen = index.selected(given: present)
        return chosen.isEmpty ? [] : chosen.map { index.entries[Int($0)] }
    }

    /// The entries of `selected` with a class of each of their clauses (``Entry/classes``) among the units of
    /// `context`, in order: run after the mention rules have added theirs, it drops the patterns that cannot match there.
    func withClasses(_ selected: [Entry], in context: SentenceContext) -> [Entry] {
        guard selected.contains(where: { !$0.classes.isEmpty }) else { return selected }
        // Per class: 0 not looked for yet, 1 present, 2 absent; each class is looked for once.
        var known = [UInt8](repeating: 0, count: classList.count)
        func present(_ k: Int) -> Bool {
            if known[k] == 0 {
                let name = classList[k]
                known[k] = 2
                for offset in 0..<context.range.count where !context.hasNoUnits(at: offset) {
                    if context.units(at: offset).contains(where: { $0.classes.contains(name) }) {
                        known[k] = 1
                        break
                    }
                }
            }
            return known[k] == 1
        }
        return selected.filter { $0.classes.allSatisfy { $0.contains(where: present) } }
    }

    /// Whether some entry of `entries` has all its word sets met.
    func selectsAny(_ entries: [Entry], given present: [UInt64]) -> Bool {
        entries.contains { RuleSelector.meets($0, present) }
    }

    /// Whether some entry of a kind has all its word sets met.
    func selectsAny(_ kind: Kind, given present: [UInt64]) -> Bool {
        index(kind).selectsAny(given: present)
    }

    private func index(_ kind: Kind) -> EntryIndex {
        switch kind {
        case .events: return eventIndex
        case .suppressions: return suppressionIndex
        case .mentions: return mentionIndex
        }
    }

    @inline(__always)
    private static func meets(_ entry: Entry, _ present: [UInt64]) -> Bool {
        entry.needs.allSatisfy { bit in present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    }
}
