/// One alias of the lexicon as the tagger tries it at a token: what the match conditions read and the actor a match
/// names, flattened out of its ``LexiconEntry`` so that trying an alias copies no entry (alias lists, file, line).
///
/// ```swift
/// let alias = lexicon.matchables[lexicon.firstMatchable[reference.entry] + reference.alias]
/// alias.valid.contains(date)   // the entry's and the alias's dates together
/// alias.actor.id               // "us.commerce"
/// ```
struct MatchableAlias: Sendable {
    /// The entry's actor: id, name, type, descriptors and country.
    var actor: Actor
    var kind: LexiconAlias.Kind
    var flags: LexiconAlias.Flags
    /// The days both the entry and the alias are valid.
    var valid: DateRange
    var tokens: [AliasToken]

    /// `actor`: the entry's, shared by all its aliases.
    init(_ alias: LexiconAlias, of entry: LexiconEntry, actor: Actor) {
        self.actor = actor
        self.kind = alias.kind
        self.flags = alias.flags
        self.valid = entry.valid.intersection(alias.valid)
        self.tokens = alias.tokens
    }
}
