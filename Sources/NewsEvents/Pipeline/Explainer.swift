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
        /// Events the rules made here that were dropped for want of an agent: no authority in the sentence or
        /// the story (`[needs-agent]` in `rules/roles/roles.txt`), or none while the sentence names a company
        /// and no authority (`[own-business]` there).
        public var droppedForNoAgent: [Event]
        /// Events of this sentence that are one real-world action with mentions in other sentences
        /// (``ActionMerger``; `[same-action]` in `rules/dates/dating.txt`), with those sentences' numbers.
        public var mergedActions: [MergedAction]
        /// Why events of this sentence are undated or re-dated (``EventDater/datingNote(for:trigger:in:document:)``):
        /// "restriction: undated: a sentence past the lead with no [reporting] word tells background".
        public var datings: [String] = []
        /// Agreements of this sentence dropped because the story's headline makes it a loan or debt story, with the
        /// headline phrase (``AuthorityFilter/financialCue(in:)``; `[financial-story]` in `rules/roles/roles.txt`).
        public var droppedAsFinancial: [String] = []
        /// Events of this sentence dropped because their measure lies outside trade and regulation, with the phrase
        /// (``OutsideTrade/cue(for:)``; `[outside-trade]` in `rules/roles/roles.txt`).
        public var droppedOutsideTrade: [String] = []
        public var nearMisses: [NearMiss]
    }

    /// An event merged from mentions in several sentences: `sentences` are their numbers (from 1), in order.
    public struct MergedAction: Sendable, Hashable {
        public var event: Event
        public var sentences: [Int]
        /// "restriction merged from sentences 1, 4 (rules restriction/impose, restriction/passive)".
        public var summary: String {
            "\(event.type) merged from sentences " + sentences.map(String.init).joined(separator: ", ")
                + " (rules " + event.sources.map(\.rule).joined(separator: ", ")
                + "): one real-world action, see [same-action] in dates/dating.txt"
        }
    }

    public let pipeline: Pipeline
    private let extractor: EventExtractor
    /// The events stage without the `[needs-agent]` and `[own-business]` policies, to tell which events they
    /// dropped (`nil` when neither lists a type).
    private let withoutAgentPolicy: EventExtractor?

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
        let knowledge = pipeline.knowledge
        self.extractor = EventExtractor(knowledge: knowledge)
        var withoutPolicies = knowledge.withoutAgentPolicy
        withoutPolicies.roleCues.ownBusiness = [:]
        withoutPolicies.roleCues.financialStory = []
        withoutPolicies.roleCues.outsideTrade = [:]
        let anyPolicy = !knowledge.roleCues.needsAgent.isEmpty || !knowledge.roleCues.ownBusiness.isEmpty
            || !knowledge.roleCues.financialStory.isEmpty || !knowledge.roleCues.outsideTrade.isEmpty
        withoutAgentPolicy = anyPolicy ? EventExtractor(knowledge: withoutPolicies) : nil
        outsideTrade = OutsideTrade(cues: knowledge.roleCues)
    }

    /// The `[outside-trade]` policy, to name the phrase that dropped an event.
    private let outsideTrade: OutsideTrade

    /// The events of `document` the `[needs-agent]`, `[own-business]` and `[financial-story]` policies removed
    /// (`noAgent`), and the ones `[outside-trade]` removed (`outside`).
    private func droppedByPolicies(_ document: AnnotatedDocument) -> (noAgent: [Event], outside: [Event]) {
        guard let withoutAgentPolicy else { return ([], []) }
        var all = document
        withoutAgentPolicy.process(&all)
        func key(_ event: Event) -> String {
            "\(event.type) \(event.sources.map { "\($0.start) \($0.rule)" }.joined(separator: ","))"
        }
        let kept = Set(document.events.map(key))
        let dropped = all.events.filter { !kept.contains(key($0)) }
        let outside = dropped.filter { outsideTrade.cue(for: $0) != nil }
        let financial = financialCue(document) != nil
        let noAgent = dropped.filter {
            outsideTrade.cue(for: $0) == nil && ($0.agent == nil || (financial && $0.type == "agreement"))
        }
        return (noAgent, outside)
    }

    /// The `[financial-story]` phrase of the document's headline, if any.
    private func financialCue(_ document: AnnotatedDocument) -> String? {
        AuthorityFilter(financialStory: pipeline.knowledge.roleCues.financialStory).financialCue(in: document)?.joined(separator: " ")
    }

    /// The events of `sentence` whose sources lie in several sentences: the ones ``ActionMerger`` merged
    /// (events of one sentence share it).
    private func mergedActions(_ document: AnnotatedDocument, in sentence: NewsEvents.Sentence,
                               numberedFrom start: Int) -> [MergedAction] {
        let starts = document.sentences.map(\.span.start)
        return document.events.compactMap { event in
            let numbers = Array(Set(event.sources.compactMap { source in starts.firstIndex(of: source.start).map { start + $0 } })).sorted()
            guard numbers.count > 1, event.sources.contains(where: { $0.start == sentence.span.start }) else { return nil }
            return MergedAction(event: event, sentences: numbers)
        }
    }

    /// The sentences of `source` (only the one numbered `only`, counting from 1, when given). A document longer
    /// than a section is explained section by section, as it is analysed (``Pipeline/annotateSections(of:_:)``);
    /// sentences are numbered and offsets given in the whole document.
    public func explain(_ source: SourceDocument, sentence only: Int? = nil) -> [Sentence] {
        var result: [Sentence] = []
        var numbered = 0
        pipeline.annotateSections(of: source) { document, place in
            let first = numbered
            numbered += document.sentences.count
            if let only, !(first..<numbered).contains(only - 1) { return }
            result += explain(document, place: place, numberedFrom: first + 1, only: only)
        }
        return result
    }

    /// The sentences of one analysed section, numbered from `start`.
    private func explain(_ document: AnnotatedDocument, place: SectionPlace, numberedFrom start: Int, only: Int?) -> [Sentence] {
        var result: [Sentence] = []
        let policies = droppedByPolicies(document)
        var dropped = policies.noAgent
        let cue = financialCue(document)
        let financial = cue == nil ? [] : dropped.filter { $0.type == "agreement" }
        if cue != nil { dropped.removeAll { $0.type == "agreement" } }
        for (offset, sentence) in document.sentences.enumerated() where only == nil || only == start + offset {
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
            let events = document.events.filter { event in event.sources.contains { $0.start == sentence.span.start } }
            let datings: [String] = events.compactMap { event in
                guard let rule = event.sources.first(where: { $0.start == sentence.span.start })?.rule,
                      let winner = winners.first(where: { rules[$0.ruleIndex].id == rule }),
                      let note = extractor.dater.datingNote(for: event, trigger: winner.trigger, in: context, document: document) else { return nil }
                return "\(event.type) \(event.status.rawValue): " + note
            }
            result.append(Sentence(
                index: start + offset, text: document.text(of: sentence.span),
                tokens: document.tokens[sentence.tokens].map(place.shifted),
                entities: document.entities.filter { sentence.tokens.contains($0.tokens.lowerBound) }.map(place.shifted),
                timexes: document.timexes.filter { sentence.tokens.contains($0.tokens.lowerBound) }.map(place.shifted),
                firings: firings,
                events: document.events.filter { event in event.sources.contains { $0.start == sentence.span.start } }
                    .map(place.shifted),
                droppedForNoAgent: dropped.filter { event in event.sources.contains { $0.start == sentence.span.start } }
                    .map(place.shifted),
                mergedActions: mergedActions(document, in: sentence, numberedFrom: start).map {
                    MergedAction(event: place.shifted($0.event), sentences: $0.sentences)
                },
                datings: datings,
                droppedAsFinancial: financial.filter { event in event.sources.contains { $0.start == sentence.span.start } }.map {
                    "agreement by \($0.sources.first?.rule ?? "?"): the headline names '\(cue ?? "")', a loan or debt story"
                        + " whose accords are financial (the phrase is listed under [financial-story] in roles/roles.txt)"
                },
                droppedOutsideTrade: policies.outside.filter { event in event.sources.contains { $0.start == sentence.span.start } }.map {
                    "\($0.type) by \($0.sources.first?.rule ?? "?"): its measure names '"
                        + (outsideTrade.cue(for: $0) ?? []).joined(separator: " ")
                        + "', outside trade and regulation (the phrase is listed under [outside-trade] in roles/roles.txt)"
                },
                nearMisses: nearMisses.sorted { ($0.elementsMatched, $1.ruleID) > ($1.elementsMatched, $0.ruleID) }))
        }
        return result
    }
}
