/// Builds a timeline from documents added one by one.
///
/// Streaming: the builder keeps document summaries and merged events, never document texts, so memory grows
/// with the number of events. Each added event is merged at once into an earlier mention of the same
/// real-world event (see ``EventMerger`` for the policy); `build()` then sorts (see ``TimelineOrdering``) and
/// assigns stable ids (see ``EventIdentifier``).
/// ```swift
/// var builder = TimelineBuilder()
/// for document in documents { builder.add(document: DocumentSummary(document.source), events: document.events) }
/// let timeline = builder.build()
/// print(TimelineEncoder(format: .json).encode(timeline))
/// ```
public struct TimelineBuilder: Sendable {
    private var documents: [DocumentSummary] = []
    private var merger = EventMerger()
    /// Whether ``build()``'s timeline lists the documents; a builder that only merges events (its caller writes
    /// the documents as they come, see ``TimelineStream``) keeps nothing per document without events.
    public let keepsDocuments: Bool

    public init(keepsDocuments: Bool = true) {
        self.keepsDocuments = keepsDocuments
    }

    /// Adds a document and its events (whose sources carry the document id). Within the document, events are
    /// taken in the order of their first source's start offset.
    public mutating func add(document: DocumentSummary, events: [Event]) {
        if keepsDocuments { documents.append(document) }
        guard !events.isEmpty else { return }
        merger.register(document: document.id)
        guard events.count > 1 else {
            if let event = events.first { merger.add(event) }
            return
        }
        // Each event's first start, found once rather than at every comparison.
        let firstStarts = events.map { event in event.sources.lazy.map(\.start).min() ?? Int.max }
        let order = events.indices.sorted { l, r in
            firstStarts[l] != firstStarts[r] ? firstStarts[l] < firstStarts[r] : l < r
        }
        for k in order { merger.add(events[k]) }
    }

    /// Lists an input that gave no document (in the order inputs come, like documents).
    public mutating func add(failure: InputFailure) {
        if keepsDocuments { documents.append(DocumentSummary(failure: failure)) }
    }

    /// The merged events, sorted, with stable ids.
    public func build() -> Timeline {
        var events = TimelineOrdering.sort(merger.events, documentOrder: merger.order)
        EventIdentifier.assign(&events)
        return Timeline(documents: documents, events: events)
    }
}
