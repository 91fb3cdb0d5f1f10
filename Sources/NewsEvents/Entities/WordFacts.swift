/// What the entity grammar says of one word (a token's normalised key), gathered in one table so that tagging
/// looks each token up once instead of once per word list it consults.
///
/// ```swift
/// let table = WordFacts.Table(grammar: lexicon.grammar, trie: lexicon.trie)
/// table.facts(of: "the").contains(.determiner)   // true
/// ```
struct WordFacts: OptionSet, Sendable {
    let rawValue: UInt16

    static let determiner = WordFacts(rawValue: 1 << 0)
    static let title = WordFacts(rawValue: 1 << 1)
    static let notName = WordFacts(rawValue: 1 << 2)
    static let description = WordFacts(rawValue: 1 << 3)
    static let descriptionModifier = WordFacts(rawValue: 1 << 4)
    static let pronoun = WordFacts(rawValue: 1 << 5)
    static let groupNoun = WordFacts(rawValue: 1 << 6)
    static let collective = WordFacts(rawValue: 1 << 7)
    static let quantifier = WordFacts(rawValue: 1 << 8)
    /// `TaggingRun.numberWords`: "two", "dozens", ...
    static let numberWord = WordFacts(rawValue: 1 << 9)
    /// `TaggingRun.notNouns`: verbs and function words.
    static let notNoun = WordFacts(rawValue: 1 << 10)
    /// `EntityGrammar.objectPronouns`: "him", "them", ...
    static let objectPronoun = WordFacts(rawValue: 1 << 11)

    /// Word -> facts, and word -> the lexicon trie's node after that word (where lookups start).
    struct Table: Sendable {
        private let entries: [String: (facts: WordFacts, trieNode: Int32)]

        init(grammar: EntityGrammar, trie: TokenTrie) {
            var entries: [String: (facts: WordFacts, trieNode: Int32)] = [:]
            func mark(_ words: some Sequence<String>, _ fact: WordFacts) {
                for word in words { entries[word, default: ([], -1)].facts.insert(fact) }
            }
            mark(grammar.determiners, .determiner)
            mark(grammar.titles, .title)
            mark(grammar.notNames, .notName)
            mark(grammar.descriptions.keys, .description)
            mark(grammar.descriptionModifiers, .descriptionModifier)
            mark(grammar.pronouns.keys, .pronoun)
            mark(grammar.objectPronouns.keys, .objectPronoun)
            mark(grammar.groupNouns, .groupNoun)
            mark(grammar.collectives, .collective)
            mark(grammar.quantifiers, .quantifier)
            mark(TaggingRun.numberWords, .numberWord)
            mark(TaggingRun.notNouns, .notNoun)
            for (word, node) in trie.rootChildren { entries[word, default: ([], -1)].trieNode = node }
            self.entries = entries
        }

        /// The facts of a word and the trie node it leads to from the root (-1: no alias starts with it).
        func lookup(_ key: String) -> (facts: WordFacts, trieNode: Int32) { entries[key] ?? ([], -1) }
    }
}
