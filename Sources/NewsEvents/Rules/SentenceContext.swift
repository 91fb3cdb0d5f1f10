/// What the matcher sees of one sentence: each token with the entity and temporal expression covering it,
/// and, at each position, the mentions that start there (to be consumed whole by `@class` atoms). A mention
/// preceded by an article also starts at the article, so `by @authority` reads "by the Commerce Department".
///
/// Built once per sentence and shared by every rule. It copies nothing of the document: it holds the
/// document's own arrays and, per token, the numbers and codes the rules' token tests read
/// (``TokenFeatures``); ``views`` makes a token's ``TokenView`` when asked.
/// ```swift
/// let context = SentenceContext(document: document, sentence: document.sentences[0])
/// context.views[0].token.lower   // "the"
/// ```
public struct SentenceContext: Sendable {
    /// A mention that an `@class` atom can consume: its classes and the position after it.
    public struct Unit: Sendable {
        public var classes: [String]
        public var end: Int
    }

    public let range: Range<Int>
    /// The document's tokens, entity mentions and temporal expressions (shared with it, not copied).
    let tokens: [Token]
    let entities: [EntityMention]
    let timexes: [Timex]
    /// `features[i - range.lowerBound]`: what the token tests read of token `i`.
    let features: [TokenFeatures]
    /// `unitList[unitStarts[k]..<unitStarts[k + 1]]`: the mentions starting at token `range.lowerBound + k`
    /// (``units(at:)``), in one array for the whole sentence.
    private var unitStarts: [Int32]
    private var unitList: [Unit]
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
        tokens = document.tokens
        entities = document.entities
        timexes = document.timexes
        var features: [TokenFeatures] = []
        features.reserveCapacity(range.count)
        for token in range {
            features.append(TokenFeatures(token: document.tokens[token], entity: index.entityAt[token],
                                          timex: index.timexAt[token], in: document))
        }
        // The index orders units by start token, so each token's units follow those of the tokens before it.
        var unitStarts = [Int32](repeating: 0, count: range.count + 1)
        var unitList: [Unit] = []
        var offset = 0
        for position in index.unitPositions(startingIn: range) {
            let (start, unit) = index.units[position]
            guard unit.end <= range.upperBound else { continue }
            while offset < start - range.lowerBound {
                offset += 1
                unitStarts[offset] = Int32(unitList.count)
            }
            unitList.append(unit)
        }
        while offset < range.count {
            offset += 1
            unitStarts[offset] = Int32(unitList.count)
        }
        self.features = features
        self.unitStarts = unitStarts
        self.unitList = unitList
    }

    /// The mentions starting at token `range.lowerBound + offset`, in the order `@class` atoms try them.
    public func units(at offset: Int) -> ArraySlice<Unit> {
        unitList[Int(unitStarts[offset])..<Int(unitStarts[offset + 1])]
    }

    /// Whether no mention starts at token `range.lowerBound + offset`.
    func hasNoUnits(at offset: Int) -> Bool {
        unitStarts[offset] == unitStarts[offset + 1]
    }

    /// Each token of the sentence with the mentions covering it, in order (`views[0]` is the first token).
    public var views: TokenViews {
        TokenViews(tokens: tokens, entities: entities, timexes: timexes, features: features, lowerBound: range.lowerBound)
    }

    static let articles: Set<String> = Set(articleList)
    private static let articleList = ["the", "a", "an"]

    /// Whether `word` is one of ``articles`` (compared, not hashed).
    static func isArticle(_ word: String) -> Bool {
        word.utf8.count <= 3 && articleList.contains(word)
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
        let here = Int(unitStarts[offset])..<Int(unitStarts[offset + 1])
        if let index = here.first(where: { unitList[$0].end == tokens.upperBound }) {
            if !unitList[index].classes.contains(name) { unitList[index].classes.append(name) }
        } else {
            unitList.insert(Unit(classes: [name], end: tokens.upperBound), at: here.upperBound)
            for k in (offset + 1)..<unitStarts.count { unitStarts[k] += 1 }
        }
    }
}

/// The tokens of a ``SentenceContext`` as ``TokenView``s, each made when read (a stored array of them would
/// copy every token and mention of the sentence).
///
/// ```swift
/// for view in context.views where view.entity != nil { print(view.token.text) }
/// ```
public struct TokenViews: RandomAccessCollection, Sendable {
    let tokens: [Token]
    let entities: [EntityMention]
    let timexes: [Timex]
    let features: [TokenFeatures]
    /// The document index of the first token.
    let lowerBound: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { features.count }

    public subscript(position: Int) -> TokenView {
        let feature = features[position]
        return TokenView(token: tokens[lowerBound + position],
                         entity: feature.entity < 0 ? nil : entities[Int(feature.entity)],
                         timex: feature.timex < 0 ? nil : timexes[Int(feature.timex)])
    }
}
