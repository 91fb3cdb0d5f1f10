/// Finds the dateline of a story whose first paragraphs may be a headline or a byline:
/// "Headline\n\nWASHINGTON, Nov 22 (Reuters) - ...".
///
/// ```swift
/// let found = DatelineLocator.find(in: "U.S. grants licence\n\nWASHINGTON, Nov 22 - The ...")!
/// found.dateline.bodyStart    // 34: offset of "The" in the whole text
/// found.headline              // "U.S. grants licence"
/// ```
public enum DatelineLocator {
    /// How many short paragraphs may come before the dateline.
    static let maximumParagraphsBefore = 3
    /// A paragraph longer than this (in code points) is body text: the search stops after it.
    static let maximumShortParagraph = 200

    public struct Found: Hashable, Sendable {
        /// The dateline, its `bodyStart` counted from the start of the whole text.
        public var dateline: Dateline
        /// The first paragraph, when it is a one-line paragraph before the dateline (a headline).
        public var headline: String?
    }

    public static func find(in text: String) -> Found? {
        var paragraphs: [(offset: Int, text: Substring)] = []
        for paragraph in TextParagraphs(text) {
            if var dateline = DatelineParser.parse(paragraph.text) {
                dateline.bodyStart += paragraph.offset
                return Found(dateline: dateline, headline: headline(paragraphs.first?.text))
            }
            paragraphs.append(paragraph)
            if paragraphs.count > maximumParagraphsBefore
                || paragraph.text.unicodeScalars.count > maximumShortParagraph {
                return nil
            }
        }
        return nil
    }

    private static func headline(_ paragraph: Substring?) -> String? {
        guard let paragraph, !paragraph.contains("\n") else { return nil }
        let title = IngestText.trim(paragraph)
        return title.isEmpty ? nil : title
    }
}

/// The paragraphs of a text (separated by lines that are empty or only spaces), with code-point offsets.
struct TextParagraphs: Sequence, IteratorProtocol {
    private let text: String
    private var rest: Substring
    private var offset = 0

    init(_ text: String) {
        self.text = text
        rest = Substring(text)
    }

    mutating func next() -> (offset: Int, text: Substring)? {
        while let line = nextLine(), isBlank(line) { consume(line) }
        guard !rest.isEmpty else { return nil }
        let start = offset
        let startIndex = rest.startIndex
        var endIndex = startIndex
        while let line = nextLine(), !isBlank(line) {
            endIndex = line.endIndex
            consume(line)
        }
        return (start, text[startIndex..<endIndex])
    }

    /// The next line, without its LF.
    private func nextLine() -> Substring? {
        guard !rest.isEmpty else { return nil }
        return rest[..<(rest.firstIndex(of: "\n") ?? rest.endIndex)]
    }

    private func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private mutating func consume(_ line: Substring) {
        var end = line.endIndex
        if end < rest.endIndex { end = rest.index(after: end) }
        offset += rest[..<end].unicodeScalars.count
        rest = rest[end...]
    }
}
