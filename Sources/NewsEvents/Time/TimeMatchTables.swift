/// The time patterns compiled for matching on word ids instead of strings.
///
/// Every word the time rules name (pattern literals, vocabulary forms, trigger words, blockers) gets a small
/// integer id once, when the tagger is made; a document's pieces are looked up once each, and from then on
/// triggers, literals, vocabulary forms and blockers are array reads and integer comparisons.
/// Matching on ids gives the same matches as matching on the lower-cased strings: a piece whose word is not in
/// the table (id -1) can only be matched by the built-in classes, which read digits, not words.
final class TimeMatchTables: Sendable {
    /// Id of each word the rules name.
    let ids: [String: Int32]
    /// The same ids, looked up from bytes (for ASCII words).
    let wordIndex: TimeWordIndex
    /// Pattern indices each word id can start, in the order `TimeResources.triggers` lists them, one run per
    /// word: word id w's are `triggerList[triggerStart[w] ..< triggerStart[w + 1]]`.
    let triggerStart: [Int32]
    let triggerList: [Int32]
    /// Per word id: it starts some pattern.
    let startsPattern: [Bool]
    /// Per word id: what the second piece of a match of any pattern it starts can be, so that a word whose next
    /// piece continues none of its patterns is passed over without trying them one by one.
    let startSecond: SecondPieceFilter
    /// Per entry of `triggerList`: what the second piece can be when that word is the first (only the items
    /// that can take the word count).
    let triggerSecond: SecondPieceFilter
    /// Per pattern: what the second piece can be when the first has a digit (only built-in items count).
    let digitPatternSecond: SecondPieceFilter
    /// Per set of built-in classes a piece with a digit can be (`builtins` within `builtinSet`): the patterns of
    /// `TimeResources.digitTriggers` whose first piece may be one of them, in that order, one run per set
    /// (`digitList[digitStart[set] ..< digitStart[set + 1]]`), and what can follow such a first piece in any of
    /// them (`digitSecond`, a row per set).
    let digitStart: [Int32]
    let digitList: [Int32]
    let digitSecond: SecondPieceFilter
    /// The bits of all built-in classes.
    static let builtinSet = UInt16(1 << TimeBuiltinClass.allCases.count) - 1
    /// The most items any pattern has.
    let longestPattern: Int
    /// Blocker bits per word id (`leftBlocker`, `rightBlocker`, `durationBlocker`, `decadeBlocker`).
    let blockers: [UInt8]
    /// Every pattern's items, one after the other; pattern p's are `items[itemStart[p] ..< itemStart[p + 1]]`.
    let items: [CompiledItem]
    let itemStart: [Int]
    /// Literal alternatives as word ids, each literal a run.
    let literalWords: [Int32]
    /// Names of the captures (the class names).
    let captureNames: [String]
    /// The bytes of the capture names, one after the other: name k's are
    /// `captureNameBytes[captureNameStart[k] ..< captureNameStart[k + 1]]` (see ``captureName(_:is:)``).
    let captureNameBytes: [UInt8]
    let captureNameStart: [Int]
    /// Per pattern: its type is DURATION.
    let isDuration: [Bool]
    /// Per pattern: the built-in classes (`builtinBit`) that can match its first piece; 0 when none can.
    let digitMask: [UInt16]
    /// Tense cues by word id: `cueFlags` bits, and the multi-word cues each word ends (`tense.txt`).
    let cueFlags: [UInt8]
    let futureCues: [[[Int32]]]
    let pastCues: [[[Int32]]]
    static let endsFutureCue: UInt8 = 1
    static let endsPastCue: UInt8 = 2
    static let participleAfter: UInt8 = 4
    static let notPast: UInt8 = 8
    /// Per pattern: its value is a decade.
    let isDecade: [Bool]
    /// Vocabulary classes by index: `TimeResources.vocabularies`, then the classes the built-ins read.
    let vocabularies: [CompiledVocabulary]
    /// Per word id: bit v set when an entry of vocabulary v (v < 64) starts with the word, so that a piece no entry
    /// starts with is passed over without reading the vocabulary's own tables (`mayStart`).
    let vocabularyStarts: [UInt64]
    let numberWords: Int?
    let ordinalWords: Int?
    let decadeWords: Int?
    let centuryWords: Int?
    let hyphen: Int32
    let apostrophe: Int32

