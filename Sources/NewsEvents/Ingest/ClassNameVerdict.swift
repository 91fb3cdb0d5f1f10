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
        let words = ClassNameWords.split(name)
        var lower = Array(name.utf8)
        for index in lower.indices where lower[index] >= 0x41 && lower[index] <= 0x5A { lower[index] |= 0x20 }
        embed = words.contains("embed")
        boilerplateWord = words.contains(where: HTMLBoilerplate.isBoilerplateWord)
            || lower.starts(with: "ad-".utf8) || lower.starts(with: "ads-".utf8)
        byline = words.contains { IngestText.contains($0, "byline") }
        metadataWord = words.contains(where: HTMLBoilerplate.metadataWords.contains)
        dateBearing = lower.withUnsafeBufferPointer { bytes in
            ClassNameVerdict.dateParts.contains { IngestText.contains(bytes: bytes, needle: $0) }
        }
    }

    /// The combined verdict on names separated by white space.
    init(names: String) {
        self.init()
        let bytes = names.utf8
        var start = bytes.startIndex
        while let first = bytes[start...].firstIndex(where: { !ContentSniffer.isSpace($0) }) {
            let end = bytes[first...].firstIndex(where: ContentSniffer.isSpace) ?? bytes.endIndex
            merge(ClassNameVerdict(name: names[first..<end]))
            start = end
        }
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

/// The verdicts of one page's class names, each distinct `class` or `id` value judged once.
struct ClassNameVerdicts {
    private var values: [String: ClassNameVerdict] = [:]

    /// The verdict on an element's names, `nil` when it has none.
    mutating func verdict(of node: HTMLTree.Node) -> ClassNameVerdict? {
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
        if let verdict = values[value] { return verdict }
        let verdict = ClassNameVerdict(names: value)
        values[value] = verdict
        return verdict
    }

    /// The verdict of every node of a tree.
    static func judge(_ tree: HTMLTree) -> [ClassNameVerdict?] {
        var verdicts = ClassNameVerdicts()
        verdicts.values.reserveCapacity(256)
        var result: [ClassNameVerdict?] = []
        result.reserveCapacity(tree.nodes.count)
        for index in tree.nodes.indices { result.append(verdicts.verdict(of: tree.nodes[index])) }
        return result
    }
}
