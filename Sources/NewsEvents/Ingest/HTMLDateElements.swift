/// The date-bearing elements of a page body.
enum HTMLDateElements {
    /// `[itemprop=datePublished]` outside boilerplate, `<time pubdate>` anywhere, the first `<time datetime>` inside the
    /// content, then outside boilerplate; last, `[itemprop=datePublished]` inside boilerplate when its microdata
    /// item is an article (not a teaser of another story).
    static func time(_ page: HTMLPageAnalysis, content: Int?) -> SimpleDate? {
        let tree = page.tree
        let elements = tree.nodes.indices.filter { !tree.nodes[$0].isText }
        let published = elements.filter { tree.attribute("itemprop", of: $0)?.lowercased() == "datepublished" }
        let pubdate = elements.filter { tree.nodes[$0].name == "time" && tree.attribute("pubdate", of: $0) != nil }
        let times = elements.filter { tree.nodes[$0].name == "time" && !page.inBoilerplate[$0] }
        let ordered = published.filter { !page.inBoilerplate[$0] } + pubdate
            + times.filter { index in content.map { tree.contains($0, index) } ?? false } + times
            + published.filter { page.inBoilerplate[$0] && isArticleItem(tree, $0) }
        for index in ordered {
            if let date = dateAttribute(tree, index) ?? PublishedDateParser.parse(tree.text(of: index)) { return date }
        }
        return nil
    }

    /// The date in a `datetime`, `content` or `title` attribute.
    static func dateAttribute(_ tree: HTMLTree, _ index: Int) -> SimpleDate? {
        for name in ["datetime", "content", "title"] {
            if let value = tree.attribute(name, of: index), let date = PublishedDateParser.parse(value) { return date }
        }
        return nil
    }

    /// Whether the microdata item that `index` belongs to is an article.
    private static func isArticleItem(_ tree: HTMLTree, _ index: Int) -> Bool {
        var current = tree.nodes[index].parent
        while current >= 0 {
            if tree.attribute("itemscope", of: current) != nil {
                let type = tree.attribute("itemtype", of: current)?.lowercased() ?? ""
                return type.hasSuffix("article") || type.hasSuffix("posting")
            }
            current = tree.nodes[current].parent
        }
        return false
    }

    private static func startsWithDateLabel(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        let head = text.prefix(16).lowercased()
        return dateLabels.contains(where: head.hasPrefix)
    }

    /// Parts of class names and ids of elements that show a byline or a date.
    static let bylineNameParts = [
        "byline", "date", "datum", "time", "publish", "posted", "created", "meta", "author", "autor", "tagline",
    ]
    /// Labels that start a visible publication date ("Veröffentlicht am 16.08.2019").
    static let dateLabels = [
        "published", "posted", "veröffentlicht", "datum:", "date:", "erstellt", "publié", "pubblicato", "publicado",
    ]

    /// A date in a short element (at most 200 characters of text, 100 nodes) outside boilerplate whose class or id names
    /// a byline, date, time or article metadata (`byline`, `post-date`, `newsdatum`, `entry-meta`, ...), in its
    /// text or a `title`/`datetime`/`content` attribute; or in a short element whose text starts with a label
    /// such as "Published" or "Veröffentlicht".
    static func byline(_ page: HTMLPageAnalysis) -> SimpleDate? {
        let tree = page.tree
        for index in tree.nodes.indices where !tree.nodes[index].isText && !page.inBoilerplate[index] {
            let named = page.classNames[index]?.dateBearing ?? false
            if named, let date = dateAttribute(tree, index) { return date }
            guard tree.nodes[index].textLength <= 400, tree.nodes[index].end - index <= 100,
                  named || startsWithDateLabel(tree.text(of: index, limit: 16)) else { continue }
            let text = tree.text(of: index)
            guard text.count <= 200 else { continue }
            if let date = PublishedDateParser.firstDate(in: text) { return date }
        }
        return nil
    }
}
