/// A test on one token, written between brackets in a rule: `[lemma=grant|issue & !shape=upper]`.
///
/// Attributes:
/// - `word` (exact text), `lower`, `lemma`: values are words, `"quoted words"`, `$CLASS` (a lexicon class),
///   globs with `*` at either end (`licen*`, `*ship`), or `/regular expression/` on the whole word
///   (``WordPattern``: `[lower=/[0-9]+-day/]`);
/// - `shape`: `lower`, `capitalized`, `upper`, `mixed`, `number`, `alphanumeric`, `punctuation`, `symbol`;
/// - `ent`: the type of the entity mention covering the token (`government`, `company`, ..., `authority`, `any`);
/// - `id`: the canonical id of that entity; `kind`: its mention kind (`name`, `pronoun`, ...);
/// - `timex`: the type of the temporal expression covering the token (`DATE`, `DURATION`, ..., `any`).
///
/// `[]` matches any token; `&`, `|`, `!` and parentheses combine tests.
/// ```
/// [lemma=licence|permit]        [ent=authority & !kind=pronoun]        [!shape=punctuation]
/// ```
public indirect enum TokenConstraint: Sendable, Hashable, CustomStringConvertible {
    case any
    case test(TokenAttribute, [TokenValue])
    case not(TokenConstraint)
    case and(TokenConstraint, TokenConstraint)
    case or(TokenConstraint, TokenConstraint)

    public var description: String {
        switch self {
        case .any: return ""
        case .test(let attribute, let values):
            return attribute.rawValue + "=" + values.map(\.description).joined(separator: "|")
        case .not(let inner): return "!" + inner.description
        case .and(let a, let b): return "(\(a) & \(b))"
        case .or(let a, let b): return "(\(a) | \(b))"
        }
    }
}

/// The token attribute a constraint tests.
public enum TokenAttribute: String, Sendable, Hashable, CaseIterable {
    case word, lower, lemma, shape, ent, id, kind, timex

    /// `TokenAttribute(rawValue: name)`, found by comparing the short names in turn (cheaper than the string
    /// switch behind `init(rawValue:)`).
    static func named(_ name: String) -> TokenAttribute? {
        allCases.first { $0.rawValue == name }
    }
}

/// One accepted value of a token test.
public enum TokenValue: Sendable, Hashable, CustomStringConvertible {
    case literal(String)
    case prefix(String)
    case suffix(String)
    /// A lexicon class, resolved to its words when the rules are compiled.
    case wordClass(String)
    /// `/.../`: a regular expression the whole word must match.
    case pattern(WordPattern)

    public var description: String {
        switch self {
        case .literal(let text): return text
        case .prefix(let text): return text + "*"
        case .suffix(let text): return "*" + text
        case .wordClass(let name): return "$" + name
        case .pattern(let pattern): return "/" + pattern.source + "/"
        }
    }
}

/// What a constraint sees of a token: the token itself and the mentions covering it.
public struct TokenView: Sendable {
    public var token: Token
    public var entity: EntityMention?
    public var timex: Timex?
}

/// A constraint with its classes resolved: the tree ``TestCode`` flattens for the matcher.
struct CompiledConstraint: Sendable {
    indirect enum Node: Sendable {
        case any
        case words(TokenAttribute, WordTest)
        case patterns(TokenAttribute, [WordPattern])
        case shape(Set<TokenShape>)
        case entityType(Set<String>, anyEntity: Bool)
        case entityID(Set<String>)
        case mentionKind(Set<String>)
        case timex(Set<String>, anyTimex: Bool)
        case not(Node)
        case and(Node, Node)
        case or(Node, Node)
    }

    /// A test on a token's word: listed words, prefixes and suffixes. A class, so that the patterns repeating a
    /// test share one. Tokens numbered by a vocabulary holding its words are tested by number instead
    /// (``numbers(in:)``, read by ``TestCode``).
    final class WordTest: Sendable {
        /// The listed words, sorted.
        let words: [String]
        let table: WordTable
        let prefixes: [String]
        let suffixes: [String]

        init(words: [String], prefixes: [String], suffixes: [String]) {
            self.words = words
            self.table = WordTable(words)
            self.prefixes = prefixes
            self.suffixes = suffixes
        }

        /// The numbers of the listed words in `vocabulary`; `nil` when it lacks one of them (then the test
        /// reads text).
        func numbers(in vocabulary: Vocabulary) -> [Int32]? {
            var result: [Int32] = []
            for word in words {
                let id = vocabulary.id(of: word)
                guard id >= 0 else { return nil }
                result.append(id)
            }
            return result
        }

        /// Whether `text` is a listed word or has a listed prefix or suffix.
        func matches(text: String) -> Bool {
            table.contains(text) || matchesAffix(text)
        }

        /// Whether `text` has a listed prefix or suffix.
        func matchesAffix(_ text: String) -> Bool {
            for prefix in prefixes where text.hasPrefix(prefix) { return true }
            for suffix in suffixes where text.hasSuffix(suffix) { return true }
            return false
        }
    }

    var root: Node
    /// The test's number among those of its ``PatternCompiler`` (its rule set): equal tests share a number in
    /// every pattern.
    var id: Int = 0

    /// The words of the test's lower-case and lemma word lists (those a vocabulary can number).
    var vocabularyWords: [String] {
        var result: [String] = []
        Self.visitWordTests(root) { attribute, test in
            if attribute != .word { result += test.words }
        }
        return result
    }

    /// Calls `visit` with each word test of the constraint and the attribute it reads.
    func visitWordTests(_ visit: (TokenAttribute, WordTest) -> Void) {
        Self.visitWordTests(root, visit)
    }

    private static func visitWordTests(_ node: Node, _ visit: (TokenAttribute, WordTest) -> Void) {
        switch node {
        case .words(let attribute, let test): visit(attribute, test)
        case .not(let inner): visitWordTests(inner, visit)
        case .and(let a, let b), .or(let a, let b):
            visitWordTests(a, visit)
            visitWordTests(b, visit)
        default: break
        }
    }
}
