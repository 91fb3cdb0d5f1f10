import CLibXML2

/// An HTML document as a flat array of nodes in document order (pre-order), copied out of libxml2.
///
/// A node's subtree is the index range `index..<end`, so every walk is a loop: no recursion, however deep
/// the markup is nested (100,000 nested `<div>`s are fine), and nothing recursive happens when the tree is freed.
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
        public var attributes: [String: String]
        /// The parent's index, -1 for a top-level node.
        public var parent: Int
        /// One past the last index of this node's subtree.
        public var end: Int
        /// Code points of text in the subtree (white space included).
        public var textLength = 0

        public var isText: Bool { name == "#text" }
    }

    public private(set) var nodes: [Node] = []

    /// libxml2's HTML parser options: no network, no error output, recover from broken markup, compact text
    /// nodes. `XML_PARSE_HUGE` lifts libxml2's nesting limit of 256 levels, past which it silently drops the
    /// deeper content; its HTML parser is iterative, so deep nesting costs memory, not stack.
    /// The HTML parser never loads external entities or DTDs.
    static let parseOptions = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses HTML bytes in `encoding` (a name libxml2 knows; `nil` lets it detect). `nil` when libxml2
    /// produces no document.
    public static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLTree? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, parseOptions)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = HTMLTree()
        tree.copy(from: document)
        return tree.nodes.isEmpty ? nil : tree
    }

    /// Copies elements and text (comments, processing instructions and DTDs are left out), depth-first with
    /// an explicit stack.
    private mutating func copy(from document: htmlDocPtr) {
        var stack: [(node: xmlNodePtr, parent: Int)] = []
        pushChildren(of: document.pointee.children, parent: -1, onto: &stack)
        while let (node, parent) = stack.popLast() {
            guard let copied = Self.node(from: node, parent: parent) else { continue }
            nodes.append(copied)
            if !copied.isText { pushChildren(of: node.pointee.children, parent: nodes.count - 1, onto: &stack) }
        }
        computeEnds()
    }

    /// Pushes a sibling list last-first, so that it pops in document order.
    private func pushChildren(of first: xmlNodePtr?, parent: Int, onto stack: inout [(node: xmlNodePtr, parent: Int)]) {
        var children: [xmlNodePtr] = []
        var child = first
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        for current in children.reversed() { stack.append((current, parent)) }
    }

    private static func node(from node: xmlNodePtr, parent: Int) -> Node? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            return Node(name: name, text: "", attributes: attributes(of: node), parent: parent, end: 0)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = node.pointee.content.map { String(cString: $0) } ?? ""
            return Node(name: "#text", text: text, attributes: [:], parent: parent, end: 0)
        default:
            return nil
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                let key = String(cString: name).lowercased()
                if result[key] == nil { result[key] = value }
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// `end` and `textLength` of every node: children come after their parent, so one backward pass suffices.
    private mutating func computeEnds() {
        for index in nodes.indices.reversed() {
            nodes[index].end = max(nodes[index].end, index + 1)
            if nodes[index].isText { nodes[index].textLength = nodes[index].text.unicodeScalars.count }
            let parent = nodes[index].parent
            if parent >= 0 {
                nodes[parent].end = max(nodes[parent].end, nodes[index].end)
                nodes[parent].textLength += nodes[index].textLength
            }
        }
    }

    /// An attribute of an element.
    public func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// The concatenated text of a subtree, white space collapsed.
    public func text(of index: Int) -> String {
        var joined = ""
        for node in nodes[index..<nodes[index].end] where node.isText { joined += node.text }
        return joined.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
