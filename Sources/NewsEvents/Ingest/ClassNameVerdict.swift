/// What an element's `class` and `id` names say about it. Each name (`class="story-meta post-date"` has two)
/// is judged alone and the verdicts combine; ``ClassNameVerdicts`` judges each distinct name once per page,
/// as pages repeat the same few names on thousands of elements.
///
/// ```swift
/// let verdict = ClassNameVerdict(names: "post-date entry-meta")
/// verdict.boilerplate    // false
/// verdict.metadataWord   // true: short elements so named are metadata
/// verdict.dateBearing    // true: searched for the publication date
/// ```
struct ClassNameVerdict: Hashable {
    /// A word marks navigation, sharing, related stories, ... (``HTMLBoilerplate/isBoilerplateWord(_:)``), or
    /// the name starts `ad-`.
    var boilerplateWord = false
    /// A name is an embedded post (`social-media-embed`, `twitter-embed`): quoted content, never boilerplate.
    var embed = false
    /// A word names a byline (`byline`, `articleByline`): metadata whatever its length.
    var byline = false
    /// A word is one of ``HTMLBoilerplate/metadataWords`` (date, caption, credit): metadata when short.
    var metadataWord = false
    /// Part of a name is one of ``HTMLDateElements/bylineNameParts`` (`post-date`, `newsdatum`): the element
    /// may show the publication date.
    var dateBearing = false

    static let dateParts = HTMLDateElements.bylineNameParts.map { Array($0.utf8) }

    /// Boilerplate: a boilerplate word and no embedded post.
    var boilerplate: Bool { boilerplateWord && !embed }

    init() {}

    /// The verdict on one name (no white space in it).
    init(name: some StringProtocol) {
        self.init()
        var name = String(name)
        name.withUTF8 { judge(name: $0) }
    }

    /// The combined verdict on names separated by white space.
    init(names: String) {
        self.init()
        var names = names
        names.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                while start < bytes.count, ContentSniffer.isSpace(bytes[start]) { start += 1 }
                var end = start
                while end < bytes.count, !ContentSniffer.isSpace(bytes[end]) { end += 1 }
                if end > start { judge(name: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end
            }
        }
    }

