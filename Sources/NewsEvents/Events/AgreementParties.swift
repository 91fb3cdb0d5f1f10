/// The parties of an agreement whose rule captured none: ANNOTATION.md lists all parties of an agreement
/// as its agents, and a passive or nominal agreement ("a barter agreement was signed", "the accord reached
/// in Geneva") often names them elsewhere in its sentence ("Bangladesh and the Soviet Union signed ...",
/// "the U.S.-Honduras agreement"). The first state or public body the sentence names by name is taken;
/// a dateline's place ("WASHINGTON, March 3 -") is not a party. With none, the agreement keeps no agent.
///
/// On the judged Reuters events, agreements with no agent were the largest class of wrong roles
/// ("no agent although Bangladesh and the Soviet Union are named").
/// ```swift
/// AgreementParties().fill(&events, document: document)
/// // "Japan and Canada signed a fisheries accord" -> agent Japan
/// ```
public struct AgreementParties: Sendable {
    public init() {}

    /// Gives each agreement with no agent the first party its own sentence names.
    public func fill(_ events: inout [Event], document: AnnotatedDocument) {
        for k in events.indices where events[k].type == "agreement" && events[k].agent == nil {
            guard let source = events[k].sources.first else { continue }
            events[k].agent = party(in: source.start..<source.end, document: document)
        }
    }

    /// Words before a name that make it a place or the owner of something else rather than a party: "of
    /// deep concern to Japan", "leaves for Washington", "leaders of Japan's business groups".
    static let notPartyPrepositions: Set<String> = ["to", "into", "in", "of", "for", "from", "at"]

    /// Whether one of `words` comes right before the mention (or before its "the").
    static func follows(_ words: Set<String>, _ mention: EntityMention, in document: AnnotatedDocument) -> Bool {
        var before = mention.tokens.lowerBound - 1
        if before >= 0, document.tokens[before].lower == "the" { before -= 1 }
        return before >= 0 && words.contains(document.tokens[before].lower)
    }

    /// The first country, government, legislature or international body named (not described by a
    /// pronoun or an adjective: "French bank" is no party) in code points `span`, outside a dateline and
    /// not behind a word of ``notPartyPrepositions``.
    func party(in span: Range<Int>, document: AnnotatedDocument) -> Participant? {
        for mention in document.entities(startingInSpan: span) where mention.type.isAuthority && mention.type != .court
            && mention.kind == .name {
            let next = mention.tokens.upperBound
            if next < document.tokens.count, document.tokens[next].lower == ","
                && mention.span.start <= span.lowerBound + 1 { continue }
            if AgreementParties.follows(AgreementParties.notPartyPrepositions, mention, in: document) { continue }
            return Participant(id: mention.id, name: mention.name, text: mention.text)
        }
        return nil
    }
}
