/// Fills roles that a rule's match left empty, from the sentence's grammar and from the story around it,
/// with the phrases of `rules/roles/roles.txt` (``RoleCues``).
///
/// - Control: "senators urged him to suspend the licences": the actor after an urging verb acts the
///   infinitive, so "him" (the President) is the agent of the suspension; "Pakistan's decision to suspend
///   tea import licences": the possessor of an intent noun acts it.
/// - Holders: "revoked licences held by other suppliers", "denied an application by Hydro-Quebec": the
///   actor after a holder phrase is the recipient of a grant, extension, revocation or denial.
/// - Story: an event whose sentence names no target takes the target of the nearest earlier event of its
///   family ("Microsoft had applied for the licence" after the licence for Huawei was granted), and a
///   request with no addressee is addressed to the authority acting in the nearest event of its family.
///   Such participants are marked `inferred`.
/// ```swift
/// let implicit = ImplicitRoles(cues: cues)
/// event.agent = event.agent ?? implicit.controller(of: trigger, in: context, document: document)
/// implicit.fillFromStory(&document.events, document: document)
/// ```
public struct ImplicitRoles: Sendable {
    public var cues: RoleCues
    public var roles: RoleFiller

    public init(cues: RoleCues, roles: RoleFiller = RoleFiller()) {
        self.cues = cues
        self.roles = roles
    }

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our"]

    // MARK: - Control

    /// The agent of the infinitive whose trigger is `trigger`: "urged Washington to withdraw", "asked its
    /// partners to tighten", "Pakistan's decision to suspend".
    public func controller(of trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument) -> Participant? {
        let lower = context.range.lowerBound
        var to = trigger.lowerBound - 1
        // "to immediately suspend"
        if to > lower, document.tokens[to].lower.hasSuffix("ly") { to -= 1 }
        guard to > lower, document.tokens[to].lower == "to" else { return nil }
        if let agent = possessorOfIntent(endingAt: to, lower: lower, document: document) { return agent }
        // The actor right before "to", its determiner included, behind a control phrase.
        if let mention = document.entities(overlapping: max(lower, to - 1)..<to).last(where: { $0.tokens.upperBound == to && $0.tokens.lowerBound >= lower }) {
            var start = mention.tokens.lowerBound
            if start > lower, ImplicitRoles.determiners.contains(document.tokens[start - 1].lower) { start -= 1 }
            guard controlPhrase(endsAt: start - 1, lower: lower, document: document) else { return nil }
            return roles.participant(for: mention.tokens, in: document)
        }
        // An unnamed party ("its COCOM partners"): up to four words, none of them punctuation.
        var start = to
        while start > lower, to - start < 4, !document.tokens[start - 1].isPunctuation {
            start -= 1
            if controlPhrase(endsAt: start - 1, lower: lower, document: document) {
                // "its COCOM partners" are neither "it" nor COCOM: the words, without their determiner, name them.
                var first = start
                while first < to - 1, ImplicitRoles.determiners.contains(document.tokens[first].lower) { first += 1 }
                return Participant(id: nil, name: document.text(ofTokens: first..<to), text: document.text(ofTokens: start..<to))
            }
        }
        return nil
    }

    /// "Pakistan's decision to", "its plan to": the actor owning the intent noun right before `to`.
    private func possessorOfIntent(endingAt to: Int, lower: Int, document: AnnotatedDocument) -> Participant? {
        let noun = to - 1
        guard noun > lower, cues.intent.contains(document.tokens[noun].lower) || cues.intent.contains(document.tokens[noun].lemma)
        else { return nil }
        var owner = noun - 1
        if document.tokens[owner].lower == "'s" || document.tokens[owner].lower == "'" { owner -= 1 }
        guard owner >= lower,
              let mention = document.entities(overlapping: owner..<(owner + 1)).last(where: { $0.tokens.upperBound == owner + 1 && $0.tokens.lowerBound >= lower })
        else { return nil }
        return roles.participant(for: mention.tokens, in: document)
    }

    private func controlPhrase(endsAt index: Int, lower: Int, document: AnnotatedDocument) -> Bool {
        cues.control.contains { ImplicitRoles.phrase($0, endsAt: index, lower: lower, in: document.tokens) }
    }

    // MARK: - Holders

