/// Writes a timeline while its documents are still coming, so that a run over millions of articles keeps its
/// events, never its documents, and the documents' part of the output is written during the run rather than
/// after it (on the thread that receives results, while the workers annotate).
///
/// The bytes are those of ``TimelineEncoder/encodeBytes(_:threads:)`` for the same documents and events: the
/// `json` format's `documents` list is written as each document is added (it precedes the events); the events,
/// which need every document before they can be merged and sorted, are written by ``finish()``. The other
/// formats hold no documents and are written whole by ``finish()``.
/// ```swift
/// var stream = TimelineStream(format: .json)
/// for document in documents {
///     stream.add(document: DocumentSummary(document.source), events: document.events)
///     if stream.pendingCount >= 1 << 16 { output.write(stream.takeBytes()) }
/// }
/// output.write(stream.finish())
/// ```
public struct TimelineStream: Sendable {
    public let format: TimelineFormat
    private var builder = TimelineBuilder(keepsDocuments: false)
    /// The `json` output written and not yet taken.
    private var writer = JSONWriter()
    private var documents = 0
    private var readDocuments = 0

    public init(format: TimelineFormat) {
        self.format = format
    }

    /// Bytes ready to be taken with ``takeBytes()``.
    public var pendingCount: Int { writer.bytes.count }

    /// Adds a document and its events (see ``TimelineBuilder/add(document:events:)``).
    public mutating func add(document: DocumentSummary, events: [Event]) {
        builder.add(document: document, events: events)
        if document.status == .ok { readDocuments += 1 }
        write(document)
    }

    /// Lists an input that gave no document.
    public mutating func add(failure: InputFailure) {
        builder.add(failure: failure)
        write(DocumentSummary(failure: failure))
    }

    /// The output written so far and not yet taken.
    public mutating func takeBytes() -> [UInt8] {
        writer.takeBytes()
    }

    /// The rest of the output: the merged, sorted events with their ids (and, with no document at all, the
    /// empty `documents` list). Call once, after the last document.
    public mutating func finish() -> [UInt8] {
        let timeline = builder.build()
        switch format {
        case .json:
            if documents == 0 {
                TimelineEncoder.writeJSONHeader(to: &writer)
                writer.verbatim("[]")
            } else {
                writer.verbatim("\n  ]")
            }
            TimelineEncoder.writeJSONEvents(timeline.events, to: &writer)
            return writer.takeBytes()
        case .jsonl, .csv:
            return TimelineEncoder(format: format).encodeBytes(timeline)
        case .markdown:
            return Array(TimelineEncoder.markdown(timeline, documents: readDocuments).utf8)
        }
    }

    /// Writes a document's line of the `json` format's `documents` list.
    private mutating func write(_ document: DocumentSummary) {
        defer { documents += 1 }
        guard format == .json else { return }
        if documents == 0 {
            TimelineEncoder.writeJSONHeader(to: &writer)
            writer.verbatim("[\n    ")
        } else {
            writer.verbatim(",\n    ")
        }
        TimelineEncoder.write(document: document, to: &writer)
    }
}
