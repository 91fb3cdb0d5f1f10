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

/// A constraint with its classes resolved, ready to evaluate.
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

    /// A test on a token's word: listed words, prefixes and suffixes. Once it has adopted a ``Vocabulary``
    /// holding its words (``adopting(_:)``), a token numbered by that vocabulary is tested by number: one bit
    /// read instead of hashing the word. A class, so that evaluating a constraint retains one reference rather
    /// than each of the test's arrays.
    final class WordTest: Sendable {
        /// The listed words, sorted.
        let words: [String]
        let table: WordTable
        let prefixes: [String]
        let suffixes: [String]
        /// Bit `id` set for the number of each listed word; empty until adopted.
        let numbered: [UInt64]

        convenience init(words: [String], prefixes: [String], suffixes: [String]) {
            self.init(words: words, table: WordTable(words), prefixes: prefixes, suffixes: suffixes, numbered: [])
        }

        private init(words: [String], table: WordTable, prefixes: [String], suffixes: [String], numbered: [UInt64]) {
            self.words = words
            self.table = table
            self.prefixes = prefixes
            self.suffixes = suffixes
            self.numbered = numbered
        }

        /// The test with its words numbered by `vocabulary`; by text when the vocabulary lacks one of them.
        func adopting(_ vocabulary: Vocabulary) -> WordTest {
            var bits = [UInt64](repeating: 0, count: vocabulary.count / 64 + 1)
            for word in words {
                let id = Int(vocabulary.id(of: word))
                guard id >= 0 else {
                    return WordTest(words: words, table: table, prefixes: prefixes, suffixes: suffixes, numbered: [])
                }
                bits[id >> 6] |= 1 << UInt64(id & 63)
            }
            return WordTest(words: words, table: table, prefixes: prefixes, suffixes: suffixes, numbered: bits)
        }

        @inline(__always)
        func matches(text: String, id: Int32, numbered useNumbers: Bool) -> Bool {
            if useNumbers, !numbered.isEmpty {
                // A word the vocabulary lacks is no listed word.
                if id >= 0, numbered[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
                if prefixes.isEmpty && suffixes.isEmpty { return false }
            } else if table.contains(text) {
                return true
            }
            for prefix in prefixes where text.hasPrefix(prefix) { return true }
            for suffix in suffixes where text.hasSuffix(suffix) { return true }
            return false
        }
    }

    var root: Node
    /// The test's number among those of its ``PatternCompiler`` (its rule set): equal tests share a number in
    /// every pattern.
    var id: Int = 0

    /// `numbered`: the token's ``Token/lowerID`` and ``Token/lemmaID`` are numbers of the vocabulary the test
    /// adopted.
    func matches(_ view: TokenView, numbered: Bool = false) -> Bool {
        withUnsafePointer(to: view) { Self.evaluate(root, $0, numbered) }
    }

    /// ``matches(_:numbered:)`` for the view at `view`, which is read in place rather than copied.
    @inline(__always)
    func matches(at view: UnsafePointer<TokenView>, numbered: Bool) -> Bool {
        Self.evaluate(root, view, numbered)
    }

    /// The words of the test's lower-case and lemma word lists (those a vocabulary can number).
    var vocabularyWords: [String] {
        var result: [String] = []
        Self.visitWordTests(root) { attribute, test in
            if attribute != .word { result += test.words }
        }
        return result
    }

    /// Numbers the test's lower-case and lemma word lists by `vocabulary`.
    mutating func adopt(_ vocabulary: Vocabulary) {
        root = Self.adopting(root, vocabulary)
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

    private static func adopting(_ node: Node, _ vocabulary: Vocabulary) -> Node {
        switch node {
        case .words(let attribute, let test) where attribute != .word:
            return .words(attribute, test.adopting(vocabulary))
        case .not(let inner): return .not(adopting(inner, vocabulary))
        case .and(let a, let b): return .and(adopting(a, vocabulary), adopting(b, vocabulary))
        case .or(let a, let b): return .or(adopting(a, vocabulary), adopting(b, vocabulary))
        default: return node
        }
    }

    private static func evaluate(_ node: Node, _ view: UnsafePointer<TokenView>, _ numbered: Bool) -> Bool {
        switch node {
        case .any: return true
        case .words(let attribute, let test):
            switch attribute {
            case .word: return test.matches(text: view.pointee.token.text, id: Vocabulary.unknown, numbered: false)
            case .lemma: return test.matches(text: view.pointee.token.lemma, id: view.pointee.token.lemmaID, numbered: numbered)
            default: return test.matches(text: view.pointee.token.lower, id: view.pointee.token.lowerID, numbered: numbered)
            }
        case .patterns(let attribute, let patterns):
            switch attribute {
            case .word: return patterns.contains { $0.matches(view.pointee.token.text) }
            case .lemma: return patterns.contains { $0.matches(view.pointee.token.lemma) }
            default: return patterns.contains { $0.matches(view.pointee.token.lower) }
            }
        case .shape(let shapes): return shapes.contains(view.pointee.token.shape)
        case .entityType(let types, let anyEntity):
            guard let type = view.pointee.entity?.type else { return false }
            return anyEntity || types.contains(type.rawValue)
                || (types.contains("authority") && type.isAuthority)
                || (types.contains("actor") && type != .group)
        case .entityID(let ids):
            guard view.pointee.entity != nil else { return false }
            return ids.contains(view.pointee.entity!.id)
        case .mentionKind(let kinds):
            guard let kind = view.pointee.entity?.kind else { return false }
            return kinds.contains(kind.rawValue)
        case .timex(let types, let anyTimex):
            guard let type = view.pointee.timex?.type else { return false }
            return anyTimex || types.contains(type.rawValue)
        case .not(let inner): return !evaluate(inner, view, numbered)
        case .and(let a, let b): return evaluate(a, view, numbered) && evaluate(b, view, numbered)
        case .or(let a, let b): return evaluate(a, view, numbered) || evaluate(b, view, numbered)
        }
    }
}
