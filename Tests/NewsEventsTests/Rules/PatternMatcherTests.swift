import XCTest
@testable import NewsEvents

final class PatternMatcherTests: XCTestCase {
    private func program(_ text: String, classes: [String: Set<String>] = [:]) throws -> Program {
        var parser = PatternParser(text: text)
        var compiler = PatternCompiler(classes: classes)
        return try compiler.compile(try parser.parse())
    }

    private func document(_ text: String, entities: [(String, EntityType)] = []) -> AnnotatedDocument {
        var document = Fixtures.tokenized(text)
        for (name, type) in entities {
            let words = name.split(separator: " ").map(String.init)
            for start in 0..<document.tokens.count where start + words.count <= document.tokens.count {
                if (0..<words.count).allSatisfy({ document.tokens[start + $0].text == words[$0] }) {
                    let range = start..<(start + words.count)
                    document.entities.append(EntityMention(
                        tokens: range, span: Span(start: document.tokens[start].span.start, end: document.tokens[range.upperBound - 1].span.end),
                        text: name, type: type, id: name.lowercased(), name: name))
                }
            }
        }
        document.entities.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return document
    }

    private func matches(_ pattern: String, _ doc: AnnotatedDocument) throws -> [PatternMatcher.Match] {
        let matcher = PatternMatcher(program: try program(pattern))
        return doc.sentences.flatMap { matcher.matches(in: SentenceContext(document: doc, sentence: $0)) }
    }

    /// Threads start only where the pattern's first token or mention can be read; optional leading parts,
    /// alternatives and mentions all count as a possible first step.
    func testMatchesStartWhereverAFirstStepHolds() throws {
        let doc = document("Later the agency granted a licence and Microsoft granted one too.",
                           entities: [("Microsoft", .company)])
        XCTAssertEqual(try matches("([lower=the] [lemma=agency])? trigger:[lemma=grant]", doc).map(\.range), [1..<4, 8..<9])
        XCTAssertEqual(try matches("(@company | [lemma=agency]) trigger:[lemma=grant]", doc).map(\.range), [2..<4, 7..<9])
        XCTAssertEqual(try matches("[]{0,2} trigger:[lemma=licence]", doc).map(\.range), [3..<6])
        XCTAssertEqual(try matches("[lower=too] [shape=punctuation] $", doc).map(\.range), [10..<12])
    }

    func testMentionAtomsConsumeWholeMentions() throws {
        let doc = document("The US Commerce Department granted Microsoft a licence.",
                           entities: [("US Commerce Department", .government), ("Microsoft", .company)])
        let found = try matches("agent:@authority trigger:[lemma=grant] recipient:@company", doc)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].capture("agent"), 0..<4, "the article belongs to the mention")
        XCTAssertEqual(found[0].capture("trigger"), 4..<5)
        XCTAssertEqual(found[0].capture("recipient"), 5..<6)
    }

    func testLeftmostStartWinsAndOneMatchPerEnd() throws {
        let doc = document("Japan said Korea granted it.", entities: [("Japan", .country), ("Korea", .country)])
        let found = try matches("agent:@country []{0,3} trigger:[lemma=grant]", doc)
        XCTAssertEqual(found.map { $0.capture("agent") }, [0..<1])
        let optional = try matches("agent:@country? [lower=said]? trigger:[lemma=grant]", doc)
        XCTAssertEqual(optional.map { $0.capture("agent") }, [2..<3])
    }

    func testOptionalTailsGiveOneMatchPerEndPosition() throws {
        let doc = document("It extended the licence for Huawei.", entities: [("Huawei", .company)])
        let found = try matches("trigger:[lemma=extend] []{0,3} (for target:@company)?", doc)
        XCTAssertEqual(Set(found.map(\.range.upperBound)), [2, 3, 4, 5, 6])
        XCTAssertEqual(found.first { $0.range.upperBound == 6 }?.capture("target"), 5..<6)
        XCTAssertNil(found.first { $0.range.upperBound == 5 }?.capture("target"))
    }

    func testSentenceAnchors() throws {
        let doc = document("Licence granted. It was granted.")
        XCTAssertEqual(try matches("^ [lemma=licence]", doc).count, 1)
        XCTAssertEqual(try matches("[lemma=grant] \".\" $", doc).count, 2)
        XCTAssertEqual(try matches("^ [lemma=grant]", doc).count, 0)
    }

    func testPathologicalPatternStaysLinear() throws {
        // (a?){50} a{50} on a long run of "a": exponential for a backtracking matcher.
        let text = String(repeating: "a ", count: 100_000)
        var doc = AnnotatedDocument(source: SourceDocument(id: "long", text: text))
        Tokenizer(resources: Fixtures.text).process(&doc)
        let sentence = Sentence(tokens: 0..<doc.tokens.count, span: Span(start: 0, end: doc.scalars.count))
        let pattern = "([lower=a]?){20} ([lower=a]|[]){20} ([lower=a]*)* [lower=b]"
        let matcher = PatternMatcher(program: try program(pattern))
        let context = SentenceContext(document: doc, sentence: sentence)
        XCTAssertEqual(matcher.matches(in: context).count, 0)
        XCTAssertLessThan(matcher.program.instructions.count, 400)
    }
}
