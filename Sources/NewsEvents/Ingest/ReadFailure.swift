/// Why one input (or one JSONL record) gave no document: "empty document", "binary file, not text", ...
///
/// ```swift
/// ReadFailure.empty.reason   // "empty document"
/// ```
public struct ReadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public static let empty = ReadFailure("empty document")
    public static let binary = ReadFailure("binary file, not text")

    public var description: String { reason }
}
