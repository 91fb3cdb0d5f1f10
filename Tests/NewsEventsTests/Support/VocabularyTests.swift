import XCTest
@testable import NewsEvents

final class VocabularyTests: XCTestCase {
    func testWordsAreNumberedInSortedOrderOnce() {
        let vocabulary = Vocabulary(["licence", "grant", "ban", "grant", "réglement"])
        XCTAssertEqual(vocabulary.count, 4)
        XCTAssertEqual((0..<4).map { vocabulary.word(Int32($0)) }, ["ban", "grant", "licence", "réglement"])
        XCTAssertEqual(vocabulary.id(of: "grant"), 1)
        XCTAssertEqual(vocabulary.id(of: "réglement"), 3)
        XCTAssertEqual(vocabulary.id(of: "permit"), Vocabulary.unknown)
        XCTAssertEqual(vocabulary.id(of: "Grant"), Vocabulary.unknown, "the vocabulary holds lower-cased forms as given")
    }

    func testTheStampTellsVocabulariesOfTheSameWordsFromOthers() {
        XCTAssertEqual(Vocabulary(["a", "b"]).stamp, Vocabulary(["b", "a", "b"]).stamp)
        XCTAssertNotEqual(Vocabulary(["a", "b"]).stamp, Vocabulary(["a", "c"]).stamp)
        XCTAssertNotEqual(Vocabulary(["ab"]).stamp, Vocabulary(["a", "b"]).stamp, "word boundaries count")
        XCTAssertNotEqual(Vocabulary([String]()).stamp, Vocabulary.noStamp)
    }

    func testTheTokenizerNumbersLowerCasedFormsAndLemmas() {
        let vocabulary = Vocabulary(["licence", "grant", "'s", "n't", "huawei", "réglement"])
        var document = AnnotatedDocument(source: SourceDocument(id: "t", text: "Huawei ' s Licences granted, didn't RÉGLEMENT"))
        Tokenizer(resources: Fixtures.text, vocabulary: vocabulary).process(&document)
        XCTAssertTrue(vocabulary.numbers(document))
        for token in document.tokens {
            XCTAssertEqual(token.lowerID, vocabulary.id(of: token.lower), token.text)
            XCTAssertEqual(token.lemmaID, vocabulary.id(of: token.lemma), token.text)
        }
        let licences = document.tokens.first { $0.text == "Licences" }!
        XCTAssertEqual(licences.lowerID, Vocabulary.unknown)
        XCTAssertEqual(licences.lemmaID, vocabulary.id(of: "licence"))
        XCTAssertEqual(document.tokens.first { $0.text == "RÉGLEMENT" }?.lowerID, vocabulary.id(of: "réglement"))
    }

    func testTokensMadeWithoutAVocabularyCarryNoNumbers() {
        let document = Fixtures.tokenized("The Department granted a licence.")
        XCTAssertEqual(document.vocabularyStamp, Vocabulary.noStamp)
        XCTAssertFalse(Vocabulary(["grant"]).numbers(document))
        XCTAssertTrue(document.tokens.allSatisfy { $0.lowerID == Vocabulary.unknown && $0.lemmaID == Vocabulary.unknown })
    }

    /// The rule selector finds the same word sets by number as by text, in every sentence of the corpus.
    func testRuleSelectionByNumberEqualsSelectionByText() throws {
        let knowledge = RuleExamplesTests.knowledge
        var selector = RuleSelector(rules: knowledge.rules)
        let vocabulary = Vocabulary(selector.wordList + ["the", "unrelated"])
        selector.adopt(vocabulary)
        let folder = Fixtures.projectRoot + "/corpus/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertGreaterThan(names.count, 10)
        var sentences = 0
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            var document = AnnotatedDocument(source: SourceDocument(id: name, text: text))
            Tokenizer(resources: knowledge.text, vocabulary: vocabulary).process(&document)
            SentenceSplitter(resources: knowledge.text).process(&document)
            XCTAssertTrue(selector.numbers(document))
            for sentence in document.sentences {
                sentences += 1
                XCTAssertEqual(selector.presence(for: sentence.tokens, in: document.tokens, numbered: true),
                               selector.presence(for: sentence.tokens, in: document.tokens), name)
            }
        }
        XCTAssertGreaterThan(sentences, 200)
    }
}
