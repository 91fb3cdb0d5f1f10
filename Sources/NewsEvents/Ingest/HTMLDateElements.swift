/// The date-bearing elements of a page body.
enum HTMLDateElements {
    /// `[itemprop=datePublished]` outside boilerplate, `<time pubdate>` anywhere, the first `<time datetime>` inside the
    /// content, then outside boilerplate; last, `[itemprop=datePublished]` inside boilerplate when its microdata
    /// item is an article (not a teaser of another story).
    static func time(_ page: HTMLPageAnalysis, content: Int?) -> SimpleDate? {
        let tree = page.tree
        let elements = tree.nodes.indices.filter { !tree.nodes[$0].isText }
        let published = elements.filter { tree.attribute("itemprop", of: $0)?.lowercased() == "datepublished" }
        let pubdate = elements.filter { tree.nodes[$0].kind.contains(.time) && tree.attribute("pubdate", of: $0) != nil }
        let times = elements.filter { tree.nodes[$0].kind.contains(.time) && !page.inBoilerplate[$0] }
        let ordered = published.filter { !page.inBoilerplate[$0] } + pubdate
            + times.filter { index in content.map { tree.contains($0, index) } ?? false } + times
            + published.filter { page.inBoilerplate[$0] && isArticleItem(tree, $0) }
        for index in ordered {
            if let date = dateAttribute(tree, index) ?? PublishedDateParser.parse(tree.text(of: index)) { return date }
        }
        return nil
    }

