/// Which rules can match a sentence, from the words of the sentence alone: an index from each trigger word
/// to the event rules it can trigger, so choosing the rules costs two lookups per token whatever the number
/// of rules. Rules whose trigger is not a plain word test (see ``TriggerWords``) are always chosen.
///
/// ```swift
/// let selector = RuleSelector(rules: rules)
/// selector.eventRules(for: sentence.tokens, in: document.tokens)   // [3, 17]: rule indices, in rule order
/// ```
struct RuleSelector: Sendable {
    /// Trigger word (lower-cased form or lemma) -> event rules it triggers.
    private let rulesByWord: [String: [Int]]
    /// Event rules without trigger words: tried on every sentence.
    private let untriggered: [Int]
    /// Suppression rules, in rule order.
    let suppressions: [Int]
    private let ruleCount: Int

    init(rules: RuleSet) {
        var byWord: [String: [Int]] = [:]
        var untriggered: [Int] = [], suppressions: [Int] = []
        for (index, rule) in rules.rules.enumerated() {
            switch rule.action {
            case .suppress:
                suppressions.append(index)
            case .event:
                guard let words = rule.triggerWords else { untriggered.append(index); continue }
                for word in words { byWord[word, default: []].append(index) }
            }
        }
        self.rulesByWord = byWord
        self.untriggered = untriggered
        self.suppressions = suppressions
        self.ruleCount = rules.rules.count
    }

    /// The event rules that may match the tokens at `range`, in rule order.
    func eventRules(for range: Range<Int>, in tokens: [Token]) -> [Int] {
        var chosen: [Bool]? = nil
        func choose(_ word: String) {
            guard let rules = rulesByWord[word] else { return }
            if chosen == nil { chosen = [Bool](repeating: false, count: ruleCount) }
            for rule in rules { chosen![rule] = true }
        }
        for index in range {
            let token = tokens[index]
            choose(token.lower)
            if token.lemma != token.lower { choose(token.lemma) }
        }
        guard var chosen else { return untriggered }
        for rule in untriggered { chosen[rule] = true }
        return chosen.indices.filter { chosen[$0] }
    }
}
