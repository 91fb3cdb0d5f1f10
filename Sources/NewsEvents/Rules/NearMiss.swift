/// Why a rule did not match a sentence: the longest start of one of its patterns that matches somewhere in
/// the sentence, and the element after it that failed there ("why not" in `newsevents explain`).
///
/// Found by compiling ever shorter starts of each pattern's top-level sequence and running them with the
/// same linear-time matcher as the rules themselves; only explanations pay for it, never extraction.
/// ```swift
/// let miss = NearMiss.find(rule, in: context, classes: rules.classes)
/// miss?.summary   // "matched `agent:%AUTHORITY %GAP` on 'The Department'; then `trigger:[lemma=grant]` failed at 'said'"
/// ```
public struct NearMiss: Sendable, Hashable {
    public var ruleID: String
    /// How many of the pattern's top-level elements matched, and how many it has.
    public var elementsMatched: Int
    public var elements: Int
    /// The elements that matched, as the rule file wrote them, and the words they matched.
    public var matchedPattern: String
    public var matchedText: String
    /// The first element that failed, as the rule file wrote it.
    public var failedElement: String
    /// The token where that element was tried (after the matched start), when any start matched.
    public var failedAt: Int?
    /// The words of the sentence none of which is a trigger word of the rule, when that is why.
    public var missingTriggerWords: [String]

    public var summary: String {
        if !missingTriggerWords.isEmpty {
            let shown = missingTriggerWords.prefix(6).joined(separator: ", ")
            return "no trigger word in the sentence (wants one of: \(shown)\(missingTriggerWords.count > 6 ? ", ..." : ""))"
        }
        if elementsMatched == 0 { return "its first element `\(failedElement)` matches nowhere in the sentence" }
        return "matched `\(matchedPattern)` on '\(matchedText)'; then `\(failedElement)` failed"
    }

    /// The near miss of `rule` in the sentence, or `nil` when the rule matches there.
    public static func find(_ rule: Rule, in context: SentenceContext, document: AnnotatedDocument,
                            classes: [String: Set<String>]) -> NearMiss? {
        if rule.programs.contains(where: { !PatternMatcher(program: $0).matches(in: context).isEmpty }) { return nil }
        if let words = rule.triggerWords {
            let present = Set(context.views.flatMap { [$0.token.lower, $0.token.lemma] })
            if words.isDisjoint(with: present) {
                return NearMiss(ruleID: rule.id, elementsMatched: 0, elements: 0, matchedPattern: "", matchedText: "",
                                failedElement: "", failedAt: nil, missingTriggerWords: words.sorted())
            }
        }
        var best: NearMiss? = nil
        for (index, pattern) in rule.patterns.enumerated() {
            var written = pattern
            if index < rule.patternTexts.count {
                var parser = PatternParser(text: rule.patternTexts[index])
                written = (try? parser.parse()) ?? pattern
            }
            let elements = pattern.elements
            let shown: [Pattern] = written.elements.count == elements.count ? written.elements : elements
            var compiler = PatternCompiler(classes: classes)
            var found = NearMiss(ruleID: rule.id, elementsMatched: 0, elements: elements.count, matchedPattern: "",
                                 matchedText: "", failedElement: shown[0].description, failedAt: nil, missingTriggerWords: [])
            for count in stride(from: elements.count - 1, through: 1, by: -1) {
                guard let program = try? compiler.compile(.sequence(Array(elements[..<count]))),
                      let match = PatternMatcher(program: program).matches(in: context).max(by: { $0.range.count < $1.range.count }),
                      !match.range.isEmpty
                else { continue }
                found.elementsMatched = count
                found.matchedPattern = shown[..<count].map { $0.atomDescription }.joined(separator: " ")
                found.matchedText = document.text(ofTokens: match.range)
                found.failedElement = shown[count].atomDescription
                found.failedAt = match.range.upperBound
                break
            }
            if best == nil || Double(found.elementsMatched) / Double(max(1, found.elements))
                > Double(best!.elementsMatched) / Double(max(1, best!.elements)) {
                best = found
            }
        }
        return best
    }
}
