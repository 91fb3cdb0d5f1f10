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
///    every known digit (`XXXX-11-20` and `2019-11-20`). When exactly one is dated, they merge only if the
///    participants clearly agree: at least two roles agree, or the target or the recipient agrees (an agent such
///    as "the U.S." alone is not enough).
///
/// The merged event keeps the more specific date (the shorter span; a full value over a partial one; a
/// non-approximate one on ties), fills null roles, `object` and `duration` from the other, keeps the first value
/// of each attribute, and unions the sources in document order (then by start offset), dropping repeats.
///
/// Mentions are merged greedily in the order they are added: each new event joins the first earlier event it
/// is compatible with. Candidates are found through an index of participant keys, so merging is fast even
/// for many events.
public struct EventMerger: Sendable {
    public private(set) var events: [Event] = []
    private var documentOrder: [String: Int] = [:]
    /// Participant keys (`type|status|role|id:...` or `...|name:...`) to the indices of events that have them.
    private var index: [String: [Int]] = [:]

    public init() {}

    /// Registers the position of a document, for ordering sources.
    public mutating func register(document id: String) {
        if documentOrder[id] == nil { documentOrder[id] = documentOrder.count }
    }

    public var order: [String: Int] { documentOrder }

    /// Adds one event, merging it into an earlier compatible event when there is one.
    public mutating func add(_ event: Event) {
        var candidates = Set<Int>()
        for key in keys(of: event) {
            if let list = index[key] { candidates.formUnion(list) }
        }
        for candidate in candidates.sorted() where EventMerger.canMerge(events[candidate], event) {
            let merged = EventMerger.merge(events[candidate], event, documentOrder: documentOrder)
            events[candidate] = merged
            for key in keys(of: merged) where !(index[key]?.contains(candidate) ?? false) {
                index[key, default: []].append(candidate)
            }
            return
        }
        var event = event
        event.sources = EventMerger.sortedSources(event.sources, documentOrder: documentOrder)
        events.append(event)
        for key in keys(of: event) { index[key, default: []].append(events.count - 1) }
    }

    private func keys(of event: Event) -> [String] {
        let prefix = event.type + "|" + event.status.rawValue + "|"
        var result: [String] = []
        for (role, participant) in [("agent", event.agent), ("recipient", event.recipient), ("target", event.target)] {
            guard let participant else { continue }
            if let id = participant.id { result.append(prefix + role + "|id:" + id) }
            result.append(prefix + role + "|name:" + ScoreText.nameFold(participant.name))
        }
        return result
    }

    // MARK: - The policy

    /// Whether two participants are the same entity: equal ids, or equal folded names.
    public static func same(_ a: Participant, _ b: Participant) -> Bool {
        if let x = a.id, let y = b.id, x == y { return true }
        let fa = ScoreText.nameFold(a.name)
        return !fa.isEmpty && ScoreText.same(fa, ScoreText.nameFold(b.name))
    }

    /// Roles filled in both events that agree, or `nil` when a role filled in both disagrees.
    public static func agreeingRoles(_ a: Event, _ b: Event) -> [String]? {
        var agreeing: [String] = []
        for (role, x, y) in [("agent", a.agent, b.agent), ("recipient", a.recipient, b.recipient), ("target", a.target, b.target)] {
            guard let x, let y else { continue }
            guard same(x, y) else { return nil }
            agreeing.append(role)
        }
        return agreeing
    }

    /// Whether two dated values can name the same time.
    public static func datesCompatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let x = CalendarSpan(a), let y = CalendarSpan(b) { return x.contains(y) || y.contains(x) }
        let xa = Array(a.utf8), xb = Array(b.utf8)
        guard xa.count == xb.count, xa.contains(UInt8(ascii: "X")) || xb.contains(UInt8(ascii: "X")) else { return false }
        for (p, q) in zip(xa, xb) where p != q && p != UInt8(ascii: "X") && q != UInt8(ascii: "X") { return false }
        return true
    }

    public static func canMerge(_ a: Event, _ b: Event) -> Bool {
        guard a.type == b.type, a.status == b.status else { return false }
        for s in a.sources {
            for t in b.sources where s.document == t.document && s.start == t.start { return false }
        }
        guard let roles = agreeingRoles(a, b), !roles.isEmpty else { return false }
        switch (a.date, b.date) {
        case (nil, nil):
            return true
        case (let x?, let y?):
            return datesCompatible(x.value, y.value)
        default:
            return roles.count >= 2 || roles.contains("target") || roles.contains("recipient")
        }
    }

    /// Smaller is more specific: full dates by their length in days, partial values after them.
    static func specificity(_ date: EventDate) -> (Int, Int) {
        if let span = CalendarSpan(date.value) { return (span.days, date.approximate ? 1 : 0) }
        return (Int.max, date.approximate ? 1 : 0)
    }

    public static func moreSpecific(_ a: EventDate?, _ b: EventDate?) -> EventDate? {
        guard let a else { return b }
        guard let b else { return a }
        return specificity(b) < specificity(a) ? b : a
    }

    public static func sortedSources(_ sources: [EventSource], documentOrder: [String: Int]) -> [EventSource] {
        var seen = Set<EventSource>()
        let unique = sources.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { l, r in
            let dl = documentOrder[l.element.document] ?? Int.max, dr = documentOrder[r.element.document] ?? Int.max
            if dl != dr { return dl < dr }
            if l.element.start != r.element.start { return l.element.start < r.element.start }
            return l.offset < r.offset
        }.map(\.element)
    }

    /// `a` merged with the later mention `b`.
    public static func merge(_ a: Event, _ b: Event, documentOrder: [String: Int] = [:]) -> Event {
        var result = a
        result.date = moreSpecific(a.date, b.date)
        result.agent = a.agent ?? b.agent
        result.recipient = a.recipient ?? b.recipient
        result.target = a.target ?? b.target
        result.object = a.object ?? b.object
        result.duration = a.duration ?? b.duration
        for (key, value) in b.attributes where result.attributes[key] == nil { result.attributes[key] = value }
        result.sources = sortedSources(a.sources + b.sources, documentOrder: documentOrder)
        return result
    }
}
