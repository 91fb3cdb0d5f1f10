/// The events stage: runs every rule over every sentence, settles conflicts, and assembles events with
/// roles, status and date.
///
/// Conflict policy: two matches conflict when their triggers overlap; the longer match wins, then the
/// rule with the higher priority, then the rule loaded first. A match whose trigger lies inside the object of
/// another kept match is dropped ("lifted [sanctions on Rusal]" is one delisting, "imposed [tariffs on
/// Japan]" one restriction).
/// A suppression rule's match removes every event whose trigger lies inside it.
/// ```swift
/// EventExtractor(rules: rules, cues: cues).process(&document)
/// document.events   // one event per winning match, in text order
/// ```
public struct EventExtractor: PipelineStage {
    public var rules: RuleSet
    public var statusClassifier: StatusClassifier
    public var dater = EventDater()
    public var roles = RoleFiller()
    public var implicitRoles: ImplicitRoles
    private let matchers: [[PatternMatcher]]
    /// Indices of the rules that make mentions, in load order.
    private let mentionRules: [Int]
    private let mentionRuleSet: Set<Int>

    public init(rules: RuleSet, cues: StatusCues, roleCues: RoleCues = RoleCues()) {
        self.rules = rules
        self.statusClassifier = StatusClassifier(cues: cues)
        self.implicitRoles = ImplicitRoles(cues: roleCues)
        self.matchers = rules.rules.map { $0.programs.map(PatternMatcher.init) }
        self.mentionRules = rules.rules.indices.filter { if case .mention = rules.rules[$0].action { return true } else { return false } }
        self.mentionRuleSet = Set(mentionRules)
    }

    /// A match of one rule, before conflicts are settled.
    public struct Candidate: Sendable {
        public var ruleIndex: Int
        public var match: PatternMatcher.Match
        public var trigger: Range<Int> { match.capture("trigger") ?? match.range }
    }

    public func process(_ document: inout AnnotatedDocument) {
        var events: [Event] = []
        for sentence in document.sentences {
            let context = SentenceContext(document: document, sentence: sentence)
            let chosen = winners(candidates(in: context))
            let triggers = chosen.map(\.trigger)
            var sentenceEvents = chosen.map {
                assemble($0, sentence: sentence, context: context, document: document, otherTriggers: triggers)
            }
            shareCoordinatedAgents(&sentenceEvents, triggers: chosen.map(\.trigger), document: document)
            fillFromSentence(&sentenceEvents, triggers: triggers, context: context, document: document)
            events += EventExtractor.mergedWithinSentence(sentenceEvents)
        }
        implicitRoles.agentsFromSameType(&events)
        roles.carryAgents(&events, document: document)
        implicitRoles.fillFromStory(&events)
        dater.anchorOnEarlierEvents(&events, document: document)
        dater.anchorNegatedOnCounterparts(&events, published: document.source.published)
        document.events = events
    }

    /// "The Department extended the licence and added 46 affiliates to the list": a verb coordinated with an
    /// earlier one shares its subject, so an event without an agent takes the agent of the event before it
    /// when "and" joins the two.
    func shareCoordinatedAgents(_ events: inout [Event], triggers: [Range<Int>], document: AnnotatedDocument) {
        guard events.count > 1 else { return }
        for k in 1..<events.count where events[k].agent == nil {
            let j = k - 1
            guard let agent = events[j].agent, triggers[j].upperBound <= triggers[k].lowerBound else { continue }
            let between = triggers[j].upperBound..<triggers[k].lowerBound
            if between.contains(where: { document.tokens[$0].lower == "and" }) { events[k].agent = agent }
        }
    }

    /// Roles the sentence gives without a rule capturing them: the party a licence is for, the actor urged
    /// to act, the holder of a licence.
    func fillFromSentence(_ events: inout [Event], triggers: [Range<Int>], context: SentenceContext,
                          document: AnnotatedDocument) {
        for k in events.indices {
            if events[k].agent == nil {
                events[k].agent = implicitRoles.controller(of: triggers[k], in: context, document: document)
            }
            guard RoleFiller.licenceTypes.contains(events[k].type) else { continue }
            if events[k].recipient == nil, !implicitRoles.cues.addressee.contains(events[k].type) {
                events[k].recipient = implicitRoles.holder(after: triggers[k], in: context, document: document)
            }
            if events[k].target == nil {
                events[k].target = roles.partyOfLicence(after: triggers[k], in: context, document: document, excluding: events[k])
            }
        }
    }

    /// "Earlier this week it extended the licence ..., the third extension since ...": two mentions of one
    /// event in one sentence (a verb and its nominal) are one event. Two events of a type merge when every
    /// participant both name agrees; the first keeps its roles and takes what only the second has.
    static func mergedWithinSentence(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        for event in events {
            if let index = result.firstIndex(where: { $0.type == event.type && $0.status == event.status && compatible($0, event) }) {
                var kept = result[index]
                kept.agent = kept.agent ?? event.agent
                kept.recipient = kept.recipient ?? event.recipient
                kept.target = kept.target ?? event.target
                kept.object = kept.object ?? event.object
                kept.duration = kept.duration ?? event.duration
                if kept.date == nil || (kept.date!.text.isEmpty && event.date != nil) { kept.date = event.date ?? kept.date }
                kept.attributes.merge(event.attributes) { first, _ in first }
                kept.sources += event.sources
                result[index] = kept
            } else {
                result.append(event)
            }
        }
        return result
    }

