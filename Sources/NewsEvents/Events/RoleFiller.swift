/// Turns a rule's captures into an event's participants, object, duration and attributes.
///
/// A participant capture takes the entity mention inside it (canonical id and name, the words of the
/// text); a capture with no mention keeps its words, without a leading article, as the name.
/// ```swift
/// RoleFiller().participant(for: 3..<6, in: document)   // Participant(id: "us.commerce", ...)
/// ```
public struct RoleFiller: Sendable {
    /// The time stage's ordinals ("third", "3rd"), from `rules/time`.
    public var anchoring: TimeAnchoring

    /// `time`: the time rules whose ordinals (`[ORDINAL]` in `rules/time/numbers.txt`) the filler reads.
    public init(time: TimeResources = TimeResources()) {
        anchoring = TimeAnchoring(resources: time)
    }

    public func participant(for range: Range<Int>, in document: AnnotatedDocument) -> Participant? {
        guard !range.isEmpty else { return nil }
        let text = document.text(ofTokens: range)
        var mentions = document.entities(overlapping: range)
        // "Japanese imports to the U.S.": a place is no party while the words name another (``PlaceModifiers``).
        let parties = mentions.filter { !PlaceModifiers.isPlace($0, in: document) }
        if !parties.isEmpty, parties.count < mentions.count { mentions = parties }
        if let mention = mentions.first(where: { $0.type.isAuthority }) ?? mentions.first {
            // "A U.S. judge": the judge acts, not the United States.
            if let head = PlaceModifiers.headNoun(after: mention, within: range, in: document) {
                let words = min(range.lowerBound, head.lowerBound)..<max(range.upperBound, head.upperBound)
                return Participant(id: nil, name: document.text(ofTokens: head), text: document.text(ofTokens: words))
            }
            let surface = mentions.count > 1 ? text : mention.text
            return Participant(id: mention.id, name: mention.name, text: surface)
        }
        var tokens = range
        while let first = tokens.first, ["the", "a", "an"].contains(document.tokens[first].lower), tokens.count > 1 {
            tokens = (first + 1)..<tokens.upperBound
        }
        let name = document.text(ofTokens: tokens)
        return Participant(id: nil, name: name, text: text)
    }

    /// Types whose target is the party a licence or authorisation is for.
    static let licenceTypes: Set<String> = ["grant", "extension", "revocation", "denial", "request"]
    /// Types whose agent is an authority, so an unnamed one is the authority acting just before.
    static let authorityTypes: Set<String> = [
        "grant", "denial", "extension", "revocation", "blacklisting", "delisting", "restriction", "relief", "rule",
        "penalty", "investigation",
    ]

    /// Types whose missing agent, with none in the story, is an authority their own sentence names: the
    /// authority types outside `[needs-agent]` of `rules/roles/roles.txt`, so that this fill never keeps an
    /// event that policy drops (on the judged Reuters sets such kept events were as often borderline as
    /// correct: a precision question, left to that policy).
    static let sentenceAgentTypes: Set<String> = ["denial", "rule", "penalty", "investigation"]

    /// "extended the licence that lets U.S. companies do business with Huawei": the company or country a
    /// licence concerns, named after the trigger behind "with", "to", "for" or "on" (a country also behind
    /// "in") in the same sentence.
    public func partyOfLicence(after trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument,
                               excluding event: Event) -> Participant? {
        let taken = Set([event.agent?.id, event.recipient?.id].compactMap { $0 })
        let limit = min(context.range.upperBound, trigger.upperBound + 20)
        guard limit > trigger.upperBound else { return nil }
        for mention in document.entities(overlapping: trigger.upperBound..<limit) where mention.tokens.lowerBound >= trigger.upperBound
            && mention.tokens.upperBound <= limit && (mention.type == .company || mention.type == .country)
            && mention.kind == .name && !taken.contains(mention.id) {
            let before = mention.tokens.lowerBound - 1
            guard before >= 0 else { continue }
            let preposition = document.tokens[before].lower
            // "to keep importing equipment for its factories in China": a country the licence's business is in.
            guard ["with", "to", "for", "on"].contains(preposition) || (preposition == "in" && mention.type == .country) else { continue }
            return Participant(id: mention.id, name: mention.name, text: mention.text)
        }
        return nil
    }

