/// One real-world action is one event (`ANNOTATION.md`): a document that reports an action in its lead and
/// again further down ("signed a trade agreement on Friday ... the accord cuts tariffs") gives one event with
/// the sources of both mentions.
///
/// Two events of a document are one action when all of these hold:
/// 1. **Same type and status** ("did not extend" is not "extended"; an urged relief is not a done one).
/// 2. **Same object**: the head nouns of their objects (the last word before a `[head-stops]` word, e.g.
///    "duties" in "new duties on steel") are equal or in one `[same-action]` family of `rules/dates/dating.txt`
///    ("agreement", "accord", "pact"). An event without an object never merges: "a letter" names no action.
/// 3. **Participants that do not disagree**: every role both fill is the same entity (``EventMerger/same(_:_:)``).
/// 4. **Compatible dates**: both stated and one within the other (``EventMerger/datesCompatible(_:_:)``); or
///    one undated; or one only the publication day (taken by convention, or stated by the dateline: see
///    ``isDayOfNews(_:published:)``) and the other stated within the news of the day (the week before
///    publication: "reached an accord on Friday" in a Monday story; up to three days after it). Two
///    extensions dated on different days stay two, and so do today's news and an action of last May ("added 46
///    affiliates to the list" and "Huawei itself was placed on the list on May 16").
/// 5. **Different sentences**: two events found in one sentence were kept apart there on purpose. A sentence
///    repeated word for word (a paragraph printed twice) is left to the timeline's merge (``EventMerger``),
///    so that a long document analysed in sections gives the events of its whole analysis.
///
/// A later mention that fails these conditions may still be the same action told again with a definite word
/// ("the tariffs are to be collected at the border" after "imposed tariffs on Monday"): ``MentionMerge`` decides.
///
/// The merged event is the earlier one with the date of ``preferred(_:_:published:)`` (a stated day beats the day
/// of the news, else the more specific date),
/// the roles, object and duration it lacked taken from the other, and the sources of both in text order.
/// ```swift
/// let merger = ActionMerger(cues: knowledge.datingCues)
/// merger.merged(events)   // "signed an agreement on Friday" + "the accord ..." -> one agreement, dated Friday
/// ```
public struct ActionMerger: Sendable {
    /// The head nouns' families and the words that end a head phrase (`rules/dates/dating.txt`).
    public var cues: DatingCues

    public init(cues: DatingCues) {
        self.cues = cues
    }

    /// `events` (in text order) with each later mention of an action merged into its first mention;
    /// `published`: the document's publication date.
    public func merged(_ events: [Event], published: SimpleDate?) -> [Event] {
        guard events.count > 1 else { return events }
        var result: [Event] = []
        var heads: [String?] = []
        for event in events {
            let head = objectHead(event.object)
            if let head, let index = result.indices.first(where: {
                heads[$0].map { sameObject($0, head) } ?? false && ActionMerger.sameAction(result[$0], event, published: published)
            }) {
                result[index] = ActionMerger.merge(result[index], event, published: published)
            } else if let index = mentionIndex(of: event, head: head, in: result, heads: heads, published: published) {
                result[index] = MentionMerge.merge(result[index], event, published: published)
            } else {
                result.append(event)
                heads.append(head)
            }
        }
        return result
    }

    /// The earlier event of which `event` is a later, definite mention (``MentionMerge``), if any.
    private func mentionIndex(of event: Event, head: String?, in result: [Event], heads: [String?],
                              published: SimpleDate?) -> Int? {
        let policy = MentionMerge(cues: cues)
        let ofType = result.reduce(0) { $0 + ($1.type == event.type ? 1 : 0) }
        guard ofType > 0 else { return nil }
        return result.indices.first {
            policy.isMention(event, of: result[$0], earlierOfType: ofType, heads: (heads[$0], head), published: published)
        }
    }

