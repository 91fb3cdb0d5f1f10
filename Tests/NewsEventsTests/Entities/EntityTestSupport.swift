import Testing
@testable import NewsEvents

/// Shared helpers for the entity tests: the project's lexicons, loaded once, and a tagging shortcut.
enum EntityFixtures {
    static let lexicon: Lexicon = {
        let (lexicon, problems) = Lexicon.load(directory: Fixtures.rulesDirectory + "/lexicons")
        let errors = problems.filter { $0.severity == .error }
        precondition(errors.isEmpty, "rules/lexicons has errors:\n" + errors.map(\.description).joined(separator: "\n"))
        return lexicon
    }()

    /// The mentions of a text, tagged with the project's lexicons.
    static func tag(_ text: String, published: String? = nil, lexicon: Lexicon = EntityFixtures.lexicon) -> [EntityMention] {
        var document = Fixtures.tokenized(text)
        document.source.published = published.flatMap { SimpleDate(iso: $0) }
        EntityTagger(lexicon: lexicon).process(&document)
        return document.entities
    }

    /// The first mention whose text is `text`.
    static func mention(_ text: String, in mentions: [EntityMention]) -> EntityMention? {
        mentions.first { $0.text == text }
    }

    /// A lexicon parsed from one file's text (plus the project's grammar).
    static func parse(_ text: String, path: String = "test.lex") -> (Lexicon, [Diagnostic]) {
        var (lexicon, problems) = Lexicon.parse(files: [(path, text)])
        lexicon.grammar = EntityFixtures.lexicon.grammar
        lexicon.finish()
        return (lexicon, problems)
    }
}
