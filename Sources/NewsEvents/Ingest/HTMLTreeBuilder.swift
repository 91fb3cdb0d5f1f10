import CLibXML2

/// Builds an ``HTMLTree`` from libxml2's HTML parser through its SAX callbacks: elements and text go
/// straight into the flat node array (no libxml2 document is built and freed), adjacent pieces of text
/// become one text node, comments, processing instructions and doctypes are ignored. libxml2 still does
/// all of HTML's error recovery (implied `<html>`/`<body>`, auto-closed `<p>`, stray end tags).
///
/// No entity or DTD callback is installed: nothing outside the bytes given is ever read (libxml2's HTML
/// parser knows only HTML's named character references). Elements nested deeper than `maximumDepth` stop
/// the parse with ``HTMLTree/ReadError/tooDeep(_:)``.
final class HTMLTreeBuilder {
    private(set) var nodes: [HTMLTree.Node] = []
    /// Indices of the open elements, innermost last.
    private var open: [Int] = []
    /// Text not yet made a node, as UTF-8.
    private var pendingText: [UInt8] = []
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    let maximumDepth: Int
    private(set) var tooDeep = false

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
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
        finish()
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
            guard let name else { return }
            HTMLTreeBuilder.from(context)?.start(name, attributes, context)
        }
        sax.pointee.endElement = { context, _ in HTMLTreeBuilder.from(context)?.end() }
        sax.pointee.characters = { context, text, length in HTMLTreeBuilder.from(context)?.characters(text, length) }
        sax.pointee.cdataBlock = { context, text, length in HTMLTreeBuilder.from(context)?.characters(text, length) }
    }

    private static func from(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let builder = parser.pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(builder).takeUnretainedValue()
    }

    private func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                       _ context: UnsafeMutableRawPointer?) {
        guard !tooDeep else { return }
        if open.count >= maximumDepth {
            tooDeep = true
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            return
        }
        flushText()
        var pairs: [(name: String, value: String)] = []
        var cursor = attributes
        while let pair = cursor, let attributeName = pair[0] {
            pairs.append((intern(attributeName), pair[1].map { String(cString: $0) } ?? ""))
            cursor = pair + 2
        }
        nodes.append(HTMLTree.Node(name: intern(name), text: "", attributes: HTMLAttributes(pairs),
                                   parent: open.last ?? -1, end: 0))
        open.append(nodes.count - 1)
    }

    private func end() {
        guard !tooDeep, !open.isEmpty else { return }
        flushText()
        close()
    }

    private func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard !tooDeep, let text, length > 0 else { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
    }

    /// Makes the pending text a node of the innermost open element.
    private func flushText() {
        guard !pendingText.isEmpty else { return }
        var length = 0
        for byte in pendingText where byte & 0xC0 != 0x80 { length += 1 }
        var node = HTMLTree.Node(name: "#text", text: String(decoding: pendingText, as: UTF8.self),
                                 attributes: HTMLAttributes(), parent: open.last ?? -1, end: nodes.count + 1)
        node.textLength = length
        nodes.append(node)
        if let parent = open.last { nodes[parent].textLength += length }
        pendingText.removeAll(keepingCapacity: true)
    }

    /// Closes the innermost open element: its subtree ends here, its text counts for its parent.
    private func close() {
        let index = open.removeLast()
        nodes[index].end = nodes.count
        if let parent = open.last { nodes[parent].textLength += nodes[index].textLength }
    }

    /// Closes what the parser left open (a truncated page, a stopped parse).
    private func finish() {
        flushText()
        while !open.isEmpty { close() }
    }

    /// Lower-case names by libxml2's string pointer: the parser keeps one copy of each name, so a page's
    /// thousands of `div`s make one Swift string.
    private func intern(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let known = names[pointer] { return known }
        let name = String(cString: pointer).lowercased()
        names[pointer] = name
        return name
    }
}
