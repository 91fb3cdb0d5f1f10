/// Merges mentions of one real-world event into one event with several sources.
///
/// Two events merge when all of these hold:
/// 1. **Same type** and **same status** (occurred, planned, proposed and negated never merge with each other:
///    "did not extend" is not "extended").
/// 2. **No shared sentence**: no source of one is the same sentence (document and start) as a source of the
///    other. Two events found in one sentence are two events.
/// 3. **Compatible participants**: for every role (agent, recipient, target) filled in both, the participants
///    are the same entity (equal ids, or equal names after `ScoreText.nameFold`), and at least one role is
///    filled in both.
/// 4. **Compatible dates**: both undated; or equal values; or one calendar span contains the other
///    (`2019-11-20` inside `2019-W47`, `2019-11`, `2019-Q4`, `2019`); or a partial value matches a full one on
///    every known digit (`XXXX-11-20` and `2019-11-20`). When one or both are undated, they merge only if the
///    participants clearly agree: at least two roles agree, or the target or the recipient agrees (an agent such
///    as "the U.S." or "the SEC" alone is not enough: two undated SEC investigations of different companies
///    are two events).
///
/// The merged event keeps a date the text gives over the publication date taken by convention, then the
/// more specific date (the shorter span; a full value over a partial one; a
/// non-approximate one on ties), fills null roles, `object` and `duration` from the other, keeps the first value
/// of each attribute, and unions the sources in document order (then by start offset), dropping repeats.
///
/// Mentions are merged greedily in the order they are added: each new event joins the first earlier event it
/// is compatible with. Candidates are found through an index of participants (and of absent roles), so
/// merging stays fast for many events.
public struct EventMerger: Sendable {
    /// An event with what the policy compares, computed once.
    struct Entry: Sendable {
        var event: Event
        /// Folded names of agent, recipient, target (`nil` for an absent role).
        var folds: [String?]
        var sentences: Set<SentenceKey>
        var span: CalendarSpan?

        init(_ event: Event) {
            self.init(event, folds: [event.agent, event.recipient, event.target].map { $0.map { ScoreText.nameFold($0.name) } })
        }

        /// `folds`: the folded names of agent, recipient and target, already known.
        init(_ event: Event, folds: [String?]) {
            self.event = event
            self.folds = folds
            self.sentences = Set(event.sources.map { SentenceKey(document: $0.document, start: $0.start) })
            self.span = event.date.flatMap { CalendarSpan($0.value) }
        }

        var participants: [Participant?] { [event.agent, event.recipient, event.target] }

        /// Merges the later mention `other` into this event in place (see ``EventMerger/merge(_:_:documentOrder:)``):
        /// when `other`'s sources all sort after this event's, they are appended, so an event reported a
        /// million times costs a constant per mention, not a copy of its sources.
        mutating func absorb(_ other: Entry, documentOrder: [String: Int]) {
            EventMerger.merge(into: &event, other.event, documentOrder: documentOrder)
            // Merging fills only absent roles, from `other`: each role's participant, so its fold, is this
            // event's or else the other's.
            folds = zip(folds, other.folds).map { mine, theirs in mine ?? theirs }
            sentences.formUnion(other.sentences)
            span = event.date.flatMap { CalendarSpan($0.value) }
        }
    }

    struct SentenceKey: Hashable, Sendable {
        var document: String
        var start: Int
    }

    private var entries: [Entry] = []
    private var documentOrder: [String: Int] = [:]
    /// Participant keys (`type|status|role|id:...` or `...|name:...`) to the indices of events that have them.
    private var index: [String: [Int]] = [:]
    /// ``ScoreText/nameFold(_:)`` of the participant names seen so far: the same few names (agencies, countries,
    /// companies) come back in event after event.
    private var folded: [String: String] = [:]

    public init() {}

    public var events: [Event] { entries.map(\.event) }

