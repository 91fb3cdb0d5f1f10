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

        public var isText: Bool { name == "#text" }
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

    /// Parses HTML bytes in `encoding`, elements nested at most `maximumDepth` deep.
    public static func read(_ bytes: [UInt8], encoding: String?, maximumDepth: Int = maximumDepth)
        -> Result<HTMLTree, ReadError>
    {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return .failure(.notHTML) }
        let builder = HTMLTreeBuilder(maximumDepth: maximumDepth)
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
        for node in nodes[index..<nodes[index].end] where node.isText { collapsed.append(node.text) }
        return collapsed.text
    }

    /// The first `limit` code points (at least) of ``text(of:)``, reading no further than needed.
    public func text(of index: Int, limit: Int) -> String {
        var collapsed = WhitespaceCollapser()
        for node in nodes[index..<nodes[index].end] where node.isText {
            collapsed.append(node.text)
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
