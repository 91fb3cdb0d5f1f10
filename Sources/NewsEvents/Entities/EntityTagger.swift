/// The entities stage: finds the actors of a document and gives each mention a canonical id, name and type.
///
/// One left-to-right pass over the sentences. At each token the tagger takes the longest of:
/// a lexicon alias (``TokenTrie``, valid on the document's publication date), an alias the document itself
/// defined ("the Bureau of Industry and Security (BIS)", a surname after the full name), an unknown name
/// recognised from its shape ("Kestrel Dynamics Ltd", "Trade Minister Anita Gradin", "Ministry of Trade") and a
/// group ("a bipartisan group of 15 senators", "Japanese chipmakers"). Where none starts, a definite
/// description ("the Department") or a pronoun ("it") is resolved against the mentions already made; those that
/// resolve to nothing are left out. Each step looks at a bounded number of tokens, so the pass is linear in the
/// document whatever the size of the lexicon.
/// ```swift
/// let (lexicon, _) = Lexicon.load(directory: "rules/lexicons")
/// EntityTagger(lexicon: lexicon).process(&document)
/// document.entities.map(\.id)   // ["us.commerce", "huawei", "us.commerce", ...]
/// ```
public struct EntityTagger: PipelineStage, VocabularyUser {
    public var lexicon: Lexicon {
        didSet {
            tables = TaggerTables(lexicon: lexicon)
            if let vocabulary { adopt(vocabulary) }
        }
    }
    /// The pipeline's vocabulary once adopted, and per number in it what the tagger reads of a token of that word
    /// whose shape gives it no capital (see ``TaggingRun/plainLooks(_:)``).
    private(set) var vocabulary: Vocabulary?
    private(set) var wordsByNumber: [TaggingRun.TokenLook] = []
    /// What every document's run reads: the lexicon's trie and aliases, the grammar and its word table.
    private(set) var tables: TaggerTables
    /// How many sentences back a description ("the agency") may find its antecedent.
    public var descriptionWindow = 8
    /// How many sentences back a pronoun ("it", "they") may find its antecedent.
    public var pronounWindow = 2

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.tables = TaggerTables(lexicon: lexicon)
    }

    /// Every word of the tagger's word table: the keys of the lexicon's aliases, the grammar's words and the
    /// literals the recognisers compare with.
    public var vocabularyWords: [String] { tables.words.words }

    /// Tokens numbered by `vocabulary` are then looked up by number, provided it holds every word of
    /// ``vocabularyWords``; otherwise by their text, as before.
    public mutating func adopt(_ vocabulary: Vocabulary) {
        let complete = tables.words.words.allSatisfy { vocabulary.id(of: $0) != Vocabulary.unknown }
        self.vocabulary = complete ? vocabulary : nil
        wordsByNumber = complete ? TaggingRun.plainLooks(tables.words.numbered(by: vocabulary)) : []
    }

    public func process(_ document: inout AnnotatedDocument) {
        let run = TaggingRun(tables: tables, byNumber: (vocabulary?.numbers(document) ?? false) ? wordsByNumber : nil,
                             descriptionWindow: descriptionWindow, pronounWindow: pronounWindow, document: document)
        document.entities = run.tag()
    }
}

/// An actor as the tagger knows it while reading a document.
///
/// A class with constant fields: a candidate, a mention's history entry and a lexicon alias share one actor, so
/// passing one along retains one reference instead of copying three strings, a set and an optional string.
/// ```swift
/// let actor = Actor(id: "us", name: "United States", type: .country, country: "us")
/// actor.descriptors.contains("government")   // false: none given
/// ```
final class Actor: Sendable {
    let id: String
    let name: String
    let type: EntityType
    /// What descriptions may name it ("agency", "company"), each once or more: a short list, read only by
    /// `contains` (building one costs less than building a set).
    let descriptors: [String]
    let country: String?

    init(id: String, name: String, type: EntityType, descriptors: [String] = [], country: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.descriptors = descriptors
        self.country = country
    }

    convenience init(_ entry: LexiconEntry) {
        self.init(id: entry.id, name: entry.name, type: entry.type, descriptors: Array(entry.descriptors),
                  country: entry.type == .country ? entry.id : entry.country)
    }
}

/// A possible mention starting at a token.
struct Candidate {
    enum Source: Int { case lexicon = 0, document, shape, group, description, pronoun }
    var range: Range<Int>
    var actor: Actor
    var kind: MentionKind
    var source: Source
    var aliasKind: LexiconAlias.Kind = .alias
    /// For names found from their shape: the words of the name proper (no title), to remember as aliases.
    var nameTokens: Range<Int>? = nil
    /// The name came from the lexicon or the document: no new aliases to learn.
    var known = false
}