    private static func compatible(_ a: Event, _ b: Event) -> Bool {
        func agree(_ x: Participant?, _ y: Participant?) -> Bool {
            guard let x, let y else { return true }
            return (x.id != nil && x.id == y.id) || x.name == y.name
        }
        return agree(a.agent, b.agent) && agree(a.recipient, b.recipient) && agree(a.target, b.target)
    }

    /// Every match of every rule in a sentence. Rules that make mentions run first, in load order, and what
    /// they match is a unit (`@name`) for the rules after them.
    public func candidates(in context: SentenceContext) -> [Candidate] {
        var context = context
        var result: [Candidate] = []
        for ruleIndex in mentionRules {
            guard case .mention(let name) = rules.rules[ruleIndex].action else { continue }
            for matcher in matchers[ruleIndex] {
                for match in matcher.matches(in: context) {
                    result.append(Candidate(ruleIndex: ruleIndex, match: match))
                    context.addMention(name, over: match.range)
                }
            }
        }
        // The sentence's words, lower-cased and as lemmas: a rule whose trigger is none of them cannot match.
        var words = Set<String>(minimumCapacity: 2 * context.views.count)
        for view in context.views {
            words.insert(view.token.lower)
            words.insert(view.token.lemma)
        }
        for (ruleIndex, ruleMatchers) in matchers.enumerated() where !mentionRuleSet.contains(ruleIndex) {
            if let required = rules.rules[ruleIndex].triggerWords, required.isDisjoint(with: words) { continue }
            for matcher in ruleMatchers {
                for match in matcher.matches(in: context) {
                    result.append(Candidate(ruleIndex: ruleIndex, match: match))
                }
            }
        }
        return result
    }

    /// The candidates that survive suppression and the conflict policy, in text order.
    public func winners(_ candidates: [Candidate]) -> [Candidate] {
        let suppressed = candidates.filter { rules.rules[$0.ruleIndex].action == .suppress }.map(\.match.range)
        var kept: [Candidate] = []
        let events = candidates.filter { candidate in
            rules.rules[candidate.ruleIndex].action == .event
                && !suppressed.contains { $0.contains(candidate.trigger.lowerBound) }
        }
        for candidate in events.sorted(by: isBetter) {
            if !kept.contains(where: { $0.trigger.overlaps(candidate.trigger) }) { kept.append(candidate) }
        }
        // "lifted sanctions on Rusal": the sanctions are what the delisting acts on, not an event of their own.
        let chosen = kept
        kept.removeAll { candidate in
            chosen.contains { other in
                other.trigger != candidate.trigger
                    && (other.match.capture("object")?.contains(candidate.trigger.lowerBound) ?? false)
            }
        }
        return kept.sorted { ($0.trigger.lowerBound, $0.ruleIndex) < ($1.trigger.lowerBound, $1.ruleIndex) }
    }

    private func isBetter(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.match.range.count != b.match.range.count { return a.match.range.count > b.match.range.count }
        let pa = rules.rules[a.ruleIndex].priority, pb = rules.rules[b.ruleIndex].priority
        if pa != pb { return pa > pb }
        if a.ruleIndex != b.ruleIndex { return a.ruleIndex < b.ruleIndex }
        return a.match.range.lowerBound < b.match.range.lowerBound
    }

    func assemble(_ candidate: Candidate, sentence: Sentence, context: SentenceContext, document: AnnotatedDocument,
                  otherTriggers: [Range<Int>] = []) -> Event {
        let rule = rules.rules[candidate.ruleIndex]
        let captures = candidate.match.captures
        let trigger = candidate.trigger
        var status = rule.status ?? statusClassifier.status(trigger: trigger, in: context)
        if status == .occurred, rule.status == nil, StatusClassifier.measureTypes.contains(rule.type),
           let next = document.sentences.first(where: { $0.tokens.lowerBound == sentence.tokens.upperBound }),
           statusClassifier.nextSentenceTakesEffectLater(SentenceContext(document: document, sentence: next)) {
            status = .planned
        }
        let background = statusClassifier.isBackground(trigger: trigger, in: context)
        let date = dater.date(trigger: trigger, capture: captures["date"], in: context, document: document,
                              background: background, status: status, otherTriggers: otherTriggers)
        let object = captures["object"].map { document.text(ofTokens: $0) }
        return Event(
            type: rule.type, status: status, date: date,
            agent: captures["agent"].flatMap { roles.participant(for: $0, in: document) },
            recipient: captures["recipient"].flatMap { roles.participant(for: $0, in: document) },
            target: captures["target"].flatMap { roles.participant(for: $0, in: document) },
            object: object,
            duration: roles.duration(capture: captures["duration"], trigger: trigger, object: captures["object"],
                                     context: context, in: document),
            attributes: roles.attributes(trigger: trigger, captures: captures, in: document),
            sources: [EventSource(
                document: document.id, sentence: document.text(of: sentence.span),
                start: sentence.span.start, end: sentence.span.end, rule: rule.id)])
    }
}
