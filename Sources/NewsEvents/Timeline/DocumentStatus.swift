/// Whether an input gave a document: every input of a run is listed in the timeline's `documents`, the ones
/// that could not be read with the reason (the same reason `newsevents: error: INPUT: reason` prints).
///
/// ```swift
/// DocumentStatus.ok.name                                  // "ok"
/// DocumentStatus.failed(reason: "empty document").name    // "failed"
/// ```
public enum DocumentStatus: Sendable, Hashable {
    /// Read and analysed.
    case ok
    /// Not read; the run went on without it.
    case failed(reason: String)

    /// The value of the `status` key: `ok` or `failed`.
    public var name: String {
        switch self {
        case .ok: return "ok"
        case .failed: return "failed"
        }
    }

    /// Why the input failed; `nil` when it did not.
    public var reason: String? {
        if case .failed(let reason) = self { return reason }
        return nil
    }
}