/// The state of tagging one document.
///
/// A class, not a struct: the recognisers are many small methods called at every token, and on a struct of this
/// size each call from a mutating method copied the whole run (some 800 bytes) to pass it along; a reference
/// passes one pointer. It lives for one ``EntityTagger/process(_:)`` call and never leaves it: its mutable state
/// is touched by one thread, one access at a time, so it is marked `@exclusivity(unchecked)` (the run-time checks
/// of a class's stored properties cost more than many of the recognisers' steps).
final class TaggingRun {
    /// ``EntityTagger/descriptionWindow`` and ``EntityTagger/pronounWindow``.
    let descriptionWindow: Int
    let pronounWindow: Int
    /// The tagger's lexicon parts, grammar and word table, shared by every run.
    let tables: TaggerTables
    let tokens: [Token]
    let sentences: [Sentence]
    /// The ids of the words the recognisers compare keys with.
    let literals: WordFacts.Literals
    /// Per token: what the tagger reads of it (its word id, facts, trie node, ...), in one array.
    let looks: [TokenLook]
    /// Per token (and one past the last): the first token at or after it whose key is a group noun, and the first
    /// whose key is a title (the token count when none).
    let next: [NextFacts]
    let date: SimpleDate?
    let bodyStart: Int
    /// The document's code points (``text(_:)`` reads the words as written): the one part of the document read
    /// after the run is made, kept alone so that the run holds and lets go one array, not a whole document.
    let scalars: [Unicode.Scalar]
    /// Tokens that end a temporal expression ("Earlier this week it extended": a subject may follow).
    /// In increasing order.
    let timexEnds: [Int]

    @exclusivity(unchecked) var mentions: [EntityMention] = []
    /// Per mention: the actor with its descriptors and the sentence it stands in.
    @exclusivity(unchecked) var history: [Recorded] = []
    /// Ids named so far (for `later` aliases): those of `mentions[..<seenCount]`, filled in only when a `later`
    /// alias is tried.
    @exclusivity(unchecked) var seen = Set<String>()
    @exclusivity(unchecked) var seenCount = 0
    /// Aliases the document defined.
    @exclusivity(unchecked) var documentAliases = DocumentAliases()
    /// Parties named together so far, for "the companies".
    @exclusivity(unchecked) var coordinations: [CoordinatedParties] = []
    /// Country mentions so far, for "the government".
    @exclusivity(unchecked) var countryCounts = CountryTally()

    @exclusivity(unchecked) var sentence = 0
    @exclusivity(unchecked) var sentenceRange: Range<Int> = 0..<0
    /// The first token of the sentence that is no punctuation (the sentence's end when there is none).
    @exclusivity(unchecked) var firstWord = 0
    @exclusivity(unchecked) var capitalsMeanNothing = false

    /// A mention's entry in ``history``: its actor and the sentence it stands in (a struct, not a tuple: an
    /// array of tuples is destroyed element by element through generic code).
    struct Recorded {
        let actor: Actor
        let sentence: Int
    }

    /// `byNumber`: the tagger's look-ups by vocabulary number (``EntityTagger/wordsByNumber``) when the document's
    /// tokens carry numbers of its vocabulary, else nil (tokens are looked up by their text).
    init(tables: TaggerTables, byNumber: [TokenLook]?, descriptionWindow: Int, pronounWindow: Int,
         document: AnnotatedDocument) {
        self.descriptionWindow = descriptionWindow
        self.pronounWindow = pronounWindow
        self.tables = tables
        let tokens = document.tokens
        self.tokens = tokens
        self.sentences = document.sentences.isEmpty && !tokens.isEmpty
            ? [Sentence(tokens: 0..<tokens.count, span: Span(start: 0, end: 0))]
            : document.sentences
        self.literals = tables.literals
        self.looks = TaggingRun.looks(of: tokens, in: tables.words, byNumber: byNumber)
        self.next = TaggingRun.nextFacts(looks)
        self.date = document.source.published
        self.bodyStart = document.source.bodyStart > 0
            ? document.source.bodyStart : TaggingRun.datelineEnd(tokens)
        self.scalars = document.scalars
        var timexEnds = document.timexes.map { $0.tokens.upperBound - 1 }
        timexEnds.sort()  // in place: no second array
        self.timexEnds = timexEnds
        // About one mention in fifteen tokens: room enough that the arrays rarely grow.
        mentions.reserveCapacity(tokens.count / 12 + 4)
        history.reserveCapacity(tokens.count / 12 + 4)
    }

    /// What the tagger reads of each token, in one pass. Tokens numbered by the vocabulary are looked up by number
    /// (`byNumber`, from ``plainLooks(_:)``): for a token whose shape gives it no capital that is all there is to it.
    private static func looks(of tokens: [Token], in table: WordFacts.Table, byNumber: [TokenLook]?)
        -> [TokenLook] {
        [TokenLook](unsafeUninitializedCapacity: tokens.count) { buffer, initialized in
            tokens.withUnsafeBufferPointer { tokens in
                // Token `i` read in place: a copy of a token retains its three strings.
                func look(_ i: Int, _ looked: WordFacts.Table.Looked) -> TokenLook {
                    let shape = tokens[i].shape
                    // A capitalised shape starts with an upper-case letter (see `CharacterClass.shape(of:)`).
                    let upper = shape == .capitalized
                        || (TaggingRun.mayStartCapitalised(shape) && TaggingRun.startsCapitalised(tokens[i].text))
                    return TaggingRun.look(looked, shape: shape, upper: upper,
                                           longUpper: shape == .upper && !tokens[i].text.dropFirst().isEmpty)
                }
                let out = buffer.baseAddress!
                if let byNumber {
                    byNumber.withUnsafeBufferPointer { byNumber in
                        for i in tokens.indices {
                            let number = tokens[i].lowerID
                            if number >= 0 {
                                let plain = byNumber[Int(number)]
                                if plain.isSettled {
                                    let shape = tokens[i].shape
                                    if shape == .lower || shape == .punctuation || shape == .symbol {
                                        (out + i).initialize(to: plain)
                                    } else {
                                        (out + i).initialize(to: look(i, WordFacts.Table.Looked(
                                            word: plain.word, facts: plain.facts, trieNode: plain.trieNode,
                                            keyIsLower: plain.keyIsLower)))
                                    }
                                    continue
                                }
                            }
                            let looked = table.lookup(text: tokens[i].text, lower: tokens[i].lower,
                                                      unnumbered: number < 0)
                            (out + i).initialize(to: look(i, looked))
                        }
                    }
                } else {
                    for i in tokens.indices {
                        (out + i).initialize(to: look(i, table.lookup(text: tokens[i].text, lower: tokens[i].lower)))
                    }
                }
            }
            initialized = tokens.count
        }
    }