    /// Registers the position of a document, for ordering sources.
    public mutating func register(document id: String) {
        if documentOrder[id] == nil { documentOrder[id] = documentOrder.count }
    }

    public var order: [String: Int] { documentOrder }

    /// Adds one event, merging it into an earlier compatible event when there is one.
    public mutating func add(_ event: Event) {
        var event = event
        event.sources = EventMerger.sortedSources(event.sources, documentOrder: documentOrder)
        let entry = Entry(event, folds: [event.agent, event.recipient, event.target].map { $0.map { fold($0.name) } })
        let roles = RoleKeys(entry)
        for candidate in candidates(for: roles) where EventMerger.canMerge(entries[candidate], entry) {
            let previous = Set(RoleKeys(entries[candidate]).keys)
            entries[candidate].absorb(entry, documentOrder: documentOrder)
            // Merging only fills absent roles: the keys the event had stay (a stale `none` key only costs a
            // check); add the new ones.
            for key in RoleKeys(entries[candidate]).keys where !previous.contains(key) {
                index[key, default: []].append(candidate)
            }
            return
        }
        entries.append(entry)
        for key in roles.keys { index[key, default: []].append(entries.count - 1) }
    }

    /// ``ScoreText/nameFold(_:)`` of `name`, folded once per distinct name.
    private mutating func fold(_ name: String) -> String {
        if let known = folded[name] { return known }
        let fold = ScoreText.nameFold(name)
        folded[name] = fold
        return fold
    }

    /// The index keys of an event's roles, made once for both looking candidates up and indexing the event:
    /// for a filled role its participant's id key (when it has an id) and name key, for an empty one its
    /// `none` key.
    struct RoleKeys {
        /// Per role (agent, recipient, target): the keys of a filled role, nil for an empty one.
        var filled: [(id: String?, name: String)?] = []
        /// Per role: the key of the role's absence.
        var none: [String] = []

        init(_ entry: Entry) {
            let prefix = entry.event.type + "|" + entry.event.status.rawValue + "|"
            for (role, participant) in entry.participants.enumerated() {
                let head = prefix + String(role)
                none.append(head + "|none")
                filled.append(participant.map { participant in
                    (participant.id.map { head + "|id:" + $0 }, head + "|name:" + (entry.folds[role] ?? ""))
                })
            }
        }

        /// The keys the event is indexed under.
        var keys: [String] {
            var result: [String] = []
            for (role, keys) in filled.enumerated() {
                guard let keys else {
                    result.append(none[role])
                    continue
                }
                if let id = keys.id { result.append(id) }
                result.append(keys.name)
            }
            return result
        }
    }

    /// Earlier events that may merge with the event of `roles`, in ascending order. A mergeable event agrees on
    /// every role both fill, so for any role the event fills it is indexed under that participant or under the
    /// role's absence; the role with the fewest such events is used.
    private func candidates(for roles: RoleKeys) -> [Int] {
        var best: [[Int]]? = nil
        var bestCount = Int.max
        for (role, keys) in roles.filled.enumerated() {
            guard let keys else { continue }
            var lists: [[Int]] = []
            if let id = keys.id, let list = index[id] { lists.append(list) }
            if let list = index[keys.name] { lists.append(list) }
            if let list = index[roles.none[role]] { lists.append(list) }
            let count = lists.reduce(0) { $0 + $1.count }
            if count < bestCount {
                best = lists
                bestCount = count
            }
        }
        guard let best else { return [] }
        if best.count == 1 { return best[0].sorted() }
        return Array(Set(best.joined())).sorted()
    }

    // MARK: - The policy

    /// Whether two participants are the same entity: equal ids, or equal folded names.
    public static func same(_ a: Participant, _ b: Participant) -> Bool {
        same(a, ScoreText.nameFold(a.name), b, ScoreText.nameFold(b.name))
    }

    static func same(_ a: Participant, _ fa: String, _ b: Participant, _ fb: String) -> Bool {
        if let x = a.id, let y = b.id, x == y { return true }
        return !fa.isEmpty && ScoreText.same(fa, fb)
    }

