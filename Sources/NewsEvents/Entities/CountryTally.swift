/// How much each country has been named in a document so far, for "the government": the document's main country
/// is the one with the highest count, the one first named on ties.
///
/// A short list searched in order rather than a dictionary: a document names few countries, and comparing a few ids
/// costs less than hashing one.
/// ```swift
/// var tally = CountryTally()
/// tally.add("us", weight: 1, first: 1, actor: unitedStates)
/// tally.add("cn", weight: 2, first: 3, actor: china)
/// tally.main?.id   // "cn"
/// ```
struct CountryTally {
    private struct Entry {
        let id: String
        var count: Int
        /// When the country was first counted (a mention number): the earlier wins a tie.
        let first: Int
        let actor: Actor
    }

    private var entries: [Entry] = []

    /// Adds `weight` to country `id`'s count; `first` and `actor` are kept when the country is new.
    mutating func add(_ id: String, weight: Int, first: Int, actor: Actor) {
        for k in entries.indices where entries[k].id == id {
            entries[k].count += weight
            return
        }
        entries.append(Entry(id: id, count: weight, first: first, actor: actor))
    }

    /// The country counted most, the first counted on ties; nil when none was.
    var main: Actor? {
        entries.max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) })?.actor
    }
}
