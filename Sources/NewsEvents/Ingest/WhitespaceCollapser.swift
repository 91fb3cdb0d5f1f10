/// Joins pieces of text with every run of white space (across pieces too) made one space, none at either
/// end: the text of an element as a line.
///
/// ```swift
/// var line = WhitespaceCollapser()
/// line.append("  By Ann\n")
/// line.append(" Lee ")
/// line.text   // "By Ann Lee"
/// ```
struct WhitespaceCollapser {
    /// The text so far, as UTF-8.
    private var bytes: [UInt8] = []
    private var scalarCount = 0
    private var pendingSpace = false

    mutating func append(_ piece: String) {
        for scalar in piece.unicodeScalars {
            if IngestText.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, !bytes.isEmpty {
                    bytes.append(0x20)
                    scalarCount += 1
                }
                pendingSpace = false
                IngestText.appendUTF8(scalar, to: &bytes)
                scalarCount += 1
            }
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Code points collected so far.
    var count: Int { scalarCount }
}
