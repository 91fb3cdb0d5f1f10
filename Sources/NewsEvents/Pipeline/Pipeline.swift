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
    /// When the caller reads only the events (`extract`, `eval`): a document in which no event rule can match
    /// (no sentence holds the words every rule needs, ``EventExtractor/mayHoldEvents(_:)``) skips the time,
    /// entity and event stages, which could find nothing in it. Its events are the same either way; its
    /// timexes and actors are left empty. `nil` runs every stage on every document (`annotate`, `explain`).
    public let eventGate: EventExtractor?
    /// Stages before the gate: tokens and sentences.
    private let textStages = 2
    /// A document longer than one section is analysed a section at a time (see ``annotateSections(of:_:)``).
    public var sections = DocumentSections()

    /// The whole analysis, or the layers up to `last` (`.time`: tokens, sentences and temporal expressions).
    /// `maximumSentenceTokens` (`--max-sentence-tokens`) cuts longer runs of words into pieces, so no rule
    /// ever sees an unbounded sentence (see ``SentenceSplitter/maxTokens``).
    /// `onlyEvents`: the caller reads only the events, so documents without a trigger are not analysed further
    /// (see ``eventGate``).
    public init(knowledge: Knowledge, through last: Layer = .events,
                maximumSentenceTokens: Int = SentenceSplitter.defaultMaxTokens, onlyEvents: Bool = false) {
        self.knowledge = knowledge
        // Stages that look words up name them; the tokenizer numbers every token by one vocabulary of them all.
        // With threads to spare (``Knowledge/threads``), the events stage is made and numbered on a thread of
        // its own while the others are: the same stages either way.
        let concurrent = knowledge.threads > 1 && last == .events
        let making = concurrent ? BackgroundWork { () -> (EventExtractor, [String]) in
            let extractor = EventExtractor(knowledge: knowledge)
            return (extractor, extractor.vocabularyWords)
        } : nil
        var timeTagger: TemporalTagger? = last != .text ? TemporalTagger(resources: knowledge.time) : nil
        var entityTagger: EntityTagger? = last == .entities || last == .events ? EntityTagger(lexicon: knowledge.lexicon) : nil
        let otherWords = (timeTagger?.vocabularyWords ?? []) + (entityTagger?.vocabularyWords ?? [])
        var extractor: EventExtractor?
        let extractorWords: [String]
        if let made = making?.wait() {
            extractor = made.0
            extractorWords = made.1
        } else {
            extractor = last == .events ? EventExtractor(knowledge: knowledge) : nil
            extractorWords = extractor?.vocabularyWords ?? []
        }
        let vocabulary = Vocabulary(extractorWords + otherWords)
        var adopting: BackgroundWork<EventExtractor>? = nil
        if concurrent, let made = extractor {
            adopting = BackgroundWork {
                var numbered = made
                numbered.adopt(vocabulary)
                return numbered
            }
        } else {
            extractor?.adopt(vocabulary)
        }
        timeTagger?.adopt(vocabulary)
        entityTagger?.adopt(vocabulary)
        let tokenizer = Tokenizer(resources: knowledge.text, vocabulary: vocabulary)
        if let adopting { extractor = adopting.wait() }
        var stages: [any PipelineStage] = [
            tokenizer,
            SentenceSplitter(resources: knowledge.text, maxTokens: maximumSentenceTokens),
        ]
        if let timeTagger { stages.append(timeTagger) }
        if let entityTagger { stages.append(entityTagger) }
        var gate: EventExtractor? = nil
        if let extractor {
            stages.append(extractor)
            if onlyEvents { gate = extractor }
        }
        self.stages = stages
        self.eventGate = gate
    }

    /// The analysis of `source`; a document longer than one of ``sections`` is analysed in sections and
    /// gathered (``annotateInSections(_:)``).
    public func annotate(_ source: SourceDocument) -> AnnotatedDocument {
        sections.cuts(source.text) ? annotateInSections(source) : annotateWhole(source)
    }

    /// The analysis of `source` in one piece, however long.
    public func annotateWhole(_ source: SourceDocument) -> AnnotatedDocument {
        var document = AnnotatedDocument(source: source)
        // The gate's word sets of each sentence serve the events stage too (it is the last stage).
        var presence: [[UInt64]]? = nil
        // Stages are used in place, by index: a copy of one would retain every table it holds.
        for k in stages.indices {
            if k == textStages, let eventGate {
                let found = eventGate.wordSets(of: document)
                guard eventGate.mayHoldEvents(given: found) else { break }
                presence = found
            }
            if k == stages.count - 1, let eventGate, let presence {
                eventGate.process(&document, presence: presence)
            } else {
                stages[k].process(&document)
            }
        }
        return document
    }
}