    /// The head noun of an object phrase, lower-cased: the last word of the first run of words, which a
    /// `[head-stops]` word, a number or a punctuation mark ends ("100 pct duties on steel" -> "duties").
    public func objectHead(_ object: String?) -> String? {
        guard let object else { return nil }
        var head: String? = nil
        var word = ""
        func endWord() -> Bool {
            defer { word = "" }
            guard !word.isEmpty else { return false }
            let lower = word.lowercased()
            if cues.headStops.contains(lower) { return head != nil }
            head = lower
            return false
        }
        for scalar in object.unicodeScalars {
            if CharacterClass.isLetter(scalar) {
                word.unicodeScalars.append(scalar)
                continue
            }
            // Marks inside a word join it: "U.S.", "anti-dumping", "Japan's".
            if !word.isEmpty, ActionMerger.joiners.contains(scalar) { continue }
            if endWord() { return head }
            // A number or another mark ends a run that has begun: "dlrs" in "51 mln dlrs, ...".
            if !CharacterClass.isSpace(scalar), head != nil { return head }
        }
        _ = endWord()
        return head
    }

    private static let joiners: Set<Unicode.Scalar> = [".", "-", "'", "\u{2019}"]

    private func sameObject(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = cues.sameAction[a], let y = cues.sameAction[b] else { return false }
        return x == y
    }

    /// Conditions 1, 3, 4 and 5 of the policy: everything but the object.
    static func sameAction(_ a: Event, _ b: Event, published: SimpleDate?) -> Bool {
        guard a.type == b.type, a.status == b.status else { return false }
        for (x, y) in [(a.agent, b.agent), (a.recipient, b.recipient), (a.target, b.target)] {
            if let x, let y, !EventMerger.same(x, y) { return false }
        }
        if let x = a.date, let y = b.date, !datesCompatible(x, y, published: published) { return false }
        let sentences = Set(a.sources.map(\.start)), texts = Set(a.sources.map(\.sentence))
        return !b.sources.contains { sentences.contains($0.start) || texts.contains($0.sentence) }
    }

    /// How many days before publication a stated date may lie and still tell the day's news.
    static let newsDays = 7

    /// Condition 4 for two dated events.
    static func datesCompatible(_ x: EventDate, _ y: EventDate, published: SimpleDate?) -> Bool {
        let xNews = isDayOfNews(x, published: published), yNews = isDayOfNews(y, published: published)
        if xNews == yNews { return x.value == y.value || EventMerger.datesCompatible(x.value, y.value) }
        // One is the day of the news: the other must be of the same news.
        let stated = xNews ? y : x
        guard let published, let span = CalendarSpan(stated.value) else { return false }
        return span.last >= published.adding(days: -newsDays) && span.first <= published.adding(days: EventDater.leadDays)
    }

    /// The date of two mentions of one action: another day than the day of the news (``isDayOfNews(_:published:)``)
    /// beats it ("said today it extended the exclusions" ... "the extension, announced on Tuesday"); otherwise the
    /// more specific one (``EventMerger/moreSpecific(_:_:)``), so a stated day of the news beats a year ("Ghana
    /// lifted a ban, ACCRA, June 19 ... the lifting of the ban, imposed earlier this year").
    static func preferred(_ a: EventDate?, _ b: EventDate?, published: SimpleDate?) -> EventDate? {
        if let a, let b, a.granularity == b.granularity, isDayOfNews(a, published: published) != isDayOfNews(b, published: published) {
            return isDayOfNews(a, published: published) ? b : a
        }
        return EventMerger.moreSpecific(a, b)
    }

    /// Whether `date` is the publication day: taken by convention (no text), or stated by the dateline or a
    /// "today" ("LONDON, March 9 - ..."). Such a date tells the day of the report, not of the action, so it is
    /// compatible with a stated day of the same news ("the commission is expected to approve it tomorrow",
    /// "brokers said yesterday Pakistan had suspended the licences").
    static func isDayOfNews(_ date: EventDate, published: SimpleDate?) -> Bool {
        if date.text.isEmpty { return true }
        guard let published, date.granularity == .day else { return false }
        return SimpleDate(iso: date.value) == published
    }

    /// `a` with the later mention `b` merged in.
    static func merge(_ a: Event, _ b: Event, published: SimpleDate?) -> Event {
        var kept = a
        kept.date = preferred(a.date, b.date, published: published)
        kept.agent = a.agent ?? b.agent
        kept.recipient = a.recipient ?? b.recipient
        kept.target = a.target ?? b.target
        kept.object = a.object ?? b.object
        kept.duration = a.duration ?? b.duration
        kept.attributes.merge(b.attributes) { first, _ in first }
        kept.sources = (a.sources + b.sources).sorted { $0.start < $1.start }
        return kept
    }
}
