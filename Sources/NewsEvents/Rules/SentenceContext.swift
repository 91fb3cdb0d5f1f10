/// What the matcher sees of one sentence: each token with the entity and temporal expression covering it,
/// and, at each position, the mentions that start there (to be consumed whole by `@class` atoms). A mention
/// preceded by an article also starts at the article, so `by @authority` reads "by the Commerce Department".
///
/// Built once per sentence and shared by every rule.
public struct SentenceContext: Sendable {
    /// A mention that an `@class` atom can consume: its classes and the position after it.
    public struct Unit: Sendable {
        public var classes: [String]
        public var end: Int
    }

    public let range: Range<Int>
    public let views: [TokenView]
    /// `units[i - range.lowerBound]`: the mentions starting at token `i`.
    public private(set) var units: [[Unit]]

    public init(document: AnnotatedDocument, sentence: Sentence, extraUnits: [(start: Int, unit: Unit)] = []) {
        let range = sentence.tokens
        self.range = range
        var views: [TokenView] = []
        views.reserveCapacity(range.count)
        var units = [[Unit]](repeating: [], count: range.count)
        for index in range {
            views.append(TokenView(token: document.tokens[index], entity: nil, timex: nil))
        }
        for entity in document.entities where entity.tokens.overlaps(range) {
            for index in entity.tokens.clamped(to: range) { views[index - range.lowerBound].entity = entity }
            if range.contains(entity.tokens.lowerBound), entity.tokens.upperBound <= range.upperBound {
                let unit = Unit(classes: SentenceContext.classes(of: entity), end: entity.tokens.upperBound)
                let start = entity.tokens.lowerBound
                units[start - range.lowerBound].append(unit)
                // "the Commerce Department": an article before a mention belongs to it for `@class` atoms.
                if start > range.lowerBound, SentenceContext.articles.contains(document.tokens[start - 1].lower) {
                    units[start - 1 - range.lowerBound].append(unit)
                }
            }
        }
        for timex in document.timexes where timex.tokens.overlaps(range) {
            for index in timex.tokens.clamped(to: range) { views[index - range.lowerBound].timex = timex }
            if range.contains(timex.tokens.lowerBound), timex.tokens.upperBound <= range.upperBound {
                var classes = ["timex", timex.type.rawValue.lowercased()]
                if timex.type == .date, timex.granularity != nil { classes.append("calendar") }
                units[timex.tokens.lowerBound - range.lowerBound].append(Unit(classes: classes, end: timex.tokens.upperBound))
            }
        }
        for extra in extraUnits where range.contains(extra.start) && extra.unit.end <= range.upperBound {
            units[extra.start - range.lowerBound].append(extra.unit)
        }
        self.views = views
        self.units = units
    }

    static let articles: Set<String> = ["the", "a", "an"]

    static func classes(of entity: EntityMention) -> [String] {
        var classes = ["entity", "actor", entity.type.rawValue]
        if entity.type.isAuthority { classes.append("authority") }
        return classes
    }

    /// Adds a mention a rule made (`mention: party`) over tokens `tokens`, so later rules match it as `@party`.
    public mutating func addMention(_ name: String, over tokens: Range<Int>) {
        guard range.contains(tokens.lowerBound), tokens.upperBound <= range.upperBound, !tokens.isEmpty else { return }
        let offset = tokens.lowerBound - range.lowerBound
        if let index = units[offset].firstIndex(where: { $0.end == tokens.upperBound }) {
            if !units[offset][index].classes.contains(name) { units[offset][index].classes.append(name) }
        } else {
            units[offset].append(Unit(classes: [name], end: tokens.upperBound))
        }
    }
}
