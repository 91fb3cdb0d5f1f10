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
    /// The ``Vocabulary/stamp`` of the vocabulary the tokens' ``Token/lowerID`` and ``Token/lemmaID`` number
    /// words by (``Vocabulary/noStamp``: none).
    public var vocabularyStamp: UInt64 = Vocabulary.noStamp

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

extension AnnotatedDocument {
    /// The entity mentions whose tokens overlap `range`, found by binary search (mentions are in text order):
    /// the cost does not grow with the number of mentions in the document.
    /// ```swift
    /// document.entities(overlapping: 3..<6)   // [EntityMention(text: "Commerce Department", ...)]
    /// ```
    public func entities(overlapping range: Range<Int>) -> [EntityMention] {
        // A mention starting more than this many tokens before `range` cannot reach into it.
        let reach = 256
        var low = 0, high = entities.count
        let from = range.lowerBound - reach
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].tokens.lowerBound < from { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < entities.count, entities[end].tokens.lowerBound < range.upperBound { end += 1 }
        return entities[low..<end].filter { $0.tokens.overlaps(range) }
    }

    /// The entity mentions starting in the code-point span `start..<end` (a sentence's span).
    public func entities(startingInSpan span: Range<Int>) -> [EntityMention] {
        var low = 0, high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].span.start < span.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [EntityMention] = []
        var k = low
        while k < entities.count, entities[k].span.start < span.upperBound {
            result.append(entities[k])
            k += 1
        }
        return result
    }
}
