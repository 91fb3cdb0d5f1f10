/// Patterns written back in rule-file syntax, for explanations and diagnostics.
///
/// ```swift
/// try PatternParser(text: "agent:%AUTHORITY trigger:[lemma=grant]").parse().description
/// // "agent:%AUTHORITY trigger:[lemma=grant]"
/// ```
extension Pattern: CustomStringConvertible {
    public var description: String {
        switch self {
        case .token(let constraint): return "[" + constraint.description + "]"
        case .mention(let name): return "@" + name
        case .sequence(let items): return items.map(\.atomDescription).joined(separator: " ")
        case .alternation(let items): return items.map(\.description).joined(separator: " | ")
        case .repetition(let inner, let low, let high):
            let body = inner.atomDescription
            switch (low, high) {
            case (0, 1?): return body + "?"
            case (0, nil): return body + "*"
            case (1, nil): return body + "+"
            case let (low, high?): return body + "{\(low),\(high)}"
            case let (low, nil): return body + "{\(low),}"
            }
        case .capture(let name, let inner): return name + ":" + inner.atomDescription
        case .sentenceStart: return "^"
        case .sentenceEnd: return "$"
        case .reference(let name): return "%" + name
        }
    }

    /// The description, in parentheses when it holds more than one element.
    var atomDescription: String {
        switch self {
        case .sequence(let items) where items.count > 1: return "(" + description + ")"
        case .alternation(let items) where items.count > 1: return "(" + description + ")"
        default: return description
        }
    }

    /// The top-level elements a pattern is a sequence of (one element when it is no sequence).
    var elements: [Pattern] {
        if case .sequence(let items) = self { return items }
        return [self]
    }
}
