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
    /// `mentions`: for a unit a rule makes (`@namedlist`), the words one of which any such unit holds.
    ///
    /// ```swift
    /// TriggerWords.requirements(of: pattern("[lower=fined] []{0,4} trigger:[shape=number]"), classes: [:])   // [["fined"]]
    /// ```
    static func requirements(of pattern: Pattern, classes: [String: Set<String>],
                             mentions: [String: Set<String>] = [:]) -> [Set<String>] {
        switch pattern {
        case .token(let constraint): return words(constraint, classes: classes).map { [$0] } ?? []
        case .mention(let name): return mentions[name].map { [$0] } ?? []
        case .sequence(let items): return items.flatMap { requirements(of: $0, classes: classes, mentions: mentions) }
        case .capture(_, let inner): return requirements(of: inner, classes: classes, mentions: mentions)
        case .repetition(let inner, let low, _): return low > 0 ? requirements(of: inner, classes: classes, mentions: mentions) : []
        case .alternation(let branches):
            // Every branch that matches meets all its sets, so the union of the branches' k-th sets is met for
            // each k that every branch has: "[lower=by] [lemma=extension] | [lemma=file] [lemma=cord]" needs
            // {by, file} and {extension, cord}.
            let each = branches.map { requirements(of: $0, classes: classes, mentions: mentions) }
            let shared = each.map(\.count).min() ?? 0
            return (0..<shared).map { k in each.reduce(into: Set<String>()) { $0.formUnion($1[k]) } }
        default: return []
        }
    }

    /// For each unit name rules make (`mention: NAME`), the words one of which every such unit holds: the
    /// union, over the rule patterns making it, of each pattern's last word set (its head word, usually).
    /// Names a pattern can make without a word test, or that entities also provide, get none.
    static func mentionRequirements(of rules: [Rule], classes: [String: Set<String>],
                                    entityClasses: Set<String>) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var open: Set<String> = entityClasses
        for rule in rules {
            guard case .mention(let name) = rule.action else { continue }
            for pattern in rule.patterns {
                // Mentions made earlier may be used here; their words count too.
                if let last = requirements(of: pattern, classes: classes, mentions: result).last {
                    result[name, default: []].formUnion(last)
                } else {
                    open.insert(name)
                }
            }
        }
        for name in open { result[name] = nil }
        return result
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
            // Room for the literals at once (most tests list a few words and no class).
            var all = Set<String>(minimumCapacity: values.count)
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
