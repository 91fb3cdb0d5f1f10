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
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let leading = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") {
                if trimmed.hasSuffix("]"), trimmed.count > 2 {
                    section = String(trimmed.dropFirst().dropLast()).trimmingWhitespace()
                } else {
                    diagnostics.append(Diagnostic(
                        file: path, line: lineNumber, column: leading + 1,
                        message: "malformed section header '\(trimmed)' (write it as [name])"))
                }
                continue
            }
            let fields: [String]
            if trimmed.contains("|") {
                fields = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
                    $0.trimmingWhitespace()
                }
            } else {
                fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            }
            entries.append(Entry(section: section, fields: fields, line: lineNumber, column: leading + 1))
        }
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
