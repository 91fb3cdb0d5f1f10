/// A later, definite mention of an action already told in the document is that action again, not a new event
/// (`ANNOTATION.md`: "several mentions of one event are ONE gold event"). ``ActionMerger`` merges two mentions
/// only when their statuses are equal and their objects' heads are one `[same-action]` family; a story that tells
/// an action in its lead and comes back to it with "the tariffs", "these restrictions" or "the probe" often
/// gives the later mention another status ("the tariffs are to be collected at the border"), another noun ("the
/// sanctions" for tariffs) or a publication date by convention. This policy joins such a mention to the earlier
/// event.
///
/// A later event `b` is a mention of an earlier event `a` of the document when all of these hold:
/// 1. **Same type and neighbouring statuses**: equal, or occurred and planned (an action done and its steps to
///    come: "the tariffs are to be collected at the border"), or planned and proposed (an announced action and the
///    talk about it). A negated mention and an affirmed one stay two ("cancelled tariffs on phones ... leaves in
///    place the tariffs on steel"), and so do a done action and a proposed one ("added to the list ... could be
///    moved to the list"). The earlier mention's status is kept. A mention by a noun alone (no object, see 3)
///    may have any status: "the probe" takes the probe as given, so the negation or the modal of its
///    sentence is about something else ("the company did not elaborate on the SEC probe").
/// 2. **A definite mention**: `b`'s object starts with an `[anaphors]` word of `rules/dates/dating.txt` ("the
///    sanctions", "its restrictions") or has one right before it in its sentence ("the text of *the* decrees"), and no
///    `[not-anaphors]` word before its head ("the new duties", "the other tariffs" are other actions).
/// 3. **One action's noun**: the objects' head nouns (``ActionMerger/objectHead(_:)``) are equal, in one
///    `[same-action]` family or in one `[mention-families]` line ("tariffs" and "sanctions", "legislation" and
///    "bill"); or the later object names the action in a definite complement ("the impact of the tariffs",
///    ``complementHead(_:)``). An event without an object ("the investigation by state prosecutors", "under this accord")
///    qualifies when its sentence has a `[mention-nouns]` noun of its type within three words after an
///    `[anaphors]` word and the document holds exactly one earlier event of that type, its only antecedent.
/// 4. **Participants that do not disagree**: a role both fill names one entity, or one name ends with the
///    other ("prosecutors", "state prosecutors"); agreements list all parties as agents, so two agents of one
///    agreement agree when both mentions' sentences name both ("Canada and France concluded an accord" ...
///    "under this accord, Canada and France also agreed").
/// 5. **No conflicting date**: a date `b` took by convention (the publication date, no text) is ignored;
///    stated dates must be compatible (``ActionMerger/datesCompatible(_:_:published:)``): "the tariffs, imposed
///    in 1985" after today's tariffs stays apart. An action to come (planned or proposed in both mentions)
///    announced on the day of the news may be dated later by when it takes effect ("OPEC is expected to extend
///    its agreement" ... "OPEC will renew the agreement in June"): that stated date is the merged event's date.
/// 6. **Different sentences**, as in ``ActionMerger``: neither one sentence nor a sentence repeated word for word.
///
/// The merged event is `a` with `b`'s sentence among its sources, the roles, object and duration it lacked,
/// and `b`'s date only when `a` has none or when `b` states a day to come for an action `a` tells on the day
/// of the news; a planned `b` then makes it planned (``merge(_:_:published:)``). `newsevents explain` lists it among the merged
/// actions of its first sentence ("restriction merged from sentences 1, 6").
/// ```swift
/// let policy = MentionMerge(cues: knowledge.datingCues)
/// // "Chile imposed tariffs on Peruvian wine on Monday." ... "The tariffs are to be collected at the border."
/// policy.isMention(later, of: earlier, earlierOfType: 1, heads: ("tariffs", "tariffs"), published: day)  // true
/// ```
public struct MentionMerge: Sendable {
    /// The `[anaphors]`, `[not-anaphors]`, `[mention-families]` and `[mention-nouns]` of `rules/dates/dating.txt`.
    public var cues: DatingCues

    public init(cues: DatingCues) {
        self.cues = cues
    }

