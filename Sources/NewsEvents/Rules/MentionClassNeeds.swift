/// The unit classes (`@authority`, `@timex`, a class a mention rule makes) a pattern cannot match without, as
/// clauses: every match consumes a unit of at least one class of each clause. Conservative: an optional part
/// or a repetition that may be empty needs nothing, and an alternation needs, for each position its branches
/// all have, one of their classes there, so a rule skipped for lacking a class could never have matched.
///
/// ```swift
/// MentionClassNeeds.of(pattern("agent:@authority trigger:[lemma=ban] (@actor | @country)?"))   // [["authority"]]
/// MentionClassNeeds.of(pattern("(@authority | @person) [lemma=fine] @timex"))                 // [["authority", "person"], ["timex"]]
/// MentionClassNeeds.of(pattern("(@authority | [lower=it]) [lemma=fine]"))                    // []
/// ```
enum MentionClassNeeds {
    /// The clauses of `pattern`, each once, in the order the pattern needs them.
    static func of(_ pattern: Pattern) -> [Set<String>] {
        var unique: [Set<String>] = []
        for clause in clauses(pattern) where !unique.contains(clause) { unique.append(clause) }
        return unique
    }

    private static func clauses(_ pattern: Pattern) -> [Set<String>] {
        switch pattern {
        case .mention(let name): return [[name]]
        case .sequence(let items): return items.flatMap(clauses)
        case .capture(_, let inner): return clauses(inner)
        case .repetition(let inner, let low, _): return low > 0 ? clauses(inner) : []
        case .alternation(let branches):
            // The branch that matches meets each of its clauses, so the union of the branches' k-th clauses is
            // met for each k every branch has.
            let each = branches.map(clauses)
            let shared = each.map(\.count).min() ?? 0
            return (0..<shared).map { k in each.reduce(into: Set<String>()) { $0.formUnion($1[k]) } }
        default: return []
        }
    }
}
