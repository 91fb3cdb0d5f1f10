/// The metadata at the top of a plain-text article, and where its body starts.
///
/// Two forms are read: a header block of `Key: value` lines ended by a blank line, and YAML front matter
/// between `---` lines.
/// ```swift
/// let header = TextHeader.parse("Title: Deal reached\nPublished: 1987-04-07\n\nWASHINGTON, April 7 - ...")
/// header.fields.title          // "Deal reached"
/// header.fields.published      // "1987-04-07"
/// header.bodyOffset            // code-point offset of "WASHINGTON"
/// ```
public struct TextHeader: Hashable, Sendable {
    /// The fields the header supplied.
    public var fields = DocumentFields()
    /// Code-point offset in the text where the body starts (0 without a header).
    public var bodyOffset = 0

    public init(fields: DocumentFields = DocumentFields(), bodyOffset: Int = 0) {
        self.fields = fields
        self.bodyOffset = bodyOffset
    }

    /// Reads the header block or front matter at the very start of `text` (LF line ends); an empty header
    /// when there is none.
    public static func parse(_ text: String) -> TextHeader {
        // The usual header (ASCII lines, no front matter) is read on the bytes.
        if let header = ASCIIKeyValueBlock.parse(text) { return header }
        let lines = HeaderLines(text)
        return FrontMatter.parse(lines) ?? KeyValueBlock.parse(lines) ?? TextHeader()
    }
}

/// Metadata fields as written in a header, front matter or record; the publication date is kept as text
/// until ``PublishedDateParser`` reads it.
///
/// ```swift
/// var fields = DocumentFields()
/// fields.set("Published", "Nov. 22, 2019")   // keys are matched case-insensitively
/// fields.published                           // "Nov. 22, 2019"
/// ```
public struct DocumentFields: Hashable, Sendable {
    public var id: String?
    public var title: String?
    public var published: String?
    public var source: String?
    public var url: String?
    public var author: String?

    public init() {}

    /// The keys of a plain-text header block.
    static let headerKeys: Set<String> = ["title", "published", "date", "source", "url", "author", "id"]

    /// Sets the field `key` names (see ``headerKeys``, plus a few YAML aliases) unless it is already set or
    /// `value` is empty; `Published` wins over `Date`. Returns whether the key is known.
    @discardableResult
    public mutating func set(_ key: some StringProtocol, _ value: String) -> Bool {
        let value = IngestText.trim(value)
        switch key.lowercased() {
        case "id": assign(&id, value)
        case "title", "headline": assign(&title, value)
        case "published", "published_at", "publishdate", "datepublished", "date_published", "pubdate":
            if !value.isEmpty { published = value }
        case "date": assign(&published, value)
        case "source", "publisher": assign(&source, value)
        case "url", "link", "canonical", "canonical_url": assign(&url, value)
        case "author", "byline": assign(&author, value)
        default: return false
        }
        return true
    }

    private func assign(_ field: inout String?, _ value: String) {
        if field == nil, !value.isEmpty { field = value }
    }
}

/// The first lines of a text with their code-point offsets, split off as they are asked for (a header is a
/// few lines at the top: the rest of the text is never looked at).
struct HeaderLines: Sequence {
    struct Line {
        var text: Substring
        /// Code-point offset just past the line's LF.
        var end: Int
    }

    private let text: String
    private let limit: Int

    /// At most `limit` lines (headers are short).
    init(_ text: String, limit: Int = 200) {
        self.text = text
        self.limit = limit
    }

    func makeIterator() -> Iterator {
        Iterator(rest: Substring(text), limit: limit)
    }

    struct Iterator: IteratorProtocol {
        fileprivate var rest: Substring
        fileprivate var limit: Int
        private var offset = 0
        private var count = 0

        fileprivate init(rest: Substring, limit: Int) {
            self.rest = rest
            self.limit = limit
        }

