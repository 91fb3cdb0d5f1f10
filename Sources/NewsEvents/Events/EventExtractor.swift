/// The events stage: runs every rule over every sentence, settles conflicts, and assembles events with
/// roles, status and date.
///
/// Conflict policy: two matches conflict when their triggers overlap; the longer match wins, then the
/// rule with the higher priority, then the rule loaded first. Two kept matches of one type that read one action
/// from two trigger words (their objects overlap, or the later one's agent is the earlier one's recipient) are
/// one event: the earlier reading stays. A match whose trigger lies inside the object of
/// another kept match is dropped ("lifted [sanctions on Rusal]" is one delisting, "imposed [tariffs on
/// Japan]" one restriction).
/// A suppression rule's match removes every event whose trigger lies inside it.
/// ```swift
/// EventExtractor(rules: rules, cues: cues).process(&document)
/// document.events   // one event per winning match, in text order
/// ```
public struct EventExtractor: PipelineStage, VocabularyUser {
    public var rules: RuleSet
    public var statusClassifier: StatusClassifier
    public var dater: EventDater
    public var roles: RoleFiller
    public var implicitRoles: ImplicitRoles
    public var quantities: QuantityReader
    /// The matchers of all rules' programs in one flat array: rule `r`'s program `p` is at
    /// `firstProgram[r] + p`. Flat, so a match runs on the stored matcher through one buffer pointer instead
    /// of copying it (and retaining its arrays) out of a nested array for every selected rule.
    private var matchers: [PatternMatcher]
    private let firstProgram: [Int]
    private var selector: RuleSelector
    /// Each rule's action and priority, read while settling conflicts (a copy of a whole rule retains its
    /// every string and array).
    private let actions: [Rule.Action]
    private let priorities: [Int]
    private let types: [String]

    /// `time`: the time rules, for the anchoring words and ordinals the dater and the role filler read;
    /// `roleCues`: the phrases that fill roles a rule left empty (`rules/roles/roles.txt`); `dating`: the words
    /// that say which date is an event's (`rules/dates/dating.txt`).
    public init(rules: RuleSet, cues: StatusCues, roleCues: RoleCues = RoleCues(), time: TimeResources = TimeResources(),
                dating: DatingCues = DatingCues()) {
        self.rules = rules
        self.statusClassifier = StatusClassifier(cues: cues)
        self.dater = EventDater(time: time, cues: dating)
        self.roles = RoleFiller(time: time)
        self.implicitRoles = ImplicitRoles(cues: roleCues, roles: RoleFiller(time: time))
        self.quantities = QuantityReader(cues: roleCues)
        self.matchers = rules.rules.flatMap { $0.programs.map(PatternMatcher.init) }
        var first: [Int] = []
        first.reserveCapacity(rules.rules.count)
        var next = 0
        for rule in rules.rules {
            first.append(next)
            next += rule.programs.count
        }
        self.firstProgram = first
        self.selector = RuleSelector(rules: rules)
        self.actions = rules.rules.map(\.action)
        self.priorities = rules.rules.map(\.priority)
        self.types = rules.rules.map(\.type)
    }

    /// A match of one rule, before conflicts are settled.
    public struct Candidate: Sendable {
        public var ruleIndex: Int
        public var match: PatternMatcher.Match
        public var trigger: Range<Int> { match.capture("trigger") ?? match.range }
    }

    /// The events stage of `knowledge`.
    public init(knowledge: Knowledge) {
        self.init(rules: knowledge.rules, cues: knowledge.cues, roleCues: knowledge.roleCues, time: knowledge.time,
                  dating: knowledge.datingCues)
    }

    public func process(_ document: inout AnnotatedDocument) {
        process(&document, presence: nil)
    }

    /// The words the rule selector looks up (``RuleSelector``) and those of the rules' word tests.
    public var vocabularyWords: [String] {
        // The words of each programs' tests (``PatternMatcher/vocabularyWords``), each shared test once.
        var words = selector.wordList
        var seen = Set<ObjectIdentifier>()
        for matcher in matchers {
            for constraint in matcher.program.constraints {
                constraint.visitWordTests { attribute, test in
                    if attribute != .word, seen.insert(ObjectIdentifier(test)).inserted { words += test.words }
                }
            }
        }
        return words
    }

