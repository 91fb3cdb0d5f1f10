/// Summary of a document for the timeline's `documents` list: the metadata, never the text, so that a
/// timeline of many documents stays small. An input that gave no document is listed too, with its
/// ``DocumentStatus/failed(reason:)``, so every input of a run is accounted for.
///
/// ```swift
/// DocumentSummary(id: "seed", path: "in/seed.txt").status                                  // .ok
/// DocumentSummary(failure: InputFailure(input: "dump.jsonl:3", reason: "line 3: ...", line: 3)).path  // "dump.jsonl"
/// ```
public struct DocumentSummary: Sendable, Hashable {
    /// The document id; empty for a failed input (it made no document to name).
    public var id: String
    public var path: String?
    public var title: String?
    public var published: SimpleDate?
    public var publishedFrom: PublishedSource?
    public var status: DocumentStatus
    /// For a failed input, the input as the error message names it (`PATH`, `PATH:LINE` or `-`).
    public var input: String?

    public init(
        id: String, path: String? = nil, title: String? = nil, published: SimpleDate? = nil,
        publishedFrom: PublishedSource? = nil, status: DocumentStatus = .ok
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
        self.status = status
    }

    /// The entry of an input that gave no document.
    public init(failure: InputFailure) {
        self.init(id: "", path: failure.path, status: .failed(reason: failure.reason))
        self.input = failure.input
    }

    public init(_ source: SourceDocument) {
        self.init(
            id: source.id, path: source.path, title: source.title, published: source.published,
            publishedFrom: source.publishedFrom)
    }
}

/// The result of `extract`: the documents read, in the order they were added, and the merged, sorted events.
public struct Timeline: Sendable {
    public static let schema = "newsevents.timeline/1"

    public var documents: [DocumentSummary]
    public var events: [Event]

    public init(documents: [DocumentSummary] = [], events: [Event] = []) {
        self.documents = documents
        self.events = events
    }
}