    /// Whether `later` is a later mention of `earlier`: `earlierOfType` counts the earlier events of `later`'s
    /// type in the document, `heads` are the object heads of `earlier` and `later`.
    public func isMention(_ later: Event, of earlier: Event, earlierOfType: Int, heads: (String?, String?),
                          published: SimpleDate?) -> Bool {
        guard later.type == earlier.type else { return false }
        if let object = later.object {
            guard MentionMerge.neighbours(earlier.status, later.status), let head = heads.1, let earlierHead = heads.0 else { return false }
            if oneAction(earlierHead, head) {
                guard isDefinite(object, head: head, in: later.sources) else { return false }
            } else {
                guard let told = complementHead(object), oneAction(earlierHead, told) else { return false }
            }
        } else {
            guard earlierOfType == 1, namesActionDefinitely(later) else { return false }
        }
        return participantsAgree(earlier, later) && datesAgree(earlier, later, published: published)
            && !sharesSentence(earlier, later)
    }

    /// `earlier` with its later mention `later` merged in: `earlier`'s status and date (`later`'s date only
    /// when `earlier` has none), the roles, object and duration it lacked, both mentions' sources.
    public static func merge(_ earlier: Event, _ later: Event, published: SimpleDate?) -> Event {
        var merged = ActionMerger.merge(earlier, later, published: published)
        merged.date = earlier.date ?? later.date
        // A later mention stating when an action told on the day of the news takes effect dates it, and makes
        // it planned (`ANNOTATION.md`: "a planned action by when it takes effect when the text says so"):
        // "agreed on Friday to lift its tariffs ... will drop its duties by Sunday".
        if takesEffectLater(earlier, later, published: published) {
            merged.date = later.date
            if later.status == .planned { merged.status = .planned }
        }
        return merged
    }

    /// Whether `later` states a day to come for an action `earlier` tells undated or on the day of the news.
    static func takesEffectLater(_ earlier: Event, _ later: Event, published: SimpleDate?) -> Bool {
        guard let published, let y = later.date, !y.text.isEmpty, let span = CalendarSpan(y.value),
              span.first > published, later.status != .negated else { return false }
        return earlier.date.map { ActionMerger.isDayOfNews($0, published: published) } ?? true
    }

    /// Condition 1: statuses one action may have in two mentions.
    static func neighbours(_ a: EventStatus, _ b: EventStatus) -> Bool {
        if a == b { return true }
        let pair: Set<EventStatus> = [a, b]
        return pair == [.occurred, .planned] || pair == [.planned, .proposed]
    }

    /// Condition 3: equal heads, or heads of one `[same-action]` or `[mention-families]` line.
    func oneAction(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let x = cues.sameAction[a], let y = cues.sameAction[b], x == y { return true }
        guard let x = cues.mentionFamilies[a], let y = cues.mentionFamilies[b] else { return false }
        return !x.isDisjoint(with: y)
    }

    /// Condition 2 for an event with an object whose head is `head`.
    func isDefinite(_ object: String, head: String, in sources: [EventSource]) -> Bool {
        let words = MentionMerge.words(object)
        guard let headAt = words.firstIndex(of: head) else { return false }
        if words[..<headAt].contains(where: cues.notAnaphors.contains) { return false }
        if let first = words.first, cues.anaphors.contains(first) { return true }
        return sources.contains { source in
            let sentence = MentionMerge.words(source.sentence)
            guard let at = MentionMerge.firstIndex(of: words, in: sentence), at > 0 else { return false }
            return cues.anaphors.contains(sentence[at - 1])
        }
    }

    /// Condition 3 for an object that names the action in a complement: "the impact of the tariffs", "the size
    /// of these quotas" tell "tariffs" and "quotas". The object and its complement both start with an
    /// `[anaphors]` word and no `[not-anaphors]` word stands before the complement's head (the last word before
    /// a `[head-stops]` word).
    func complementHead(_ object: String) -> String? {
        let words = MentionMerge.words(object)
        guard let first = words.first, cues.anaphors.contains(first), let of = words.firstIndex(of: "of"),
              of + 1 < words.count, cues.anaphors.contains(words[of + 1]) else { return nil }
        var head: String? = nil
        for word in words[(of + 2)...] {
            if cues.headStops.contains(word) { break }
            if cues.notAnaphors.contains(word) { return nil }
            head = word
        }
        return head
    }

