import Testing
@testable import NewsEvents

/// Lexicon lookup: one trie over normalised tokens, longest match, case rules per alias.
///
/// Lookup is a single pass by construction: `TaggingRun.tag` visits each token once and at each follows at most
/// `depth` (the longest alias, in tokens) trie links, one hash lookup each, as `TokenTrie.matches` does. The cost
/// does not depend on the number of entries, so no timing test is needed.
@Suite struct EntitiesLexiconLookupTests {
    @Test func longestMatchWins() {
        let mentions = EntityFixtures.tag("Officials at the U.S. Commerce Department met Toshiba Machine Co officials.")
        #expect(mentions.map(\.id) == ["us.commerce", "toshiba-machine"])
    }

    @Test func acronymsMustBeCapitals() {
        #expect(EntityFixtures.tag("He told us the FAA would act.").map(\.id) == ["us.faa"])
    }

    @Test func commonWordAliasNeedsToStandAlone() {
        let mentions = EntityFixtures.tag("Officials from Commerce said so, but Commerce Bank disagreed.", published: "2019-01-10")
        #expect(mentions.first?.id == "us.commerce")
        #expect(!mentions.dropFirst().contains { $0.id == "us.commerce" })
    }

    @Test func trieFindsPrefixesAndFullNames() {
        var trie = TokenTrie()
        trie.insert(["commerce"], value: AliasReference(entry: 0, alias: 0))
        trie.insert(["commerce", "department"], value: AliasReference(entry: 0, alias: 1))
        let keys = ["the", "commerce", "department", "said"]
        let found = trie.matches(from: 1, limit: keys.count, key: { keys[$0] })
        #expect(found.map(\.length) == [1, 2])
        #expect(trie.depth == 2)
        #expect(trie.matches(from: 0, limit: keys.count, key: { keys[$0] }).isEmpty)
    }

    /// However many entries the lexicon holds, a lookup reads at most as many tokens as the longest alias has,
    /// so tagging stays one pass over the document.
    @Test func lookupReadsNoMoreTokensThanTheLongestAlias() {
        var trie = TokenTrie()
        for n in 0..<50_000 {
            trie.insert(["acme", "unit\(n)", "holdings"], value: AliasReference(entry: n, alias: 0))
        }
        trie.insert(["acme"], value: AliasReference(entry: 50_000, alias: 0))
        let keys = ["acme", "unit49999", "holdings", "acme", "said"]
        var reads = 0
        for start in keys.indices {
            _ = trie.matches(from: start, limit: keys.count, key: { reads += 1; return keys[$0] })
        }
        #expect(trie.depth == 3)
        #expect(reads <= keys.count * trie.depth)
        #expect(trie.matches(from: 0, limit: keys.count, key: { keys[$0] }).map(\.length) == [1, 3])
    }

    @Test func normalisedKeys() {
        #expect(AliasToken.normalizedKey("U.S.") == "us")
        #expect(AliasToken.normalizedKey("Inc.") == "inc")
        #expect(AliasToken.tokenize("Japan's Trade Ministry").map(\.key) == ["japan", "'s", "trade", "ministry"])
    }
}
