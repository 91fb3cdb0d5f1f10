/// What the entity grammar says of one word (a token's normalised key), gathered in one table so that tagging
/// looks each token up once instead of once per word list it consults.
///
/// ```swift
/// let table = WordFacts.Table(grammar: lexicon.grammar, trie: lexicon.trie)
/// table.lookup("the").facts.contains(.determiner)   // true
/// ```
struct WordFacts: OptionSet, Sendable {
    let rawValue: UInt32

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
    /// `EntityGrammar.groupAdjectives`: "local", "foreign", ...
    static let groupAdjective = WordFacts(rawValue: 1 << 12)
    /// `TaggingRun.groupOpeners`: the words a group may open with ("a", "the", "these", ...).
    static let groupOpener = WordFacts(rawValue: 1 << 13)
    /// `EntityGrammar.orgSuffixes`: "ltd", "authority", ...
    static let orgSuffix = WordFacts(rawValue: 1 << 14)
    /// `EntityGrammar.orgPrefixes`: "ministry", "bank", ...
    static let orgPrefix = WordFacts(rawValue: 1 << 15)
    /// `TaggingRun.legalForms`: "inc", "plc", ...
    static let legalForm = WordFacts(rawValue: 1 << 16)
    /// `EntityGrammar.coordinationNouns`: "companies", "agencies", ...
    static let coordinationNoun = WordFacts(rawValue: 1 << 17)
    /// `TaggingRun.nameParticles`: "von", "de", ...
    static let nameParticle = WordFacts(rawValue: 1 << 18)
    /// `EntityGrammar.extenders`: "government", "officials", ...
    static let extender = WordFacts(rawValue: 1 << 19)
    /// `EntityGrammar.locatives`: "in", "at", ...
    static let locative = WordFacts(rawValue: 1 << 20)
    /// `EntityGrammar.reportingVerbs`: "said", "saying", ...
    static let reportingVerb = WordFacts(rawValue: 1 << 21)
    /// `EntityGrammar.subjectOpeners`: "and", "because", ...
    static let subjectOpener = WordFacts(rawValue: 1 << 22)
    /// `EntityGrammar.expletiveFollowers`: "is", "seems", ...
    static let expletiveFollower = WordFacts(rawValue: 1 << 23)
    /// `TaggingRun.conjunctions`: "and", "or", ",".
    static let conjunction = WordFacts(rawValue: 1 << 24)
    /// `TaggingRun.prepositions`: "to", "of", ...
    static let preposition = WordFacts(rawValue: 1 << 25)
    /// `EntityGrammar.nameWordDescriptors`: "department", "airways", ...
    static let nameWord = WordFacts(rawValue: 1 << 26)

    /// The words a mention may start with, whatever their case: a word without any of these facts, not
    /// capitalised, no number and no lexicon alias's first word starts nothing (see `TaggingRun.mayStart`).
    static let mentionOpeners: WordFacts = [
        .title, .determiner, .pronoun, .objectPronoun, .quantifier, .numberWord, .groupNoun, .groupAdjective, .groupOpener,
    ]

    /// Word -> id, and per id the facts and the lexicon trie's node after that word (where lookups start).
    ///
    /// The ids extend those of the trie's ``TokenTrie/words``: a word's id here is its id there, so a token's id
    /// also steps through the trie (words the trie does not hold get ids past its own and lead nowhere).
    struct Table: Sendable {
        private var index: WordIndex
        private var facts: [WordFacts]
        private var trieNodes: [Int32]
        /// Whether some word starts with an ASCII digit: when none does, tokens that do ("15", "1987") are looked
        /// up no further.
        private var digitWords: Bool
        /// The ids of the words the recognisers compare tokens with.
        let literals: Literals

