/// A half-open range of Unicode code points (scalars) in a document's `text`.
///
/// Every offset the tool writes is in code points, as the contract requires:
/// ```swift
/// let span = Span(start: 0, end: 5)   // "Huawei"[0..<5] would be "Huawe"
/// span.length                          // 5
/// ```
public struct Span: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
