/// Finds words a rule tests as lemmas that no token can carry: a token's lemma is what the lemmatizer makes of
/// it, so `[lemma=tariffs]` never matches ("tariffs" has the lemma "tariff") and `[lemma=authorize]` never matches
/// either (spelling variants share the lemma "authorise"). A word whose lemma stands in the same list
/// (`lemma=tariff|tariffs`) is only redundant and passes. `newsevents rules check` reports the rest as warnings
/// naming the lemma to write instead.
///
/// ```swift
/// LemmaCheck(lemmatizer: Lemmatizer(exceptions: text.lemmaExceptions)).problems(in: rules)
/// // rules/events/restriction.rules:12: warning: rule 'restriction/x': lemma=tariffs never matches: ...
/// ```
public struct LemmaCheck: Sendable {
    public let lemmatizer: Lemmatizer

    public init(lemmatizer: Lemmatizer) {
        self.lemmatizer = lemmatizer
    }

    /// One warning per rule and word whose lemma is another word missing from the word's list.
    public func problems(in rules: RuleSet) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for rule in rules.rules {
            var reported = Set<String>()
            for pattern in rule.patterns {
                for words in LemmaCheck.lemmaLists(in: pattern) {
                    for word in words where !reported.contains(word) {
                        let lemma = lemmatizer.lemma(of: word)
                        guard lemma != word, !words.contains(lemma) else { continue }
                        reported.insert(word)
                        problems.append(Diagnostic(
                            file: rule.file, line: rule.line, severity: .warning,
                            message: "rule '\(rule.id)': lemma=\(word) never matches: the lemma of '\(word)' is '\(lemma)'; did you mean lemma=\(lemma)?"))
                    }
                }
            }
        }
        return problems
    }

    /// The literal word lists of every `lemma=` test of a pattern.
    static func lemmaLists(in pattern: Pattern) -> [[String]] {
        var lists: [[String]] = []
        func constraint(_ test: TokenConstraint) {
            switch test {
            case .test(.lemma, let values):
                lists.append(values.compactMap { if case .literal(let word) = $0 { return word } else { return nil } })
            case .not(let inner): constraint(inner)
            case .and(let a, let b), .or(let a, let b): constraint(a); constraint(b)
            default: break
            }
        }
        func walk(_ pattern: Pattern) {
            switch pattern {
            case .token(let test): constraint(test)
            case .sequence(let items), .alternation(let items): items.forEach(walk)
            case .repetition(let inner, _, _), .capture(_, let inner): walk(inner)
            default: break
            }
        }
        walk(pattern)
        return lists
    }
}
