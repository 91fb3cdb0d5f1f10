/// A page's title, canonical URL, author, site name and publication-date evidence.
///
/// - Title: `og:title`, JSON-LD `headline`, the first `<h1>`, `<title>` (a trailing " | Site" or " - Site"
///   removed).
/// - Dates: meta tags (``metaDateKeys`` in that order, then names ending like ``publicationKeySuffixes``) as
///   `.meta`, a generic `date` tag (``genericMetaDateKeys``) after them; JSON-LD `datePublished` (typed
///   `ld+json` or an untyped script naming `@context`) as `.jsonld`, a UTC time near midnight replaced by the
///   same moment in local time when the page states it (``UTCTimestamp``); `[itemprop=datePublished]`,
///   `<time pubdate>`, then the first `<time datetime>` (in the article first) as `.time`; a date in a
///   byline-like element ("Published May 16, 2019") or shown with the headline as `.byline`; the date in the
///   canonical URL as `.url`; the first `<time datetime>` anywhere as the last resort.
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
    /// The first `<time datetime>` anywhere, boilerplate included: used (as `.time`) only when nothing else
    /// dates the page.
    var lastResort: SimpleDate?

    /// Meta names and properties that carry the publication date, most trusted first.
    static let metaDateKeys = [
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "article.published", "published_time", "published-date", "published_date", "publish_date", "publish-date",
        "publishdate", "publication_date", "publication-date", "pubdate", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "parsely-pub-date", "sailthru.date",
        "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original",
        "cxenseparse:recs:publishtime", "pub_date", "date_published", "pdate", "release_date",
    ]

    /// Endings of other meta names that carry the publication date (`sw-pubdate`, `og:video:upload_date`,
    /// `five_hundred_pixels:uploaded`), read after ``metaDateKeys``.
    static let publicationKeySuffixes = [
        "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "publishedtime",
        "published_date", "publication_date", "date_published", "datepublished", "publish_time", "upload_date",
        "uploaddate", ":uploaded",
    ]

    /// Generic date meta tags: often the date of the last change, so they rank after a visible byline
    /// (``PublicationDateEvidence/genericMeta``).
    static let genericMetaDateKeys = ["dc.date", "dcterms.date", "date"]

    static func read(_ page: HTMLPageAnalysis, content: Int?) -> HTMLMetadata {
        let tree = page.tree
        let meta = metaValues(tree)
        let jsonld = JSONLDReader.read(tree.elements(named: "script").filter {
            tree.attribute("type", of: $0)?.lowercased().contains("ld+json")
                ?? JSONLDReader.looksLikeJSONLD(tree.nodes[$0].end > $0 + 1 ? tree.nodes[$0 + 1].text : "")
        }.map { tree.text(of: $0) })
        var metadata = HTMLMetadata()
        metadata.source = meta["og:site_name"] ?? jsonld.publisher
        metadata.title = HTMLTitle.choose(meta: meta, jsonld: jsonld, page: page)
        metadata.headlines = HTMLTitle.headlines(meta: meta, jsonld: jsonld, tree: tree)
        metadata.url = canonicalURL(tree) ?? meta["og:url"] ?? jsonld.url
        metadata.author = meta["author"] ?? jsonld.author ?? meta["article:author"].flatMap { $0.contains("/") ? nil : $0 }
        let otherKeys = meta.keys.filter { key in !metaDateKeys.contains(key) && publicationKeySuffixes.contains { key.hasSuffix($0) } }
        metadata.addPublicationDates(meta: (metaDateKeys + otherKeys.sorted()).compactMap { UTCTimestamp.Stated(meta[$0]) },
                                     jsonld: jsonld.datesPublished.compactMap { UTCTimestamp.Stated($0) })
        metadata.evidence.genericMeta = genericMetaDateKeys.lazy.compactMap { meta[$0].flatMap(PublishedDateParser.parse) }.first
        metadata.evidence.add(HTMLDateElements.time(page, content: content), from: .time)
        metadata.evidence.add(HTMLDateElements.byline(page) ?? HTMLDateElements.nearHeadline(page), from: .byline)
        metadata.evidence.add(metadata.url.flatMap(URLDate.parse), from: .url)
        metadata.lastResort = HTMLDateElements.anyTime(tree)
        metadata.modified = ["article:modified_time", "og:updated_time", "dcterms.modified", "last-modified"]
            .lazy.compactMap { meta[$0].flatMap(PublishedDateParser.parse) }.first
            ?? jsonld.dateModified.flatMap(PublishedDateParser.parse)
        return metadata
    }

    /// The meta tags' and JSON-LD's publication dates, each source's first, in the site's local day when
    /// the other states it (``UTCTimestamp/localDay(_:alternatives:)``).
    private mutating func addPublicationDates(meta: [UTCTimestamp.Stated], jsonld: [UTCTimestamp.Stated]) {
        for (source, candidates, alternatives) in [(PublishedSource.meta, meta, jsonld), (.jsonld, jsonld, meta)] {
            guard let chosen = UTCTimestamp.localDay(candidates, alternatives: alternatives) else { continue }
            evidence.add(chosen.date, from: source)
            if let hour = chosen.utcHour { evidence.utcHours[source] = hour }
        }
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
