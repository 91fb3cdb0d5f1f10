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
        case words(TokenAttribute, WordTable, prefixes: [String], suffixes: [String])
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

    var root: Node
    /// The test's number among those of its ``PatternCompiler`` (its rule set): equal tests share a number in
    /// every pattern.
    var id: Int = 0

    func matches(_ view: TokenView) -> Bool { Self.evaluate(root, view) }

    private static func evaluate(_ node: Node, _ view: TokenView) -> Bool {
        switch node {
        case .any: return true
        case .words(let attribute, let set, let prefixes, let suffixes):
            let text: String
            switch attribute {
            case .word: text = view.token.text
            case .lemma: text = view.token.lemma
            default: text = view.token.lower
            }
            if set.contains(text) { return true }
            for prefix in prefixes where text.hasPrefix(prefix) { return true }
            for suffix in suffixes where text.hasSuffix(suffix) { return true }
            return false
        case .patterns(let attribute, let patterns):
            let text: String
            switch attribute {
            case .word: text = view.token.text
            case .lemma: text = view.token.lemma
            default: text = view.token.lower
            }
            return patterns.contains { $0.matches(text) }
        case .shape(let shapes): return shapes.contains(view.token.shape)
        case .entityType(let types, let anyEntity):
            guard let entity = view.entity else { return false }
            return anyEntity || types.contains(entity.type.rawValue)
                || (types.contains("authority") && entity.type.isAuthority)
                || (types.contains("actor") && entity.type != .group)
        case .entityID(let ids):
            guard let entity = view.entity else { return false }
            return ids.contains(entity.id)
        case .mentionKind(let kinds):
            guard let entity = view.entity else { return false }
            return kinds.contains(entity.kind.rawValue)
        case .timex(let types, let anyTimex):
            guard let timex = view.timex else { return false }
            return anyTimex || types.contains(timex.type.rawValue)
        case .not(let inner): return !evaluate(inner, view)
        case .and(let a, let b): return evaluate(a, view) && evaluate(b, view)
        case .or(let a, let b): return evaluate(a, view) || evaluate(b, view)
        }
    }
}
