/// The whole analysis of one document: tokens and sentences, temporal expressions, actors, events.
///
/// Pure and `Sendable`: one pipeline serves every thread.
/// ```swift
/// let pipeline = Pipeline(knowledge: knowledge)
/// let document = pipeline.annotate(SourceDocument(id: "seed", published: dct, text: article))
/// document.events
/// ```
public struct Pipeline: Sendable {
    /// The layers of the analysis, in the order they are made; each needs the ones before it.
    public enum Layer: String, CaseIterable, Sendable {
        /// Tokens and sentences.
        case text
        /// Temporal expressions.
        case time
        /// Actors.
        case entities
        /// Events.
        case events
    }

    public let knowledge: Knowledge
    public let stages: [any PipelineStage]
    /// A document longer than one section is analysed a section at a time (see ``annotateSections(of:_:)``).
    public var sections = DocumentSections()

    /// The whole analysis, or the layers up to `last` (`.time`: tokens, sentences and temporal expressions).
    /// `maximumSentenceTokens` (`--max-sentence-tokens`) cuts longer runs of words into pieces, so no rule
    /// ever sees an unbounded sentence (see ``SentenceSplitter/maxTokens``).
    public init(knowledge: Knowledge, through last: Layer = .events,
                maximumSentenceTokens: Int = SentenceSplitter.defaultMaxTokens) {
        self.knowledge = knowledge
        var stages: [any PipelineStage] = [
            Tokenizer(resources: knowledge.text),
            SentenceSplitter(resources: knowledge.text, maxTokens: maximumSentenceTokens),
        ]
        if last != .text { stages.append(TemporalTagger(resources: knowledge.time)) }
        if last == .entities || last == .events { stages.append(EntityTagger(lexicon: knowledge.lexicon)) }
        if last == .events { stages.append(EventExtractor(rules: knowledge.rules, cues: knowledge.cues, roleCues: knowledge.roleCues, time: knowledge.time)) }
        self.stages = stages
    }

    /// The analysis of `source`; a document longer than one of ``sections`` is analysed in sections and
    /// gathered (``annotateInSections(_:)``).
    public func annotate(_ source: SourceDocument) -> AnnotatedDocument {
        sections.cuts(source.text) ? annotateInSections(source) : annotateWhole(source)
    }

    /// The analysis of `source` in one piece, however long.
    public func annotateWhole(_ source: SourceDocument) -> AnnotatedDocument {
        var document = AnnotatedDocument(source: source)
        for stage in stages { stage.process(&document) }
        return document
    }
}