    /// Merges the verdict on one name, given as UTF-8 (no white space in it): the words of
    /// ``ClassNameWords/split(_:)`` are judged on the bytes, each a slice of the name's letters (the joined
    /// form is all of them), without making strings.
    private mutating func judge(name: UnsafeBufferPointer<UInt8>) {
        guard !name.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { buffer in
            let letters = buffer.baseAddress!
            var count = 0, wordStart = 0, words = 0
            var previousWasLower = false, afterModifier = false
            for byte in name {
                let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A
                guard upper || lower || byte >= 0x80 else {
                    if count > wordStart {
                        words += 1
                        afterModifier = judge(word: UnsafeBufferPointer(start: letters + wordStart, count: count - wordStart),
                                              afterModifier: afterModifier)
                    }
                    wordStart = count
                    previousWasLower = false
                    continue
                }
                if upper, previousWasLower, count > wordStart {
                    words += 1
                    afterModifier = judge(word: UnsafeBufferPointer(start: letters + wordStart, count: count - wordStart),
                                          afterModifier: afterModifier)
                    wordStart = count
                }
                letters[count] = upper ? byte | 0x20 : byte
                count += 1
                previousWasLower = lower
            }
            if count > wordStart {
                words += 1
                _ = judge(word: UnsafeBufferPointer(start: letters + wordStart, count: count - wordStart),
                          afterModifier: afterModifier)
            }
            if words > 1 { _ = judge(word: UnsafeBufferPointer(start: letters, count: count), afterModifier: false) }
        }
        let lowerAt = { (index: Int) -> UInt8 in
            let byte = name[index]
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        if name.count >= 3, lowerAt(0) == 0x61, lowerAt(1) == 0x64,
           lowerAt(2) == 0x2D || (name.count >= 4 && lowerAt(2) == 0x73 && lowerAt(3) == 0x2D) {
            boilerplateWord = true
        }
        if !dateBearing {
            // Any of `dateParts` in the lower-cased name, the candidates at each position chosen by its byte.
            let table = ClassNameVerdict.datePartsByInitial
            search: for start in name.indices {
                for part in table[Int(lowerAt(start))] where part.count <= name.count - start {
                    var matches = true
                    for offset in 1..<part.count where lowerAt(start + offset) != part[offset] {
                        matches = false
                        break
                    }
                    if matches {
                        dateBearing = true
                        break search
                    }
                }
            }
        }
    }

    /// Merges what one word of a name says (lower-case letters, as UTF-8); `true` when the word is a layout
    /// modifier (``HTMLBoilerplate/layoutModifiers``). After one (`page--withSidebar`, `has-comments`) a
    /// boilerplate word describes the element's layout, not the element: it is not boilerplate.
    private mutating func judge(word: UnsafeBufferPointer<UInt8>, afterModifier: Bool) -> Bool {
        let facts = ClassNameVerdict.wordFacts(word)
        if facts.contains(.embed) { embed = true }
        if facts.contains(.metadata) { metadataWord = true }
        if afterModifier || facts.contains(.modifier) {
            // Neither the word after a modifier nor the modifier itself says anything about boilerplate.
        } else if facts.contains(.boilerplate) {
            boilerplateWord = true
        } else if !facts.contains(.exception), !boilerplateWord {
            boilerplateWord = ClassNameVerdict.prefixesByInitial[Int(word[0])].contains { prefix in
                prefix.count <= word.count && prefix.indices.allSatisfy { word[$0] == prefix[$0] }
            }
        }
        if !byline { byline = IngestText.contains(bytes: word, needle: ClassNameVerdict.bylineBytes) }
        return facts.contains(.modifier)
    }

    static let bylineBytes = Array("byline".utf8)

    /// What a word's membership in the word lists says.
    struct WordFacts: OptionSet, Sendable {
        let rawValue: UInt8
        /// In ``HTMLBoilerplate/words``.
        static let boilerplate = WordFacts(rawValue: 1)
        /// In ``HTMLBoilerplate/exceptions``.
        static let exception = WordFacts(rawValue: 2)
        /// In ``HTMLBoilerplate/metadataWords``.
        static let metadata = WordFacts(rawValue: 4)
        /// `embed`.
        static let embed = WordFacts(rawValue: 8)
        /// In ``HTMLBoilerplate/layoutModifiers``.
        static let modifier = WordFacts(rawValue: 16)
    }

    /// The listed words (``HTMLBoilerplate/words``, ``HTMLBoilerplate/exceptions``,
    /// ``HTMLBoilerplate/metadataWords``, `embed`) and what they say, by their first byte.
    static let factsByInitial: [[(word: [UInt8], facts: WordFacts)]] = {
        var facts: [[UInt8]: WordFacts] = [:]
        for (list, fact) in [(HTMLBoilerplate.words, WordFacts.boilerplate), (HTMLBoilerplate.exceptions, .exception),
                             (HTMLBoilerplate.metadataWords, .metadata), (["embed"], .embed),
                             (HTMLBoilerplate.layoutModifiers, .modifier)] {
            for word in list { facts[Array(word.utf8), default: []].insert(fact) }
        }
        var table = Array(repeating: [(word: [UInt8], facts: WordFacts)](), count: 256)
        for (word, fact) in facts.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            table[Int(word[0])].append((word, fact))
        }
        return table
    }()

    /// ``HTMLBoilerplate/prefixes`` by their first byte.
    static let prefixesByInitial: [[[UInt8]]] = byInitial(HTMLBoilerplate.prefixBytes)
    /// ``dateParts`` by their first byte.
    static let datePartsByInitial: [[[UInt8]]] = byInitial(dateParts)

