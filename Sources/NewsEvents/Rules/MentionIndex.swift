/// Where a document's entity mentions and temporal expressions lie, by token: built once per document so that
/// each ``SentenceContext`` costs time in its own sentence's length, not in the document's number of mentions.
///
/// ```swift
/// let index = MentionIndex(document: document)
/// let context = SentenceContext(document: document, sentence: document.sentences[0], index: index)
/// ```
public struct MentionIndex: Sendable {
    /// Per token: the last entity mention (in document order) covering it, as an index into `document.entities`.
    let entityAt: [Int32]
    /// Per token: the last temporal expression covering it, as an index into `document.timexes`.
    let timexAt: [Int32]
    /// The units `@class` atoms can consume, ordered by start token and, at one token, by the order a
    /// sentence lists them: entity mentions (also from an article before them), then temporal expressions,
    /// then extra units.
    let units: [(start: Int, unit: SentenceContext.Unit)]

    public init(document: AnnotatedDocument, extraUnits: [(start: Int, unit: SentenceContext.Unit)] = []) {
        let count = document.tokens.count
        var entityAt = [Int32](repeating: -1, count: count)
        var timexAt = [Int32](repeating: -1, count: count)
        var units: [(start: Int, unit: SentenceContext.Unit)] = []
        units.reserveCapacity(2 * document.entities.count + document.timexes.count + extraUnits.count)
        for k in document.entities.indices {
            let tokens = document.entities[k].tokens
            for index in tokens.clamped(to: 0..<count) { entityAt[index] = Int32(k) }
            let classes = SentenceContext.classes(of: document.entities[k].type)
            let unit = SentenceContext.Unit(classes: classes, end: tokens.upperBound)
            let start = tokens.lowerBound
            units.append((start, unit))
            // "the Commerce Department": an article before a mention belongs to it for `@class` atoms.
            if start > 0, start <= count, SentenceContext.isArticle(document.tokens[start - 1].lower) {
                units.append((start - 1, unit))
            }
        }
        for k in document.timexes.indices {
            let tokens = document.timexes[k].tokens, type = document.timexes[k].type
            for index in tokens.clamped(to: 0..<count) { timexAt[index] = Int32(k) }
            var classes = ["timex", type.rawValue.lowercased()]
            if type == .date, document.timexes[k].granularity != nil { classes.append("calendar") }
            units.append((tokens.lowerBound, SentenceContext.Unit(classes: classes, end: tokens.upperBound)))
        }
        units += extraUnits
        // By start token, keeping the order above among units that start at the same token.
        let order = units.indices.sorted { (units[$0].start, $0) < (units[$1].start, $1) }
        self.entityAt = entityAt
        self.timexAt = timexAt
        self.units = order.map { units[$0] }
    }

    /// The positions in `units` of the units starting in `range`.
    func unitPositions(startingIn range: Range<Int>) -> Range<Int> {
        func firstStart(atLeast token: Int) -> Int {
            var low = 0, high = units.count
            while low < high {
                let middle = (low + high) / 2
                if units[middle].start < token { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstStart(atLeast: range.lowerBound)..<firstStart(atLeast: range.upperBound)
    }
}