    /// What the tagger reads of a token from its look-up in the word table and its shape. `upper`: its text starts
    /// with an upper-case letter; `longUpper`: its shape is `.upper` and its text is longer than one character.
    @inline(__always) static func look(_ looked: WordFacts.Table.Looked, shape: TokenShape, upper: Bool,
                                       longUpper: Bool) -> TokenLook {
        let mayStart = upper || looked.trieNode >= 0 || shape == .upper || shape == .number
            || !looked.facts.isDisjoint(with: .mentionOpeners)
        let nameShaped = upper || longUpper
        let groupOnly = looked.trieNode < 0 && !nameShaped
            && looked.facts.isDisjoint(with: [.title, .determiner, .pronoun, .objectPronoun])
        return TokenLook(word: looked.word, trieNode: looked.trieNode, facts: looked.facts, capitalised: upper,
                         mayStart: mayStart, keyIsLower: looked.keyIsLower, nameShaped: nameShaped,
                         startsOnlyGroups: groupOnly)
    }

    /// Per number of the vocabulary, from its look-up (``WordFacts/Table/numbered(by:)``): what the tagger reads
    /// of a token of that word whose shape gives it no capital (lower case, punctuation, a symbol); none where the
    /// look-up is (``TokenLook/unsettled``). The word, facts, trie node and key of a token of another shape are
    /// read from it too.
    static func plainLooks(_ byNumber: [WordFacts.Table.Looked?]) -> [TokenLook] {
        byNumber.map { looked in looked.map { look($0, shape: .lower, upper: false, longUpper: false) } ?? .unsettled }
    }

    /// Where the next token with a key of some facts is: the first at or after a token whose key is a group noun,
    /// and the first whose key is a title (the token count when there is none). One array of pairs, not two arrays.
    struct NextFacts {
        var groupNoun: Int32
        var title: Int32
    }

    /// ``NextFacts`` per token, and one past the last token.
    private static func nextFacts(_ looks: [TokenLook]) -> [NextFacts] {
        let count = looks.count
        return [NextFacts](unsafeUninitializedCapacity: count + 1) { next, initialized in
            looks.withUnsafeBufferPointer { looks in
                var found = NextFacts(groupNoun: Int32(count), title: Int32(count))
                next[count] = found
                for index in stride(from: count - 1, through: 0, by: -1) {
                    let facts = looks[index].facts
                    if facts.contains(.groupNoun) { found.groupNoun = Int32(index) }
                    if facts.contains(.title) { found.title = Int32(index) }
                    next[index] = found
                }
            }
            initialized = count + 1
        }
    }

