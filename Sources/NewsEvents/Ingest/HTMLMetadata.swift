/// A page's title, canonical URL, author, site name and publication-date evidence.
///
/// - Title: `og:title`, JSON-LD `headline`, the first `<h1>`, `<title>` (a trailing " | Site" or " - Site"
///   removed).
/// - Dates: meta tags (``metaDateKeys``, in that order) as `.meta`; JSON-LD `datePublished` as `.jsonld`;
///   `[itemprop=datePublished]`, `<time pubdate>`, then the first `<time datetime>` (in the article first) as
///   `.time`; a date in a byline-like element ("Published May 16, 2019") as `.byline`; the date in the
///   canonical URL as `.url`.
///
/// ```swift
/// let metadata = HTMLMetadata.read(analysis, content: root)
/// metadata.title              // "US puts Huawei on trade blacklist"
/// metadata.evidence.dates     // [.jsonld: 2019-05-16, .url: 2019-05-16]
/// ```
struct HTMLMetadata {
    var title: String?
    /// Every form of the headline the page has (`og:title`, JSON-LD, `<h1>`s, `<title>`), to recognise it
    /// at the top of the text.
    var headlines: [String] = []
    var url: String?
    var author: String?
    var source: String?
    var evidence = PublicationDateEvidence()
    /// When the page was last modified (`article:modified_time`, `og:updated_time`, JSON-LD `dateModified`):
    /// the publication date is no later, so it is the last resort before `--date`.
    var modified: SimpleDate?

    /// Meta names and properties that carry the publication date, most trusted first.
    static let metaDateKeys = [
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "article.published", "published_time", "published-date", "published_date", "publish_date", "publish-date",
        "publishdate", "publication_date", "publication-date", "pubdate", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "parsely-pub-date", "sailthru.date",
        "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original",
        "cxenseparse:recs:publishtime", "pub_date", "date_published", "pdate", "release_date",
    ]

    static func read(_ page: HTMLPageAnalysis, content: Int?) -> HTMLMetadata {
        let tree = page.tree
        let meta = metaValues(tree)
        let jsonld = JSONLDReader.read(tree.elements(named: "script").filter {
            tree.attribute("type", of: $0)?.lowercased().contains("ld+json") == true
        }.map { tree.text(of: $0) })
        var metadata = HTMLMetadata()
        metadata.source = meta["og:site_name"] ?? jsonld.publisher
        metadata.title = HTMLTitle.choose(meta: meta, jsonld: jsonld, page: page)
        metadata.headlines = HTMLTitle.headlines(meta: meta, jsonld: jsonld, tree: tree)
        metadata.url = canonicalURL(tree) ?? meta["og:url"] ?? jsonld.url
        metadata.author = meta["author"] ?? jsonld.author ?? meta["article:author"].flatMap { $0.contains("/") ? nil : $0 }
        for key in metaDateKeys { metadata.evidence.add(parsing: meta[key], from: .meta) }
        metadata.evidence.add(parsing: jsonld.datePublished, from: .jsonld)
        metadata.evidence.add(HTMLDateElements.time(page, content: content), from: .time)
        metadata.evidence.add(HTMLDateElements.byline(page), from: .byline)
        metadata.evidence.add(metadata.url.flatMap(URLDate.parse), from: .url)
        metadata.modified = ["article:modified_time", "og:updated_time", "dcterms.modified", "last-modified"]
            .lazy.compactMap { meta[$0].flatMap(PublishedDateParser.parse) }.first
            ?? jsonld.dateModified.flatMap(PublishedDateParser.parse)
        return metadata
    }

    /// `<meta>` values by lower-case `property`, `name` or `http-equiv` (the first one of each wins).
    static func metaValues(_ tree: HTMLTree) -> [String: String] {
        var values: [String: String] = [:]
        for index in tree.elements(named: "meta") {
            let attributes = tree.nodes[index].attributes
            guard let content = attributes["content"].map({ IngestText.trim($0, " \t\n\r") }), !content.isEmpty
            else { continue }
            for key in ["property", "name", "http-equiv"] {
                if let name = attributes[key]?.lowercased(), values[name] == nil { values[name] = content }
            }
        }
        return values
    }