        mutating func next() -> Line? {
            guard count < limit, !rest.isEmpty else { return nil }
            let newline = HeaderLines.firstLineFeed(in: rest)
            let line = rest[..<(newline ?? rest.endIndex)]
            offset += line.unicodeScalars.count + (newline == nil ? 0 : 1)
            count += 1
            rest = newline.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
            return Line(text: line, end: offset)
        }
    }
}

extension HeaderLines {
    /// The first `\n` that is a character of its own (not the end of a `\r\n`), found on the bytes: the same
    /// place as `firstIndex(of: "\n")` on the characters, without grapheme breaking.
    static func firstLineFeed(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D { return index }
            previous = byte
            index = utf8.index(after: index)
        }
        return nil
    }
}

/// `Key: value` lines at the very top, ended by a blank line. Every line must be `Key: value` (or a
/// continuation indented under one) and at least one key must be a known one, else there is no header.
enum KeyValueBlock {
    static func parse(_ lines: HeaderLines) -> TextHeader? {
        var header = TextHeader()
        var pairs: [(key: Substring, value: String)] = []
        for line in lines {
            if IngestText.trim(line.text).isEmpty {
                guard !pairs.isEmpty else { return nil }
                var known = false
                for pair in pairs where DocumentFields.headerKeys.contains(pair.key.lowercased()) {
                    header.fields.set(pair.key, pair.value)
                    known = true
                }
                header.bodyOffset = line.end
                return known ? header : nil
            }
            if let first = line.text.first, first == " " || first == "\t", !pairs.isEmpty {
                pairs[pairs.count - 1].value += " " + IngestText.trim(line.text)
            } else if let pair = split(line.text) {
                pairs.append(pair)
            } else {
                return nil
            }
        }
        return nil
    }

    /// `Key: value` with a key of letters, digits, `-`, `_` or spaces, at most 30 characters.
    static func split(_ line: Substring) -> (key: Substring, value: String)? {
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return splitASCII(line) }
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard let first = key.first, first.isLetter, key.count <= 30,
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " })
        else { return nil }
        return (key, IngestText.trim(line[line.index(after: colon)...]))
    }
}

extension KeyValueBlock {
    /// ``split(_:)`` of a line of ASCII without a carriage return, on its bytes (each byte then a character).
    private static func splitASCII(_ line: Substring) -> (key: Substring, value: String)? {
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = line.utf8[..<colon]
        guard let first = key.first, isLetter(first), key.count <= 30,
              key.allSatisfy({ isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 0x2D || $0 == 0x5F || $0 == 0x20 })
        else { return nil }
        return (line[..<colon], IngestText.trim(line[line.index(after: colon)...]))
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}

/// YAML front matter: `---`, simple `key: value` lines (values may be quoted), `---` (or `...`).
/// Lists, nested maps and comments are skipped.
enum FrontMatter {
    static func parse(_ lines: HeaderLines) -> TextHeader? {
        var iterator = lines.makeIterator()
        guard let first = iterator.next(), IngestText.trim(first.text) == "---" else { return nil }
        var header = TextHeader()
        while let line = iterator.next() {
            let trimmed = IngestText.trim(line.text)
            if trimmed == "---" || trimmed == "..." {
                header.bodyOffset = line.end
                return header
            }
            guard let first = line.text.first, first != " ", first != "\t", first != "#", first != "-",
                  let pair = KeyValueBlock.split(line.text)
            else { continue }
            header.fields.set(pair.key, unquote(pair.value))
        }
        return nil
    }

    /// Removes YAML quotes (`"..."` with `\"`, `\\`, `\n` escapes; `'...'` with `''`), or a trailing
    /// ` # comment` from a plain value.
    static func unquote(_ value: String) -> String {
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            return unescapeDoubleQuoted(value.dropFirst().dropLast())
        }
        if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
            return String(value.dropFirst().dropLast()).replacing("''", with: "'")
        }
        if let comment = value.firstRange(of: " #") { return IngestText.trim(value[..<comment.lowerBound]) }
        return value
    }

    private static func unescapeDoubleQuoted(_ text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