        init(grammar: EntityGrammar, trie: TokenTrie) {
            var index = trie.words
            var facts = [WordFacts](repeating: [], count: index.count)
            func mark(_ words: some Sequence<String>, _ fact: WordFacts) {
                for word in words {
                    let id = Int(index.insert(word))
                    if id == facts.count { facts.append([]) }
                    facts[id].insert(fact)
                }
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
            mark(grammar.groupAdjectives, .groupAdjective)
            mark(TaggingRun.groupOpeners, .groupOpener)
            mark(grammar.orgSuffixes.keys, .orgSuffix)
            mark(grammar.orgPrefixes.keys, .orgPrefix)
            mark(TaggingRun.legalForms, .legalForm)
            mark(grammar.coordinationNouns.keys, .coordinationNoun)
            mark(TaggingRun.nameParticles, .nameParticle)
            mark(grammar.extenders, .extender)
            mark(grammar.locatives, .locative)
            mark(grammar.reportingVerbs, .reportingVerb)
            mark(grammar.subjectOpeners, .subjectOpener)
            mark(grammar.expletiveFollowers, .expletiveFollower)
            mark(TaggingRun.conjunctions, .conjunction)
            mark(TaggingRun.prepositions, .preposition)
            mark(grammar.nameWordDescriptors.keys, .nameWord)
            mark(Literals.words, [])
            self.literals = Literals(index)
            self.trieNodes = (0..<index.count).map { trie.child(of: 0, word: Int32($0)) }
            self.digitWords = index.words.contains { $0.utf8.first.map(Table.isDigit) ?? false }
            self.index = index
            self.facts = facts
        }

        /// What the table says of a word: its id (-1: a word of neither grammar nor lexicon), its facts and the
        /// trie node it leads to from the root (-1: no alias starts with it). `keyIsLower`: the word looked up was
        /// a token's lower-cased form itself (false when that is not known).
        struct Looked: Sendable {
            var word: Int32
            var facts: WordFacts
            var trieNode: Int32
            var keyIsLower = false

            static let none = Looked(word: -1, facts: [], trieNode: -1)
        }

        func lookup(_ key: String) -> Looked {
            if !digitWords, let first = key.utf8.first, Table.isDigit(first) { return .none }
            return looked(index.id(of: key))
        }

        @inline(__always)
        private func looked(_ id: Int32, keyIsLower: Bool = false) -> Looked {
            id < 0 ? Looked(word: -1, facts: [], trieNode: -1, keyIsLower: keyIsLower)
                : Looked(word: id, facts: facts[Int(id)], trieNode: trieNodes[Int(id)], keyIsLower: keyIsLower)
        }

        /// ``lookup(_:)`` of a token's key (``TaggingRun/key(text:lower:)``), without building the key when it is
        /// the lower-cased text, as it is for most tokens: the bytes are hashed while they are checked for the
        /// characters a key drops or maps.
        func lookup(text: String, lower: String) -> Looked {
            let found: Int32?? = lower.utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
                guard let first = bytes.first else { return nil }
                if !digitWords, Table.isDigit(first) {
                    return bytes.contains(where: TaggingRun.isKeySpecial) ? nil : -1
                }
                var hash = WordIndex.Hash()
                for byte in bytes {
                    if TaggingRun.isKeySpecial(byte) { return nil }
                    hash.add(byte)
                }
                return index.id(of: lower, bytes: bytes, hash: hash.value)
            }
            guard let found, let id = found else { return lookup(TaggingRun.key(text: text, lower: lower)) }
            return looked(id, keyIsLower: true)
        }

        /// Every word of the table, in id order, and the full stop (a token whose key is worked out from its text).
        var words: [String] { index.words + ["."] }

        /// Per number of `vocabulary`: the look-up of a token whose lower-cased form is that word. The key of an
        /// ASCII word with characters it drops or maps ("u.s." is keyed "us") is that of any token whose lower-cased
        /// form it is (the text differs only in case); for another such word, nil: the token's own look-up decides.
        func numbered(by vocabulary: Vocabulary) -> [Looked?] {
            vocabulary.map { word in
                guard !word.isEmpty else { return nil }
                guard word.utf8.contains(where: TaggingRun.isKeySpecial) else {
                    var found = lookup(word)
                    found.keyIsLower = true
                    return found
                }
                guard !word.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
                return lookup(AliasToken.normalizedKey(word))
            }
        }

        /// ``lookup(text:lower:)`` of a token whose lower-cased form has `number` in the vocabulary that
        /// `byNumber` (``numbered(by:)``) was made from; nil when the number does not settle it (no number, or a
        /// word whose key depends on the token's text).
        @inline(__always)
        func lookup(number: Int32, byNumber: [Looked?]) -> Looked? {
            number >= 0 ? byNumber[Int(number)] : nil
        }

        /// ``lookup(text:lower:)`` of a token of a numbered document that ``lookup(number:byNumber:)`` did not
        /// settle. `unnumbered`: the vocabulary lacks its lower-cased form, so that is no word of the table either
        /// (the table's words are in the vocabulary), and unless its key is not the form itself it has none.
        func lookup(text: String, lower: String, unnumbered: Bool) -> Looked {
            if unnumbered, !lower.isEmpty,
               lower.utf8.withContiguousStorageIfAvailable({ !$0.contains(where: TaggingRun.isKeySpecial) }) == true {
                return looked(-1, keyIsLower: true)
            }
            return lookup(text: text, lower: lower)
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    }

    /// The ids, in a ``Table``, of the words the recognisers compare a token's key with ("of" in "Ministry of
    /// Trade", "and", "the", ...): comparing two numbers instead of two strings.
    struct Literals: Sendable {
        static let words = ["of", "for", "and", "&", ",", "'s", "a", "an", "the", "these", "those", "be", "its", "their",
                            "his", "her"]
        let of, `for`, and, ampersand, comma, possessive, a, an, the, these, those, be, its, their, his, her: Int32

        init(_ index: WordIndex) {
            let ids = Literals.words.map { index.id(of: $0) }
            (of, `for`, and, ampersand, comma, possessive, a, an) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7])
            (the, these, those, be, its, their, his, her) = (ids[8], ids[9], ids[10], ids[11], ids[12], ids[13], ids[14], ids[15])
        }
    }
}
