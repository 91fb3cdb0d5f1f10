/// The attributes of an HTML element: lower-case names and their values, in document order, the first of
/// a repeated name kept. A short list searched linearly: elements have few attributes, and comparing
/// short names is cheaper than hashing them.
///
/// ```swift
/// let attributes = HTMLAttributes([("class", "byline"), ("id", "top"), ("class", "ignored")])
/// attributes["class"]   // "byline"
/// attributes["style"]   // nil
/// ```
public struct HTMLAttributes: Sendable, Sequence {
    private var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = []
        for pair in pairs where self[pair.name] == nil { self.pairs.append(pair) }
    }

    /// The value of the attribute `name` (lower case), `nil` when the element has none.
    public subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// Adds an attribute whose name the element cannot have yet: libxml2 passes each name once (it drops a
    /// repeated one, whatever its case), so the tree builder need not look.
    mutating func appendNew(name: String, value: String) {
        pairs.append((name, value))
    }

    public var isEmpty: Bool { pairs.isEmpty }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { pairs.makeIterator() }
}
