import CLibXML2

/// Builds an ``HTMLTree`` from libxml2's HTML parser through its SAX callbacks: elements and text go
/// straight into the flat node array (no libxml2 document is built and freed), adjacent pieces of text
/// become one text node, comments, processing instructions and doctypes are ignored. libxml2 still does
/// all of HTML's error recovery (implied `<html>`/`<body>`, auto-closed `<p>`, stray end tags).
///
/// No entity or DTD callback is installed: nothing outside the bytes given is ever read (libxml2's HTML
/// parser knows only HTML's named character references). Elements nested deeper than `maximumDepth` stop
/// the parse with ``HTMLTree/ReadError/tooDeep(_:)``. With `consultedAttributesOnly`, an element keeps only
/// the attributes that ``HTMLReader`` reads (``HTMLTree/consultedAttributes``): the others never become strings.
///
/// The builder's state is one struct that each callback changes in a single access.
final class HTMLTreeBuilder {
    private var state: State

    var nodes: [HTMLTree.Node] { state.nodes }
    var tooDeep: Bool { state.tooDeep }

    init(maximumDepth: Int, consultedAttributesOnly: Bool = false) {
        state = State(maximumDepth: maximumDepth, consultedAttributesOnly: consultedAttributesOnly)
    }

    /// Parses `bytes` (`encoding` as libxml2 names it) with `options`; `false` when libxml2 could not start.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String?, options: Int32) -> Bool {
        let chars = UnsafeRawBufferPointer(bytes).bindMemory(to: CChar.self)
        guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return false }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            htmlFreeParserCtxt(context)
        }
        // About one node per 64 bytes of markup: the array grows (and copies its nodes) a few times less.
        state.nodes.reserveCapacity(bytes.count / 64)
        HTMLTreeBuilder.install(in: context)
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        htmlCtxtUseOptions(context, options)
        if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
            // As htmlReadMemory does: the declared encoding is final, a <meta charset> does not switch it.
            xmlSwitchToEncoding(context, handler)
            if let input = context.pointee.input, input.pointee.encoding == nil {
                input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
            }
        }
        htmlParseDocument(context)
        state.finish()
        return true
    }

    /// Replaces the parser's document-building callbacks with the builder's.
    private static func install(in context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        let error = sax.pointee.error, warning = sax.pointee.warning, fatalError = sax.pointee.fatalError
        let initialized = sax.pointee.initialized
        sax.pointee = xmlSAXHandler()
        sax.pointee.error = error
        sax.pointee.warning = warning
        sax.pointee.fatalError = fatalError
        sax.pointee.initialized = initialized
        sax.pointee.startElement = { context, name, attributes in
            guard let name, let builder = HTMLTreeBuilder.from(context) else { return }
            if !builder.state.start(name, attributes) {
                xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            }
        }
        sax.pointee.endElement = { context, _ in HTMLTreeBuilder.from(context)?.state.end() }
        sax.pointee.characters = { context, text, length in HTMLTreeBuilder.from(context)?.state.characters(text, length) }
        sax.pointee.cdataBlock = { context, text, length in HTMLTreeBuilder.from(context)?.state.characters(text, length) }
    }

    private static func from(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let builder = parser.pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(builder).takeUnretainedValue()
    }

    private struct State {
        var nodes: [HTMLTree.Node] = []
        /// Indices of the open elements, innermost last.
        var open: [Int] = []
        /// Text not yet made a node, as UTF-8.
        var pendingText: [UInt8] = []
        var names: [UnsafePointer<xmlChar>: (name: String, kind: HTMLTagKind)] = [:]
        /// The last names seen, by a few bits of their pointer: most lookups end here, without hashing.
        var recentNames = Array(repeating: (pointer: UnsafePointer<xmlChar>?.none, name: "", kind: HTMLTagKind()),
                                count: 64)
        let maximumDepth: Int
        let consultedAttributesOnly: Bool
        var tooDeep = false

        static let textKind = HTMLTagKind(name: "#text")

        init(maximumDepth: Int, consultedAttributesOnly: Bool) {
            self.maximumDepth = maximumDepth
            self.consultedAttributesOnly = consultedAttributesOnly
        }

        /// Opens an element; `false` when it is nested too deep (the parse must stop).
        mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
            -> Bool
        {
            guard !tooDeep else { return true }
            if open.count >= maximumDepth {
                tooDeep = true
                return false
            }
            flushText()
            var attributeList = HTMLAttributes()
            var cursor = attributes
            while let pair = cursor, let attributeName = pair[0] {
                let (interned, kind) = intern(attributeName)
                if !consultedAttributesOnly || kind.contains(.consultedAttribute) {
                    attributeList.appendNew(name: interned, value: pair[1].map { String(cString: $0) } ?? "")
                }
                cursor = pair + 2
            }
            let (elementName, kind) = intern(name)
            var node = HTMLTree.Node(name: elementName, text: "", attributes: attributeList, parent: open.last ?? -1, end: 0)
            node.kind = kind
            nodes.append(node)
            open.append(nodes.count - 1)
            return true
        }

        mutating func end() {
            guard !tooDeep, !open.isEmpty else { return }
            flushText()
            close()
        }

        mutating func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
            guard !tooDeep, let text, length > 0 else { return }
            pendingText.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
        }

        /// Makes the pending text a node of the innermost open element.
        mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            let (length, visible) = pendingText.withUnsafeBufferPointer { bytes in
                // Without branches: a code point starts at every byte but a continuation byte; white space is
                // ASCII's (ContentSniffer.isSpace: space, tab to carriage return).
                var length = 0, visible = 0
                for byte in bytes {
                    let starts = byte & 0xC0 != 0x80 ? 1 : 0
                    let space = byte == 0x20 || byte &- 0x09 < 5 ? 1 : 0
                    length &+= starts
                    visible &+= starts & (1 &- space)
                }
                return (length, visible)
            }
            var node = HTMLTree.Node(name: "#text", text: String(decoding: pendingText, as: UTF8.self),
                                     attributes: HTMLAttributes(), parent: open.last ?? -1, end: nodes.count + 1)
            node.textLength = length
            node.visibleLength = visible
            node.kind = State.textKind
            nodes.append(node)
            if let parent = open.last { nodes[parent].textLength += length }
            pendingText.removeAll(keepingCapacity: true)
        }

        /// Closes the innermost open element: its subtree ends here, its text counts for its parent.
        mutating func close() {
            let index = open.removeLast()
            nodes[index].end = nodes.count
            if let parent = open.last { nodes[parent].textLength += nodes[index].textLength }
        }

        /// Closes what the parser left open (a truncated page, a stopped parse).
        mutating func finish() {
            flushText()
            while !open.isEmpty { close() }
        }

        /// Lower-case names by libxml2's string pointer: the parser keeps one copy of each name, so a page's
        /// thousands of `div`s make one Swift string. The kind is the element's (``HTMLTagKind``), or for an
        /// attribute name whether the reader consults it.
        mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> (name: String, kind: HTMLTagKind) {
            let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & 63
            if recentNames[slot].pointer == pointer { return (recentNames[slot].name, recentNames[slot].kind) }
            let known: (name: String, kind: HTMLTagKind)
            if let found = names[pointer] {
                known = found
            } else {
                let name = String(cString: pointer).lowercased()
                var kind = HTMLTagKind(name: name)
                if HTMLTree.consultedAttributes.contains(name) { kind.insert(.consultedAttribute) }
                known = (name, kind)
                names[pointer] = known
            }
            recentNames[slot] = (pointer, known.name, known.kind)
            return known
        }
    }
}
