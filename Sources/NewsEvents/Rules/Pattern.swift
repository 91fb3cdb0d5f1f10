/// A rule's pattern: a regular expression over the tokens of one sentence, where whole entity mentions
/// and temporal expressions can be matched as one unit.
///
/// Syntax (see `rules/README.md`):
/// ```
/// agent:@authority [lemma=have|be]? trigger:[lemma=extend] target:@actor "'s"? object:([]{0,4} [lemma=licence])
/// ```
/// - `[...]` one token satisfying a ``TokenConstraint``; `[]` any token; `"word"` / `word` a literal
///   (lower-cased) token, `"two words"` a sequence;
/// - `@class` one whole mention: `@actor`, `@authority`, an entity type (`@company`, `@group`, ...),
///   `@timex`, `@date`, `@duration`;
/// - `( ... )` grouping, `a | b` alternation, `?`, `*`, `+`, `{m,n}` repetition;
/// - `name:atom` captures what the atom matched under a role name (`agent`, `recipient`, `target`, `object`,
///   `duration`, `date`, `trigger`);
/// - `^` and `$` the start and end of the sentence;
/// - `%NAME` a sub-pattern defined once in any rule file with `define NAME = ...`.
public indirect enum Pattern: Sendable, Hashable {
    case token(TokenConstraint)
    case mention(String)
    case sequence([Pattern])
    case alternation([Pattern])
    case repetition(Pattern, min: Int, max: Int?)
    case capture(String, Pattern)
    case sentenceStart
    case sentenceEnd
    /// `%NAME`: a named sub-pattern defined with `define NAME = ...`, expanded before compiling.
    case reference(String)

    /// Capture names used anywhere in the pattern, in order of first appearance.
    public var captureNames: [String] {
        var names: [String] = []
        func walk(_ pattern: Pattern) {
            switch pattern {
            case .capture(let name, let inner):
                if !names.contains(name) { names.append(name) }
                walk(inner)
            case .sequence(let items), .alternation(let items): items.forEach(walk)
            case .repetition(let inner, _, _): walk(inner)
            default: break
            }
        }
        walk(self)
        return names
    }
}

/// The mention classes `@name` understands without any rule producing them.
public enum MentionClass {
    public static let builtIn: [String] =
        ["actor", "entity", "authority", "timex", "date", "duration", "set", "time"]
        + EntityType.allCases.map(\.rawValue)
}

extension Pattern {
    /// The pattern with every `%NAME` replaced by its definition.
    /// - Throws: ``ExpansionFailure`` naming an unknown or self-referencing definition.
    func expanded(_ definitions: [String: Pattern], depth: Int = 0) throws -> Pattern {
        guard hasReference else { return self }
        switch self {
        case .reference(let name):
            guard let definition = definitions[name] else {
                throw ExpansionFailure(name: name, message: "unknown definition '%\(name)'"
                    + Suggestion.didYouMean(name, among: Array(definitions.keys)))
            }
            guard depth < 16 else {
                throw ExpansionFailure(name: name, message: "definition '%\(name)' refers to itself")
            }
            return try definition.expanded(definitions, depth: depth + 1)
        case .sequence(let items): return .sequence(try items.map { try $0.expanded(definitions, depth: depth) })
        case .alternation(let items): return .alternation(try items.map { try $0.expanded(definitions, depth: depth) })
        case .repetition(let inner, let low, let high):
            return .repetition(try inner.expanded(definitions, depth: depth), min: low, max: high)
        case .capture(let name, let inner): return .capture(name, try inner.expanded(definitions, depth: depth))
        default: return self
        }
    }

    /// Whether some `%NAME` stands in the pattern (else ``expanded(_:depth:)`` gives the pattern itself).
    private var hasReference: Bool {
        switch self {
        case .reference: return true
        case .sequence(let items), .alternation(let items): return items.contains { $0.hasReference }
        case .repetition(let inner, _, _), .capture(_, let inner): return inner.hasReference
        default: return false
        }
    }

    struct ExpansionFailure: Error {
        var name: String
        var message: String
    }
}
