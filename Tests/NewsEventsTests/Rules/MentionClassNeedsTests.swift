import XCTest
@testable import NewsEvents

/// The unit classes a pattern needs (``MentionClassNeeds``) and the rules ``RuleSelector/withClasses(_:in:)``
/// keeps for a sentence: a rule is skipped only where it could not match.
final class MentionClassNeedsTests: XCTestCase {
    private func needs(_ text: String) throws -> [Set<String>] {
        var parser = PatternParser(text: text)
        return MentionClassNeeds.of(try parser.parse())
    }

    func testEveryPathMustConsumeTheClass() throws {
        XCTAssertEqual(try needs("agent:@authority trigger:[lemma=ban] target:@actor"), [["authority"], ["actor"]])
        XCTAssertEqual(try needs("@authority? trigger:[lemma=ban]"), [])
        XCTAssertEqual(try needs("@authority{0,2} trigger:[lemma=ban] @timex+"), [["timex"]])
        XCTAssertEqual(try needs("(@authority | [lower=they]) trigger:[lemma=ban]"), [])
        XCTAssertEqual(try needs("(@authority | @person) [lower=and] (@authority | @person) [lemma=ban]"),
                       [["authority", "person"]])
        XCTAssertEqual(try needs("(@authority [lower=and] @actor | @actor) trigger:[lemma=ban]"), [["authority", "actor"]])
        XCTAssertEqual(try needs("trigger:[lemma=ban] [ent=authority]"), [])
    }

    private let rules = """
        rule banlist
          mention: banlist
          pattern: [lower=list]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule by-authority
          type: letter
          pattern: agent:@authority []{0,3} trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule plain
          type: letter
          pattern: trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule either
          type: letter
          pattern: (agent:@authority | [lower=it]) []{0,2} trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule optional
          type: letter
          pattern: agent:@authority? []{0,4} trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule by-company
          type: letter
          pattern: agent:@company []{0,3} trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule by-either
          type: letter
          pattern: agent:(@person | @company) []{0,3} trigger:[lemma=ban]
          example: "Acme would ban the list."
          counter: "Nobody spoke."

        rule on-list
          type: letter
          pattern: trigger:[lemma=ban] []{0,2} @banlist
          example: "Acme would ban the list."
          counter: "Nobody spoke."
        """

    private func document(_ text: String, entities: [(String, EntityType)]) -> AnnotatedDocument {
        var document = Fixtures.tokenized(text)
        for (name, type) in entities {
            guard let start = document.tokens.firstIndex(where: { $0.text == name }) else { continue }
            let token = document.tokens[start]
            document.entities.append(EntityMention(tokens: start..<(start + 1), span: token.span, text: name, type: type,
                                                   id: name.lowercased(), name: name))
        }
        return document
    }

    func testRulesNeedingAnAbsentClassAreSkippedAndNoMatchIsLost() throws {
        let (set, problems) = RuleSet.compile(files: [("custom/ban.rules", rules)])
        XCTAssertEqual(problems.map(\.description), [])
        let selector = RuleSelector(rules: set)
        let cases: [(String, [(String, EntityType)], Bool, [String])] = [
            ("Firms said it would ban imports.", [], false, ["plain", "either", "optional"]),
            ("The Ministry said it would ban imports.", [("Ministry", .government)], false,
             ["by-authority", "plain", "either", "optional"]),
            ("Acme would ban the list.", [("Acme", .company)], true, ["plain", "either", "optional", "by-company", "by-either", "on-list"]),
        ]
        for (text, entities, addList, expected) in cases {
            let doc = document(text, entities: entities)
            var context = SentenceContext(document: doc, sentence: doc.sentences[0])
            if addList, let list = doc.tokens.firstIndex(where: { $0.lower == "list" }) {
                context.addMention("banlist", over: list..<(list + 1))
            }
            let kept = selector.withClasses(selector.events, in: context)
            XCTAssertEqual(kept.map { set.rules[$0.rule].id }, expected.map { "ban/" + $0 }, text)
            // Never a skipped rule that matches here.
            for entry in selector.events where !kept.contains(where: { $0.rule == entry.rule }) {
                let matcher = PatternMatcher(program: set.rules[entry.rule].programs[entry.program])
                XCTAssertEqual(matcher.matches(in: context).count, 0, "\(set.rules[entry.rule].id) in \(text)")
            }
        }
    }
}