    private static func byInitial(_ words: [[UInt8]]) -> [[[UInt8]]] {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for word in words where !word.isEmpty { table[Int(word[0])].append(word) }
        return table
    }

    /// What the word lists say of a word (not empty).
    static func wordFacts(_ word: UnsafeBufferPointer<UInt8>) -> WordFacts {
        for (listed, facts) in factsByInitial[Int(word[0])] where listed.count == word.count {
            if listed.indices.allSatisfy({ listed[$0] == word[$0] }) { return facts }
        }
        return []
    }

    /// Adds what another name of the same element says.
    mutating func merge(_ other: ClassNameVerdict) {
        boilerplateWord = boilerplateWord || other.boilerplateWord
        embed = embed || other.embed
        byline = byline || other.byline
        metadataWord = metadataWord || other.metadataWord
        dateBearing = dateBearing || other.dateBearing
    }

    /// The `class` and `id` values of an element, joined; `nil` when it has neither.
    static func names(of node: HTMLTree.Node) -> String? {
        switch (node.attributes["class"], node.attributes["id"]) {
        case (nil, nil): return nil
        case (let names?, nil), (nil, let names?): return names.isEmpty ? nil : names
        case (let classes?, let id?): return classes + " " + id
        }
    }
}

/// The verdicts of one page's class names, each distinct `class` or `id` value judged once. The values
/// are found again by an FNV-1a hash of their bytes in an open-addressing table (cheaper than hashing
/// `String`s with `Hasher`: pages repeat a few hundred values on thousands of elements).
struct ClassNameVerdicts {
    private var keys: [String?] = Array(repeating: nil, count: 512)
    private var hashes: [UInt64] = Array(repeating: 0, count: 512)
    private var verdicts: [ClassNameVerdict] = Array(repeating: ClassNameVerdict(), count: 512)
    private var count = 0

    /// The verdict on an element's names, `nil` when it has none.
    mutating func verdict(of node: borrowing HTMLTree.Node) -> ClassNameVerdict? {
        guard !node.isText, !node.attributes.isEmpty else { return nil }
        switch (node.attributes["class"].map { verdict(of: $0) }, node.attributes["id"].map { verdict(of: $0) }) {
        case (nil, nil): return nil
        case (let one?, nil), (nil, let one?): return one
        case (var classes?, let id?):
            classes.merge(id)
            return classes
        }
    }

    private mutating func verdict(of value: String) -> ClassNameVerdict {
        var value = value
        let hash = value.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ hash >> 29) & mask
        while let key = keys[slot] {
            if hashes[slot] == hash, key == value { return verdicts[slot] }
            slot = (slot + 1) & mask
        }
        let verdict = ClassNameVerdict(names: value)
        keys[slot] = value
        hashes[slot] = hash
        verdicts[slot] = verdict
        count += 1
        if count * 2 > keys.count { grow() }
        return verdict
    }

    /// Doubles the table, placing every value again.
    private mutating func grow() {
        let old = (keys, hashes, verdicts)
        keys = Array(repeating: nil, count: old.0.count * 2)
        hashes = Array(repeating: 0, count: keys.count)
        verdicts = Array(repeating: ClassNameVerdict(), count: keys.count)
        let mask = keys.count - 1
        for index in old.0.indices {
            guard let key = old.0[index] else { continue }
            var slot = Int(truncatingIfNeeded: old.1[index] ^ old.1[index] >> 29) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            hashes[slot] = old.1[index]
            verdicts[slot] = old.2[index]
        }
    }

    /// The verdict of every node of a tree.
    static func judge(_ tree: HTMLTree) -> [ClassNameVerdict?] {
        var verdicts = ClassNameVerdicts()
        var result: [ClassNameVerdict?] = []
        result.reserveCapacity(tree.nodes.count)
        tree.nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices { result.append(verdicts.verdict(of: nodes[index])) }
        }
        return result
    }
}