    static let roleNames = ["agent", "recipient", "target"]

    /// Roles filled in both events that agree, or `nil` when a role filled in both disagrees.
    public static func agreeingRoles(_ a: Event, _ b: Event) -> [String]? {
        agreeingRoles(Entry(a), Entry(b))
    }

    static func agreeingRoles(_ a: Entry, _ b: Entry) -> [String]? {
        var agreeing: [String] = []
        let pa = a.participants, pb = b.participants
        for role in 0..<3 {
            guard let x = pa[role], let y = pb[role] else { continue }
            guard same(x, a.folds[role] ?? "", y, b.folds[role] ?? "") else { return nil }
            agreeing.append(roleNames[role])
        }
        return agreeing
    }

    /// Whether two dated values can name the same time.
    public static func datesCompatible(_ a: String, _ b: String) -> Bool {
        datesCompatible(a, CalendarSpan(a), b, CalendarSpan(b))
    }

    static func datesCompatible(_ a: String, _ sa: CalendarSpan?, _ b: String, _ sb: CalendarSpan?) -> Bool {
        if a == b { return true }
        if let x = sa, let y = sb { return x.contains(y) || y.contains(x) }
        let xa = Array(a.utf8), xb = Array(b.utf8)
        guard xa.count == xb.count, xa.contains(UInt8(ascii: "X")) || xb.contains(UInt8(ascii: "X")) else { return false }
        for (p, q) in zip(xa, xb) where p != q && p != UInt8(ascii: "X") && q != UInt8(ascii: "X") { return false }
        return true
    }

    public static func canMerge(_ a: Event, _ b: Event) -> Bool { canMerge(Entry(a), Entry(b)) }

    static func canMerge(_ a: Entry, _ b: Entry) -> Bool {
        guard a.event.type == b.event.type, a.event.status == b.event.status else { return false }
        guard let roles = agreeingRoles(a, b), !roles.isEmpty else { return false }
        switch (a.event.date, b.event.date) {
        case (let x?, let y?):
            guard datesCompatible(x.value, a.span, y.value, b.span) else { return false }
        default:
            // Nothing in the dates ties them: the participants must.
            guard roles.count >= 2 || roles.contains("target") || roles.contains("recipient") else { return false }
        }
        // Looked up from the smaller set: a much-reported event has many sentences, a new mention few.
        let (small, large) = a.sentences.count <= b.sentences.count ? (a.sentences, b.sentences) : (b.sentences, a.sentences)
        return !small.contains(where: large.contains)
    }

    /// Smaller is more specific: full dates by their length in days, partial values after them.
    static func specificity(_ date: EventDate) -> (Int, Int) {
        if let span = CalendarSpan(date.value) { return (span.days, date.approximate ? 1 : 0) }
        return (Int.max, date.approximate ? 1 : 0)
    }

    public static func moreSpecific(_ a: EventDate?, _ b: EventDate?) -> EventDate? {
        guard let a else { return b }
        guard let b else { return a }
        // A date the text gives beats the publication date taken by convention for the day's news.
        if a.text.isEmpty != b.text.isEmpty { return a.text.isEmpty ? b : a }
        return specificity(b) < specificity(a) ? b : a
    }

    public static func sortedSources(_ sources: [EventSource], documentOrder: [String: Int]) -> [EventSource] {
        guard sources.count > 1 else { return sources }
        var seen = Set<EventSource>()
        let unique = sources.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { l, r in
            let dl = documentOrder[l.element.document] ?? Int.max, dr = documentOrder[r.element.document] ?? Int.max
            if dl != dr { return dl < dr }
            if l.element.start != r.element.start { return l.element.start < r.element.start }
            return l.offset < r.offset
        }.map(\.element)
    }

