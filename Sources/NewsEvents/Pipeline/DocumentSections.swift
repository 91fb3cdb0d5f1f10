/// Where a long document is cut so that it can be analysed a section at a time: memory then holds one
/// section's tokens, not the whole document's, and the cost of the per-document passes (coreference, roles
/// carried from earlier events, anchoring on earlier events) stays bounded by the section size.
///
/// A section ends at the last paragraph break (a blank line) within its size; failing that at the last line
/// end, then the last sentence end (`. `), then the last space, and for a run of more than half a section with
/// none of these, at the last whole code point. Cuts are looked for only in the second half of a section, so
/// every section but the last holds at least half of ``bytes``. Offsets are UTF-8 bytes into the text.
/// ```swift
/// let sections = DocumentSections(bytes: 20)
/// sections.ranges(in: "First paragraph.\n\nSecond one here.\n\nThird.")
/// // [0..<18, 18..<36, 36..<42]: each cut after a blank line
/// ```
public struct DocumentSections: Sendable, Hashable {
    /// 1 MiB of text (about 150,000 words): thousands of news articles' worth, so no article is ever cut,
    /// while the analysis of one section stays well under 100 MB and a fraction of a second.
    public static let defaultBytes = 1 << 20

    /// Largest section in UTF-8 bytes; a document no larger than this is one section.
    public var bytes: Int

    public init(bytes: Int = DocumentSections.defaultBytes) {
        self.bytes = max(1, bytes)
    }

    /// Whether `text` is longer than one section.
    public func cuts(_ text: String) -> Bool { text.utf8.count > bytes }

    /// The byte ranges of the sections of `text`, in order; together they cover it.
    public func ranges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { utf8 in
            var ranges: [Range<Int>] = []
            var start = 0
            repeat {
                let end = self.end(ofSectionAt: start, in: utf8)
                ranges.append(start..<end)
                start = end
            } while start < utf8.count
            return ranges
        }
    }

    /// The end of the section that starts at byte `start` of `utf8`.
    func end(ofSectionAt start: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard utf8.count - start > bytes else { return utf8.count }
        let high = start + bytes
        let low = max(start + 1, start + bytes / 2)
        for boundary in Boundary.allCases {
            var cut = high
            while cut >= low {
                if boundary.isCut(at: cut, in: utf8, from: start) { return cut }
                cut -= 1
            }
        }
        // The middle of a code point is never a cut: back up to the start of the scalar at `high`.
        var cut = high
        while cut > start + 1, utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// The places a section may end, from the best to the last resort.
    enum Boundary: CaseIterable {
        case paragraph, line, sentence, space

        /// Whether a section may end just before byte `cut` (the section started at `start`).
        func isCut(at cut: Int, in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
            let before = utf8[cut - 1]
            switch self {
            case .paragraph:
                // The line that ends here is blank: only spaces, tabs and carriage returns since the last line end.
                guard before == Byte.newline else { return false }
                var k = cut - 2
                while k >= start, utf8[k] == Byte.space || utf8[k] == Byte.tab || utf8[k] == Byte.carriageReturn { k -= 1 }
                return k >= start && utf8[k] == Byte.newline
            case .line:
                return before == Byte.newline
            case .sentence:
                guard before == Byte.space, cut - 2 >= start else { return false }
                let stop = utf8[cut - 2]
                return stop == UInt8(ascii: ".") || stop == UInt8(ascii: "!") || stop == UInt8(ascii: "?")
            case .space:
                return before == Byte.space || before == Byte.tab
            }
        }
    }

    /// The bytes the boundaries are made of.
    enum Byte {
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
    }
}
