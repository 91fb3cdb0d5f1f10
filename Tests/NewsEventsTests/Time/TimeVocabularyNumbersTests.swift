import XCTest
@testable import NewsEvents

/// The tagger finds the same pieces and timexes by the tokens' vocabulary numbers as by their text.
final class TimeVocabularyNumbersTests: XCTestCase {
    /// A tagger numbered by a vocabulary of its words and some others, and a tokenizer with the same vocabulary.
    private func numbered() -> (TemporalTagger, Tokenizer, Vocabulary) {
        var tagger = TemporalTagger(resources: TimeFixtures.resources)
        let vocabulary = Vocabulary(tagger.vocabularyWords + ["licence", "grant", "unrelated", "year-ago", "--"])
        tagger.adopt(vocabulary)
        return (tagger, Tokenizer(resources: RuleExamplesTests.knowledge.text, vocabulary: vocabulary), vocabulary)
    }

    func testEveryRuleWordIsInTheVocabulary() {
        let (tagger, _, vocabulary) = numbered()
        for word in tagger.tables.ids.keys { XCTAssertNotEqual(vocabulary.id(of: word), Vocabulary.unknown, word) }
    }

    func testPiecesByNumberEqualPiecesByText() {
        let (tagger, tokenizer, vocabulary) = numbered()
        let text = "On May 3, 1988, the third-quarter loss fell 12 pct from the year-ago quarter -- MAY rose in the 1990s "
            + "and 'mid-90s. Twenty-five days ago, it said it would act next Tuesday at 10 a.m. (£5 million)."
        var document = AnnotatedDocument(source: SourceDocument(id: "t", text: text))
        tokenizer.process(&document)
        XCTAssertTrue(vocabulary.numbers(document))
        let numbered = vocabulary.map { TimePieces.NumberedWord($0, tables: tagger.tables) }
        let byNumber = TimePieces.make(document, tables: tagger.tables, numbered: numbered)
        let byText = TimePieces.make(document, tables: tagger.tables)
        XCTAssertEqual(byNumber.items, byText.items)
        for k in document.tokens.indices {
            XCTAssertEqual(
                TimePieces.tokenID(document.tokens, k, tables: tagger.tables, numbered: numbered),
                TimePieces.tokenID(document.tokens, k, tables: tagger.tables, numbered: nil), document.tokens[k].text)
        }
        XCTAssertEqual(byNumber.starts, byText.starts)
        XCTAssertTrue(byNumber.items.contains { $0.id >= 0 && $0.capitalized })
    }

    /// Every document of the corpus gets the same timexes from the pipeline's tagger (numbered by the pipeline's
    /// vocabulary) as from a tagger built alone (looking words up by their text).
    func testCorpusTimexesByNumberEqualTimexesByText() throws {
        let pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge, through: .time)
        let alone = TemporalTagger(resources: RuleExamplesTests.knowledge.time)
        let folder = Fixtures.projectRoot + "/corpus/text"
        var timexes = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            var source = SourceDocument(id: name, text: try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
            source.published = SimpleDate(iso: "2019-11-22")
            let tagged = pipeline.annotateWhole(source)
            XCTAssertNotEqual(tagged.vocabularyStamp, Vocabulary.noStamp, name)
            var byText = tagged
            alone.process(&byText)
            XCTAssertEqual(tagged.timexes, byText.timexes, name)
            timexes += tagged.timexes.count
        }
        XCTAssertGreaterThan(timexes, 50)
    }

    func testBuiltinIndexIsThePlaceInAllCases() {
        for (k, builtin) in TimeBuiltinClass.allCases.enumerated() { XCTAssertEqual(builtin.index, k) }
    }
}
