/// What the pipeline saw and decided in each sentence of a document: tokens, actors, temporal
/// expressions, the rules that matched (and whether their match won), the events made, and for rules that
/// came close, why they did not match. Behind `newsevents explain`.
///
/// ```swift
/// let explainer = Explainer(pipeline: pipeline)
/// for sentence in explainer.explain(source, sentence: 3) { print(sentence.nearMisses.map(\.summary)) }
/// ```
public struct Explainer: Sendable {
    /// One rule match in a sentence.
    public struct Firing: Sendable, Hashable {
        public var ruleID: String
        public var action: Rule.Action
        public var trigger: String
        public var matched: String
        /// Whether the match survived suppression and the conflict policy.
        public var kept: Bool
    }

    /// Everything about one sentence.
    public struct Sentence: Sendable {
        public var index: Int
        public var text: String
        public var tokens: [Token]
        public var entities: [EntityMention]
        public var timexes: [Timex]
        public var firings: [Firing]
        public var events: [Event]
        public var nearMisses: [NearMiss]
    }

    public let pipeline: Pipeline
    private let extractor: EventExtractor

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
        let knowledge = pipeline.knowledge
        self.extractor = EventExtractor(knowledge: knowledge)
    }

    /// The sentences of `source` (only the one numbered `only`, counting from 1, when given).
    public func explain(_ source: SourceDocument, sentence only: Int? = nil) -> [Sentence] {
        let document = pipeline.annotate(source)
        var result: [Sentence] = []
        for (index, sentence) in document.sentences.enumerated() where only == nil || only == index + 1 {
            let context = SentenceContext(document: document, sentence: sentence)
            let candidates = extractor.candidates(in: context)
            let winners = extractor.winners(candidates)
            let rules = extractor.rules.rules
            let firings = candidates.map { candidate in
                Firing(ruleID: rules[candidate.ruleIndex].id, action: rules[candidate.ruleIndex].action,
                       trigger: document.text(ofTokens: candidate.trigger),
                       matched: document.text(ofTokens: candidate.match.range),
                       kept: rules[candidate.ruleIndex].action != .event
                           || winners.contains { $0.ruleIndex == candidate.ruleIndex && $0.match.range == candidate.match.range })
            }
            let fired = Set(candidates.map(\.ruleIndex))
            let nearMisses = rules.indices.filter { !fired.contains($0) && rules[$0].action == .event }.compactMap {
                NearMiss.find(rules[$0], in: context, document: document, classes: extractor.rules.classes)
            }.filter { $0.missingTriggerWords.isEmpty && $0.elementsMatched > 0 }
            result.append(Sentence(
                index: index + 1, text: document.text(of: sentence.span),
                tokens: Array(document.tokens[sentence.tokens]),
                entities: document.entities.filter { sentence.tokens.contains($0.tokens.lowerBound) },
                timexes: document.timexes.filter { sentence.tokens.contains($0.tokens.lowerBound) },
                firings: firings,
                events: document.events.filter { event in event.sources.contains { $0.start == sentence.span.start } },
                nearMisses: nearMisses.sorted { ($0.elementsMatched, $1.ruleID) > ($1.elementsMatched, $0.ruleID) }))
        }
        return result
    }
}
