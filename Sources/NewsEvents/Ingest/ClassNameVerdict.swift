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
    /// the name starts `ad-`; and no name is an embedded post.
    var boilerplate = false
    /// A name is an embedded post (`social-media-embed`, `twitter-embed`): quoted content, never boilerplate.
    var embed = false
    /// A word names a byline (`byline`, `articleByline`): metadata whatever its length.
    var byline = false
    /// A word is one of ``HTMLBoilerplate/metadataWords`` (date, caption, credit): metadata when short.
    var metadataWord = false
    /// Part of a name is one of ``HTMLDateElements/bylineNameParts`` (`post-date`, `newsdatum`): the element
    /// may show the publication date.
    var dateBearing = false

    /// The verdict on one name (no white space in it).
    init(name: some StringProtocol) {
        let words = ClassNameWords.split(name)
        embed = words.contains("embed")
        boilerplate = !embed && (words.contains(where: HTMLBoilerplate.isBoilerplateWord)
            || ["ad-", "ads-"].contains { name.lowercased().hasPrefix($0) })
        byline = words.contains { IngestText.contains($0, "byline") }
        metadataWord = words.contains(where: HTMLBoilerplate.metadataWords.contains)
        let lower = name.lowercased()
        dateBearing = HTMLDateElements.bylineNameParts.contains { IngestText.contains(lower, $0) }
    }

    /// The combined verdict on names separated by white space.
    init(names: String) {
        self.init(combining: ClassNameVerdict.split(names).map { ClassNameVerdict(name: $0) })
    }

    init(combining verdicts: [ClassNameVerdict]) {
        embed = verdicts.contains { $0.embed }
        boilerplate = !embed && verdicts.contains { $0.boilerplate }
        byline = verdicts.contains { $0.byline }
        metadataWord = verdicts.contains { $0.metadataWord }
        dateBearing = verdicts.contains { $0.dateBearing }
    }

    static func split(_ names: String) -> [Substring] {
        names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
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

/// The verdicts of one page's class names, each distinct value and each distinct name judged once.
struct ClassNameVerdicts {
    private var values: [String: ClassNameVerdict] = [:]
    private var names: [Substring: ClassNameVerdict] = [:]

    /// The verdict on an element's names, `nil` when it has none.
    mutating func verdict(of node: HTMLTree.Node) -> ClassNameVerdict? {
        guard !node.isText, let value = ClassNameVerdict.names(of: node) else { return nil }
        if let verdict = values[value] { return verdict }
        let verdict = ClassNameVerdict(combining: ClassNameVerdict.split(value).map { name in
            if let known = names[name] { return known }
            let verdict = ClassNameVerdict(name: name)
            names[name] = verdict
            return verdict
        })
        values[value] = verdict
        return verdict
    }

    /// The verdict of every node of a tree.
    static func judge(_ tree: HTMLTree) -> [ClassNameVerdict?] {
        var verdicts = ClassNameVerdicts()
        return tree.nodes.map { verdicts.verdict(of: $0) }
    }
}
