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
        let limit = (maximumParagraphsBefore + 1) * (maximumShortParagraph + 2) + DatelineParser.maximumHeadLength
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(limit, text.utf8.count))
        for scalar in text.unicodeScalars {
            guard scalars.count < limit else { break }
            scalars.append(scalar)
        }
        var first: Range<Int>?
        for (number, paragraph) in ParagraphRanges(scalars).enumerated() {
            let head = Array(scalars[paragraph.lowerBound..<min(paragraph.upperBound,
                paragraph.lowerBound + DatelineParser.maximumHeadLength + 40)])
            if var dateline = DatelineParser.parse(scalars: head) {
                dateline.bodyStart += paragraph.lowerBound
                return Found(dateline: dateline, headline: first.flatMap { headline(scalars[$0]) })
            }
            first = first ?? paragraph
            if number >= maximumParagraphsBefore || paragraph.count > maximumShortParagraph { return nil }
        }
        return nil
    }

    private static func headline(_ paragraph: ArraySlice<Unicode.Scalar>) -> String? {
        guard !paragraph.contains("\n") else { return nil }
        let title = IngestText.trim(String(scalars: paragraph))
        return title.isEmpty ? nil : title
    }
}

/// The paragraphs of a text (separated by lines that are empty or only spaces) as code-point ranges.
/// A paragraph running to the end of `scalars` may continue past it (the caller passes a prefix).
struct ParagraphRanges: Sequence, IteratorProtocol {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func next() -> Range<Int>? {
        while let line = nextLine(), isBlank(line) { index = Swift.min(line.upperBound + 1, scalars.count) }
        guard index < scalars.count else { return nil }
        let start = index
        var end = index
        while let line = nextLine(), !isBlank(line) {
            end = line.upperBound
            index = Swift.min(line.upperBound + 1, scalars.count)
        }
        return start..<end
    }

    /// The next line's range, without its LF.
    private func nextLine() -> Range<Int>? {
        guard index < scalars.count else { return nil }
        var end = index
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return index..<end
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        scalars[line].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