    static func canonicalURL(_ tree: HTMLTree) -> String? {
        for index in tree.elements(named: "link") {
            let rel = tree.attribute("rel", of: index)?.lowercased().split(separator: " ") ?? []
            if rel.contains("canonical"), let href = tree.attribute("href", of: index), !href.isEmpty { return href }
        }
        return nil
    }
}

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
            let names = [tree.attribute("class", of: index), tree.attribute("id", of: index)]
                .compactMap { $0?.lowercased() }.joined(separator: " ")
            let named = bylineNameParts.contains(where: names.contains)
            if named, let date = dateAttribute(tree, index) { return date }
            guard tree.nodes[index].textLength <= 400, tree.nodes[index].end - index <= 100 else { continue }
            let text = tree.text(of: index)
            guard text.count <= 200, named || dateLabels.contains(where: text.lowercased().hasPrefix) else { continue }
            if let date = PublishedDateParser.firstDate(in: text) { return date }
        }
        return nil
    }
}

/// Chooses and cleans a page title.
enum HTMLTitle {
    static func choose(meta: [String: String], jsonld: JSONLDArticle, page: HTMLPageAnalysis) -> String? {
        let site = meta["og:site_name"]
        if let title = meta["og:title"] { return strippingSiteSuffix(title, siteName: site, onlyMatchingSite: true) }
        if let headline = jsonld.headline { return IngestText.trim(headline, " \t\n") }
        let tree = page.tree
        if let h1 = tree.elements(named: "h1").first(where: { !page.inBoilerplate[$0] }), !tree.text(of: h1).isEmpty {
            return tree.text(of: h1)
        }
        if let title = tree.elements(named: "title").first.map({ tree.text(of: $0) }), !title.isEmpty {
            return strippingSiteSuffix(title, siteName: site, onlyMatchingSite: false)
        }
        return nil
    }

    static func headlines(meta: [String: String], jsonld: JSONLDArticle, tree: HTMLTree) -> [String] {
        let site = meta["og:site_name"]
        var forms = [meta["og:title"], jsonld.headline].compactMap { $0 }
        forms += tree.elements(named: "h1").prefix(3).map { tree.text(of: $0) }
        forms += tree.elements(named: "title").prefix(1).map {
            strippingSiteSuffix(tree.text(of: $0), siteName: site, onlyMatchingSite: false)
        }
        return forms
    }

    /// `paragraphs` without the headline where it opens them (among the first three paragraphs): the title is
    /// metadata, the text is the body. Nothing is dropped when nothing else would be left.
    static func droppingHeadline(_ paragraphs: [String], headlines: [String]) -> [String] {
        let forms = Set(headlines.map(comparable))
        guard let index = paragraphs.prefix(3).firstIndex(where: { forms.contains(comparable($0)) }),
              paragraphs.count > 1 else { return paragraphs }
        var result = paragraphs
        result.remove(at: index)
        return result
    }

    /// Lower case, white space collapsed, trailing punctuation removed.
    private static func comparable(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(words.reversed().drop(while: { $0.isPunctuation }).reversed())
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "]

    /// Removes a trailing " | Site" / " - Site": always when it is the site's name; otherwise (unless
    /// `onlyMatchingSite`) when the suffix is short (at most 4 words) and the rest is longer.
    static func strippingSiteSuffix(_ title: String, siteName: String?, onlyMatchingSite: Bool) -> String {
        let title = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let cuts = separators.compactMap { title.ranges(of: $0).last }
        guard let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let prefix = String(title[..<cut.lowerBound]), suffix = String(title[cut.upperBound...])
        if let siteName, suffix.lowercased() == siteName.lowercased() { return prefix }
        if onlyMatchingSite { return title }
        let suffixWords = suffix.split(separator: " ").count, prefixWords = prefix.split(separator: " ").count
        return suffixWords <= 4 && prefixWords > suffixWords ? prefix : title
    }
}
