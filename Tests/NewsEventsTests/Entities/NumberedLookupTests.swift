import Foundation
import Testing
@testable import NewsEvents

/// The tagger finds the same mentions whether it looks tokens up by their vocabulary numbers or by their text.
@Suite struct EntitiesNumberedLookupTests {
    /// Tokens of `text` numbered by `vocabulary`, split into sentences.
    private static func numbered(_ text: String, by vocabulary: Vocabulary) -> AnnotatedDocument {
        var document = AnnotatedDocument(source: SourceDocument(id: "t", text: text))
        Tokenizer(resources: Fixtures.text, vocabulary: vocabulary).process(&document)
        SentenceSplitter(resources: Fixtures.text).process(&document)
        return document
    }

    @Test func mentionsByNumberEqualMentionsByText() throws {
        let byText = EntityTagger(lexicon: EntityFixtures.lexicon)
        var byNumber = byText
        let vocabulary = Vocabulary(byNumber.vocabularyWords + ["licence", "u.s.", "inc.", "the"])
        byNumber.adopt(vocabulary)
        #expect(byNumber.vocabulary != nil)
        let folder = Fixtures.projectRoot + "/corpus/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count > 10)
        let extra = "The U.S. Commerce Dept. said Kestrel Dynamics Inc. and ZTE Corp. `s units, the companies, were fined."
        for text in try names.map({ try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }) + [extra] {
            var numbered = EntitiesNumberedLookupTests.numbered(text, by: vocabulary)
            var plain = numbered
            plain.vocabularyStamp = Vocabulary.noStamp
            byNumber.process(&numbered)
            byText.process(&plain)
            #expect(numbered.entities == plain.entities)
            #expect(!numbered.entities.isEmpty)
        }
    }

    @Test func keysOfTokensWithStopsOrBackquotesAreTheirNormalizedKeys() {
        for text in ["U.S.", "Inc.", ".", "...", "`s", "Corp.`", "1.5", "St.-Gobain", "Soci\u{E9}t\u{E9}.", "O\u{2019}Neil."] {
            #expect(TaggingRun.key(text: text, lower: text.lowercased()) == AliasToken.normalizedKey(text), "\(text)")
        }
        #expect(TaggingRun.key(text: "Commerce", lower: "commerce") == "commerce")
    }

    @Test func aVocabularyWithoutTheTaggersWordsIsNotAdopted() {
        var tagger = EntityTagger(lexicon: EntityFixtures.lexicon)
        tagger.adopt(Vocabulary(["the", "licence"]))
        #expect(tagger.vocabulary == nil)
        let document = EntitiesNumberedLookupTests.numbered("Huawei said the U.S. Commerce Department", by: Vocabulary(["the"]))
        var tagged = document
        tagger.process(&tagged)
        #expect(tagged.entities.map(\.id) == ["huawei", "us.commerce"])
    }
}