    static let leftBlocker: UInt8 = 1
    static let rightBlocker: UInt8 = 2
    static let durationBlocker: UInt8 = 4
    static let decadeBlocker: UInt8 = 8
    /// A one-word MOD ("early", "mid"): looked past when checking what stands before a decade.
    static let modifier: UInt8 = 16

    /// One pattern item, all plain values: no reference counting while matching.
    struct CompiledItem: Sendable {
        static let vocabulary: UInt8 = 0, builtin: UInt8 = 1, literal: UInt8 = 2
        var kind: UInt8
        var optional: Bool
        var inSpan: Bool
        /// The vocabulary index, the built-in class's index in `TimeBuiltinClass.allCases`, or the literal's
        /// first word in `literalWords`.
        var argument: Int32
        /// The literal's number of words.
        var count: Int32
        /// Index of the capture name in `captureNames`, or -1.
        var capture: Int32
    }

    /// A vocabulary class keyed by word id: for each first word, a contiguous run of entries in file order.
    struct CompiledVocabulary: Sendable {
        /// Per word id: index of its first entry, or -1.
        var firstEntry: [Int32]
        /// Per word id: number of entries starting with it.
        var entryCount: [Int32]
        var values: [String]
        /// `Int(value)` of each entry.
        var intValues: [Int?]
        var needsCapital: [Bool]
        /// Entry k's pieces after the first are `rest[restStart[k] ..< restStart[k + 1]]`.
        var restStart: [Int]
        var rest: [Int32]

        /// The longest entry matching at `index` (the first one of the longest): its index and length in pieces.
        func match(_ pieces: [TimePiece], at index: Int) -> (entry: Int, length: Int)? {
            guard index < pieces.count else { return nil }
            let id = pieces[index].id
            guard id >= 0 else { return nil }
            let first = Int(firstEntry[Int(id)])
            guard first >= 0 else { return nil }
            var bestEntry = -1, bestLength = 0
            for entry in first..<(first + Int(entryCount[Int(id)])) {
                if needsCapital[entry], !pieces[index].capitalized { continue }
                let from = restStart[entry], to = restStart[entry + 1]
                let length = to - from + 1
                guard index + length <= pieces.count else { continue }
                var ok = true
                var k = 1
                while k < length {
                    if pieces[index + k].id != rest[from + k - 1] { ok = false; break }
                    k += 1
                }
                if ok, bestEntry < 0 || length > bestLength { bestEntry = entry; bestLength = length }
            }
            return bestEntry < 0 ? nil : (bestEntry, bestLength)
        }
    }

