/// How an input's bytes are to be read.
///
/// Files are classified by extension; standard input by its first bytes.
/// ```swift
/// InputKind(path: "news/a.html")            // .html
/// InputKind(path: "records.ndjson")         // .jsonl
/// InputKind(path: "README")                 // .text
/// InputKind(detecting: Array("{\"id\": 1}".utf8))  // .jsonl
/// ```
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// HTML, parsed with libxml2's HTML parser.
    case html
    /// JSON Lines: one article record per line.
    case jsonl
    /// Plain text with an optional header block or YAML front matter.
    case text

    /// Classifies a file by its extension (ASCII case-insensitive): `.html`, `.htm`, `.xhtml` are HTML,
    /// `.jsonl`, `.ndjson` JSON Lines, anything else plain text.
    public init(path: String) {
        switch PathName.fileExtension(of: path).lowercased() {
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonl
        default: self = .text
        }
    }

    /// Classifies content from its first bytes: JSON Lines when the first non-space character is `{`,
    /// HTML when it starts with `<!doctype`, `<html`, a comment, an XML declaration or another tag,
    /// otherwise plain text. A byte order mark is skipped; UTF-16 is looked at through its low bytes.
    public init(detecting prefix: some Collection<UInt8>) {
        let ascii = ContentSniffer.asciiView(of: Array(prefix.prefix(1024)))
        guard let start = ascii.firstIndex(where: { !ContentSniffer.isSpace($0) }) else {
            self = .text
            return
        }
        switch ascii[start] {
        case UInt8(ascii: "{"): self = .jsonl
        case UInt8(ascii: "<") where ContentSniffer.looksLikeMarkup(ascii[(start + 1)...]): self = .html
        default: self = .text
        }
    }
}

/// One input of a run: a file (with its kind) or standard input (kind detected when read).
///
/// ```swift
/// let a = Input.file("corpus/txt/reuters-5259.txt")   // kind .text, name "corpus/txt/reuters-5259.txt"
/// let b = Input.standardInput                          // kind nil, name "-"
/// ```
public struct Input: Hashable, Sendable, CustomStringConvertible {
    /// Where the bytes come from.
    public enum Source: Hashable, Sendable {
        case file(path: String)
        case standardInput
    }

    public var source: Source
    /// How to read the bytes; `nil` means "detect from the content" (standard input).
    public var kind: InputKind?

    public init(source: Source, kind: InputKind?) {
        self.source = source
        self.kind = kind
    }

    /// A file input, classified by extension unless `kind` is given.
    public static func file(_ path: String, kind: InputKind? = nil) -> Input {
        Input(source: .file(path: path), kind: kind ?? InputKind(path: path))
    }

    /// Standard input, its kind detected from the content.
    public static let standardInput = Input(source: .standardInput, kind: nil)

    /// The name used in messages: the path, or `-` for standard input.
    public var name: String {
        switch source {
        case .file(let path): return path
        case .standardInput: return "-"
        }
    }

    /// The file path, or `nil` for standard input.
    public var path: String? {
        if case .file(let path) = source { return path }
        return nil
    }

    /// The id a document from this input gets when nothing better names it: the file name without its
    /// extension, or `stdin`.
    public var fallbackID: String {
        guard let path else { return "stdin" }
        let stem = PathName.stem(of: path)
        return stem.isEmpty ? "document" : stem
    }

    public var description: String { name }
}