    /// The recipient named by a holder phrase after the trigger: "licences held by Qualcomm", "the licence
    /// that allowed U.S. firms", "an application by Quebec-owned Hydro-Quebec"; else the possessor of what
    /// the trigger acts on (``possessor(after:upper:document:)``).
    public func holder(after trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument) -> Participant? {
        let upper = context.range.upperBound
        let limit = min(upper, trigger.upperBound + 12)
        var k = trigger.upperBound
        while k < limit {
            guard let phrase = cues.holder.first(where: { ImplicitRoles.phrase($0, startsAt: k, upper: upper, in: document.tokens) })
            else {
                k += 1
                if k == limit { return possessor(after: trigger, upper: upper, document: document) }
                continue
            }
            var start = k + phrase.count
            // "by Quebec-owned Hydro-Quebec", "by the Hong Kong government": up to two words before the name.
            for _ in 0..<3 where start < upper {
                if let mention = document.entities(overlapping: start..<(start + 1)).first(where: { $0.tokens.lowerBound == start && $0.tokens.upperBound <= upper }) {
                    return roles.participant(for: mention.tokens, in: document)
                }
                if document.tokens[start].isPunctuation { break }
                start += 1
            }
            return nil
        }
        return nil
    }

    /// "approved the Minneapolis Grain Exchange's application", "granted preliminary approval for TWA's
    /// London service", "suspended Acme's trading licence": a company, organisation, person or country
    /// owning ("'s") a noun at most eight words after the trigger, with no punctuation between, holds what
    /// is granted, extended, refused or withdrawn. An authority is left out ("approved the Commission's
    /// plan": its own act, not a licence for it).
    func possessor(after trigger: Range<Int>, upper: Int, document: AnnotatedDocument) -> Participant? {
        let limit = min(upper, trigger.upperBound + 8)
        var k = trigger.upperBound
        while k < limit {
            let word = document.tokens[k].lower
            if word == "'s" || word == "'" || word == "\u{2019}s" {
                guard let mention = document.entities(overlapping: (k - 1)..<k).last(where: {
                    $0.tokens.upperBound == k && $0.tokens.lowerBound >= trigger.upperBound
                }) else { return nil }
                guard mention.kind == .name, !mention.type.isAuthority || mention.type == .country else { return nil }
                return roles.participant(for: mention.tokens, in: document)
            }
            if document.tokens[k].isPunctuation { return nil }
            k += 1
        }
        return nil
    }

    // MARK: - Story

    /// Fills missing roles from other mentions of the same event, then targets, recipients and addressees
    /// from the nearest events of the same family; last drops a target or recipient that is the agent itself
    /// (``withoutSelfRoles(_:)``).
    public func fillFromStory(_ events: inout [Event]) {
        defer { withoutSelfRoles(&events) }
        shareWithinSameEvent(&events)
        for k in events.indices {
            guard let family = cues.family[events[k].type] else { continue }
            let isAddressee = cues.addressee.contains(events[k].type)
            if events[k].target == nil, refersBack(events[k]) {
                let agent = events[k].agent?.id
                let fits: (Event) -> Bool = { $0.target != nil && $0.target?.id != agent }
                // The story's party: the nearest of the family, else the nearest of any family.
                if let source = nearestEarlier(k, in: events, family: family, where: fits)
                    ?? events[..<k].lastIndex(where: fits) {
                    events[k].target = inferred(events[source].target)
                }
            }
            if events[k].recipient == nil, !isAddressee,
               let source = nearestEarlier(k, in: events, family: family, where: { !cues.addressee.contains($0.type) && $0.recipient != nil }) {
                events[k].recipient = inferred(events[source].recipient)
            }
            if events[k].recipient == nil, isAddressee,
               let source = nearestEarlierOrLater(k, in: events, family: family, where: {
                   !cues.addressee.contains($0.type) && $0.agent != nil && $0.agent?.id != events[k].agent?.id
               }) {
                events[k].recipient = inferred(events[source].agent)
            }
        }
    }

    /// "Taiwan imposed currency controls on its residents", "the CME sent a letter to its members": an
    /// authority neither restricts, investigates nor licenses itself, nor writes to itself, so a target or
    /// recipient resolved to the agent's own entity (mostly a possessive "its" read as the actor) is dropped.
    func withoutSelfRoles(_ events: inout [Event]) {
        for k in events.indices {
            guard let agent = events[k].agent?.id else { continue }
            if events[k].target?.id == agent { events[k].target = nil }
            if events[k].recipient?.id == agent { events[k].recipient = nil }
        }
    }

