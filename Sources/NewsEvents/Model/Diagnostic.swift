/// A problem found in an input or a rule file, with the place it was found.
///
/// Printed like a compiler's: `rules/events/grant.rules:12:7: error: unknown role 'agnt' (did you mean 'agent'?)`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var place = file
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// An input that could not be read or analysed; the run goes on without it.
///
/// Printed by the CLI as `newsevents: error: INPUT: reason`.
/// ```swift
/// let failure = InputFailure(input: "dump.jsonl:3", reason: "line 3: invalid JSON", line: 3)
/// failure.path   // "dump.jsonl"
/// ```
public struct InputFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path, `path:line` for a JSONL record, or `-` for standard input.
    public var input: String
    public var reason: String
    /// The line of a JSONL record, when the failure is one record's.
    public var line: Int?

    public init(input: String, reason: String, line: Int? = nil) {
        self.input = input
        self.reason = reason
        self.line = line
    }

    /// The file the failure is in; `nil` for standard input.
    public var path: String? {
        var name = input
        if let line, name.hasSuffix(":\(line)") { name.removeLast(":\(line)".count) }
        return name == "-" ? nil : name
    }

    public var description: String { "\(input): \(reason)" }
}
