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

    /// How many code points are decoded first: enough for a first paragraph's head. Most stories open with
    /// their dateline, so the whole search (``maximumParagraphsBefore`` paragraphs) is rarely needed.
    static let openingLength = 2 * headLength

    /// The most of a paragraph a dateline is looked for in.
    static let headLength = DatelineParser.maximumHeadLength + 40

    public static func find(in text: String) -> Found? {
        let opening = leadingScalars(of: text, limit: openingLength)
        if opening.count < openingLength { return search(opening) }
        // A first paragraph whose head lies within the opening reads the same as in the whole search, unless
        // the opening ends in spaces: its last line, cut short, might look blank.
        var paragraphs = ParagraphRanges(opening)
        if opening.last != " ", opening.last != "\t", let start = paragraphs.nextStart(), start + headLength <= opening.count,
           let dateline = dateline(in: opening, paragraphAt: start, paragraphs) {
            return Found(dateline: dateline, headline: nil)
        }
        let limit = (maximumParagraphsBefore + 1) * (maximumShortParagraph + 2) + DatelineParser.maximumHeadLength
        return search(leadingScalars(of: text, limit: limit))
    }

    /// The dateline in the first paragraphs of `scalars`, the first code points of a text.
    private static func search(_ scalars: [Unicode.Scalar]) -> Found? {
        var paragraphs = ParagraphRanges(scalars)
        var first: Range<Int>?
        var number = 0
        while let start = paragraphs.nextStart() {
            if let dateline = dateline(in: scalars, paragraphAt: start, paragraphs) {
                return Found(dateline: dateline, headline: first.flatMap { headline(scalars[$0]) })
            }
            let paragraph = start..<paragraphs.end(from: start)
            paragraphs.pass(paragraph)
            first = first ?? paragraph
            if number >= maximumParagraphsBefore || paragraph.count > maximumShortParagraph { return nil }
            number += 1
        }
        return nil
    }

    /// The dateline that opens the paragraph at `start`, its `bodyStart` counted from the start of `scalars`.
    /// The head never reaches past its paragraph; the rest of a long paragraph is not looked at.
    private static func dateline(in scalars: [Unicode.Scalar], paragraphAt start: Int, _ paragraphs: ParagraphRanges)
        -> Dateline?
    {
        let end = paragraphs.end(from: start, cap: start + headLength)
        guard var dateline = DatelineParser.parse(scalars: scalars[start..<end]) else { return nil }
        dateline.bodyStart += start
        return dateline
    }

    /// The first `limit` code points of `text` (fewer when it is shorter), decoded from its UTF-8 directly.
    static func leadingScalars(of text: String, limit: Int) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: min(limit, utf8.count)) { scalars, count in
                var i = 0
                count = 0
                while count < scalars.count, i < utf8.count {
                    // Eight ASCII bytes at a time, the usual case, while eight more fit.
                    if count + 8 <= scalars.count, i + 8 <= utf8.count {
                        let eight = UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if eight & 0x8080_8080_8080_8080 == 0 {
                            // Widened to code points as one vector (the bytes in memory order on any machine).
                            let bytes = unsafeBitCast(eight, to: SIMD8<UInt8>.self)
                            UnsafeMutableRawPointer(scalars.baseAddress! + count)
                                .storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
                            count += 8
                            i += 8
                            continue
                        }
                    }
                    let lead = UInt32(utf8[i])
                    var value = lead
                    var length = 1
                    if lead >= 0x80 {
                        // A string's UTF-8 is valid: the lead byte gives the length.
                        length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        value = lead & (0x7F >> UInt32(length))
                        for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    }
                    scalars[count] = Unicode.Scalar(value)!
                    count += 1
                    i += length
                }
            }
        }
        return decoded ?? Array(text.unicodeScalars.prefix(limit))
    }

    private static func headline(_ paragraph: ArraySlice<Unicode.Scalar>) -> String? {
        guard !paragraph.contains("\n") else { return nil }
        let title = IngestText.trim(String(scalars: paragraph))
        return title.isEmpty ? nil : title
    }
}

/// The paragraphs of a text (separated by lines that are empty or only spaces) as code-point ranges, found one
/// at a time: where the next one starts, then as much of its end as is needed. A paragraph running to the end
/// of `scalars` may continue past it (the caller passes a prefix).
///
/// ```swift
/// var paragraphs = ParagraphRanges(Array("Title\n\nBody line\nmore".unicodeScalars))
/// let start = paragraphs.nextStart()!              // 0
/// let title = start..<paragraphs.end(from: start)  // 0..<5
/// paragraphs.pass(title)
/// paragraphs.nextStart()                           // 7
/// ```
struct ParagraphRanges {
    private let scalars: [Unicode.Scalar]
    /// Where the search for the next paragraph starts.
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The start of the next paragraph (blank lines skipped), or nil when none is left.
    mutating func nextStart() -> Int? {
        while let line = line(at: index), isBlank(line) { index = Swift.min(line.upperBound + 1, scalars.count) }
        return index < scalars.count ? index : nil
    }

    /// The end of the paragraph that starts at `start`, or `cap` when it reaches `cap`: lines past `cap` are
    /// not looked at.
    func end(from start: Int, cap: Int = .max) -> Int {
        var next = start
        var end = start
        while end < cap, let line = line(at: next), !isBlank(line) {
            end = line.upperBound
            next = Swift.min(line.upperBound + 1, scalars.count)
        }
        return Swift.min(end, cap)
    }

    /// Goes on after `paragraph` (from ``nextStart()`` and ``end(from:cap:)`` without a cap).
    mutating func pass(_ paragraph: Range<Int>) {
        index = Swift.min(paragraph.upperBound + 1, scalars.count)
    }

    /// The range of the line that starts at `start`, without its LF; nil at the end.
    private func line(at start: Int) -> Range<Int>? {
        guard start < scalars.count else { return nil }
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return start..<end
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        scalars[line].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
