/// Keeps document ids unique within a run: the first `a` stays `a`, later ones become `a-2`, `a-3`, ...
///
/// ```swift
/// var ids = DocumentIDAllocator()
/// ids.allocate("reuters-5259")   // "reuters-5259"
/// ids.allocate("reuters-5259")   // "reuters-5259-2"
/// ids.allocate("reuters-5259")   // "reuters-5259-3"
/// ```
public struct DocumentIDAllocator: Sendable {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// A unique id for `id` (an empty id is treated as `document`).
    public mutating func allocate(_ id: String) -> String {
        let base = id.isEmpty ? "document" : id
        var candidate = base
        var suffix = nextSuffix[base] ?? 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        if candidate != base { nextSuffix[base] = suffix }
        used.insert(candidate)
        return candidate
    }
}