    public mutating func adopt(_ vocabulary: Vocabulary) {
        selector.adopt(vocabulary)
        // One table of word numbers for all programs: rules repeat their word tests.
        var table = TestCode.WordBits(vocabulary: vocabulary)
        for matcher in matchers { matcher.number(in: &table) }
        for index in matchers.indices { matchers[index].adopt(table) }
    }

    /// `presence`: ``wordSets(of:)`` of the document when the caller has it already (the pipeline's gate).
    func process(_ document: inout AnnotatedDocument, presence: [[UInt64]]?) {
        var events: [Event] = []
        var index: MentionIndex? = nil
        var scratch = PatternMatcher.Scratch()
        let numbered = selector.numbers(document)
        for (number, sentence) in document.sentences.enumerated() {
            // Most sentences hold no rule's trigger word: they need neither a context nor a matcher.
            let present = presence?[number] ?? selector.presence(for: sentence.tokens, in: document.tokens, numbered: numbered)
            var eventRules = selector.select(.events, given: present)
            guard !eventRules.isEmpty else { continue }
            if index == nil { index = MentionIndex(document: document) }
            var context = SentenceContext(document: document, sentence: sentence, index: index!)
            context.numbered = numbered
            _ = addMentions(selector.select(.mentions, given: present), to: &context, scratch: &scratch)
            // A pattern needing a unit class (`@authority`, `@namedlist`) the sentence lacks cannot match.
            eventRules = selector.withClasses(eventRules, in: context)
            guard !eventRules.isEmpty else { continue }
            var found = matches(of: eventRules, in: context, scratch: &scratch)
            // Suppressions only remove events: they matter only where some event rule matched.
            guard !found.isEmpty else { continue }
            found += matches(of: selector.withClasses(selector.select(.suppressions, given: present), in: context),
                             in: context, scratch: &scratch)
            var chosen = winners(found)
            var triggers = chosen.map(\.trigger)
            var sentenceEvents = chosen.map {
                assemble($0, sentence: sentence, context: context, document: document, otherTriggers: triggers, index: index)
            }
            // A banker's or an analyst's "should" is an opinion, not a proposal of anyone with the power to act.
            if sentenceEvents.contains(where: { $0.status == .proposed }), statusClassifier.isOpinion(in: context) {
                let kept = sentenceEvents.indices.filter { sentenceEvents[$0].status != .proposed }
                sentenceEvents = kept.map { sentenceEvents[$0] }
                let keptTriggers = kept.map { triggers[$0] }
                chosen = kept.map { chosen[$0] }
                triggers = keptTriggers
            }
            shareCoordinatedAgents(&sentenceEvents, triggers: chosen.map(\.trigger), document: document)
            fillFromSentence(&sentenceEvents, triggers: triggers, context: context, document: document)
            // "The fine, the largest the Commission has ever imposed, tops the fine it levied last June": a
            // superlative's comparison is told of another event than the one it is compared with.
            let comparisons = Set(triggers.indices.filter { dater.isSuperlativeScope(triggers[$0], in: context) })
            events += EventExtractor.mergedWithinSentence(sentenceEvents, keepingApart: comparisons)
        }
        events = AuthorityFilter(ownBusiness: implicitRoles.cues.ownBusiness, financialStory: implicitRoles.cues.financialStory).filter(events, in: document)
        // Measures outside trade and regulation go before any later event can take an agent or a target from them.
        events = OutsideTrade(cues: implicitRoles.cues).filter(events)
        implicitRoles.agentsFromSameType(&events)
        roles.carryAgents(&events, document: document)
        implicitRoles.fillFromStory(&events)
        // An authority's measure with no authority in its sentence or story: "the curbs should be lifted".
        events.removeAll { $0.agent == nil && implicitRoles.cues.needsAgent.contains($0.type) }
        events = ActionMerger(cues: dater.cues).merged(events, published: document.source.published)
        dater.anchorOnEarlierEvents(&events, document: document)
        dater.anchorNegatedOnCounterparts(&events, published: document.source.published)
        document.events = events
    }

    /// Whether some event rule could match some sentence of a tokenised document, from the sentences' words
    /// alone: when not, ``process(_:)`` finds no event whatever the other layers say.
    public func mayHoldEvents(_ document: AnnotatedDocument) -> Bool {
        mayHoldEvents(given: wordSets(of: document))
    }

