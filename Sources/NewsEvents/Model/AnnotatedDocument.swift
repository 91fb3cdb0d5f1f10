/// A document with every layer the pipeline has added so far.
///
/// Stages are pure: each takes an annotated document and returns it with one more layer filled in,
/// so each stage can be tested alone and documents can be processed in parallel.
/// ```swift
/// var doc = AnnotatedDocument(source: SourceDocument(id: "a", text: "Huawei was blacklisted in May."))
/// Tokenizer().process(&doc)    // fills tokens and sentences
/// ```
public struct AnnotatedDocument: Sendable {
    public var source: SourceDocument
    /// The text as an array of code points, so that spans slice it in O(1).
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var timexes: [Timex] = []
    public var entities: [EntityMention] = []
    public var events: [Event] = []

    public init(source: SourceDocument) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
    }

    public var id: String { source.id }
    public var text: String { source.text }

    /// The text of a span.
    public func text(of span: Span) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// The text covered by a range of tokens.
    public func text(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(of: Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end))
    }
}

/// A step of the pipeline: document in, annotated document out.
public protocol PipelineStage: Sendable {
    func process(_ document: inout AnnotatedDocument)
}
