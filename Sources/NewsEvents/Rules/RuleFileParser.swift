/// Reads a `.rules` file into lexicon classes, declared types and rules, with a `FILE:LINE:COL` diagnostic
/// for every problem; a rule with an error is left out and the rest of the file still loads.
///
/// ```
/// # comment
/// class PERMIT: licence permit waiver exemption
/// type embargo-notice            # an event type beyond the standard fourteen
///
/// rule active
///   type: grant
///   pattern: agent:@authority trigger:[lemma=grant] recipient:@actor
///   example: "The Department granted Microsoft a licence." agent=Department recipient=Microsoft
/// ```
public struct RuleFileParser {
    /// A rule as written, before its patterns are compiled.
    public struct RawRule: Sendable {
        public var name: String
        public var line: Int
        /// Indentation of the rule's property lines; deeper lines continue the previous property.
        public var indent: Int?
        public var properties: [(key: String, value: String, line: Int, column: Int)] = []
    }

    public struct RawClass: Sendable {
        public var name: String
        public var words: [String]
        public var line: Int
    }

    /// `define NAME = pattern`: a sub-pattern rules use as `%NAME`.
    public struct RawDefinition: Sendable {
        public var name: String
        public var pattern: String
        public var line: Int
        public var column: Int
    }

    public var path: String
    public var definitions: [RawDefinition] = []
    public var classes: [RawClass] = []
    public var declaredTypes: [String] = []
    public var rules: [RawRule] = []
    public var diagnostics: [Diagnostic] = []
    /// The names of the rules begun so far, to find one defined twice.
    private var ruleNames: Set<String> = []

    static let ruleKeys = ["type", "priority", "status", "pattern", "example", "counter", "action", "mention"]

    public init(path: String, text: String) {
        self.path = path
        var current: RawRule? = nil
        var lineNumber = 0
        for rawLine in text.lines() {
            lineNumber += 1
            let parts = LineParts(rawLine)
            let trimmed = parts.trimmed
            if trimmed.isEmpty { continue }
            let indent = parts.indent
            if indent == 0 {
                if let rule = current { rules.append(rule) }
                current = nil
                parseTopLevel(trimmed, line: lineNumber, current: &current)
                continue
            }
            guard current != nil else {
                error(lineNumber, indent + 1, "indented line outside a rule (start one with 'rule NAME')")
                continue
            }
            // A line indented deeper than the rule's properties continues the previous property.
            if let propertyIndent = current!.indent, indent > propertyIndent, !current!.properties.isEmpty,
               !RuleFileParser.ruleKeys.contains(parts.property?.written ?? "") {
                current!.properties[current!.properties.count - 1].value += " " + trimmed
                continue
            }
            guard let property = parts.property else {
                error(lineNumber, indent + 1, "expected 'key: value' (keys: \(RuleFileParser.ruleKeys.joined(separator: ", ")))")
                continue
            }
            let key = property.key
            guard RuleFileParser.ruleKeys.contains(key) else {
                error(lineNumber, indent + 1, "unknown key '\(key)'" + Suggestion.didYouMean(key, among: RuleFileParser.ruleKeys))
                continue
            }
            if current!.indent == nil { current!.indent = indent }
            current!.properties.append((key, property.value, lineNumber, indent + 1 + property.valueOffset))
        }
        if let rule = current { rules.append(rule) }
    }

