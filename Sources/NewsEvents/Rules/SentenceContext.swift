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
    /// The tokens carry the numbers of the vocabulary the rules' word tests adopted (``EventExtractor`` sets
    /// it), so those tests read numbers instead of words.
    var numbered = false

    public init(document: AnnotatedDocument, sentence: Sentence, extraUnits: [(start: Int, unit: Unit)] = []) {
        self.init(document: document, sentence: sentence, index: MentionIndex(document: document, extraUnits: extraUnits))
    }

    /// The context of one sentence, from the document's ``MentionIndex`` (build it once for all sentences).
    public init(document: AnnotatedDocument, sentence: Sentence, index: MentionIndex) {
        let range = sentence.tokens
        self.range = range
        var views: [TokenView] = []
        views.reserveCapacity(range.count)
        for token in range {
            let entity = index.entityAt[token], timex = index.timexAt[token]
            views.append(TokenView(
                token: document.tokens[token], entity: entity < 0 ? nil : document.entities[Int(entity)],
                timex: timex < 0 ? nil : document.timexes[Int(timex)]))
        }
        var units = [[Unit]](repeating: [], count: range.count)
        for position in index.unitPositions(startingIn: range) {
            let (start, unit) = index.units[position]
            if unit.end <= range.upperBound { units[start - range.lowerBound].append(unit) }
        }
        self.views = views
        self.units = units
    }

    static let articles: Set<String> = ["the", "a", "an"]

    /// Whether `word` is one of ``articles`` (a longer word is not hashed).
    static func isArticle(_ word: String) -> Bool {
        word.utf8.count <= 3 && articles.contains(word)
    }

    /// Every unit class an entity mention can give (``classes(of:)``): rules' own units must not be told apart
    /// from these by their words.
    static let entityClasses: Set<String> = Set(["entity", "actor", "authority"] + EntityType.allCases.map(\.rawValue))

    /// The classes a mention of an entity of `type` gives: `entity`, `actor`, its type and, for an authority, `authority`.
    static func classes(of type: EntityType) -> [String] {
        classesByType[EntityType.allCases.firstIndex(of: type)!]
    }

    /// ``classes(of:)`` for each entity type in `allCases` order, made once (each unit shares its array).
    private static let classesByType: [[String]] = EntityType.allCases.map { type in
        var classes = ["entity", "actor", type.rawValue]
        if type.isAuthority { classes.append("authority") }
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
