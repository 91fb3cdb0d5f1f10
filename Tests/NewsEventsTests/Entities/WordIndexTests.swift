import Testing
@testable import NewsEvents

/// The word numbering the tagger keys every token on: dense ids, exact matches, shared with the lexicon trie.
@Suite struct EntitiesWordIndexTests {
    @Test func numbersWordsInTheOrderTheyCome() {
        var index = WordIndex()
        #expect(index.insert("commerce") == 0)
        #expect(index.insert(",") == 1)
        #expect(index.insert("commerce") == 0)
        #expect(index.id(of: ",") == 1)
        #expect(index.id(of: "trade") == -1)
        #expect(index.id(of: ".") == -1)
        #expect(index.id(of: "") == -1)
    }

    @Test func findsEveryWordAfterTheTableGrew() {
        var index = WordIndex()
        let words = (0..<3_000).map { "word\($0)" } + ["a-name-longer-than-fifteen-bytes", "é", "x", "ministère"]
        for word in words { index.insert(word) }
        #expect(index.count == words.count)
        let misplaced = words.indices.filter { index.id(of: words[$0]) != Int32($0) }
        #expect(misplaced.isEmpty)
        #expect(index.id(of: "word3000") == -1)
        #expect(index.id(of: "a-name-longer-than-fifteen-bytez") == -1)
    }

    @Test func trieStepsByWordID() {
        var trie = TokenTrie()
        let reference = AliasReference(entry: 0, alias: 0)
        trie.insert(["commerce", "department"], value: reference)
        let first = trie.child(of: 0, word: trie.words.id(of: "commerce"))
        let second = trie.child(of: first, word: trie.words.id(of: "department"))
        #expect(first > 0 && !trie.storesSequence(endingAt: first))
        #expect(trie.values(at: second) == [reference])
        #expect(trie.child(of: first, word: -1) == -1)
        #expect(trie.child(of: second, word: trie.words.id(of: "commerce")) == -1)
    }

    @Test func wordTableSharesTheTrieIDs() {
        var grammar = EntityGrammar()
        grammar.determiners = ["the"]
        var trie = TokenTrie()
        trie.insert(["commerce", "department"], value: AliasReference(entry: 0, alias: 0))
        let table = WordFacts.Table(grammar: grammar, trie: trie)
        let commerce = table.lookup("commerce")
        #expect(commerce.word == trie.words.id(of: "commerce"))
        #expect(commerce.trieNode == trie.child(of: 0, word: commerce.word))
        let the = table.lookup("the")
        #expect(the.facts.contains(.determiner) && the.trieNode == -1)
        #expect(table.lookup("15").word == -1)
        #expect(table.lookup("unknown").word == -1)
    }
}