    private mutating func parseTopLevel(_ trimmed: String, line: Int, current: inout RawRule?) {
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let keyword = parts[0]
        let rest = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        switch keyword {
        case "rule":
            guard !rest.isEmpty, rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                error(line, 6, "a rule needs a name of letters, digits, '-' and '_' ('rule extend-for-duration')")
                return
            }
            if !ruleNames.insert(rest).inserted {
                error(line, 6, "rule '\(rest)' is defined twice in this file")
                return
            }
            current = RawRule(name: rest, line: line)
        case "class":
            guard let colon = rest.firstIndex(of: ":") else {
                error(line, 7, "expected 'class NAME: word word ...'")
                return
            }
            let name = rest[..<colon].trimmingWhitespace()
            let words = rest[rest.index(after: colon)...].split(separator: " ").map { String($0).lowercased() }
            guard !name.isEmpty, !words.isEmpty else {
                error(line, 7, "expected 'class NAME: word word ...'")
                return
            }
            classes.append(RawClass(name: name, words: words, line: line))
        case "define":
            guard let equals = rest.firstIndex(of: "=") else {
                error(line, 8, "expected 'define NAME = pattern'")
                return
            }
            let name = rest[..<equals].trimmingWhitespace()
            let body = rest[rest.index(after: equals)...]
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                error(line, 8, "a definition needs a name of letters, digits and '_'")
                return
            }
            let column = 8 + rest.distance(from: rest.startIndex, to: equals) + 1 + body.prefix(while: { $0 == " " }).count
            definitions.append(RawDefinition(name: name, pattern: body.trimmingWhitespace(), line: line, column: column))
        case "type":
            guard !rest.isEmpty else { error(line, 6, "expected 'type NAME'"); return }
            declaredTypes.append(rest)
        default:
            error(line, 1, "unknown statement '\(keyword)'" + Suggestion.didYouMean(keyword, among: ["rule", "class", "type", "define"])
                + ": a file holds 'class', 'define', 'type' and 'rule' blocks")
        }
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: path, line: line, column: column, message: message))
    }

    /// `line` without a `#` comment that is not inside a quoted string. An ASCII line is read as bytes (each is one character); any
    /// other by characters, where a quote or `#` with a combining mark is another character.
    static func stripComment(_ line: Substring) -> Substring {
        let bytes = line.utf8
        if !bytes.contains(where: { $0 >= 0x80 }) {
            var inQuotes = false
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if byte == UInt8(ascii: "#") && !inQuotes { return line[..<index] }
                index = bytes.index(after: index)
            }
            return line
        }
        var inQuotes = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "\"" { inQuotes.toggle() }
            if c == "#" && !inQuotes { return line[..<index] }
            index = line.index(after: index)
        }
        return line
    }
}

/// One line of a `.rules` file taken apart: its text without the comment and the outer blanks, its indentation,
/// and, when it holds a colon, its `key: value` parts. A line of printable ASCII and tabs is read byte by byte
/// (each byte is one character); any other line by characters.
struct LineParts: Equatable {
    /// The parts of a line with a colon.
    struct Property: Equatable {
        /// The text before the first colon, as written, and trimmed.
        var written: String
        var key: String
        /// The text after the colon, trimmed, and where it starts: characters from the start of ``trimmed``.
        var value: String
        var valueOffset: Int
    }

    var trimmed: String
    var indent: Int
    var property: Property?

    init(_ line: Substring) {
        if let found = line.utf8.withContiguousStorageIfAvailable({ LineParts(plain: $0) }), let parts = found {
            self = parts
        } else {
            self.init(characters: line)
        }
    }

    /// The parts of any line, read by characters.
    init(characters line: Substring) {
        let line = RuleFileParser.stripComment(line)
        trimmed = line.trimmingWhitespace()
        indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let valueText = trimmed[trimmed.index(after: colon)...]
        property = Property(
            written: String(trimmed[..<colon]), key: String(trimmed[..<colon]).trimmingWhitespace(),
            value: valueText.trimmingWhitespace(),
            valueOffset: trimmed.distance(from: trimmed.startIndex, to: colon) + 1 + valueText.prefix(while: { $0 == " " }).count)
    }

    /// The parts of a line of printable ASCII and tabs; nil for another line.
    private init?(plain bytes: UnsafeBufferPointer<UInt8>) {
        var end = bytes.count
        var inQuotes = false
        for (k, byte) in bytes.enumerated() {
            guard (byte >= 0x20 && byte < 0x7F) || byte == UInt8(ascii: "\t") else { return nil }
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: "#"), !inQuotes, end == bytes.count { end = k }
        }
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
        func trimmedText(_ from: Int, _ to: Int) -> String {
            var from = from, to = to
            while from < to, isBlank(bytes[from]) { from += 1 }
            while to > from, isBlank(bytes[to - 1]) { to -= 1 }
            return text(from, to)
        }
        var start = 0
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        trimmed = text(start, end)
        indent = start
        guard let colon = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) else { return }
        var valueStart = colon + 1
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        property = Property(written: text(start, colon), key: trimmedText(start, colon),
                            value: trimmedText(colon + 1, end), valueOffset: valueStart - start)
    }
}
