import CLibXML2

/// An HTML document as a flat array of nodes in document order (pre-order), built from libxml2's HTML
/// parser (``HTMLTreeBuilder``).
///
/// A node's subtree is the index range `index..<end`, so every walk is a loop: no recursion, however deep
/// the markup is nested, and nothing recursive happens when the tree is freed.
/// ```swift
/// let tree = HTMLTree.parse(Array("<p>Hello <b>world</b></p>".utf8), encoding: "UTF-8")!
/// tree.nodes.map(\.name)   // ["html", "body", "p", "#text", "b", "#text"]
/// tree.text(of: 2)         // "Hello world"
/// ```
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        /// Lower-case element name, or `#text` for text.
        public var name: String
        /// The text of a text node; empty for elements.
        public var text: String
        /// Attributes with lower-case names.
        public var attributes: HTMLAttributes
        /// The parent's index, -1 for a top-level node.
        public var parent: Int
        /// One past the last index of this node's subtree.
        public var end: Int
        /// Code points of text in the subtree (white space included).
        public var textLength = 0
        /// Of a text node: code points that are not ASCII white space (``HTMLPageAnalysis/visibleLength(_:)``).
        var visibleLength = 0
        /// What the element's name makes it, decided once per name as the tree is built.
        var kind: HTMLTagKind = []

        public var isText: Bool { kind.contains(.text) }
    }

    public private(set) var nodes: [Node]

    /// Why a page gave no tree.
    public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        /// libxml2 made nothing of the bytes.
        case notHTML
        /// Elements nested deeper than the limit (given).
        case tooDeep(Int)

        public var description: String {
            switch self {
            case .notHTML: return "not HTML"
            case .tooDeep(let limit):
                return "HTML nested more than \(limit) elements deep, the limit: not read (raise it with --max-html-depth N)"
            }
        }
    }

    /// How deep elements may nest. Real pages stay far below (browsers stop nesting at a few hundred levels);
    /// deeper markup is machine-made or hostile.
    public static let maximumDepth = 5_000

    /// libxml2's HTML parser options: no network, no error output, recover from broken markup.
    /// `XML_PARSE_HUGE` lifts libxml2's own nesting limit of 256 levels, past which it silently drops the
    /// deeper content: ``maximumDepth`` is the limit, with a clear error. The HTML parser is iterative, so
    /// depth costs memory, not stack. External entities and DTDs are never loaded (see ``HTMLTreeBuilder``).
    static let parseOptions = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses HTML bytes in `encoding` (a name libxml2 knows; `nil` lets it detect). `nil` when libxml2
    /// produces no document or the markup is nested too deep.
    public static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLTree? {
        try? read(bytes, encoding: encoding).get()
    }

    /// The attributes that ``HTMLReader`` reads; ``read(_:encoding:maximumDepth:consultedAttributesOnly:)``
    /// can leave out the others (`src`, `srcset`, `data-*`, ...), which saves making strings of them.
    static let consultedAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "itemscope", "itemtype", "pubdate",
        "datetime", "content", "title", "type", "property", "name", "http-equiv", "rel", "href",
    ]

    /// Parses HTML bytes in `encoding`, elements nested at most `maximumDepth` deep. With
    /// `consultedAttributesOnly`, elements keep only ``consultedAttributes``.
    public static func read(_ bytes: [UInt8], encoding: String?, maximumDepth: Int = maximumDepth,
                            consultedAttributesOnly: Bool = false) -> Result<HTMLTree, ReadError>
    {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return .failure(.notHTML) }
        let builder = HTMLTreeBuilder(maximumDepth: maximumDepth, consultedAttributesOnly: consultedAttributesOnly)
        let started = bytes.withUnsafeBufferPointer { builder.parse($0, encoding: encoding, options: parseOptions) }
        if builder.tooDeep { return .failure(.tooDeep(maximumDepth)) }
        guard started, !builder.nodes.isEmpty else { return .failure(.notHTML) }
        return .success(HTMLTree(nodes: builder.nodes))
    }

    init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// An attribute of an element.
    public func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// The concatenated text of a subtree, white space collapsed.
    public func text(of index: Int) -> String {
        var collapsed = WhitespaceCollapser()
        for child in index..<nodes[index].end where nodes[child].isText { collapsed.append(nodes[child].text) }
        return collapsed.text
    }

    /// The first `limit` code points (at least) of ``text(of:)``, reading no further than needed.
    public func text(of index: Int, limit: Int) -> String {
        var collapsed = WhitespaceCollapser()
        for child in index..<nodes[index].end where nodes[child].isText {
            collapsed.append(nodes[child].text)
            if collapsed.count >= limit { break }
        }
        return collapsed.text
    }

    /// Indices of the elements named `name`, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// Whether `ancestor` contains `index` (or is it).
    public func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index >= ancestor && index < nodes[ancestor].end
    }
}

