/// Summary of a document for the timeline's `documents` list: the metadata, never the text, so that a
/// timeline of many documents stays small.
public struct DocumentSummary: Sendable, Hashable {
    public var id: String
    public var path: String?
    public var title: String?
    public var published: SimpleDate?
    public var publishedFrom: PublishedSource?

    public init(
        id: String, path: String? = nil, title: String? = nil, published: SimpleDate? = nil,
        publishedFrom: PublishedSource? = nil
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
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
