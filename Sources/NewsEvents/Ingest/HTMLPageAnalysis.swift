/// Per-node facts about a parsed page that content selection, rendering and metadata share: what is
/// excluded, what is a link, how much text each subtree holds. Every pass is a loop over the flat tree.
struct HTMLPageAnalysis {
    let tree: HTMLTree
    /// Excluded from the text, itself or through an ancestor.
    private(set) var dropped: [Bool]
    /// Inside boilerplate (navigation, related stories, ...), itself or through an ancestor.
    private(set) var inBoilerplate: [Bool]
    /// Inside an `<a>`.
    private(set) var inLink: [Bool]
    /// Characters (non-space) of text in the subtree that is kept, outside links.
    private(set) var text: [Int]
    /// Characters of kept text in the subtree that are link text.
    private(set) var linkText: [Int]
    /// Characters of kept text in the subtree that is inside `<p>` and outside links.
    private(set) var paragraphText: [Int]
    /// What each element's class and id names say, `nil` when it has none.
    let classNames: [ClassNameVerdict?]

    /// `keepNoscript`: read `<noscript>` content as text (the fallback when a page has no other text).
    init(tree: HTMLTree, keepNoscript: Bool = false) {
        self.tree = tree
        let count = tree.nodes.count
        dropped = Array(repeating: false, count: count)
        inBoilerplate = Array(repeating: false, count: count)
        inLink = Array(repeating: false, count: count)
        text = Array(repeating: 0, count: count)
        linkText = Array(repeating: 0, count: count)
        paragraphText = Array(repeating: 0, count: count)
        classNames = ClassNameVerdicts.judge(tree)
        let exclusions = ExclusionPass(tree: tree, classNames: classNames, keepNoscript: keepNoscript).run()
        inherit(exclusions)
        countText()
    }

    /// Inside a `<p>`, itself or through an ancestor.
    private var inParagraph: [Bool] = []

    private mutating func inherit(_ exclusions: [HTMLBoilerplate.Exclusion?]) {
        inParagraph = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent, kind = tree.nodes[index].kind
            inParagraph[index] = kind.contains(.p) || (parent >= 0 && inParagraph[parent])
            let own = exclusions[index]
            dropped[index] = own != nil || (parent >= 0 && dropped[parent])
            inBoilerplate[index] = own == .boilerplate || (parent >= 0 && inBoilerplate[parent])
            inLink[index] = kind.contains(.a) || (parent >= 0 && inLink[parent])
        }
    }

    private mutating func countText() {
        for index in tree.nodes.indices.reversed() {
            if tree.nodes[index].isText, !dropped[index] {
                let length = tree.nodes[index].visibleLength
                if inLink[index] { linkText[index] = length } else { text[index] = length }
                if inParagraph[index], !inLink[index] { paragraphText[index] = length }
            }
            let parent = tree.nodes[index].parent
            if parent >= 0 {
                text[parent] += text[index]
                linkText[parent] += linkText[index]
                paragraphText[parent] += paragraphText[index]
            }
        }
    }

    /// Code points that are not ASCII white space (counted on UTF-8 bytes: this runs on every text node).
    static func visibleLength(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 && !ContentSniffer.isSpace(byte) { count += 1 }
        return count
    }

    /// Share of link text in a subtree (0 when it has no text).
    func linkDensity(_ index: Int) -> Double {
        let total = text[index] + linkText[index]
        return total == 0 ? 0 : Double(linkText[index]) / Double(total)
    }
}

/// Each element's own exclusion, with boilerplate and metadata overruled for an element that holds the
/// article (it contains `<main>` or `[itemprop=articleBody]`, or most of the page's paragraph text): a
/// wrapper called `page-with-sidebar`, a `<form>` around a whole ASP.NET page, or an `<aside>` or a site
/// `<header>` that broken markup left open must not take the story with them.
struct ExclusionPass {
    let tree: HTMLTree
    let classNames: [ClassNameVerdict?]
    let keepNoscript: Bool

    func run() -> [HTMLBoilerplate.Exclusion?] {
        let nodes = tree.nodes
        var insideArticle = Array(repeating: false, count: nodes.count)
        var exclusions: [HTMLBoilerplate.Exclusion?] = Array(repeating: nil, count: nodes.count)
        let (paragraphText, holdsArticle) = articleMarkers()
        let pageParagraphText = paragraphText.max() ?? 0
        for index in nodes.indices where !nodes[index].isText {
            let parent = nodes[index].parent, kind = nodes[index].kind
            insideArticle[index] = parent >= 0 && (insideArticle[parent]
                || !nodes[parent].kind.isDisjoint(with: [.article, .blockquote]))
            var exclusion = HTMLBoilerplate.exclusion(of: index, in: tree, insideArticle: insideArticle[index],
                                                      names: classNames[index])
            if keepNoscript, kind.contains(.noscript) { exclusion = nil }
            if exclusion == .boilerplate || exclusion == .metadata, !kind.contains(.p), holdsArticle[index]
                || (paragraphText[index] > 0 && paragraphText[index] * 10 >= pageParagraphText * 6) {
                exclusion = nil
            }
            exclusions[index] = exclusion
        }
        return exclusions
    }

    /// Characters of `<p>` text in each subtree, and whether the subtree holds `<main>` or the article body
    /// (not `<article>`: related-story lists are often made of `<article>` teasers).
    private func articleMarkers() -> (paragraphText: [Int], holdsArticle: [Bool]) {
        let nodes = tree.nodes
        var paragraphText = Array(repeating: 0, count: nodes.count)
        var holdsArticle = Array(repeating: false, count: nodes.count)
        var inParagraph = Array(repeating: false, count: nodes.count)
        for index in nodes.indices {
            let parent = nodes[index].parent
            inParagraph[index] = nodes[index].kind.contains(.p) || (parent >= 0 && inParagraph[parent])
        }
        for index in nodes.indices.reversed() {
            let kind = nodes[index].kind, parent = nodes[index].parent
            if kind.contains(.text), inParagraph[index] { paragraphText[index] = nodes[index].visibleLength }
            if kind.contains(.main) || (!kind.contains(.text) && nodes[index].attributes["itemprop"] == "articleBody") {
                holdsArticle[index] = true
            }
            if parent >= 0 {
                paragraphText[parent] += paragraphText[index]
                holdsArticle[parent] = holdsArticle[parent] || holdsArticle[index]
            }
        }
        return (paragraphText, holdsArticle)
    }
}
