/// A knowledge file of the simplest kind: one entry a line, `#` comments, optional `[section]` headers.
///
/// Used for word lists (abbreviations, lemma exceptions, time vocabularies). Every entry keeps its line
/// and column so that problems are reported as `FILE:LINE:COL`.
/// ```swift
/// let file = DataFile(path: "rules/text/abbreviations.txt", text: "[title]\nmr.  # Mister\n")
/// file.entries[0]   // Entry(section: "title", fields: ["mr."], line: 2, column: 1)
/// ```
public struct DataFile: Sendable {
    /// One non-empty, non-comment line, split on whitespace (or on `|` when the line holds one).
    public struct Entry: Sendable, Hashable {
        public var section: String
        public var fields: [String]
        public var line: Int
        public var column: Int
    }

    public var path: String
    public var entries: [Entry] = []
    public var diagnostics: [Diagnostic] = []

    /// The diagnostic for `entry`, which stands in no section of `sections` (the file's known ones), at its
    /// line and column, with the sections listed and the nearest one suggested.
    public func outsideSections(_ entry: Entry, sections: [String]) -> Diagnostic {
        Diagnostic(file: path, line: entry.line, column: entry.column,
                   message: "entry outside a known section; sections: " + sections.map { "[\($0)]" }.joined(separator: " ")
                       + Suggestion.didYouMean(entry.section, among: sections))
    }

    public init(path: String, text: String) {
        self.path = path
        var section = ""
        var lineNumber = 0
        for rawLine in text.lines() {
            lineNumber += 1
            switch DataFile.read(rawLine) {
            case .blank:
                continue
            case .header(let name):
                section = name
            case .badHeader(let trimmed, let column):
                diagnostics.append(Diagnostic(
                    file: path, line: lineNumber, column: column,
                    message: "malformed section header '\(trimmed)' (write it as [name])"))
            case .fields(let fields, let column):
                entries.append(Entry(section: section, fields: fields, line: lineNumber, column: column))
            }
        }
    }

    /// What one line holds.
    enum LineContent: Equatable {
        /// Nothing but blanks and a comment.
        case blank
        /// `[name]`.
        case header(String)
        /// A line opening with `[` that is no header, with its trimmed text and 1-based column.
        case badHeader(String, column: Int)
        /// An entry's fields and the column of its first character.
        case fields([String], column: Int)
    }

    /// The content of one line: read byte by byte when the line holds only printable ASCII and tabs (each byte
    /// then is one character), by characters otherwise (a `#` or `|` with a combining mark is another character,
    /// "\r\n" is one).
    static func read(_ line: Substring) -> LineContent {
        if let plain = line.utf8.withContiguousStorageIfAvailable({ readPlain($0) }), let content = plain {
            return content
        }
        return readCharacters(line)
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// ``read(_:)`` over the bytes of a printable ASCII line; nil for any other line.
    private static func readPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> LineContent? {
        var end = bytes.count
        for (k, byte) in bytes.enumerated() {
            guard (byte >= 0x20 && byte < 0x7F) || byte == UInt8(ascii: "\t") else { return nil }
            if byte == UInt8(ascii: "#"), end == bytes.count { end = k }
        }
        /// `from..<to` without the blanks at either end.
        func trimmed(_ from: Int, _ to: Int) -> (from: Int, to: Int) {
            var from = from, to = to
            while from < to, isBlank(bytes[from]) { from += 1 }
            while to > from, isBlank(bytes[to - 1]) { to -= 1 }
            return (from, to)
        }
        let start: Int
        (start, end) = trimmed(0, end)
        let leading = start
        if start == end { return .blank }
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
        if bytes[start] == UInt8(ascii: "[") {
            guard bytes[end - 1] == UInt8(ascii: "]"), end - start > 2 else {
                return .badHeader(text(start, end), column: leading + 1)
            }
            let name = trimmed(start + 1, end - 1)
            return .header(text(name.from, name.to))
        }
        var fields: [String] = []
        if bytes[start..<end].contains(UInt8(ascii: "|")) {
            var fieldStart = start
            for k in start...end where k == end || bytes[k] == UInt8(ascii: "|") {
                let field = trimmed(fieldStart, k)
                fields.append(text(field.from, field.to))
                fieldStart = k + 1
            }
        } else {
            var k = start
            while k < end {
                while k < end, isBlank(bytes[k]) { k += 1 }
                let wordStart = k
                while k < end, !isBlank(bytes[k]) { k += 1 }
                if k > wordStart { fields.append(text(wordStart, k)) }
            }
        }
        return .fields(fields, column: leading + 1)
    }

    /// ``read(_:)`` character by character.
    static func readCharacters(_ rawLine: Substring) -> LineContent {
        var line = rawLine
        if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
        let leading = line.prefix(while: { $0 == " " || $0 == "\t" }).count
        let trimmed = line.trimmingWhitespace()
        if trimmed.isEmpty { return .blank }
        if trimmed.hasPrefix("[") {
            if trimmed.hasSuffix("]"), trimmed.count > 2 {
                return .header(String(trimmed.dropFirst().dropLast()).trimmingWhitespace())
            }
            return .badHeader(trimmed, column: leading + 1)
        }
        let fields: [String]
        if trimmed.contains("|") {
            fields = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace()
            }
        } else {
            fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        return .fields(fields, column: leading + 1)
    }

    /// Reads a file from disk; a file that cannot be read gives one diagnostic and no entries.
    public static func load(path: String) -> DataFile {
        do {
            return DataFile(path: path, text: try FileSystem.readText(path: path))
        } catch {
            var file = DataFile(path: path, text: "")
            file.diagnostics.append(Diagnostic(file: path, message: "cannot read: \(error)"))
            return file
        }
    }
}

extension String {
    /// The lines of the text, as `split(separator: "\n", omittingEmptySubsequences: false)` cuts them (a
    /// "\r\n" pair is one character, which is no "\n"), found by reading bytes rather than characters.
    /// ```swift
    /// "a\n\nb".lines()   // ["a", "", "b"]
    /// ```
    func lines() -> [Substring] {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
            var cuts: [Int] = []
            var previous: UInt8 = 0
            for (k, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { cuts.append(k) }
                previous = byte
            }
            return cuts
        }
        if let cuts = found {
            // Cut where the bytes say: an index so many bytes on is found without reading them again.
            var result: [Substring] = []
            result.reserveCapacity(cuts.count + 1)
            var start = utf8.startIndex
            for cut in cuts {
                let end = utf8.index(utf8.startIndex, offsetBy: cut)
                result.append(self[start..<end])
                start = utf8.index(after: end)
            }
            result.append(self[start..<utf8.endIndex])
            return result
        }
        var result: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex, index = bytes.startIndex
        var previous: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                result.append(self[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        result.append(self[start..<bytes.endIndex])
        return result
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
