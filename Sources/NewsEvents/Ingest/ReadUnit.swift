/// One piece of an input that reads into exactly one document or failure: a JSONL record's line, a whole file
/// not yet opened, content already in memory, or a failure found while cutting the input.
///
/// Cutting an input into units (``DocumentReader/units(of:_:)``) is cheap and keeps the input's order; reading
/// a unit (``DocumentReader/read(_:)``) is the costly part (JSON unescaping, decoding, the dateline, HTML)
/// and depends on nothing but the unit, so units can be read on any thread.
/// ```swift
/// let reader = DocumentReader()
/// var units: [ReadUnit] = []
/// reader.units(of: .file("dump.jsonl")) { units.append($0) }   // one per non-blank line
/// let documents = units.map(reader.read)                         // in any order, on any thread
/// ```
public enum ReadUnit: Sendable {
    /// A non-blank line of a JSON Lines input.
    case record(RecordLine)
    /// A whole file, read when the unit is read (never a JSON Lines file).
    case file(Input)
    /// A whole document already in memory (standard input), its kind known.
    case content([UInt8], Input)
    /// The input, or one of its lines, gave no document.
    case failure(InputFailure)
}

/// A non-blank line of a JSON Lines input, with what its document and messages need to name it.
///
/// ```swift
/// RecordLine(bytes: Array(#"{"id": "a", "text": "Hi."}"#.utf8), number: 3, input: .file("r.jsonl"), fallbackID: "r")
/// ```
public struct RecordLine: Sendable {
    /// The line without its end of line (not longer than the document limit).
    public var bytes: [UInt8]
    /// 1-based.
    public var number: Int
    /// The input the line is in: its name for messages, its path for the document.
    public var input: Input
    /// The id of a record without one.
    public var fallbackID: String

    public init(bytes: [UInt8], number: Int, input: Input, fallbackID: String) {
        self.bytes = bytes
        self.number = number
        self.input = input
        self.fallbackID = fallbackID
    }
}
