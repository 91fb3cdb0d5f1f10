/// Why one input (or one JSONL record) gave no document: "empty document", "binary file, not text", ...
///
/// ```swift
/// ReadFailure.empty.reason   // "empty document: no title and no text"
/// ```
public struct ReadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    /// Neither a title nor any text (a document with a title alone is read as its title).
    public static let empty = ReadFailure("empty document: no title and no text")
    public static let binary = ReadFailure("binary file, not text")

    public var description: String { reason }
}