    func tag() -> [EntityMention] {
        for (index, s) in sentences.enumerated() {
            sentence = index
            sentenceRange = s.tokens
            firstWord = s.tokens.lowerBound
            while firstWord < s.tokens.upperBound, tokens[firstWord].shape == .punctuation { firstWord += 1 }
            capitalsMeanNothing = isAllCapitals(s.tokens)
            noteDatelinePlace(in: s.tokens)
            let headline = s.isHeadline || capitalsMeanNothing
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                if looks[i].mayStart, !looks[i].startsOnlyGroups || Int(next[i].groupNoun) < s.tokens.upperBound,
                   var candidate = best(at: i, headline: headline) {
                    extend(&candidate)
                    record(candidate)
                    i = candidate.range.upperBound
                } else {
                    i += 1
                }
            }
        }
        return mentions
    }

    // MARK: - Choosing

    /// The mention that starts at token `i`, if any.
    func best(at i: Int, headline: Bool) -> Candidate? {
        guard tokens[i].span.end > bodyStart || bodyStart == 0 else { return nil }
        // The longest option; on equal lengths the source first in `Candidate.Source` order, then the first tried.
        // The lexicon's and the document's options are kept apart by length and actor only (copying an optional
        // candidate costs more than the rest of a step).
        // (Most tokens start neither, and the tests below spare copying empty options.)
        // (The lexicon's option initialises `chosen`: assigning an optional candidate costs more.)
        var chosen: Candidate? = looks[i].trieNode >= 0 ? lexiconMatch(at: i) : nil
        var found = chosen != nil
        let lexical: (count: Int, actor: Actor)? = found ? (count: chosen!.range.count, actor: chosen!.actor) : nil
        var documentOption: (count: Int, actor: Actor)? = nil
        // (Only a found alias is passed on: an empty option is not copied either.)
        if looks[i].capitalised, documentAliases.filter != 0, let defined = documentAliasMatch(at: i) {
            documentOption = (count: defined.range.count, actor: defined.actor)
            if TaggingRun.keepLonger(defined, in: &chosen) { found = true }
        }
        // Names from their shape start with a name word or a title, groups before a group noun: the tests spare
        // the calls elsewhere.
        // Each is told how long it must be to win (`atLeast`): a shorter one builds no actor, only to lose.
        if !headline, looks[i].nameShaped || looks[i].facts.contains(.title) {
            if looks[i].nameShaped,
               TaggingRun.keepLonger(organisationShape(at: i, atLeast: TaggingRun.lengthToBeat(chosen, from: .shape)),
                                     in: &chosen) {
                found = true
            }
            // A title at `i` or within the five words after it, as `titledPerson` asks first: most words have none,
            // and then the call is spared.
            if Int(next[i].title) < min(sentenceRange.upperBound, i + 6),
               TaggingRun.keepLonger(titledPerson(at: i, atLeast: TaggingRun.lengthToBeat(chosen, from: .shape)),
                                     in: &chosen) {
                found = true
            }
        }
        if Int(next[i].groupNoun) < sentenceRange.upperBound,
           TaggingRun.keepLonger(group(at: i, atLeast: TaggingRun.lengthToBeat(chosen, from: .group)), in: &chosen) {
            found = true
        }
        guard found else {
            let facts = looks[i].facts
            if facts.contains(.determiner) {
                let description = description(at: i)
                if description != nil { return description }
            }
            return facts.contains(.pronoun) || facts.contains(.objectPronoun) ? pronoun(at: i) : nil
        }
        // A longer shape name that begins with a known name is that name ("Cathay Pacific Airways Ltd").
        if chosen!.source == .shape, chosen!.actor.type != .person {
            let count = chosen!.range.count, type = chosen!.actor.type
            func names(_ known: (count: Int, actor: Actor)?) -> Bool {
                guard let known else { return false }
                return known.count < count && known.actor.type == type
            }
            if let known = names(lexical) ? lexical : names(documentOption) ? documentOption : nil {
                chosen!.actor = known.actor
                chosen!.known = true
            }
        }
        // "the Energy Board" after "Canada's National Energy Board": the end of a name already mentioned.
        if chosen!.source == .shape, !chosen!.known, chosen!.actor.type != .person {
            let type = chosen!.actor.type, name = chosen!.actor.name
            if let earlier = history.last(where: { $0.actor.type == type && TaggingRun.endsWithName($0.actor.name, name) }) {
                chosen!.actor = earlier.actor
                chosen!.known = true
            }
        }
        return chosen
    }

    /// Whether `whole` ends with a space and `name`, ignoring letter case ("Canada's National Energy Board" ends
    /// with "Energy board"): as `whole.lowercased().hasSuffix(" " + name.lowercased())`, by bytes for ASCII names.
    static func endsWithName(_ whole: String, _ name: String) -> Bool {
        let byBytes = whole.utf8.withContiguousStorageIfAvailable { w in
            name.utf8.withContiguousStorageIfAvailable { n -> Bool? in
                guard !w.contains(where: { $0 >= 0x80 }), !n.contains(where: { $0 >= 0x80 }) else { return nil }
                guard w.count > n.count, w[w.count - n.count - 1] == UInt8(ascii: " ") else { return false }
                func folded(_ byte: UInt8) -> UInt8 {
                    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                }
                let start = w.count - n.count
                for k in 0..<n.count where folded(w[start + k]) != folded(n[k]) { return false }
                return true
            }
        }
        if let byBytes, let byBytes, let byBytes { return byBytes }
        return whole.lowercased().hasSuffix(" " + name.lowercased())
    }

    /// The fewest tokens an option from `source` needs for ``keepLonger(_:in:)`` to take it over `chosen`: as many
    /// as `chosen` holds when `source` comes first in `Candidate.Source` order, one more otherwise; 0 when nothing
    /// is chosen yet.
    private static func lengthToBeat(_ chosen: Candidate?, from source: Candidate.Source) -> Int {
        guard let count = chosen?.range.count, let held = chosen?.source.rawValue else { return 0 }
        return held > source.rawValue ? count : count + 1
    }

    /// Replaces `chosen` by `option` when that is longer, or as long and from a source earlier in `Candidate.Source`
    /// order; true when it did.
    private static func keepLonger(_ option: consuming Candidate?, in chosen: inout Candidate?) -> Bool {
        guard let option else { return false }
        if let count = chosen?.range.count, let source = chosen?.source.rawValue,
           !((count, -source) < (option.range.count, -option.source.rawValue)) {
            return false
        }
        chosen = option
        return true
    }

    /// The longest lexicon alias at `i` whose dates, letter case and flags fit.
    /// `places`: also a capital city used as a place ("in Tokyo", a dateline's "JAKARTA,").
    /// `foreign`: also test ``namesForeignBody(_:at:length:)`` (off when probing for the country itself).
    func lexiconMatch(at i: Int, places: Bool = false, foreign: Bool = true) -> Candidate? {
        let limit = sentenceRange.upperBound
        guard i < limit, looks[i].trieNode >= 0 else { return nil }
        // The nodes the words from `i` on lead to, then the aliases ending there, the longest first.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(tables.trie.depth, 1)) { path in
            path[0] = looks[i].trieNode
            var reached = 1
            while i + reached < limit, reached < tables.trie.depth {
                let next = tables.trie.child(of: path[reached - 1], word: looks[i + reached].word)
                guard next >= 0 else { break }
                path[reached] = next
                reached += 1
            }
            for length in stride(from: reached, through: 1, by: -1) {
                let references = tables.trie.values(at: path[length - 1])
                if references.isEmpty { continue }
                if let candidate = lexiconCandidate(at: i, length: length, references: references, places: places),
                   !foreign || !namesForeignBody(candidate.actor, at: i, length: length) {
                    return candidate
                }
            }
            return nil
        }
    }

    /// The alias among `references` (all `length` tokens long) that names something at `i`, if one does.
    private func lexiconCandidate(at i: Int, length: Int, references: [AliasReference], places: Bool) -> Candidate? {
        var best = -1
        for reference in references {
            let m = tables.firstMatchable[reference.entry] + reference.alias
            guard fits(m, at: i, length: length) else { continue }
            if best >= 0 {
                // With a date the first entry in file order wins; without one, the most recent.
                if date == nil, let end = tables.matchables[best].valid.end,
                   tables.matchables[m].valid.end.map({ $0 > end }) ?? true {
                    best = m
                }
            } else {
                best = m
            }
        }
        guard best >= 0 else { return nil }
        let alias = tables.matchables[best]
        let type = alias.actor.type
        // "New England", "British Columbia": a one-word country inside a longer capitalised name.
        if type == .country, length == 1, i > sentenceRange.lowerBound, !capitalsMeanNothing,
           !isSentenceInitial(i - 1), isCapitalisedWord(i - 1), tokens[i - 1].shape == .capitalized,
           !looks[i - 1].facts.contains(.title), !isOneWordAlias(i - 1) {
            return nil
        }
        if alias.kind == .capital, !places, isPlace(at: i) { return nil }
        var kind: MentionKind = alias.kind == .demonym ? .demonym : .name
        if type == .country, alias.kind == .alias, length == 1, tokens[i].shape == .upper,
           usedAsAdjective(before: i + 1) {
            kind = .demonym  // "U.S. firms", "US chip exports"
        }
        return Candidate(range: i..<(i + length), actor: alias.actor, kind: kind,
                         source: .lexicon, aliasKind: alias.kind, known: true)
    }

    /// Whether the alias at `m` in `matchables` names something at `i`: dates, letter case and flags.
    private func fits(_ m: Int, at i: Int, length: Int) -> Bool {
        if let date, !tables.matchables[m].valid.contains(date) { return false }
        let flags = tables.matchables[m].flags
        let exact = flags.contains(.caseSensitive)
        for k in 0..<length where !accepts(tables.matchables[m].tokens[k], at: i + k, exact: exact) { return false }
        if flags.contains(.later), !hasNamed(tables.matchables[m].actor.id) { return false }
        if flags.contains(.notInitial), capitalsMeanNothing || isSentenceInitial(i) { return false }
        if flags.contains(.standalone) {
            // "The Treasury" opening a sentence: the capitalised article is no name.
            if i > sentenceRange.lowerBound, !isSentenceInitial(i), isCapitalisedWord(i - 1),
               !SentenceContext.articles.contains(key(i - 1)) {
                return false
            }
            if i + length < sentenceRange.upperBound, isCapitalisedWord(i + length) { return false }
        }
        return true
    }

    /// ``AliasToken/accepts(_:exact:)`` of token `j`, from what is known of it when that settles it.
    private func accepts(_ alias: AliasToken, at j: Int, exact: Bool) -> Bool {
        if !exact {
            switch alias.letterCase {
            case .any: return true
            case .capital:
                if looks[j].capitalised { return true }
                if tokens[j].shape == .lower { return false }
            case .upper:
                switch TaggingRun.asciiLetters(tokens[j].text) {
                case .some(.lower): return false
                case .some(.upper), .some(.none): return true
                case nil: break
                }
            }
        }
        return alias.accepts(tokens[j].text, exact: exact)
    }

    static let notNouns: Set<String> = [
        "said", "says", "has", "have", "had", "is", "was", "were", "will", "would", "could", "should", "may", "might",
        "must", "can", "and", "or", "to", "in", "on", "at", "by", "for", "of", "with", "from", "as", "that", "which",
        "who", "did", "does", "do", "also", "not", "but", "if", "when", "after", "before", "since", "than", "because",
        "announced", "agreed", "plans", "wants", "told", "added", "urged", "hopes",
    ]

    /// A country abbreviation followed by a lower-case word that is not a verb or function word qualifies a noun.
    private func usedAsAdjective(before next: Int) -> Bool {
        guard next < sentenceRange.upperBound else { return false }
        guard tokens[next].shape == .lower, !looks[next].facts.contains(.notNoun) else { return false }
        let word = key(next)
        return !(word.hasSuffix("ed") && word.count > 4)
    }

    /// A capital city after "in", "at", ... or opening a dateline is a place, not a government.
    private func isPlace(at i: Int) -> Bool {
        if i > sentenceRange.lowerBound, looks[i - 1].facts.contains(.locative) { return true }
        if tokens[i].span.start < bodyStart { return true }
        if tokens[i].paragraphBefore || i == 0, tokens[i].shape == .upper || tokens[i].text == tokens[i].text.uppercased(),
           i + 1 < tokens.count, tokens[i + 1].text == "," || tokens[i + 1].text == "-" {
            return true
        }
        return false
    }

    /// The longest alias the document has defined so far that starts at `i`.
    func documentAliasMatch(at i: Int) -> Candidate? {
        guard looks[i].capitalised, documentAliases.filter != 0 else { return nil }
        let first = key(i)
        guard documentAliases.mayStart(first),
              let (length, actor) = documentAliases.longest(startingWith: first, limit: sentenceRange.upperBound - i,
                                                            key: { self.key(i + $0) })
        else { return nil }
        return Candidate(range: i..<(i + length), actor: actor, kind: .name, source: .document, known: true)
    }

    // MARK: - Recording

    /// Widens a name with a following word that stands for it ("the Hong Kong government", "FAA officials").
    func extend(_ candidate: inout Candidate) {
        guard candidate.kind == .name || candidate.kind == .demonym,
              candidate.actor.type != .person, candidate.actor.type != .group else { return }
        let next = candidate.range.upperBound
        guard next < sentenceRange.upperBound, looks[next].facts.contains(.extender) else { return }
        candidate.range = candidate.range.lowerBound..<(next + 1)
        candidate.kind = .name
    }

    func record(_ candidate: Candidate) {
        let range = candidate.range
        let span = Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        let actor = candidate.actor
        noteCoordination(candidate)
        mentions.append(EntityMention(
            tokens: range, span: span, text: text(range), type: actor.type, id: actor.id, name: actor.name,
            kind: candidate.kind))
        history.append(Recorded(actor: actor, sentence: sentence))
        if actor.type == .country {
            let position = mentions.count
            countryCounts.add(actor.id, weight: 1, first: position, actor: actor)
        } else if actor.type == .government || actor.type == .legislature || actor.type == .court,
                  let country = actor.country, let countryActor = tables.actors[country] {
            // "the government" of an article about the Commerce Department is the United States: a country's
            // own bodies count twice as much as passing mentions of other countries.
            countryCounts.add(country, weight: 2, first: mentions.count, actor: countryActor)
        }
        if !candidate.known, let nameTokens = candidate.nameTokens {
            learnAliases(of: actor, from: nameTokens)
        }
        learnDefinition(after: range.upperBound, of: actor, nameTokens: candidate.nameTokens ?? range)
    }

    /// "the Bureau of Industry and Security (BIS)" and "Corporate Law Authority, CLA," make the acronym an alias.
    func learnDefinition(after end: Int, of actor: Actor, nameTokens: Range<Int>) {
        guard actor.type != .group, end + 2 < sentenceRange.upperBound || end + 2 == sentenceRange.upperBound else { return }
        guard end + 1 < tokens.count, tokens[end + 1].shape == .upper else { return }
        let open = tokens[end].text, acronym = tokens[end + 1]
        guard acronym.shape == .upper, acronym.text.count >= 2, acronym.text.count <= 8 else { return }
        let close = end + 2 < tokens.count ? tokens[end + 2].text : ""
        if open == "(" && close == ")" {
            documentAliases.add(first: key(end + 1), rest: [], for: actor)
        } else if open == ",", close == "," || close == "said" || close == "has" || close == "had",
                  initials(of: nameTokens) == acronym.text.filter({ $0 != "." }) {
            documentAliases.add(first: key(end + 1), rest: [], for: actor)
        }
    }

    private func initials(of range: Range<Int>) -> String {
        String(range.compactMap { i -> Character? in
            let token = tokens[i]
            guard token.isCapitalized, let first = token.text.first, first.isLetter else { return nil }
            return first
        })
    }

    /// Where a newswire dateline ("WASHINGTON, March 20 -", "HONG KONG, Nov 22 (Reuters) -") ends, or 0.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        var i = 0
        while i < tokens.count, i < 5, tokens[i].shape == .upper { i += 1 }
        guard i > 0, i < tokens.count, tokens[i].text == "," else { return 0 }
        var j = i + 1
        while j < tokens.count, j < i + 10, !tokens[j].paragraphBefore {
            if tokens[j].text == "-" || tokens[j].text == "--" || tokens[j].text == "\u{2014}" || tokens[j].text == "\u{2013}" {
                return tokens[j].span.end
            }
            j += 1
        }
        return 0
    }

    // MARK: - Token tests

    /// Whether some mention so far named the actor `id` (for `later` aliases).
    func hasNamed(_ id: String) -> Bool {
        while seenCount < mentions.count {
            seen.insert(mentions[seenCount].id)
            seenCount += 1
        }
        return seen.contains(id)
    }

    /// The key of token `i`: what the lexicon's and the grammar's words are compared with.
    func key(_ i: Int) -> String {
        looks[i].keyIsLower ? tokens[i].lower : TaggingRun.key(text: tokens[i].text, lower: tokens[i].lower)
    }

    /// ``AliasToken/normalizedKey(_:)`` of a token's text; its lower-cased form when that holds nothing to drop or
    /// map (no full stop, backquote or typographic apostrophe), as most tokens do.
    static func key(text: String, lower: String) -> String {
        if lower.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isKeySpecial) }) ?? lower.utf8.contains(where: isKeySpecial) {
            return asciiKey(text) ?? AliasToken.normalizedKey(text)
        }
        return lower.isEmpty ? text : lower
    }

    /// ``AliasToken/normalizedKey(_:)`` of an ASCII text, written byte by byte; nil for another text.
    private static func asciiKey(_ text: String) -> String? {
        let key = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for var byte in bytes where byte != UInt8(ascii: ".") {
                    if byte == UInt8(ascii: "`") {
                        byte = UInt8(ascii: "'")
                    } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                        byte += 32
                    }
                    out[count] = byte
                    count += 1
                }
                return count
            }
        }
        guard let key, let key else { return nil }
        return key.isEmpty ? text : key
    }

    /// A byte of a lower-cased token that ``AliasToken/normalizedKey(_:)`` may drop or map: a full stop, a backquote,
    /// or the first byte of a typographic apostrophe.
    @inline(__always) static func isKeySpecial(_ byte: UInt8) -> Bool {
        // Lower-case letters, most bytes, are settled by one comparison.
        byte &- UInt8(ascii: "a") >= 26 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "`") || byte == 0xE2)
    }

    /// What the tagger reads of one token, gathered in one pass (see ``looks(of:in:byNumber:)``): three numbers and
    /// a byte of flags, 16 bytes, so that one is copied in two moves.
    struct TokenLook {
        /// The id of its key (``key(_:)``) in the tagger's word table (-1: a word neither grammar nor lexicon holds).
        var word: Int32
        /// The lexicon trie node its key leads to from the root (-1: none).
        var trieNode: Int32
        /// What the grammar says of its key.
        var facts: WordFacts
        /// The flags below, one bit each.
        private var flags: UInt8

        private static let capitalisedFlag: UInt8 = 1, mayStartFlag: UInt8 = 2, keyIsLowerFlag: UInt8 = 4
        private static let nameShapedFlag: UInt8 = 8, startsOnlyGroupsFlag: UInt8 = 16, settledFlag: UInt8 = 32

        init(word: Int32, trieNode: Int32, facts: WordFacts, capitalised: Bool, mayStart: Bool, keyIsLower: Bool,
             nameShaped: Bool, startsOnlyGroups: Bool) {
            self.word = word
            self.trieNode = trieNode
            self.facts = facts
            flags = TokenLook.settledFlag | (capitalised ? TokenLook.capitalisedFlag : 0)
                | (mayStart ? TokenLook.mayStartFlag : 0) | (keyIsLower ? TokenLook.keyIsLowerFlag : 0)
                | (nameShaped ? TokenLook.nameShapedFlag : 0) | (startsOnlyGroups ? TokenLook.startsOnlyGroupsFlag : 0)
        }

        /// No look at all: what ``plainLooks(_:)`` gives for a word whose tokens are looked up one by one.
        static let unsettled = TokenLook(word: -1, trieNode: -1, facts: [], flags: 0)

        private init(word: Int32, trieNode: Int32, facts: WordFacts, flags: UInt8) {
            self.word = word
            self.trieNode = trieNode
            self.facts = facts
            self.flags = flags
        }

        /// Its text starts with an upper-case letter.
        var capitalised: Bool { flags & TokenLook.capitalisedFlag != 0 }
        /// Some recogniser may find a mention starting there (see `WordFacts.mentionOpeners`). Most tokens are
        /// lower-case words that start nothing; the pass skips them without trying each recogniser.
        var mayStart: Bool { flags & TokenLook.mayStartFlag != 0 }
        /// Its key is its lower-cased form (see ``key(_:)``).
        var keyIsLower: Bool { flags & TokenLook.keyIsLowerFlag != 0 }
        /// It may be a word of a name by its shape: capitalised, or all capitals and longer than one character
        /// (see ``isNameWord(_:)``).
        var nameShaped: Bool { flags & TokenLook.nameShapedFlag != 0 }
        /// No recogniser but the group's may find a mention starting there ("15", "some", "local": no alias,
        /// name, title, determiner or pronoun), so none needs trying unless a group noun follows in the sentence.
        var startsOnlyGroups: Bool { flags & TokenLook.startsOnlyGroupsFlag != 0 }
        /// It was worked out (false only for ``unsettled``).
        var isSettled: Bool { flags & TokenLook.settledFlag != 0 }
    }

    /// Whether a token of this shape may start with a capital letter: one with no letter, or no upper-case
    /// letter, does not (see ``CharacterClass/shape(of:)``).
    @inline(__always) static func mayStartCapitalised(_ shape: TokenShape) -> Bool {
        switch shape {
        case .lower, .number, .punctuation, .symbol: return false
        case .capitalized, .upper, .mixed, .alphanumeric: return true
        }
    }

    /// The text covered by a range of tokens.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = tokens[range.lowerBound].span.start, end = tokens[range.upperBound - 1].span.end
        return scalars.withUnsafeBufferPointer { scalars in
            let lower = max(0, min(start, scalars.count))
            let covered = UnsafeBufferPointer(rebasing: scalars[lower..<max(lower, min(end, scalars.count))])
            // One token written as the text has it (most are): its own string, no new one.
            if range.count == 1, TaggingRun.spells(tokens[range.lowerBound].text, covered) {
                return tokens[range.lowerBound].text
            }
            return TaggingRun.asciiString(covered) ?? String(scalars: covered)
        }
    }

    /// The string of code points that are all ASCII, written in one pass; nil when one is not.
    static func asciiString(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        var ascii = true
        let text = String(unsafeUninitializedCapacity: scalars.count) { bytes in
            for k in 0..<scalars.count {
                let value = scalars[k].value
                if value >= 0x80 {
                    ascii = false
                    return 0
                }
                bytes[k] = UInt8(truncatingIfNeeded: value)
            }
            return scalars.count
        }
        return ascii ? text : nil
    }

    /// Whether `text` is ASCII and its bytes are the code points `scalars`.
    static func spells(_ text: String, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == scalars.count else { return false }
            for k in 0..<bytes.count where bytes[k] >= 0x80 || UInt32(bytes[k]) != scalars[k].value { return false }
            return true
        } ?? false
    }

    @inline(__always) func isCapitalisedWord(_ i: Int) -> Bool { looks[i].capitalised }

    /// Whether a temporal expression ends at token `i` (a binary search of `timexEnds`).
    func endsTimex(_ i: Int) -> Bool {
        var low = 0, high = timexEnds.count
        while low < high {
            let middle = (low + high) / 2
            if timexEnds[middle] < i { low = middle + 1 } else { high = middle }
        }
        return low < timexEnds.count && timexEnds[low] == i
    }

    static func startsCapitalised(_ text: String) -> Bool {
        if let byte = text.utf8.first, byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        guard let first = text.unicodeScalars.first else { return false }
        return CharacterClass.isLetter(first) && CharacterClass.isUpper(first)
    }

    /// Whether token `i` alone is a lexicon alias (whatever its dates and flags).
    func isOneWordAlias(_ i: Int) -> Bool { tables.trie.storesSequence(endingAt: looks[i].trieNode) }

    /// The first word of its sentence, maybe after an opening quote or bracket.
    /// "JAKARTA, March 20 - The government banned ...": the capital a dateline names tells whose government
    /// the story is about until the text names countries of its own (it counts as one passing mention, the
    /// earliest, so it wins ties). Not a mention itself.
    func noteDatelinePlace(in range: Range<Int>) {
        guard bodyStart > 0, let start = range.first, tokens[start].span.start < bodyStart,
              tokens[start].span.end <= bodyStart else { return }
        var comma = start
        while comma < range.upperBound, tokens[comma].text != ",", tokens[comma].span.end <= bodyStart { comma += 1 }
        guard comma > start, comma < range.upperBound, tokens[comma].text == ",",
              let place = lexiconMatch(at: start, places: true), place.range.upperBound == comma,
              place.aliasKind == .capital, place.actor.type == .country else { return }
        countryCounts.add(place.actor.id, weight: 1, first: 0, actor: place.actor)
    }

    /// At the start of its sentence, of a paragraph, or of the body after a dateline ("JAKARTA, March 20 -
    /// The Indonesian government ...": a capitalised article there is no name).
    @inline(__always) func isSentenceInitial(_ i: Int) -> Bool {
        (i >= sentenceRange.lowerBound && i <= firstWord) || tokens[i].paragraphBefore
            || (bodyStart > 0 && i > 0 && tokens[i].span.start >= bodyStart && tokens[i - 1].span.end <= bodyStart)
    }

    func isAllCapitals(_ range: Range<Int>) -> Bool {
        var words = 0
        for i in range {
            let shape = tokens[i].shape
            guard shape != .punctuation, shape != .symbol, shape != .number else { continue }
            switch TaggingRun.asciiLetters(tokens[i].text) {
            case .some(.lower): return false
            case .some(.upper): words += 1
            case .some(.none): continue
            case nil:
                let text = tokens[i].text
                if text.unicodeScalars.contains(where: CharacterClass.isLowercase) { return false }
                if text.unicodeScalars.contains(where: CharacterClass.isLetter) { words += 1 }
            }
        }
        return words >= 2
    }

    /// The letters of an ASCII text: `.lower` when it holds a lower-case one, `.upper` when it holds only capitals,
    /// `.none` when it holds none; nil for a text that is not ASCII.
    static func asciiLetters(_ text: String) -> AsciiLetters? {
        func scan(_ bytes: some Sequence<UInt8>) -> AsciiLetters? {
            var result = AsciiLetters.none
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return .lower }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { result = .upper }
            }
            return result
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    enum AsciiLetters { case none, upper, lower }

    /// `kestrel-dynamics-ltd` from "Kestrel Dynamics Ltd."
    static func slug(_ text: String) -> String {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiSlug), let ascii { return ascii }
        var result = ""
        var dash = false
        for c in text.lowercased().unicodeScalars {
            if CharacterClass.isLetter(c) || CharacterClass.isDigit(c) {
                if dash, !result.isEmpty { result.append("-") }
                dash = false
                result.unicodeScalars.append(c)
            } else if c != "." && c != "'" && c != "\u{2019}" {
                dash = true
            }
        }
        return result
    }

    /// ``slug(_:)`` of an ASCII text, written byte by byte; nil when the text is not ASCII.
    private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0, dash = false
            for var byte in bytes {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    if dash, count > 0 {
                        out[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    dash = false
                    out[count] = byte
                    count += 1
                } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "'") {
                    dash = true
                }
            }
            return count
        }
    }
}