    /// Whether an event's object speaks of something already told ("the licence", "its investigation",
    /// "the remaining sanctions", "a similar waiver"); an event with no object words ("granted them") does too.
    func refersBack(_ event: Event) -> Bool {
        guard let object = event.object else { return true }
        let words = object.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" }).map(String.init)
        if words.contains(where: cues.anaphoric.contains) { return true }
        // "an investigation", "a general licence": a bare measure with nothing of its own to say whom it
        // concerns; "investigations into steel imports" says it.
        guard words.filter({ !ImplicitRoles.determiners.contains($0) }).count <= 2 else { return false }
        guard let sentence = event.sources.first?.sentence, let found = sentence.range(of: object) else { return true }
        let next = sentence[found.upperBound...].split(separator: " ", maxSplits: 1).first.map { $0.lowercased() }
        return !(next.map(cues.complements.contains) ?? false)
    }

    /// "It was put on the same list": an event whose object refers back and whose sentence names no agent is
    /// done by whoever did the nearest earlier event of its type.
    public func agentsFromSameType(_ events: inout [Event]) {
        for k in events.indices where events[k].agent == nil && refersBack(events[k]) {
            if let source = events[..<k].lastIndex(where: { $0.type == events[k].type && $0.agent != nil && !($0.agent?.inferred ?? false) }) {
                events[k].agent = inferred(events[source].agent)
            }
        }
    }

    /// "Indonesia has not issued licences ... Traders said Indonesia has issued licences to local operators,
    /// but this was incorrect": two events of one type, status and agent in a document are one event told
    /// twice, so each takes the recipient and target only the other names.
    func shareWithinSameEvent(_ events: inout [Event]) {
        // The first recipient and target told of each (type, status, agent), among events whose agent their own
        // sentence names: one pass, not a pass per event (a long document holds thousands of events).
        struct Telling: Hashable {
            var type: String
            var status: EventStatus
            var agent: String
        }
        var recipients: [Telling: Participant] = [:], targets: [Telling: Participant] = [:]
        for event in events {
            guard let agent = event.agent, let id = agent.id, !agent.inferred else { continue }
            let telling = Telling(type: event.type, status: event.status, agent: id)
            if recipients[telling] == nil, let recipient = event.recipient, !recipient.inferred { recipients[telling] = recipient }
            if targets[telling] == nil, let target = event.target, !target.inferred { targets[telling] = target }
        }
        for k in events.indices {
            guard let agent = events[k].agent?.id, events[k].recipient == nil || events[k].target == nil else { continue }
            let telling = Telling(type: events[k].type, status: events[k].status, agent: agent)
            if events[k].recipient == nil { events[k].recipient = inferred(recipients[telling]) }
            if events[k].target == nil { events[k].target = inferred(targets[telling]) }
        }
    }

    private func inferred(_ participant: Participant?) -> Participant? {
        guard var participant else { return nil }
        participant.inferred = true
        return participant
    }

    private func nearestEarlier(_ k: Int, in events: [Event], family: String, where accept: (Event) -> Bool) -> Int? {
        events[..<k].lastIndex { cues.family[$0.type] == family && accept($0) }
    }

    /// The nearest earlier event of the family, else the nearest later one (a request told before its grant).
    private func nearestEarlierOrLater(_ k: Int, in events: [Event], family: String, where accept: (Event) -> Bool) -> Int? {
        nearestEarlier(k, in: events, family: family, where: accept)
            ?? events[(k + 1)...].firstIndex { cues.family[$0.type] == family && accept($0) }
    }

    // MARK: - Phrases

    static func phrase(_ words: [String], endsAt index: Int, lower: Int, in tokens: [Token]) -> Bool {
        let start = index - words.count + 1
        guard start >= lower, index < tokens.count else { return false }
        return phrase(words, startsAt: start, upper: index + 1, in: tokens)
    }

    static func phrase(_ words: [String], startsAt index: Int, upper: Int, in tokens: [Token]) -> Bool {
        guard index >= 0, index + words.count <= upper else { return false }
        for (offset, word) in words.enumerated() {
            let token = tokens[index + offset]
            if token.lower != word && token.lemma != word { return false }
        }
        return true
    }
}