    /// The rule word sets each sentence meets (``RuleSelector/presence(for:in:)``), in sentence order.
    func wordSets(of document: AnnotatedDocument) -> [[UInt64]] {
        let numbered = selector.numbers(document)
        return document.sentences.map { selector.presence(for: $0.tokens, in: document.tokens, numbered: numbered) }
    }

    /// ``mayHoldEvents(_:)`` from the sentences' ``wordSets(of:)``.
    func mayHoldEvents(given presence: [[UInt64]]) -> Bool {
        presence.contains { selector.selectsAny(.events, given: $0) }
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
    static func mergedWithinSentence(_ events: [Event], keepingApart apart: Set<Int> = []) -> [Event] {
        var result: [Event] = []
        var resultApart: Set<Int> = []
        for (k, event) in events.enumerated() {
            if !apart.contains(k), let index = result.indices.first(where: {
                !resultApart.contains($0) && result[$0].type == event.type && result[$0].status == event.status
                    && compatible(result[$0], event)
            }) {
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
                if apart.contains(k) { resultApart.insert(result.count) }
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

    /// Every match of every rule in a sentence (rules whose trigger words the sentence lacks cannot match).
    /// Rules that make mentions run first, in load order, and what they match is a unit (`@name`) for the rest.
    public func candidates(in context: SentenceContext) -> [Candidate] {
        let tokens = context.views.map(\.token)
        let present = selector.presence(for: tokens.indices, in: tokens)
        var context = context
        var scratch = PatternMatcher.Scratch()
        var result = addMentions(selector.select(.mentions, given: present), to: &context, scratch: &scratch)
        let selected = selector.select(selector.events + selector.suppressions, given: present)
        result += matches(of: selected.sorted { ($0.rule, $0.program) < ($1.rule, $1.program) }, in: context,
                          scratch: &scratch)
        return result
    }

    /// The rules (indices into `rules.rules`) whose words the sentence holds, so the matcher tries them there:
    /// the cost side of `rules coverage` (a rule tried in many sentences and firing in few has loose words).
    public func rulesTried(in sentence: Sentence, of document: AnnotatedDocument) -> [Int] {
        let present = selector.presence(for: sentence.tokens, in: document.tokens, numbered: selector.numbers(document))
        let entries = selector.select(selector.events, given: present) + selector.select(selector.suppressions, given: present)
            + selector.select(selector.mentions, given: present)
        return Array(Set(entries.map(\.rule))).sorted()
    }

    /// Runs the rules that make mentions and adds what they match to `context`.
    func addMentions(_ selected: [RuleSelector.Entry], to context: inout SentenceContext,
                     scratch: inout PatternMatcher.Scratch) -> [Candidate] {
        var result: [Candidate] = []
        matchers.withUnsafeBufferPointer { matchers in
            for entry in selected {
                guard case .mention(let name) = actions[entry.rule] else { continue }
                for match in matchers[firstProgram[entry.rule] + entry.program].matches(in: context, scratch: &scratch) {
                    result.append(Candidate(ruleIndex: entry.rule, match: match))
                    context.addMention(name, over: match.range)
                }
            }
        }
        return result
    }

    /// The matches of the selected rule patterns, in that order.
    private func matches(of selected: [RuleSelector.Entry], in context: SentenceContext,
                         scratch: inout PatternMatcher.Scratch) -> [Candidate] {
        var result: [Candidate] = []
        matchers.withUnsafeBufferPointer { matchers in
            for entry in selected {
                for match in matchers[firstProgram[entry.rule] + entry.program].matches(in: context, scratch: &scratch) {
                    result.append(Candidate(ruleIndex: entry.rule, match: match))
                }
            }
        }
        return result
    }

    /// The candidates that survive suppression and the conflict policy, in text order.
    public func winners(_ candidates: [Candidate]) -> [Candidate] {
        let suppressed = candidates.filter { actions[$0.ruleIndex] == .suppress }.map(\.match.range)
        var kept: [Candidate] = []
        let events = candidates.filter { candidate in
            actions[candidate.ruleIndex] == .event
                && !suppressed.contains { $0.contains(candidate.trigger.lowerBound) }
        }
        let priorities = self.priorities
        for candidate in events.sorted(by: { EventExtractor.isBetter($0, $1, priorities: priorities) }) {
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
        kept.sort { ($0.trigger.lowerBound, $0.ruleIndex) < ($1.trigger.lowerBound, $1.ruleIndex) }
        // One action read again from a later trigger word: the first reading stays.
        let types = self.types
        var first: [Candidate] = []
        for candidate in kept where !first.contains(where: { EventExtractor.restates(candidate, $0, types: types) }) {
            first.append(candidate)
        }
        return first
    }

    /// Whether `candidate` reads again the action of the earlier match `kept`, of its type, from a later trigger
    /// word: "could not send [a new bill] that he could sign" (the two objects overlap), "file an application to
    /// [the FDA] seeking permission" (its agent is the addressee of the kept match).
    private static func restates(_ candidate: Candidate, _ kept: Candidate, types: [String]) -> Bool {
        guard types[candidate.ruleIndex] == types[kept.ruleIndex] else { return false }
        func overlap(_ a: String, _ b: String) -> Bool {
            guard let x = candidate.match.capture(a), let y = kept.match.capture(b) else { return false }
            return x.overlaps(y)
        }
        return overlap("object", "object") || overlap("agent", "recipient")
    }

    /// Static, with the priorities passed in: a sort's closure capturing `self` would copy the whole stage.
    private static func isBetter(_ a: Candidate, _ b: Candidate, priorities: [Int]) -> Bool {
        if a.match.range.count != b.match.range.count { return a.match.range.count > b.match.range.count }
        let pa = priorities[a.ruleIndex], pb = priorities[b.ruleIndex]
        if pa != pb { return pa > pb }
        if a.ruleIndex != b.ruleIndex { return a.ruleIndex < b.ruleIndex }
        return a.match.range.lowerBound < b.match.range.lowerBound
    }

    /// `index`: the document's mention index, so that looking at the next sentence costs its length only.
    func assemble(_ candidate: Candidate, sentence: Sentence, context: SentenceContext, document: AnnotatedDocument,
                  otherTriggers: [Range<Int>] = [], index: MentionIndex? = nil) -> Event {
        let rule = rules.rules[candidate.ruleIndex]
        let captures = candidate.match.captures
        let trigger = candidate.trigger
        let cuesBefore = statusClassifier.cuesBefore(trigger: trigger, in: context)
        var status = rule.status ?? statusClassifier.status(trigger: trigger, in: context, cuesBefore: cuesBefore)
        var takesEffectNext = false
        if status == .occurred, rule.status == nil, StatusClassifier.measureTypes.contains(rule.type),
           let next = document.sentences.first(where: { $0.tokens.lowerBound == sentence.tokens.upperBound }),
           statusClassifier.nextSentenceTakesEffectLater(
               SentenceContext(document: document, sentence: next, index: index ?? MentionIndex(document: document))) {
            status = .planned
            takesEffectNext = true
        }
        // "Japan's restrictions on beef imports": a measure named by its noun, with no action of its own, is
        // a standing state told as background (no publication-date default).
        let background = cuesBefore.contains(.background)
            || (status == .occurred && statusClassifier.isMeasureNoun(trigger: trigger, in: context))
        let date = dater.date(trigger: trigger, capture: captures["date"], in: context, document: document,
                              background: background, status: status, otherTriggers: otherTriggers,
                              effectInNextSentence: takesEffectNext, index: index)
        let object = captures["object"].map { document.text(ofTokens: $0) }
        return Event(
            type: rule.type, status: status, date: date,
            agent: captures["agent"].flatMap { roles.participant(for: $0, in: document) },
            recipient: captures["recipient"].flatMap { roles.participant(for: $0, in: document) },
            target: captures["target"].flatMap { roles.participant(for: $0, in: document) },
            object: object,
            duration: roles.duration(capture: captures["duration"], trigger: trigger, object: captures["object"],
                                     context: context, in: document),
            attributes: quantities.attributes(trigger: trigger, object: captures["object"],
                                              counted: captures["target"] ?? captures["recipient"], in: context, document: document)
                .merging(roles.attributes(trigger: trigger, captures: captures, in: document)) { _, captured in captured },
            sources: [EventSource(
                document: document.id, sentence: document.text(of: sentence.span),
                start: sentence.span.start, end: sentence.span.end, rule: rule.id)])
    }
}