    /// The first `<time datetime>` of the page wherever it is (in boilerplate too): the last resort before
    /// `--date`.
    static func anyTime(_ tree: HTMLTree) -> SimpleDate? {
        for index in tree.nodes.indices where tree.nodes[index].kind.contains(.time) {
            if let date = tree.attribute("datetime", of: index).flatMap(PublishedDateParser.parse) { return date }
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

    /// `false` when the element's text cannot start with a date label: its first visible character is ASCII
    /// and no label starts with it (decided on the bytes, before the text is collected).
    private static func mayStartWithDateLabel(_ tree: HTMLTree, _ index: Int) -> Bool {
        for child in index..<tree.nodes[index].end where tree.nodes[child].isText {
            for byte in tree.nodes[child].text.utf8 {
                if byte >= 0x80 { return true }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                return dateLabelInitials.contains(byte | 0x20)
            }
        }
        return false
    }

    /// The first letters of ``dateLabels``, lower case.
    static let dateLabelInitials: Set<UInt8> = Set(dateLabels.compactMap(\.utf8.first))

    private static func startsWithDateLabel(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        let head = text.prefix(16).lowercased()
        return dateLabels.contains(where: head.hasPrefix)
    }

    /// Parts of class names and ids of elements that show a byline or a date.
    static let bylineNameParts = [
        "byline", "date", "datum", "time", "publish", "posted", "created", "meta", "author", "autor", "tagline",
        "submitted",
    ]
    /// Labels that start a visible publication date ("Veröffentlicht am 16.08.2019").
    static let dateLabels = [
        "published", "posted", "veröffentlicht", "datum:", "date:", "erstellt", "publié", "pubblicato", "publicado",
    ]

    /// A date in a short element (at most 400 characters of text, 100 nodes) outside boilerplate whose class or id
    /// names a byline, date, time or article metadata (`byline`, `post-date`, `newsdatum`, `entry-meta`, ...), in
    /// a `title`/`datetime`/`content` attribute or its first 100 characters of text; or in an element of at most
    /// 200 characters whose text starts with a label such as "Published" or "Veröffentlicht".
    static func byline(_ page: HTMLPageAnalysis) -> SimpleDate? {
        let tree = page.tree
        for index in tree.nodes.indices where !tree.nodes[index].isText && !page.inBoilerplate[index] {
            let named = page.classNames[index]?.dateBearing ?? false
            if named, let date = dateAttribute(tree, index) { return date }
            guard tree.nodes[index].textLength <= 400, tree.nodes[index].end - index <= 100,
                  named || (mayStartWithDateLabel(tree, index) && startsWithDateLabel(tree.text(of: index, limit: 16)))
            else { continue }
            let text = tree.text(of: index)
            guard text.count <= 200 || named else { continue }
            if let date = PublishedDateParser.firstDate(in: text.prefix(100)) { return date }
        }
        return nil
    }

    /// Labels of a line that states when the page last changed: "Diese Seite wurde zuletzt am 29. Januar 2020
    /// geändert", "Letzte Änderung: 14.01.2022", "[Stand: 09.10.2017]", "Copyright © 19.12.2019" (lower case).
    static let lastChangeLabels = [
        "zuletzt", "letzte änderung", "letzte aktualisierung", "stand:", "aktualisiert am", "last edited",
        "last modified", "last updated", "last changed", "page updated", "copyright", "©", "mis à jour",
        "modifié le", "ultima modifica", "última actualización",
    ]

    /// Characters of an element searched for the date of a last-change line.
    static let lastChangeLength = 200

    /// The full date of the first line (anywhere, footers included) that says when the page last changed
    /// (``lastChangeLabels``): the label's element, or its parent, when it holds at most ``lastChangeLength``
    /// characters (`<label>Letzte Änderung:</label><div>14.01.2022</div>`). The last resort of a page that
    /// states no publication date: a page is published no later than it changed.
    static func lastChange(_ page: HTMLPageAnalysis) -> SimpleDate? {
        let tree = page.tree
        for index in tree.nodes.indices where tree.nodes[index].isText && tree.nodes[index].visibleLength > 0 {
            let text = tree.nodes[index].text
            guard text.utf8.count <= lastChangeLength * 4 else { continue }
            let lowered = text.lowercased()
            guard lastChangeLabels.contains(where: { IngestText.contains(lowered, $0) }) else { continue }
            var element = tree.nodes[index].parent
            for _ in 0..<2 where element >= 0 {
                guard tree.nodes[element].textLength <= lastChangeLength else { break }
                if let date = PublishedDateParser.firstDate(in: tree.text(of: element)) { return date }
                element = tree.nodes[element].parent
            }
        }
        return nil
    }

    /// Text nodes searched after the headline.
    static let headlineWindow = 40
    /// Visible characters searched after the headline.
    static let headlineWindowLength = 1_500

    /// A date shown with the headline, as in "Donnerstag, 15.2.2018, 19:51" or "(18.01.2018) Berlin ...": the
    /// first full date among the text that follows the headline (the first `<h1>` outside boilerplate, else
    /// the first `<h1>`, else the first `<h2>` outside boilerplate), its own lines after the first included (at most
    /// ``headlineWindow`` text nodes, ``headlineWindowLength`` characters), in an element that is a date
    /// line (``HTMLDateLines/dateLineDate(_:)``: short, few words) or at the very start of a text (a date
    /// inside a sentence is not the story's date).
    static func nearHeadline(_ page: HTMLPageAnalysis) -> SimpleDate? {
        let tree = page.tree
        let headings = tree.nodes.indices.filter { !tree.nodes[$0].kind.isDisjoint(with: [.h1, .h2]) }
        guard let headline = headings.first(where: { tree.nodes[$0].kind.contains(.h1) && !page.inBoilerplate[$0] })
            ?? headings.first(where: { tree.nodes[$0].kind.contains(.h1) })
            ?? headings.first(where: { !page.inBoilerplate[$0] })
        else { return nil }
        let skipBoilerplate = !page.inBoilerplate[headline]
        var seen = 0, length = 0
        var index = headline + 1
        while index < tree.nodes.count, seen < headlineWindow, length < headlineWindowLength {
            defer { index += 1 }
            let parent = tree.nodes[index].parent
            guard tree.nodes[index].isText, !(skipBoilerplate && page.inBoilerplate[index]), parent >= 0,
                  !tree.nodes[parent].kind.contains(.nonContent) else { continue }
            let visible = tree.nodes[index].visibleLength
            guard visible > 0 else { continue }
            seen += 1
            length += visible
            if tree.nodes[parent].textLength <= HTMLDateLines.maximumLength,
               let date = HTMLDateLines.dateLineDate(tree.text(of: parent)) {
                return date
            }
            if let date = PublishedDateParser.leadingDate(in: tree.nodes[index].text) { return date }
        }
        return nil
    }
}
