/// The words a rule's trigger must be, read from its pattern, so the matcher can skip a rule in sentences
/// that hold none of them: the cheap test that keeps the automata off most sentences.
///
/// ```swift
/// TriggerWords.of(pattern("agent:@actor trigger:[lemma=grant|issue]"), classes: [:])   // ["grant", "issue"]
/// ```
enum TriggerWords {
    /// The words, or `nil` when the trigger is not a plain test on words (a negation, a shape, a glob...).
    static func of(_ pattern: Pattern, classes: [String: Set<String>]) -> Set<String>? {
        guard let trigger = capture("trigger", in: pattern) else { return nil }
        return words(trigger, classes: classes)
    }

    /// Word sets a sentence must meet, each with at least one of its words, for `pattern` to match there: one
    /// set per plain word test the pattern cannot skip (`[lemma=grant|issue]`, `"licence"`, `[lower=$PERMIT]`).
    ///
    /// ```swift
    /// TriggerWords.requirements(of: pattern("[lower=fined] []{0,4} trigger:[shape=number]"), classes: [:])   // [["fined"]]
    /// ```
    static func requirements(of pattern: Pattern, classes: [String: Set<String>]) -> [Set<String>] {
        switch pattern {
        case .token(let constraint): return words(constraint, classes: classes).map { [$0] } ?? []
        case .sequence(let items): return items.flatMap { requirements(of: $0, classes: classes) }
        case .capture(_, let inner): return requirements(of: inner, classes: classes)
        case .repetition(let inner, let low, _): return low > 0 ? requirements(of: inner, classes: classes) : []
        case .alternation(let branches):
            // Each branch must meet one set: the union of the branches' first sets.
            var all: Set<String> = []
            for branch in branches {
                guard let first = requirements(of: branch, classes: classes).first else { return [] }
                all.formUnion(first)
            }
            return [all]
        default: return []
        }
    }

    private static func capture(_ name: String, in pattern: Pattern) -> Pattern? {
        switch pattern {
        case .capture(let label, let inner): return label == name ? inner : capture(name, in: inner)
        case .sequence(let items), .alternation(let items):
            for item in items { if let found = capture(name, in: item) { return found } }
            return nil
        case .repetition(let inner, _, _): return capture(name, in: inner)
        default: return nil
        }
    }

    private static func words(_ pattern: Pattern, classes: [String: Set<String>]) -> Set<String>? {
        switch pattern {
        case .token(let constraint): return words(constraint, classes: classes)
        case .alternation(let branches):
            var all: Set<String> = []
            for branch in branches {
                guard let found = words(branch, classes: classes) else { return nil }
                all.formUnion(found)
            }
            return all
        case .repetition(let inner, let low, _): return low > 0 ? words(inner, classes: classes) : nil
        case .sequence(let items):
            for item in items { if let found = words(item, classes: classes) { return found } }
            return nil
        default: return nil
        }
    }

    private static func words(_ constraint: TokenConstraint, classes: [String: Set<String>]) -> Set<String>? {
        switch constraint {
        case .test(let attribute, let values) where attribute == .lemma || attribute == .lower:
            var all: Set<String> = []
            for value in values {
                switch value {
                case .literal(let text): all.insert(text.lowercased())
                case .wordClass(let name):
                    guard let members = classes[name] else { return nil }
                    all.formUnion(members)
                default: return nil
                }
            }
            return all
        case .and(let a, let b): return words(a, classes: classes) ?? words(b, classes: classes)
        case .or(let a, let b):
            guard let x = words(a, classes: classes), let y = words(b, classes: classes) else { return nil }
            return x.union(y)
        default: return nil
        }
    }
}
