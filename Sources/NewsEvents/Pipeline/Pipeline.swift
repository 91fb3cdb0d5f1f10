/// The whole analysis of one document: tokens and sentences, temporal expressions, actors, events.
///
/// Pure and `Sendable`: one pipeline serves every thread.
/// ```swift
/// let pipeline = Pipeline(knowledge: knowledge)
/// let document = pipeline.annotate(SourceDocument(id: "seed", published: dct, text: article))
/// document.events
/// ```
public struct Pipeline: Sendable {
    public let knowledge: Knowledge
    public let stages: [any PipelineStage]

    /// `maximumSentenceTokens` (`--max-sentence-tokens`) cuts longer runs of words into pieces, so no rule
    /// ever sees an unbounded sentence (see ``SentenceSplitter/maxTokens``).
    public init(knowledge: Knowledge, maximumSentenceTokens: Int = SentenceSplitter.defaultMaxTokens) {
        self.knowledge = knowledge
        self.stages = [
            Tokenizer(resources: knowledge.text),
            SentenceSplitter(resources: knowledge.text, maxTokens: maximumSentenceTokens),
            TemporalTagger(resources: knowledge.time),
            EntityTagger(lexicon: knowledge.lexicon),
            EventExtractor(rules: knowledge.rules, cues: knowledge.cues, roleCues: knowledge.roleCues),
        ]
    }

    public func annotate(_ source: SourceDocument) -> AnnotatedDocument {
        var document = AnnotatedDocument(source: source)
        for stage in stages { stage.process(&document) }
        return document
    }
}
