/// Chooses the element that holds the article: `[itemprop=articleBody]`, else `<article>`, else `<main>`
/// (the one with the most text of its kind), provided it holds at least half as much text as the densest
/// container; otherwise the densest container, widened to the ancestors that add paragraphs to it.
///
/// Density: each piece of text counts its length for the container (`div`, `section`, `article`, `td`, ...)
/// it sits in, half for that container's container and a quarter for the next one up; link text counts
/// against. Paragraphs spread over sibling containers thus lift their common parent.
/// ```swift
/// // <body><div class="x"><p>long story ...</p><p>...</p></div><div><a>link</a> <a>link</a></div></body>
/// HTMLContentSelector.select(analysis)   // the index of div.x
/// ```
enum HTMLContentSelector {
    static let containerTags: Set<String> = [
        "div", "section", "article", "main", "td", "body", "html", "center", "dd", "form",
    ]

    /// The main content's node index, or `nil` when the page has no kept text.
    static func select(_ page: HTMLPageAnalysis) -> Int? {
        guard let densest = densestContainer(page) else { return nil }
        for kind in ["articleBody", "article", "main"] {
            if let candidate = largest(kind, page), page.text[candidate] * 2 >= page.text[densest] {
                return candidate
            }
        }
        return widened(densest, page)
    }

    /// The container's ancestors take over while they add at least 30% more paragraph text that is mostly
    /// not links: a story split into several sections (around figures, quotes, ads) is read whole.
    static func widened(_ container: Int, _ page: HTMLPageAnalysis) -> Int {
        let nodes = page.tree.nodes
        var current = container
        var ancestor = nodes[container].parent
        while ancestor >= 0, !["body", "html"].contains(nodes[ancestor].name) {
            let extraText = page.paragraphText[ancestor] - page.paragraphText[current]
            let extraLinks = page.linkText[ancestor] - page.linkText[current]
            if extraText > 0 {
                guard extraText * 10 >= page.paragraphText[current] * 3, extraLinks * 4 <= extraText else { break }
                current = ancestor
            }
            ancestor = nodes[ancestor].parent
        }
        return current
    }

    /// The kept element of a kind (`articleBody` means `[itemprop=articleBody]`) with the most text.
    private static func largest(_ kind: String, _ page: HTMLPageAnalysis) -> Int? {
        let nodes = page.tree.nodes
        let matches = nodes.indices.filter { index in
            !page.dropped[index]
                && (kind == "articleBody" ? nodes[index].attributes["itemprop"] == "articleBody" : nodes[index].name == kind)
        }
        return matches.max { page.text[$0] < page.text[$1] }
    }

    static func densestContainer(_ page: HTMLPageAnalysis) -> Int? {
        let nodes = page.tree.nodes
        var container = Array(repeating: -1, count: nodes.count)
        var score = Array(repeating: 0.0, count: nodes.count)
        for index in nodes.indices where !page.dropped[index] {
            let parent = nodes[index].parent
            let inherited = parent >= 0 ? container[parent] : -1
            if nodes[index].isText {
                credit(page, text: index, from: inherited, container: container, score: &score)
            } else {
                container[index] = nodes[index].kind.contains(.container) ? index : inherited
            }
        }
        var best: Int?
        for index in nodes.indices where score[index] > (best.map { score[$0] } ?? 0) { best = index }
        return best
    }

    private static func credit(_ page: HTMLPageAnalysis, text index: Int, from first: Int, container: [Int],
                               score: inout [Double]) {
        let length = Double(page.tree.nodes[index].visibleLength)
        var weight = page.inLink[index] ? -length : length
        var target = first
        for _ in 0..<3 where target >= 0 {
            score[target] += weight
            weight /= 2
            let parent = page.tree.nodes[target].parent
            target = parent >= 0 ? container[parent] : -1
        }
    }
}
