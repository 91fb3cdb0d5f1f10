import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article.
///
/// ```swift
/// let info = JSONLDReader.read([#"{"@graph": [{"@type": "NewsArticle", "headline": "Deal", "datePublished": "2019-11-22"}]}"#])
/// info.headline        // "Deal"
/// info.datePublished   // "2019-11-22"
/// ```
struct JSONLDArticle: Hashable, Sendable {
    var headline: String?
    var datePublished: String?
    /// Every `datePublished` of the page's objects, articles first (a page may state it twice, in UTC and in
    /// local time).
    var datesPublished: [String] = []
    var dateModified: String?
    var author: String?
    var publisher: String?
    var url: String?
}

/// Reads JSON-LD scripts: single objects, arrays and `@graph` lists; article-typed objects (`NewsArticle`,
/// `Article`, `BlogPosting`, ...) are preferred over others (`WebPage`). Scripts that are not JSON are
/// skipped. Foundation's `JSONSerialization` parses the (small) script text.
enum JSONLDReader {
    static func read(_ scripts: [String]) -> JSONLDArticle {
        let objects = scripts.flatMap { flatten(parse($0)) }
        let articles = objects.filter(isArticle)
        let ordered = articles + objects.filter { !isArticle($0) }
        var info = JSONLDArticle()
        info.datePublished = first(ordered, "datePublished") ?? first(articles, "dateCreated")
        info.datesPublished = ordered.compactMap { $0["datePublished"] as? String }.filter { !$0.isEmpty }
        if info.datesPublished.isEmpty, let created = info.datePublished { info.datesPublished = [created] }
        info.dateModified = first(ordered, "dateModified")
        info.headline = first(articles, "headline") ?? first(articles, "name") ?? first(ordered, "headline")
        info.author = articles.lazy.compactMap { names($0["author"]) }.first
        info.publisher = articles.lazy.compactMap { names($0["publisher"]) }.first
        info.url = first(articles, "url") ?? articles.lazy.compactMap { identifier($0["mainEntityOfPage"]) }.first
        return info
    }

    /// Whether a script without a `type` holds JSON-LD: a JSON object that names a `@context`.
    static func looksLikeJSONLD(_ script: String) -> Bool {
        script.utf8.first(where: { !ContentSniffer.isSpace($0) }) == UInt8(ascii: "{")
            && IngestText.contains(script.prefix(200), "\"@context\"")
    }

    /// The script's JSON value; raw line breaks and tabs (common inside strings) become spaces, comment and
    /// CDATA wrappers are removed.
    static func parse(_ script: String) -> Any? {
        var text = String(decoding: script.utf8.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        if IngestText.contains(text, "<!--") || IngestText.contains(text, "CDATA[") {
            for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
                text = text.replacing(wrapper, with: "")
            }
        }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// Every object of a JSON-LD value, going through arrays and `@graph`, without recursion.
    static func flatten(_ value: Any?) -> [[String: Any]] {
        var pending: [Any] = value.map { [$0] } ?? []
        var objects: [[String: Any]] = []
        while let next = pending.popLast(), objects.count < 1000 {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = next as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return objects
    }

    static let articleTypes = ["article", "blogposting", "report", "newsarticle", "liveblogposting"]

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
        return types.contains { type in articleTypes.contains { type.lowercased().hasSuffix($0) } }
    }

    private static func first(_ objects: [[String: Any]], _ key: String) -> String? {
        objects.lazy.compactMap { ($0[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }.first
    }

    /// `"Ann"`, `{"name": "Ann"}` or a list of them, joined with ", ".
    private static func names(_ value: Any?) -> String? {
        let items = value as? [Any] ?? (value.map { [$0] } ?? [])
        let found = items.compactMap { item -> String? in
            (item as? String) ?? ((item as? [String: Any])?["name"] as? String)
        }.filter { !$0.isEmpty }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }

    private static func identifier(_ value: Any?) -> String? {
        (value as? String) ?? ((value as? [String: Any])?["@id"] as? String)
    }
}