    /// Condition 3 for an event without an object: a `[mention-nouns]` noun of its type shortly after an
    /// `[anaphors]` word, with no `[not-anaphors]` word between ("the SEC probe", not "a further probe").
    func namesActionDefinitely(_ event: Event) -> Bool {
        guard let nouns = cues.mentionNouns[event.type] else { return false }
        return event.sources.contains { source in
            let words = MentionMerge.words(source.sentence)
            return words.indices.contains { index in
                guard nouns.contains(words[index]) else { return false }
                let before = words[max(0, index - MentionMerge.nounReach)..<index]
                return before.contains(where: cues.anaphors.contains) && !before.contains(where: cues.notAnaphors.contains)
            }
        }
    }

    /// How many words before a `[mention-nouns]` noun its `[anaphors]` word may stand ("the SEC probe").
    static let nounReach = 3

    /// Condition 4.
    func participantsAgree(_ a: Event, _ b: Event) -> Bool {
        for (role, (x, y)) in [(a.agent, b.agent), (a.recipient, b.recipient), (a.target, b.target)].enumerated() {
            guard let x, let y, !EventMerger.same(x, y) else { continue }
            let fx = ScoreText.nameFold(x.name), fy = ScoreText.nameFold(y.name)
            if !fx.isEmpty, !fy.isEmpty, fx.hasSuffix(" " + fy) || fy.hasSuffix(" " + fx) { continue }
            if role == 0, a.type == MentionMerge.partiesType, MentionMerge.namesBoth(a, b, x, y) { continue }
            return false
        }
        return true
    }

    /// The type whose agents are all its parties (`ANNOTATION.md`: "Agreements list all parties as agents"):
    /// one mention's agent may be another party of the same pact.
    static let partiesType = "agreement"

    /// Whether each mention's sentence names both agents ("Canada and France concluded an accord" ...
    /// "under this accord, Canada and France also agreed"): the two mentions tell one set of parties.
    static func namesBoth(_ a: Event, _ b: Event, _ x: Participant, _ y: Participant) -> Bool {
        let names = [x.text, y.text].map(words)
        guard !names.contains(where: \.isEmpty) else { return false }
        return [a, b].allSatisfy { event in
            event.sources.contains { source in
                let sentence = words(source.sentence)
                return names.allSatisfy { firstIndex(of: $0, in: sentence) != nil }
            }
        }
    }

    /// Condition 5.
    func datesAgree(_ a: Event, _ b: Event, published: SimpleDate?) -> Bool {
        guard let x = a.date, let y = b.date, !y.text.isEmpty else { return true }
        if MentionMerge.announcedThenDated(a, b, published: published) { return true }
        return ActionMerger.datesCompatible(x, y, published: published)
    }

    /// Condition 5's action to come: `earlier` is announced on the day of the news, `later` states when it
    /// takes effect ("OPEC is expected to extend its agreement" ... "OPEC will renew the agreement in June").
    static func announcedThenDated(_ earlier: Event, _ later: Event, published: SimpleDate?) -> Bool {
        guard let published, let x = earlier.date, let y = later.date, ActionMerger.isDayOfNews(x, published: published),
              !y.text.isEmpty, let span = CalendarSpan(y.value), span.first > published else { return false }
        let toCome: Set<EventStatus> = [.planned, .proposed]
        return toCome.contains(earlier.status) && toCome.contains(later.status)
    }

    /// Condition 6: one sentence, or a sentence repeated word for word (left to the timeline's merge, as in
    /// ``ActionMerger``).
    func sharesSentence(_ a: Event, _ b: Event) -> Bool {
        let starts = Set(a.sources.map(\.start)), texts = Set(a.sources.map(\.sentence))
        return b.sources.contains { starts.contains($0.start) || texts.contains($0.sentence) }
    }

    /// The lower-cased runs of letters of `text`: "the U.S. tariffs" -> ["the", "u", "s", "tariffs"].
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if CharacterClass.isLetter(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word).lowercased()) }
        return words
    }

    /// Where the word sequence `needle` first starts in `words`.
    static func firstIndex(of needle: [String], in words: [String]) -> Int? {
        guard !needle.isEmpty, needle.count <= words.count else { return nil }
        return (0...(words.count - needle.count)).first { start in
            needle.indices.allSatisfy { words[start + $0] == needle[$0] }
        }
    }
}
