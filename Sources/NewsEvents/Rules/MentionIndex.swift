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
            let calendar = type == .date && document.timexes[k].granularity != nil
            units.append((tokens.lowerBound, SentenceContext.Unit(classes: MentionIndex.classes(of: type, calendar: calendar),
                                                                  end: tokens.upperBound)))
        }
        units += extraUnits
        self.entityAt = entityAt
        self.timexAt = timexAt
        self.units = MentionIndex.byStart(units)
    }

    /// `units` ordered by start token, keeping their order among units that start at the same token (sorted as
    /// plain numbers: start, then position).
    private static func byStart(_ units: [(start: Int, unit: SentenceContext.Unit)]) -> [(start: Int, unit: SentenceContext.Unit)] {
        if units.indices.dropFirst().allSatisfy({ units[$0 - 1].start <= units[$0].start }) { return units }
        // The sign bit flipped, so that the numbers order as the starts do.
        var keys = units.indices.map {
            UInt64(UInt32(bitPattern: Int32(clamping: units[$0].start)) ^ 0x8000_0000) << 32 | UInt64($0)
        }
        keys.sort()
        return keys.map { units[Int($0 & 0xFFFF_FFFF)] }
    }

    /// The classes a temporal expression of `type` gives: `timex`, its type in lower case and, for a calendar
    /// date, `calendar`.
    static func classes(of type: TimexType, calendar: Bool) -> [String] {
        let number: Int
        switch type {
        case .date: number = 0
        case .time: number = 1
        case .duration: number = 2
        case .set: number = 3
        }
        return timexClasses[2 * number + (calendar ? 1 : 0)]
    }

    /// ``classes(of:calendar:)`` for each type in the order of its switch, without and with `calendar`, made
    /// once (each unit shares its array).
    private static let timexClasses: [[String]] = [TimexType.date, .time, .duration, .set].flatMap { type in
        [["timex", type.rawValue.lowercased()], ["timex", type.rawValue.lowercased(), "calendar"]]
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
