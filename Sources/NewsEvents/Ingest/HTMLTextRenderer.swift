/// Writes the text of a content subtree as paragraphs: block elements (`p`, headings, list items,
/// `blockquote`, `div`, table cells, ...) start new paragraphs, white space collapses inside a paragraph,
/// `<br>` is a line break and two in a row end the paragraph. Excluded elements and link-dominated blocks
/// (link lists) are skipped. A loop over the flat tree with a stack of open blocks: no recursion.
///
/// ```swift
/// // <div><h2>Deal</h2><p>One  <b>two</b><br>three</p><ul><li><a>More</a></li></ul></div>
/// HTMLTextRenderer.render(analysis, root: div)   // ["Deal", "One two\nthree"]
/// ```
enum HTMLTextRenderer {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "menu",
    ]
    /// A block whose text is at least this share of link text is a link list, not content.
    static let maximumLinkDensity = 0.7

    static func render(_ page: HTMLPageAnalysis, root: Int) -> [String] {
        let nodes = page.tree.nodes
        var builder = ParagraphBuilder()
        var open: [(end: Int, block: Bool, pre: Bool)] = []
        var preformatted = 0
        var index = root
        while index < nodes[root].end {
            while let last = open.last, last.end <= index {
                open.removeLast()
                if last.block { builder.endParagraph() }
                if last.pre { preformatted -= 1 }
            }
            let kind = nodes[index].kind, end = nodes[index].end
            if page.dropped[index] || (index != root && isLinkList(page, index)) {
                index = end
                continue
            }
            if kind.contains(.text) {
                builder.append(nodes[index].text, preformatted: preformatted > 0)
            } else if kind.contains(.br) {
                builder.lineBreak()
            } else {
                let block = kind.contains(.block)
                if block { builder.endParagraph() }
                open.append((end, block, kind.contains(.pre)))
                if kind.contains(.pre) { preformatted += 1 }
            }
            index += 1
        }
        builder.endParagraph()
        return builder.paragraphs
    }

    private static func isLinkList(_ page: HTMLPageAnalysis, _ index: Int) -> Bool {
        page.tree.nodes[index].kind.contains(.block) && page.linkDensity(index) >= maximumLinkDensity
    }
}

/// Collects text into paragraphs, collapsing white space.
struct ParagraphBuilder {
    private(set) var paragraphs: [String] = []
    /// The paragraph so far, as UTF-8.
    private var current: [UInt8] = []
    private var pendingSpace = false

    /// Zero-width characters and soft hyphens, dropped.
    static let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2060}"]

    mutating func append(_ text: String, preformatted: Bool) {
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, ParagraphBuilder.invisible.contains(scalar) { continue }
            if preformatted, scalar == "\n" {
                lineBreak()
            } else if IngestText.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, let last = current.last, last != 0x0A { current.append(0x20) }
                pendingSpace = false
                IngestText.appendUTF8(scalar, to: &current)
            }
        }
    }

    /// A `<br>`: a line break, or the end of the paragraph when the line is already empty.
    mutating func lineBreak() {
        guard !current.isEmpty else { return }
        if current.last == 0x0A {
            endParagraph()
            return
        }
        current.append(0x0A)
        pendingSpace = false
    }

    mutating func endParagraph() {
        while let last = current.last, last == 0x20 || last == 0x0A { current.removeLast() }
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
