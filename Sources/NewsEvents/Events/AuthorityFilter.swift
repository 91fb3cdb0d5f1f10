/// Drops events whose acting party cannot be an authority (`ANNOTATION.md`: "Companies, unions and banks acting
/// for themselves are not" authorities).
///
/// One participant test (``isPrivateBusiness(_:in:)``) classes the agent and the recipient as the event's own sentence
/// names them (``Party``) and drops what passes between private parties; the tests after it look at the sentence
/// when the parties are unnamed.
///
/// - An event of a type only an authority can act in (grant, denial, extension, revocation, blacklisting,
///   delisting, restriction, relief, rule, penalty, investigation) whose agent, as named in the event's own
///   sentence, is a company or a group ("the company extended its programme", "U.S. firms rejected the
///   offer") states no regulatory event. Agents taken from the story (`inferred`) are not judged: the story
///   may have named the wrong one. Organisations stay: exchanges and dealers' associations have legal powers.
/// - An agreement whose sentence names companies and no authority ("Acme said it had signed a definitive
///   agreement with Zenith", "a credit agreement signed with Dai-Ichi Bank") is a business deal, not a trade or
///   regulatory agreement. A national adjective ("Japanese banks") does not count as an authority.
/// - A letter addressed to a company by no authority ("In a letter to Gencorp's chairman, ...") is a business
///   letter (a takeover offer), not a letter to or from an authority. A private person (one no lexicon lists as
///   an official) writing to a company writes a business letter too ("Heyman said in a letter to Borg-Warner").
/// - An agreement only hoped for, expected or denied whose sentence names no authority and no official and gives it
///   no party ("he hoped an accord could be reached by Monday") has nobody to make it a trade or regulatory agreement.
/// - A letter from a company or group to a private person ("In a letter to Acme's chairman John Smith, the Kestrel
///   group said ...") is a business letter.
/// - An event with no agent whose type `[own-business]` of `rules/roles/roles.txt` lists (``RoleCues/ownBusiness``), in
///   a sentence that names no authority and no official but as many companies as the list asks, is the companies' own
///   business: "Acme said it is considering a sale following its rejection of Zenith's bid" (denial, one company),
///   "Acme received a one-year renewal of its agreement to supply Zenith" (extension, two: one company may hold a
///   licence an unnamed authority extended).
/// - A letter with no addressee in a sentence that names a company and no authority ("GM said in a letter it cut
///   the amount available for raises", "the offer was made in a two-page letter") is a company's own letter: no
///   authority writes it or receives it. Agents that are authorities or officials keep it.
/// - A country named after "of" or "in" behind a company ("Keboo Ab of Sweden, which owns 64 pct, has approved
///   the acquisition") only says where the company is, and one cut from a company's name ("United States" of
///   "United States Postal Service", when the company is found from "Postal Service") is part of that name: either
///   stands for the company (``isCompanySide(_:in:)``), as a party and in every test here that a sentence "names
///   no authority" (``namesAuthority(_:in:)``).
///
/// - An agreement in a story whose headline names a loan or a debt (`[financial-story]` of `rules/roles/roles.txt`,
///   ``RoleCues/financialStory``: "RURITANIA SIGNS FOR 500 MLN DLR LOAN", "... TO RESCHEDULE OFFICIAL DEBT") is a
///   financial accord even when its own sentence names no money ("West Germany reached the accord"): lending and
///   rescheduling are no trade or regulatory agreement.
///
/// ```swift
/// AuthorityFilter(ownBusiness: ["denial": 1]).filter(events, in: document)   // the events an authority (or an applicant) acts in
/// ```
public struct AuthorityFilter: Sendable {
    /// Types whose agent must be an authority.
    public static let authorityTypes: Set<String> = RoleFiller.authorityTypes

    /// Event type -> how many companies make an agentless event of that type the companies' own business
    /// (``RoleCues/ownBusiness``).
    public var ownBusiness: [String: Int]

    /// Headline phrases that make a story a loan or debt story (``RoleCues/financialStory``).
    public var financialStory: [[String]]

    public init(ownBusiness: [String: Int] = [:], financialStory: [[String]] = []) {
        self.ownBusiness = ownBusiness
        self.financialStory = financialStory
    }

    public func filter(_ events: [Event], in document: AnnotatedDocument) -> [Event] {
        events.filter { keeps($0, in: document) }
    }