/// The parts that element names play in reading a page, as bits: the name sets of ``HTMLBoilerplate``,
/// ``HTMLTextRenderer`` and ``HTMLContentSelector`` and the single names that walks look for, tested
/// without comparing strings.
struct HTMLTagKind: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    static let text = HTMLTagKind(rawValue: 1 << 0)
    /// ``HTMLBoilerplate/nonContentTags``.
    static let nonContent = HTMLTagKind(rawValue: 1 << 1)
    /// ``HTMLBoilerplate/boilerplateTags``.
    static let boilerplate = HTMLTagKind(rawValue: 1 << 2)
    /// ``HTMLBoilerplate/protectedTags``.
    static let protected = HTMLTagKind(rawValue: 1 << 3)
    /// ``HTMLBoilerplate/metadataTags``.
    static let metadata = HTMLTagKind(rawValue: 1 << 4)
    /// ``HTMLTextRenderer/blockTags``.
    static let block = HTMLTagKind(rawValue: 1 << 5)
    /// ``HTMLContentSelector/containerTags``.
    static let container = HTMLTagKind(rawValue: 1 << 6)
    static let p = HTMLTagKind(rawValue: 1 << 7)
    static let a = HTMLTagKind(rawValue: 1 << 8)
    static let br = HTMLTagKind(rawValue: 1 << 9)
    static let pre = HTMLTagKind(rawValue: 1 << 10)
    static let footer = HTMLTagKind(rawValue: 1 << 11)
    static let header = HTMLTagKind(rawValue: 1 << 12)
    static let article = HTMLTagKind(rawValue: 1 << 13)
    static let blockquote = HTMLTagKind(rawValue: 1 << 14)
    static let main = HTMLTagKind(rawValue: 1 << 15)
    static let noscript = HTMLTagKind(rawValue: 1 << 16)
    static let time = HTMLTagKind(rawValue: 1 << 17)
    static let h1 = HTMLTagKind(rawValue: 1 << 18)
    static let h2 = HTMLTagKind(rawValue: 1 << 19)
    /// Of an attribute name: one of ``HTMLTree/consultedAttributes``.
    static let consultedAttribute = HTMLTagKind(rawValue: 1 << 20)

    static let single: [String: HTMLTagKind] = [
        "#text": .text, "p": .p, "a": .a, "br": .br, "pre": .pre, "footer": .footer, "header": .header,
        "article": .article, "blockquote": .blockquote, "main": .main, "noscript": .noscript, "time": .time,
        "h1": .h1, "h2": .h2,
    ]

    /// The kind of a lower-case element name (`#text` for text).
    init(name: String) {
        var kind = HTMLTagKind.single[name] ?? []
        if HTMLBoilerplate.nonContentTags.contains(name) { kind.insert(.nonContent) }
        if HTMLBoilerplate.boilerplateTags.contains(name) { kind.insert(.boilerplate) }
        if HTMLBoilerplate.protectedTags.contains(name) { kind.insert(.protected) }
        if HTMLBoilerplate.metadataTags.contains(name) { kind.insert(.metadata) }
        if HTMLTextRenderer.blockTags.contains(name) { kind.insert(.block) }
        if HTMLContentSelector.containerTags.contains(name) { kind.insert(.container) }
        self = kind
    }
}
