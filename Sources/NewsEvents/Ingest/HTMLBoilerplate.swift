/// Decides which elements of a page are not article content.
///
/// - Never content: `script`, `style`, `noscript`, `template`, `svg`, `iframe`, form controls, `head`, ...
/// - Boilerplate: `nav`, `aside`, `form`, `button`; `footer` unless inside an `<article>` or a `<blockquote>`
///   (there it holds a quote's attribution); ARIA landmark roles for navigation,
///   banners and dialogs; hidden elements; elements whose `class` or `id` names navigation, menus, footers,
///   sidebars, related stories, sharing, cookie/consent notices, newsletters, promotions, comments,
///   breadcrumbs, subscriptions, ads (`ad-slot`, `top-ad`), tickers.
/// - Metadata, left out of the text but searched for the title and publication date: bylines, and `header`
///   outside an `<article>`.
/// - Class names are split into words (`site-nav`, `shareBar`, `related_links`), so `article-header` or
///   `navy` do not match; embedded posts (`social-media-embed`) are content. `html`, `body`, `article`, `main` and `[itemprop=articleBody]` are never dropped
///   for their class.
///
/// ```swift
/// HTMLBoilerplate.classNamesBoilerplate("cookie-consent banner")   // true
/// HTMLBoilerplate.classNamesBoilerplate("article-header")          // false
/// ```
public enum HTMLBoilerplate {
    /// Why an element is left out of the text.
    public enum Exclusion: Sendable, Hashable {
        /// Not text at all (scripts, styles, embedded objects).
        case nonContent
        /// Page furniture: navigation, sharing, related stories, notices.
        case boilerplate
        /// About the article rather than of it (bylines): left out of the text, searched for dates.
        case metadata
    }