    public func keeps(_ event: Event, in document: AnnotatedDocument) -> Bool {
        if isPrivateBusiness(event, in: document) { return false }
        if event.type == "agreement", isBetweenCompanies(event, in: document) { return false }
        if event.type == "agreement", financialCue(in: document) != nil { return false }
        if event.type == "letter", event.recipient == nil, isCompanysOwnLetter(event, in: document) { return false }
        if isCompaniesOwnMeasure(event, in: document) { return false }
        return true
    }

    /// Who a participant is, as the event's own sentence names it (``party(_:in:document:)``).
    public enum Party: Sendable, Hashable {
        case authority, official, privatePerson, company, group, organization
    }

    /// The party a participant names in the event's own sentence: a company (or a country that stands for one,
    /// ``isCompanySide(_:in:)``), a group, an organisation, an official (a person a lexicon lists), a private person,
    /// or an authority; nil when the participant is absent, inferred from the story, or not found there.
    func party(_ participant: Participant?, in event: Event, document: AnnotatedDocument) -> Party? {
        guard let type = type(of: participant, in: event, document: document) else { return nil }
        switch type {
        case .company: return .company
        case .group: return .group
        case .organization: return .organization
        case .person: return participant?.id.map(AuthorityFilter.isOfficial) == true ? .official : .privatePerson
        default: return .authority
        }
    }

    /// The participant test: whether the parties an event names in its own sentence make it private business.
    /// - An event only an authority acts in, whose agent is a company or a group ("the company extended its
    ///   programme", "U.S. firms rejected the offer", "Acme and <Zenith> of Sweden extended an agreement").
    /// - A letter to a company from no authority and no official: a company, group, organisation or private person
    ///   ("Heyman said in a letter to Borg-Warner"), or nobody named ("In a letter to Gencorp's chairman, ...").
    /// - A letter from a company or a group to a private person ("In a letter to Acme's chairman John Smith, the
    ///   Kestrel group said ..."). A person writing to a person may be an envoy writing to an official no lexicon
    ///   lists, so such letters stay.
    func isPrivateBusiness(_ event: Event, in document: AnnotatedDocument) -> Bool {
        let agent = party(event.agent, in: event, document: document)
        if AuthorityFilter.authorityTypes.contains(event.type) { return agent == .company || agent == .group }
        guard event.type == "letter" else { return false }
        switch party(event.recipient, in: event, document: document) {
        case .company: return agent != .authority && agent != .official
        case .privatePerson: return agent == .company || agent == .group
        default: return false
        }
    }

    /// The `[financial-story]` phrase the document's headline holds ("loan" in "RURITANIA SIGNS FOR 500 MLN DLR
    /// LOAN"), words compared lower-cased; nil when it holds none or the document has no headline.
    public func financialCue(in document: AnnotatedDocument) -> [String]? {
        guard !financialStory.isEmpty, let title = document.source.title else { return nil }
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return financialStory.first { phrase in
            !phrase.isEmpty && phrase.count <= words.count
                && (0...(words.count - phrase.count)).contains { start in words[start..<(start + phrase.count)].elementsEqual(phrase) }
        }
    }

    /// Whether an unaddressed letter comes from no authority: its agent is absent, a company or group, or a private
    /// person, and its sentence names a company but no authority.
    func isCompanysOwnLetter(_ event: Event, in document: AnnotatedDocument) -> Bool {
        if let agent = event.agent {
            if agent.inferred { return false }
            if let type = type(of: agent, in: event, document: document) {
                if type.isAuthority { return false }
                if type == .person, let id = agent.id, AuthorityFilter.isOfficial(id) { return false }
            }
        }
        let mentions = self.mentions(inSentencesOf: event, in: document)
        if namesAuthority(mentions, in: document) { return false }
        return mentions.contains { $0.type == .company }
    }

    /// Whether mentions name an authority: one of an authority's type that is no national adjective ("Japanese
    /// banks") and does not stand for a company (``isCompanySide(_:in:)``).
    func namesAuthority(_ mentions: [EntityMention], in document: AnnotatedDocument) -> Bool {
        mentions.contains { $0.type.isAuthority && $0.kind != .demonym && !isCompanySide($0, in: document) }
    }

    /// Whether a mention stands for a company: a company, a country named only as where a company is
    /// (``isCompanysPlace(_:in:)``), or a country cut from a company's name: right before a company's mention
    /// ("United States" before "Postal Service") or inside it.
    func isCompanySide(_ mention: EntityMention, in document: AnnotatedDocument) -> Bool {
        if mention.type == .company { return true }
        guard mention.type == .country else { return false }
        if isCompanysPlace(mention, in: document) { return true }
        return document.entities(overlapping: mention.tokens.lowerBound..<(mention.tokens.upperBound + 1)).contains { other in
            other.type == .company && (other.tokens.lowerBound == mention.tokens.upperBound
                || (other.tokens.lowerBound <= mention.tokens.lowerBound && mention.tokens.upperBound <= other.tokens.upperBound))
        }
    }

