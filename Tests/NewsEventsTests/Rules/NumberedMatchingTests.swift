import XCTest
@testable import NewsEvents

/// Matching rules by word numbers (once the events stage has adopted a vocabulary) finds what matching by
/// text finds, and the rule selector's index picks the rules a plain filter picks.
final class NumberedMatchingTests: XCTestCase {
    /// Every corpus text, annotated up to entities with tokens numbered by the events stage's vocabulary.
    private func numberedCorpus(_ extractor: inout EventExtractor) throws -> [AnnotatedDocument] {
        let knowledge = RuleExamplesTests.knowledge
        let vocabulary = Vocabulary(extractor.vocabularyWords)
        extractor.adopt(vocabulary)
        let folder = Fixtures.projectRoot + "/corpus/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertGreaterThan(names.count, 10)
        return try names.map { name in
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            var document = AnnotatedDocument(source: SourceDocument(id: name, text: text))
            Tokenizer(resources: knowledge.text, vocabulary: vocabulary).process(&document)
            SentenceSplitter(resources: knowledge.text).process(&document)
            TemporalTagger(resources: knowledge.time).process(&document)
            EntityTagger(lexicon: knowledge.lexicon).process(&document)
            XCTAssertTrue(vocabulary.numbers(document))
            return document
        }
    }

    func testEventsByNumberEqualEventsByText() throws {
        var extractor = EventExtractor(knowledge: RuleExamplesTests.knowledge)
        var events = 0
        for document in try numberedCorpus(&extractor) {
            var numbered = document
            extractor.process(&numbered)
            var byText = document
            byText.vocabularyStamp = Vocabulary.noStamp
            extractor.process(&byText)
            XCTAssertEqual(numbered.events, byText.events, document.id)
            events += numbered.events.count
        }
        XCTAssertGreaterThan(events, 50)
    }

    func testTheRulesWordTestsAreInTheVocabulary() {
        let extractor = EventExtractor(knowledge: RuleExamplesTests.knowledge)
        let words = Set(extractor.vocabularyWords)
        XCTAssertTrue(words.contains("licence"))
        XCTAssertTrue(words.contains("extend"))
        XCTAssertTrue(words.allSatisfy { $0 == $0.lowercased() })
    }

    func testSelectionByKindEqualsSelectionByFilter() throws {
        let rules = RuleExamplesTests.knowledge.rules
        var extractor = EventExtractor(knowledge: RuleExamplesTests.knowledge)
        let selector = RuleSelector(rules: rules)
        func pairs(_ entries: [RuleSelector.Entry]) -> [[Int]] { entries.map { [$0.rule, $0.program] } }
        var selected = 0
        for document in try numberedCorpus(&extractor) {
            for sentence in document.sentences {
                let present = selector.presence(for: sentence.tokens, in: document.tokens)
                let events = selector.select(.events, given: present)
                XCTAssertEqual(pairs(events), pairs(selector.select(selector.events, given: present)))
                XCTAssertEqual(pairs(selector.select(.suppressions, given: present)),
                               pairs(selector.select(selector.suppressions, given: present)))
                XCTAssertEqual(pairs(selector.select(.mentions, given: present)),
                               pairs(selector.select(selector.mentions, given: present)))
                XCTAssertEqual(selector.selectsAny(.events, given: present), !events.isEmpty)
                selected += events.count
            }
        }
        XCTAssertGreaterThan(selected, 100)
    }

    func testAWordTestWithoutItsWordsInTheVocabularyStaysByText() throws {
        var compiler = PatternCompiler(classes: [:])
        var parser = PatternParser(text: "trigger:[lemma=grant|permit]")
        var matcher = PatternMatcher(program: try compiler.compile(try parser.parse()))
        let vocabulary = Vocabulary(["grant"])
        matcher.adopt(vocabulary)
        var document = AnnotatedDocument(source: SourceDocument(id: "t", text: "They permit it."))
        Tokenizer(resources: Fixtures.text, vocabulary: vocabulary).process(&document)
        SentenceSplitter(resources: Fixtures.text).process(&document)
        var context = SentenceContext(document: document, sentence: document.sentences[0])
        context.numbered = true
        XCTAssertEqual(matcher.matches(in: context).map(\.range), [1..<2])
    }
}
