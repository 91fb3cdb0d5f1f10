/// One alias of the lexicon as the tagger tries it at a token: what the match conditions read, flattened out of
/// its ``LexiconEntry`` so that trying an alias copies no entry (names, alias lists, descriptor sets).
///
/// ```swift
/// let alias = lexicon.matchables[lexicon.firstMatchable[reference.entry] + reference.alias]
/// alias.valid.contains(date)   // the entry's and the alias's dates together
/// ```
struct MatchableAlias: Sendable {
    /// The entry's index in ``Lexicon/entries``.
    var entry: Int
    var entryID: String
    var type: EntityType
    var kind: LexiconAlias.Kind
    var flags: LexiconAlias.Flags
    /// The days both the entry and the alias are valid.
    var valid: DateRange
    var tokens: [AliasToken]

    init(_ alias: LexiconAlias, of entry: LexiconEntry, at index: Int) {
        self.entry = index
        self.entryID = entry.id
        self.type = entry.type
        self.kind = alias.kind
        self.flags = alias.flags
        self.valid = entry.valid.intersection(alias.valid)
        self.tokens = alias.tokens
    }
}
