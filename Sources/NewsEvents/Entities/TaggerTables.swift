/// What the entity tagger reads while tagging any document, built once from its lexicon and shared by reference.
///
/// A tagging run holds one reference to these tables instead of copies of the lexicon's parts: copying the grammar
/// alone retains its 21 collections, and the run of every document did so. The grammar's word-to-value maps are
/// also laid out by word id (``WordValues``), so a recogniser that has a token's id reads the value from an array
/// instead of hashing the token's key.
/// ```swift
/// let tables = TaggerTables(lexicon: lexicon)
/// let id = tables.words.lookup("ltd").word
/// tables.values[Int(id)].orgSuffix   // .company
/// ```
final class TaggerTables: Sendable {
    let trie: TokenTrie
    let matchables: [MatchableAlias]
    let firstMatchable: [Int]
    let grammar: EntityGrammar
    /// The grammar's word lists and the lexicon's first words, as one table.
    let words: WordFacts.Table
    /// The ids of the words the recognisers compare keys with.
    let literals: WordFacts.Literals
    /// The actor of every lexicon entry, by id (for the country of a government body).
    let actors: [String: Actor]
    /// Per word id of ``words``: what the grammar's maps give that word.
    let values: [WordValues]
    /// The grammar's `[type-descriptors]`, as lists (see ``Actor/descriptors``).
    let typeDescriptors: [EntityType: [String]]

    init(lexicon: Lexicon) {
        trie = lexicon.trie
        matchables = lexicon.matchables
        firstMatchable = lexicon.firstMatchable
        grammar = lexicon.grammar
        let words = WordFacts.Table(grammar: lexicon.grammar, trie: lexicon.trie)
        self.words = words
        literals = words.literals
        var actors: [String: Actor] = [:]
        for entry in lexicon.entries { actors[entry.id] = Actor(entry) }
        self.actors = actors
        values = WordValues.table(grammar: lexicon.grammar, words: words)
        typeDescriptors = lexicon.grammar.typeDescriptors.mapValues { Array($0) }
    }
}

/// What the grammar's maps say of one word: the type a legal suffix or prefix gives, the descriptor a description
/// noun or name word stands for, and so on (nil where a map does not hold the word).
///
/// ```swift
/// values[Int(id)].pronoun   // .thing for "it"
/// ```
struct WordValues: Sendable {
    var orgSuffix: EntityType?
    var orgPrefix: EntityType?
    var coordination: EntityType?
    var pronoun: PronounClass?
    var objectPronoun: PronounClass?
    var description: String?
    var nameWord: String?

    /// Per id of `words` (whose words include every key of the grammar's maps), the values of that word.
    static func table(grammar: EntityGrammar, words: WordFacts.Table) -> [WordValues] {
        var values = [WordValues](repeating: WordValues(), count: words.words.count)
        func set<Value>(_ map: [String: Value], _ field: WritableKeyPath<WordValues, Value?>) {
            for (word, value) in map {
                let id = Int(words.lookup(word).word)
                if id >= 0 { values[id][keyPath: field] = value }
            }
        }
        set(grammar.orgSuffixes, \.orgSuffix)
        set(grammar.orgPrefixes, \.orgPrefix)
        set(grammar.coordinationNouns, \.coordination)
        set(grammar.pronouns.mapValues(PronounClass.init), \.pronoun)
        set(grammar.objectPronouns.mapValues(PronounClass.init), \.objectPronoun)
        set(grammar.descriptions, \.description)
        set(grammar.nameWordDescriptors, \.nameWord)
        return values
    }
}

/// What a pronoun may refer to (the class in `[pronouns]` and `[object-pronouns]`).
///
/// ```swift
/// PronounClass("person")   // .person: "he", "she"
/// ```
enum PronounClass: Sendable {
    /// Any actor but a person or a group: "it".
    case thing
    case group
    case person

    init(_ name: String) {
        switch name {
        case "person": self = .person
        case "group": self = .group
        default: self = .thing
        }
    }

    /// Whether an actor of this type may be what the pronoun refers to.
    func admits(_ type: EntityType) -> Bool {
        switch self {
        case .person: return type == .person
        case .group: return type == .group
        case .thing: return type != .person && type != .group
        }
    }
}