    /// Two source lists already in ``sortedSources(_:documentOrder:)`` order, as one in that order: `a`'s
    /// before `b`'s where they tie, `b`'s copies of `a`'s left out. Linear, so an event reported a thousand
    /// times costs a thousand steps per mention, not a sort.
    static func mergedSources(_ a: [EventSource], _ b: [EventSource], documentOrder: [String: Int]) -> [EventSource] {
        func key(_ source: EventSource) -> (Int, Int) { (documentOrder[source.document] ?? Int.max, source.start) }
        // In order: keys never decrease, and no source repeats within a run of equal keys.
        func inOrder(_ list: [EventSource]) -> Bool {
            var groupStart = 0
            for k in list.indices.dropFirst() {
                let previous = key(list[k - 1]), current = key(list[k])
                if current < previous { return false }
                if current != previous { groupStart = k; continue }
                if list[groupStart..<k].contains(list[k]) { return false }
            }
            return true
        }
        // Lists built by the merger are in order; any other caller's are put in order first.
        let a = inOrder(a) ? a : sortedSources(a, documentOrder: documentOrder)
        let b = inOrder(b) ? b : sortedSources(b, documentOrder: documentOrder)
        var result: [EventSource] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && key(a[i]) <= key(b[j])) {
                result.append(a[i])
                i += 1
                continue
            }
            // b[j] sorts before a[i]: unless a copy of it is among `a`'s sources with the same key, already kept.
            let k = key(b[j])
            var back = result.count - 1
            var duplicate = false
            while back >= 0, key(result[back]) == k {
                if result[back] == b[j] { duplicate = true; break }
                back -= 1
            }
            if !duplicate { result.append(b[j]) }
            j += 1
        }
        return result
    }

    /// `a` merged with the later mention `b`.
    public static func merge(_ a: Event, _ b: Event, documentOrder: [String: Int] = [:]) -> Event {
        var result = a
        mergeFields(into: &result, b)
        result.sources = mergedSources(a.sources, b.sources, documentOrder: documentOrder)
        return result
    }

    /// `a`, whose sources are in order, merged in place with the later mention `b`: as ``merge(_:_:documentOrder:)``,
    /// but `b`'s sources are appended when they are in order and all sort after `a`'s last one (the usual
    /// case: a later document), which is what ``mergedSources(_:_:documentOrder:)`` gives then, without
    /// copying `a`'s.
    static func merge(into a: inout Event, _ b: Event, documentOrder: [String: Int]) {
        mergeFields(into: &a, b)
        if sortsAfter(b.sources, a.sources, documentOrder: documentOrder) {
            a.sources.append(contentsOf: b.sources)
        } else {
            a.sources = mergedSources(a.sources, b.sources, documentOrder: documentOrder)
        }
    }

    /// Everything but the sources: the more specific date, absent roles, object and duration from `b`, `a`'s
    /// attributes first.
    private static func mergeFields(into a: inout Event, _ b: Event) {
        a.date = moreSpecific(a.date, b.date)
        a.agent = a.agent ?? b.agent
        a.recipient = a.recipient ?? b.recipient
        a.target = a.target ?? b.target
        a.object = a.object ?? b.object
        a.duration = a.duration ?? b.duration
        for (key, value) in b.attributes where a.attributes[key] == nil { a.attributes[key] = value }
    }

    /// Whether `later`'s keys strictly increase and its first sorts strictly after `earlier`'s last one (so
    /// none repeats one of `earlier`'s, and appending keeps the order); `earlier` is taken to be in order.
    private static func sortsAfter(_ later: [EventSource], _ earlier: [EventSource], documentOrder: [String: Int]) -> Bool {
        func key(_ source: EventSource) -> (Int, Int) { (documentOrder[source.document] ?? Int.max, source.start) }
        guard let last = earlier.last, let first = later.first else { return later.isEmpty }
        guard key(last) < key(first) else { return false }
        for k in later.indices.dropFirst() where key(later[k]) <= key(later[k - 1]) { return false }
        return true
    }
}