    /// Whether a person's id is one the lexicon lists (officials: `us.president.reagan`), not a slug made for an
    /// unknown name (`samuel-heyman`).
    static func isOfficial(_ id: String) -> Bool { id.contains(".") }

    /// Whether a mention names a country only as where a company is: "Keboo Ab of Sweden", "Acme Corp in Japan",
    /// "<Zenith AG> of West Germany" (the company's closing bracket may stand between).
    func isCompanysPlace(_ mention: EntityMention, in document: AnnotatedDocument) -> Bool {
        guard mention.type == .country, mention.tokens.lowerBound >= 2 else { return false }
        let before = mention.tokens.lowerBound - 1
        guard ["of", "in"].contains(document.tokens[before].lower) else { return false }
        let end = document.tokens[before - 1].lower == ">" ? before - 1 : before
        return document.entities.contains { $0.type == .company && ($0.tokens.upperBound == before || $0.tokens.upperBound == end) }
    }

    /// Whether an agreement has no authority for a party: its agent is absent or no authority, and its sentence
    /// names a company but no authority.
    func isBetweenCompanies(_ event: Event, in document: AnnotatedDocument) -> Bool {
        if let agent = type(of: event.agent, in: event, document: document), agent.isAuthority { return false }
        if let agent = event.agent, agent.inferred { return false }
        let mentions = self.mentions(inSentencesOf: event, in: document)
        guard !namesAuthority(mentions, in: document) else { return false }
        if mentions.contains(where: { $0.type == .company }) { return true }
        // No party at all, and only hoped for, expected or denied: "He said he hoped an accord could be reached by
        // Monday", "no agreement has been reached on the value of the assets". An agreement reported as made keeps
        // its parties in the story ("the accord reached in December"); an official named in the sentence may be one.
        return event.agent == nil && event.status != .occurred
            && !mentions.contains { $0.type == .person && AuthorityFilter.isOfficial($0.id) }
    }

    /// Whether an event of a type of ``ownBusiness`` that names no agent stands in a sentence naming no authority and
    /// no official but as many companies as its type asks, besides its recipient and target ("the application by
    /// Dragonair was rejected" may be an unnamed authority's denial of Dragonair): "Acme said it is considering a sale following its rejection
    /// of Zenith's bid" (denial: one), "Acme said that it and Zenith agreed to a second extension of two dates in their
    /// share purchase agreement" (extension: two, since one company may be the holder of a licence an unnamed
    /// authority extended). Only authorities deny, investigate, extend or revoke.
    func isCompaniesOwnMeasure(_ event: Event, in document: AnnotatedDocument) -> Bool {
        guard let needed = ownBusiness[event.type], event.agent == nil else { return false }
        let mentions = self.mentions(inSentencesOf: event, in: document)
        if namesAuthority(mentions, in: document) { return false }
        if mentions.contains(where: { $0.type == .person && AuthorityFilter.isOfficial($0.id) }) { return false }
        // A company the event acts on (the applicant denied, the firm investigated) is no actor of it.
        let actedOn: Set<String> = [event.recipient?.id, event.target?.id].reduce(into: []) { ids, id in if let id { ids.insert(id) } }
        return Set(mentions.filter { $0.type == .company && !actedOn.contains($0.id) }.map(\.id)).count >= needed
    }

    private func mentions(inSentencesOf event: Event, in document: AnnotatedDocument) -> [EntityMention] {
        let spans = event.sources.filter { $0.document == document.id }.map { $0.start..<$0.end }
        return spans.flatMap { document.entities(startingInSpan: $0) }
    }

    /// The type of the actor a participant names in the event's own sentence; nil when the participant is
    /// absent, inferred from the story, or names no actor the entity stage found there. When one capture holds
    /// several actors ("the Commission and the companies"), an authority among them decides.
    func type(of participant: Participant?, in event: Event, document: AnnotatedDocument) -> EntityType? {
        guard let participant, !participant.inferred, let id = participant.id else { return nil }
        let mentions = self.mentions(inSentencesOf: event, in: document).filter { $0.id == id }
        if !mentions.isEmpty, mentions.allSatisfy({ isCompanySide($0, in: document) }) { return .company }
        if let authority = mentions.first(where: { $0.type.isAuthority }) { return authority.type }
        return mentions.first?.type
    }
}