    static let nonContentTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video",
        "audio", "map", "title", "meta", "link", "base", "select", "input", "textarea", "option", "datalist",
        "img", "picture", "source", "math",
    ]
    static let boilerplateTags: Set<String> = ["nav", "aside", "form", "button", "dialog", "menu"]
    static let protectedTags: Set<String> = ["html", "body", "article", "main"]
    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
        "alertdialog", "toolbar",
    ]

    /// Whole words of class names that mark boilerplate.
    static let words: Set<String> = [
        "nav",
        "menu", "footer", "sidebar", "related", "share", "sharing", "social", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "promo", "comment", "comments", "breadcrumb", "breadcrumbs",
        "subscribe", "subscription", "ad", "ads", "advert", "advertisement", "sponsored", "ticker", "trending",
        "mostread", "popular", "outbrain", "taboola", "recommended", "signup", "pagination", "pager",
        "masthead", "toolbar", "skip", "popup", "modal", "disqus", "sharebar", "socialbar",
        "tags", "copyright", "banner", "topbar", "navbar", "navigation", "submenu", "megamenu",
        "sidebars", "footnav", "subnav", "breaking", "paywall", "promos", "gallery", "slideshow", "carousel",
        "lightbox", "tooltip", "popover", "rollover", "hovercard", "navlinks", "navlist", "navmenu", "navs",
    ]
    /// Words after which a boilerplate word names the element's layout, not the element: `page--withSidebar`,
    /// `has-comments`, `no-ads` (``ClassNameVerdict``).
    static let layoutModifiers: Set<String> = ["with", "has", "without", "no"]
    /// Word beginnings that mark boilerplate (`navbar`, `shareTools`, `newsletterSignup`).
    static let prefixes: [String] = [
        "menu", "footer", "sidebar", "related", "share", "social", "cookie", "consent", "newsletter",
        "promo", "comment", "breadcrumb", "subscri", "advert", "sponsor", "recommend", "trending", "outbrain",
        "taboola", "popup", "gdpr",
    ]
    static let prefixBytes = prefixes.map { Array($0.utf8) }
    /// Words that merely begin like a boilerplate word.
    static let exceptions: Set<String> = [
        "commentary", "navigate", "shareholder", "shareholders", "menuitem",
        "promoted",  // Drupal marks an article shown on the front page `node-promoted`
    ]

    /// The exclusion of element `index` itself (not inherited from its ancestors).
    static func exclusion(of index: Int, in tree: HTMLTree, insideArticle: Bool) -> Exclusion? {
        let names = ClassNameVerdict.names(of: tree.nodes[index]).map(ClassNameVerdict.init(names:))
        return exclusion(of: index, in: tree, insideArticle: insideArticle, names: names)
    }

    /// The exclusion of element `index` itself, its class names already judged.
    static func exclusion(of index: Int, in tree: HTMLTree, insideArticle: Bool, names: ClassNameVerdict?) -> Exclusion? {
        let kind = tree.nodes[index].kind
        if kind.contains(.nonContent) { return .nonContent }
        if kind.contains(.boilerplate) { return .boilerplate }
        if kind.contains(.footer), !insideArticle { return .boilerplate }
        if kind.contains(.header), !insideArticle { return .metadata }
        if kind.contains(.metadata) { return .metadata }
        let attributes = tree.nodes[index].attributes
        guard !attributes.isEmpty else { return nil }
        if isHidden(attributes) { return .nonContent }
        if let role = attributes["role"]?.lowercased(), boilerplateRoles.contains(role) { return .boilerplate }
        if kind.contains(.protected) || attributes["itemprop"] == "articleBody" { return nil }
        guard let names else { return nil }
        if names.boilerplate { return .boilerplate }
        return names.byline || (names.metadataWord && tree.nodes[index].textLength <= maximumMetadataLength) ? .metadata : nil
    }

    static let metadataTags: Set<String> = ["figure", "figcaption"]
    /// Class-name words of short elements that describe the article: bylines, dates, captions, credits.
    static let metadataWords: Set<String> = [
        "byline", "timestamp", "date", "time", "meta", "published", "updated", "posted", "pubdate", "caption",
        "credit", "credits",
    ]
    /// Elements with a metadata class name (``ClassNameVerdict/metadataWord``) longer than this (in code
    /// points) are containers, not metadata. (A `dateline` class is not metadata: it may hold the story's
    /// "WASHINGTON —".)
    static let maximumMetadataLength = 300

    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        isHidden(node.attributes)
    }

    static func isHidden(_ attributes: HTMLAttributes) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        guard let style = attributes["style"]?.lowercased().filter({ $0 != " " }) else { return false }
        return IngestText.contains(style, "display:none") || IngestText.contains(style, "visibility:hidden")
    }

    /// Whether class/id names mark boilerplate (``ClassNameVerdict/boilerplate``).
    public static func classNamesBoilerplate(_ names: String) -> Bool {
        ClassNameVerdict(names: names).boilerplate
    }

    static func isBoilerplateWord(_ word: String) -> Bool {
        if words.contains(word) { return true }
        if exceptions.contains(word) { return false }
        var word = word
        return word.withUTF8 { bytes in
            prefixBytes.contains { prefix in
                prefix.count <= bytes.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] }
            }
        }
    }
}

/// Splits a class name into lower-case words at `-`, `_`, `.`, digits and camel-case humps:
/// `shareBar__item-2` -> `share`, `bar`, `item` (and the joined form `sharebaritem`, so that `most-read`
/// also reads as `mostread`). Works on UTF-8 bytes: class names are nearly always ASCII, and non-ASCII
/// letters are kept as they are.
enum ClassNameWords {
    static func split(_ token: some StringProtocol) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in token.utf8 {
            let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A
            guard upper || lower || byte >= 0x80 else {
                flush(&current, into: &words)
                previousWasLower = false
                continue
            }
            if upper, previousWasLower { flush(&current, into: &words) }
            current.append(upper ? byte | 0x20 : byte)
            previousWasLower = lower
        }
        flush(&current, into: &words)
        if words.count > 1 { words.append(words.joined()) }
        return words
    }

    /// The words of every token of a `class` or `id` value.
    static func words(of names: String) -> [String] {
        names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).flatMap(split)
    }

    private static func flush(_ current: inout [UInt8], into words: inout [String]) {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
    }
}