    /// A passive without "by" ("the companies were hit with sanctions") names no agent: the authority that
    /// acted in the events just before, up to four sentences back, is taken; with none, an authority its own
    /// sentence names elsewhere (``authorityNamed(in:for:document:)``). The story comes first: judged
    /// Reuters events and the corpus gold show the sentence's other authority is more often a bystander
    /// ("the Senate extended the National Commission's deadline") than the actor the story already named.
    /// An agreement with no agent takes a party its sentence names (``AgreementParties``).
    public func carryAgents(_ events: inout [Event], document: AnnotatedDocument) {
        AgreementParties().fill(&events, document: document)
        var last: (agent: Participant, start: Int)? = nil
        for k in events.indices {
            let start = events[k].sources.first?.start ?? 0
            if let agent = events[k].agent {
                if RoleFiller.authorityTypes.contains(events[k].type) { last = (agent, start) }
                continue
            }
            guard RoleFiller.authorityTypes.contains(events[k].type) else { continue }
            if let previous = last, sentencesBetween(previous.start, start, in: document) <= 4 {
                events[k].agent = previous.agent
            } else if RoleFiller.sentenceAgentTypes.contains(events[k].type), let source = events[k].sources.first,
                      let named = authorityNamed(in: source.start..<source.end, for: events[k], document: document) {
                events[k].agent = named
                last = (named, start)
            }
        }
    }

    /// "Acme agreed to pay a civil penalty to the Environmental Protection Agency", "Acme settled SEC charges",
    /// "the Commerce Department's final ruling cut the duties": the first government body, legislature, court or
    /// international body the sentence (code points `span`) names, by name or description, that is not the
    /// event's target or recipient. A country is left out (it is as often the party restricted as the one
    /// restricting), and so is a dateline's place ("WASHINGTON, March 3 -").
    func authorityNamed(in span: Range<Int>, for event: Event, document: AnnotatedDocument) -> Participant? {
        let taken = Set([event.target?.id, event.recipient?.id].compactMap { $0 })
        for mention in document.entities(startingInSpan: span) where mention.type.isAuthority && mention.type != .country
            && (mention.kind == .name || mention.kind == .description) && !taken.contains(mention.id) {
            let next = mention.tokens.upperBound
            if mention.span.start == span.lowerBound, next < document.tokens.count, document.tokens[next].lower == "," { continue }
            return Participant(id: mention.id, name: mention.name, text: mention.text)
        }
        return nil
    }

    /// How many sentences start after code point `a` and at or before `b` (sentences are in text order).
    private func sentencesBetween(_ a: Int, _ b: Int, in document: AnnotatedDocument) -> Int {
        guard b > a else { return 0 }
        func firstStart(after position: Int) -> Int {
            var low = 0, high = document.sentences.count
            while low < high {
                let middle = (low + high) / 2
                if document.sentences[middle].span.start <= position { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstStart(after: b) - firstStart(after: a)
    }

    /// The ISO duration of a duration expression inside `range`, or near the trigger
    /// ("for another 90 days", "a two-year licence").
    public func duration(capture: Range<Int>?, trigger: Range<Int>, object: Range<Int>?, context: SentenceContext,
                         in document: AnnotatedDocument) -> String? {
        // Timexes are in text order and never overlap: those starting in the sentence, found by binary search.
        var first = 0, high = document.timexes.count
        while first < high {
            let middle = (first + high) / 2
            if document.timexes[middle].tokens.lowerBound < context.range.lowerBound { first = middle + 1 } else { high = middle }
        }
        let durations = document.timexes[first...].prefix { context.range.contains($0.tokens.lowerBound) }.filter {
            $0.type == .duration && $0.value.hasPrefix("P")
                && !$0.value.contains("X")
        }
        if let capture { return durations.first { capture.overlaps($0.tokens) }?.value }
        if let object, let inside = durations.first(where: { object.overlaps($0.tokens) }) { return inside.value }
        for timex in durations where timex.tokens.lowerBound >= trigger.upperBound
            && timex.tokens.lowerBound - trigger.upperBound <= 25 {
            var index = timex.tokens.lowerBound - 1
            while index >= trigger.upperBound, ["another", "an", "additional", "a", "further", "extra"].contains(document.tokens[index].lower) {
                index -= 1
            }
            if index >= trigger.upperBound, document.tokens[index].lower == "for" || document.tokens[index].lower == "by" {
                return timex.value
            }
        }
        // "a 90-day reprieve", "a two-year licence": the duration right before the trigger.
        if let before = durations.first(where: { $0.tokens.upperBound == trigger.lowerBound }) { return before.value }
        return nil
    }

    /// Ordinals ("third extension") and amounts the rule captured.
    public func attributes(trigger: Range<Int>, captures: [String: Range<Int>], in document: AnnotatedDocument) -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = [:]
        var index = trigger.lowerBound - 1
        var steps = 0
        while index >= 0, steps < 3 {
            if let value = anchoring.ordinal(document.tokens[index].lower) {
                attributes["ordinal"] = .int(value)
                break
            }
            if document.tokens[index].isPunctuation { break }
            index -= 1
            steps += 1
        }
        if let range = captures["ordinal"], let value = anchoring.ordinal(document.tokens[range.lowerBound].lower) {
            attributes["ordinal"] = .int(value)
        }
        if let range = captures["amount"] {
            attributes["amount"] = .string(document.text(ofTokens: range))
        }
        return attributes
    }
}