    init(resources: TimeResources) {
        var ids: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = ids[word] { return known }
            let new = Int32(ids.count)
            ids[word] = new
            return new
        }
        hyphen = id("-")
        apostrophe = id("'")
        // Words in a fixed order (sorted within each source) so ids do not depend on hashing.
        for word in resources.triggers.keys.sorted() { _ = id(word) }
        for word in resources.leftBlockers.sorted() { _ = id(word) }
        for word in resources.rightBlockers.sorted() { _ = id(word) }
        for word in resources.durationBlockers.sorted() { _ = id(word) }
        for word in resources.decadeBlockers.sorted() { _ = id(word) }
        // The tense cues, so that a document's tokens are looked up once.
        for cues in [resources.futureCues, resources.pastCues] {
            for last in cues.keys.sorted() { for cue in cues[last]! { for word in cue { _ = id(word) } } }
        }
        for word in resources.participleAfter.sorted() { _ = id(word) }
        for word in resources.notPast.sorted() { _ = id(word) }
        var classes = resources.vocabularies
        func extra(_ vocabulary: TimeVocabularyClass?) -> Int? {
            guard let vocabulary else { return nil }
            classes.append(vocabulary)
            return classes.count - 1
        }
        numberWords = extra(resources.numberWords)
        ordinalWords = extra(resources.ordinalWords)
        decadeWords = extra(resources.decadeWords)
        centuryWords = extra(resources.centuryWords)
        for vocabulary in classes {
            for first in vocabulary.byFirst.keys.sorted() {
                for entry in vocabulary.byFirst[first]! { for piece in entry.pieces { _ = id(piece) } }
            }
        }
        var items: [CompiledItem] = [], itemStart: [Int] = [0], literalWords: [Int32] = [], captureNames: [String] = []
        for pattern in resources.patterns {
            for item in pattern.items {
                var compiled = CompiledItem(
                    kind: 0, optional: item.optional, inSpan: item.inSpan, argument: 0, count: 0, capture: -1)
                switch item.element {
                case .vocabulary(let index):
                    compiled.kind = CompiledItem.vocabulary
                    compiled.argument = Int32(index)
                case .builtin(let builtin):
                    compiled.kind = CompiledItem.builtin
                    compiled.argument = Int32(builtin.index)
                case .literal(let words):
                    compiled.kind = CompiledItem.literal
                    let list = words.sorted().map { id($0) }.sorted()
                    compiled.argument = Int32(literalWords.count)
                    compiled.count = Int32(list.count)
                    literalWords += list
                }
                if let name = item.capture {
                    if let known = captureNames.firstIndex(of: name) {
                        compiled.capture = Int32(known)
                    } else {
                        compiled.capture = Int32(captureNames.count)
                        captureNames.append(name)
                    }
                }
                items.append(compiled)
            }
            itemStart.append(items.count)
        }
        let count = ids.count
        var triggers = [[Int]](repeating: [], count: count)
        for (word, list) in resources.triggers { triggers[Int(ids[word]!)] = list }
        var triggerStart: [Int32] = [0], triggerList: [Int32] = []
        for list in triggers {
            triggerList += list.map { Int32($0) }
            triggerStart.append(Int32(triggerList.count))
        }
        var blockers = [UInt8](repeating: 0, count: count)
        for word in resources.leftBlockers { blockers[Int(ids[word]!)] |= TimeMatchTables.leftBlocker }
        for word in resources.rightBlockers { blockers[Int(ids[word]!)] |= TimeMatchTables.rightBlocker }
        for word in resources.durationBlockers { blockers[Int(ids[word]!)] |= TimeMatchTables.durationBlocker }
        for word in resources.decadeBlockers { blockers[Int(ids[word]!)] |= TimeMatchTables.decadeBlocker }
        for (word, entries) in resources.classes["MOD"]?.byFirst ?? [:] where entries.contains(where: { $0.pieces.count == 1 }) {
            blockers[Int(ids[word]!)] |= TimeMatchTables.modifier
        }
        vocabularies = classes.map { vocabulary in
            var compiled = CompiledVocabulary(
                firstEntry: [Int32](repeating: -1, count: count), entryCount: [Int32](repeating: 0, count: count),
                values: [], intValues: [], needsCapital: [], restStart: [0], rest: [])
            for (first, entries) in vocabulary.byFirst {
                let firstID = Int(ids[first]!)
                compiled.firstEntry[firstID] = Int32(compiled.values.count)
                compiled.entryCount[firstID] = Int32(entries.count)
                for entry in entries {
                    compiled.values.append(entry.value)
                    compiled.intValues.append(Int(entry.value))
                    compiled.needsCapital.append(entry.needsCapital)
                    compiled.rest += entry.pieces.dropFirst().map { ids[$0]! }
                    compiled.restStart.append(compiled.rest.count)
                }
            }
            return compiled
        }
        var vocabularyStarts = [UInt64](repeating: 0, count: count)
        for (v, vocabulary) in vocabularies.enumerated() where v < 64 {
            for id in 0..<count where vocabulary.firstEntry[id] >= 0 { vocabularyStarts[id] |= 1 << UInt64(v) }
        }
        self.vocabularyStarts = vocabularyStarts
        self.ids = ids
        var byID = [String](repeating: "", count: ids.count)
        for (word, id) in ids { byID[Int(id)] = word }
        self.wordIndex = TimeWordIndex(words: byID)
        var cueFlags = [UInt8](repeating: 0, count: count)
        var futureCues = [[[Int32]]](repeating: [], count: count)
        var pastCues = [[[Int32]]](repeating: [], count: count)
        for (last, cues) in resources.futureCues {
            cueFlags[Int(ids[last]!)] |= TimeMatchTables.endsFutureCue
            futureCues[Int(ids[last]!)] = cues.map { $0.map { ids[$0]! } }
        }
        for (last, cues) in resources.pastCues {
            cueFlags[Int(ids[last]!)] |= TimeMatchTables.endsPastCue
            pastCues[Int(ids[last]!)] = cues.map { $0.map { ids[$0]! } }
        }
        for word in resources.participleAfter { cueFlags[Int(ids[word]!)] |= TimeMatchTables.participleAfter }
        for word in resources.notPast { cueFlags[Int(ids[word]!)] |= TimeMatchTables.notPast }
        self.cueFlags = cueFlags
        self.futureCues = futureCues
        self.pastCues = pastCues
        self.triggerStart = triggerStart
        self.triggerList = triggerList
        self.startsPattern = (0..<count).map { triggerStart[$0] < triggerStart[$0 + 1] }
        self.blockers = blockers
        self.items = items
        self.itemStart = itemStart
        self.literalWords = literalWords
        self.captureNames = captureNames
        self.captureNameBytes = captureNames.flatMap { Array($0.utf8) }
        self.captureNameStart = captureNames.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
        self.isDuration = resources.patterns.map { $0.type == .duration }
        // The items that can match a pattern's first piece: its leading optional items and first required one.
        // What the first piece an item consumes can be, and its second when it can take more than one piece.
        let hyphenID = ids["-"]!, apostropheID = ids["'"]!
        struct Pieces {
            var ids: Set<Int32> = []
            var mask: UInt16 = 0
            mutating func add(_ other: Pieces) { ids.formUnion(other.ids); mask |= other.mask }
        }
        func firstWords(_ vocabulary: TimeVocabularyClass?) -> Set<Int32> {
            Set((vocabulary?.byFirst.keys).map { $0.map { ids[$0]! } } ?? [])
        }
        func secondWords(_ vocabulary: TimeVocabularyClass?) -> Set<Int32> {
            var out: Set<Int32> = []
            for entries in vocabulary?.byFirst.values.map({ $0 }) ?? [] {
                for entry in entries where entry.pieces.count > 1 { out.insert(ids[entry.pieces[1]]!) }
            }
            return out
        }
        func first(_ item: TimePattern.Item) -> Pieces {
            switch item.element {
            case .literal(let words): return Pieces(ids: Set(words.map { ids[$0]! }))
            case .vocabulary(let index): return Pieces(ids: firstWords(resources.vocabularies[index]))
            case .builtin(let builtin):
                var out = Pieces(mask: TimeMatchTables.builtinBit(builtin))
                switch builtin {
                case .number: out.ids = firstWords(resources.numberWords)
                case .ordinal: out.ids = firstWords(resources.ordinalWords)
                case .year: out.ids = firstWords(resources.centuryWords)
                case .decade: out.ids = firstWords(resources.decadeWords).union([apostropheID])
                default: break
                }
                return out
            }
        }
        func inner(_ item: TimePattern.Item) -> Pieces? {
            switch item.element {
            case .literal: return nil
            case .vocabulary(let index):
                let words = secondWords(resources.vocabularies[index])
                return words.isEmpty ? nil : Pieces(ids: words)
            case .builtin(let builtin):
                switch builtin {
                case .number:
                    return Pieces(ids: firstWords(resources.numberWords).union(secondWords(resources.numberWords))
                        .union([hyphenID]))
                case .ordinal:
                    let words = secondWords(resources.ordinalWords)
                    return words.isEmpty ? nil : Pieces(ids: words)
                case .year:
                    return Pieces(ids: firstWords(resources.numberWords).union(secondWords(resources.centuryWords)))
                case .decade:
                    return Pieces(ids: secondWords(resources.decadeWords), mask: TimeMatchTables.builtinBit(.decade))
                default: return nil
                }
            }
        }
        // What can follow when item k of a pattern takes the first piece, and whether the match can end there.
        func follow(_ pattern: TimePattern, _ k: Int) -> (pieces: Pieces, ends: Bool) {
            var pieces = inner(pattern.items[k]) ?? Pieces()
            var j = k + 1
            while j < pattern.items.count {
                pieces.add(first(pattern.items[j]))
                if !pattern.items[j].optional { return (pieces, false) }
                j += 1
            }
            return (pieces, true)
        }
        // Per pattern, its leading items (the optional ones and the first required one): what each can take as
        // the first piece, and what can follow it.
        var leading: [[(first: Pieces, follow: Pieces, ends: Bool)]] = []
        for pattern in resources.patterns {
            var list: [(first: Pieces, follow: Pieces, ends: Bool)] = []
            for k in pattern.items.indices {
                let (pieces, ends) = follow(pattern, k)
                list.append((first(pattern.items[k]), pieces, ends))
                if !pattern.items[k].optional { break }
            }
            leading.append(list)
        }
        func allow(_ filter: inout SecondPieceFilter, _ row: Int, _ item: (first: Pieces, follow: Pieces, ends: Bool)) {
            if item.ends { filter.any[row] = true }
            filter.mask[row] |= item.follow.mask
            for id in item.follow.ids { filter.allow(id, in: row) }
        }
        // Per pattern: what the second piece of a match can be, so that a pattern whose first piece is a common
        // word ("the", "in") is not tried where the next piece cannot continue it.
        var second = SecondPieceFilter(rows: resources.patterns.count, words: count)
        for (pattern, items) in leading.enumerated() {
            for item in items { allow(&second, pattern, item) }
        }
        // Per entry of `triggerList` (a word and a pattern it starts): only the leading items that can take that
        // word ("the" in `the? DECADE` cannot end a match); all of them when none names it.
        var triggerSecond = SecondPieceFilter(rows: triggerList.count, words: count)
        var startSecond = SecondPieceFilter(rows: count, words: count)
        for word in 0..<count {
            for entry in Int(triggerStart[word])..<Int(triggerStart[word + 1]) {
                let pattern = Int(triggerList[entry])
                let taking = leading[pattern].filter { $0.first.ids.contains(Int32(word)) }
                if taking.isEmpty {
                    triggerSecond.add(second, row: pattern, to: entry)
                } else {
                    for item in taking { allow(&triggerSecond, entry, item) }
                }
                startSecond.add(triggerSecond, row: entry, to: word)
            }
        }
        // Per pattern, for a first piece with a digit: only the leading items that are built-in classes.
        var digitPatternSecond = SecondPieceFilter(rows: resources.patterns.count, words: count)
        for (pattern, items) in leading.enumerated() {
            let taking = items.filter { $0.first.mask != 0 }
            if taking.isEmpty {
                digitPatternSecond.add(second, row: pattern, to: pattern)
            } else {
                for item in taking { allow(&digitPatternSecond, pattern, item) }
            }
        }
        self.triggerSecond = triggerSecond
        self.digitPatternSecond = digitPatternSecond
        self.startSecond = startSecond
        let digitMask: [UInt16] = resources.patterns.map { pattern in
            var mask: UInt16 = 0
            for item in pattern.items {
                if case .builtin(let builtin) = item.element { mask |= TimeMatchTables.builtinBit(builtin) }
                if !item.optional { break }
            }
            return mask
        }
        self.digitMask = digitMask
        var digitStart: [Int32] = [0], digitList: [Int32] = []
        var digitSecond = SecondPieceFilter(rows: Int(TimeMatchTables.builtinSet) + 1, words: count)
        for set in 0...Int(TimeMatchTables.builtinSet) {
            for pattern in resources.digitTriggers where digitMask[pattern] & UInt16(set) != 0 {
                digitList.append(Int32(pattern))
                digitSecond.add(digitPatternSecond, row: pattern, to: set)
            }
            digitStart.append(Int32(digitList.count))
        }
        self.digitStart = digitStart
        self.digitList = digitList
        self.digitSecond = digitSecond
        self.longestPattern = (0..<(itemStart.count - 1)).map { itemStart[$0 + 1] - itemStart[$0] }.max() ?? 0
        self.isDecade = resources.patterns.map { $0.function == .decade }
    }

    /// Id of a lower-cased word, or -1 when the rules never name it. ASCII words are looked up from their bytes;
    /// others by `String` equality, as the rules' words were stored.
    func id(of lower: String) -> Int32 {
        let utf8 = lower.utf8
        if utf8.count > wordIndex.longest { return -1 }
        let found: Int32?? = utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
            for byte in bytes where byte >= 0x80 { return nil }
            return wordIndex.find(bytes)
        }
        if let found, let found { return found }
        return ids[lower] ?? -1
    }

    /// Whether capture name `index` is the name whose UTF-8 bytes are `name`: the bytes compared, not two strings.
    @inline(__always) func captureName(_ index: Int, is name: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = captureNameStart[index], count = captureNameStart[index + 1] - from
        guard count == name.count else { return false }
        for k in 0..<count where captureNameBytes[from + k] != name[k] { return false }
        return true
    }

    /// Whether an entry of vocabulary `vocabulary` may start with word `id` (false: surely none does).
    @inline(__always) static func mayStart(_ starts: [UInt64], vocabulary: Int, id: Int32) -> Bool {
        guard id >= 0 else { return false }
        return vocabulary >= 64 || starts[Int(id)] & (1 << UInt64(vocabulary)) != 0
    }

    static func builtinBit(_ builtin: TimeBuiltinClass) -> UInt16 {
        1 << UInt16(builtin.index)
    }

    /// The built-in classes that can match at a piece with a digit: what its digits allow, or every class
    /// when the piece is also a word of the rules (number words, `'`).
    static func builtins(of piece: TimePiece) -> UInt16 {
        if piece.id >= 0 { return UInt16.max }
        var mask: UInt16 = 0
        let n = piece.number
        if piece.digits == 4, (1000...2199).contains(n) { mask |= builtinBit(.year) }
        if piece.digits == 2 { mask |= builtinBit(.yy) }
        if (piece.digits >= 1 && piece.digits <= 2 && (1...31).contains(n)) || (1...31).contains(piece.ordinal) {
            mask |= builtinBit(.day)
        }
        if piece.digits >= 1, piece.digits <= 2 {
            if (1...12).contains(n) { mask |= builtinBit(.monthNumber) }
            if (0...24).contains(n) { mask |= builtinBit(.hour) }
            if piece.digits == 2, (0...59).contains(n) { mask |= builtinBit(.minute) }
        }
        if n >= 0 { mask |= builtinBit(.number) }
        if piece.ordinal >= 0 { mask |= builtinBit(.ordinal) }
        if piece.decade >= 0 { mask |= builtinBit(.decade) }
        return mask
    }
}
