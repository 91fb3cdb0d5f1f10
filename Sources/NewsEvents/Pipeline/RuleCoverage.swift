/// How often each rule fired over a set of documents, and the rules that never did: behind
/// `newsevents rules coverage`. An event rule fires when its match wins (survives suppression and the
/// conflict policy); a suppression or mention rule when it matches. A rule is tried in a sentence that holds
/// the words it needs (its trigger words and the plain word tests it cannot skip): rules tried often and
/// firing rarely are where the matcher spends its time.
///
/// ```swift
/// var coverage = RuleCoverage(pipeline: pipeline)
/// coverage.add(pipeline.annotate(source))
/// coverage.counts["grant/grant-active"]   // 3
/// coverage.tried["grant/grant-active"]    // 5
/// coverage.neverFired                     // ["denial/denial-passive", ...]
/// ```
public struct RuleCoverage: Sendable {
    public private(set) var counts: [String: Int] = [:]
    /// Sentences in which each rule was tried.
    public private(set) var tried: [String: Int] = [:]
    public private(set) var documents = 0
    public private(set) var sentences = 0
    private let extractor: EventExtractor
    private let pipeline: Pipeline

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
        let knowledge = pipeline.knowledge
        self.extractor = EventExtractor(knowledge: knowledge)
    }

    /// Counts the rules firing in a document the pipeline has annotated. A document gathered from sections
    /// keeps no tokens to match rules on: its sections are analysed again, one at a time.
    public mutating func add(_ document: AnnotatedDocument) {
        documents += 1
        if document.isGatheredFromSections {
            pipeline.annotateSections(of: document.source) { section, _ in count(section) }
        } else {
            count(document)
        }
    }

    private mutating func count(_ document: AnnotatedDocument) {
        let rules = extractor.rules.rules
        for sentence in document.sentences {
            sentences += 1
            for rule in extractor.rulesTried(in: sentence, of: document) { tried[rules[rule].id, default: 0] += 1 }
            let candidates = extractor.candidates(in: SentenceContext(document: document, sentence: sentence))
            for candidate in candidates where rules[candidate.ruleIndex].action != .event {
                counts[rules[candidate.ruleIndex].id, default: 0] += 1
            }
            for winner in extractor.winners(candidates) {
                counts[rules[winner.ruleIndex].id, default: 0] += 1
            }
        }
    }

    /// Every rule with its count and the sentences it was tried in (zero included), most frequent first, then
    /// in load order.
    public var table: [(rule: Rule, count: Int, tried: Int)] {
        extractor.rules.rules.enumerated()
            .map { (offset: $0.offset, rule: $0.element, count: counts[$0.element.id] ?? 0) }
            .sorted { ($0.count, -$0.offset) > ($1.count, -$1.offset) }
            .map { ($0.rule, $0.count, tried[$0.rule.id] ?? 0) }
    }

    /// The rules that fired nowhere, in load order.
    public var neverFired: [Rule] { extractor.rules.rules.filter { (counts[$0.id] ?? 0) == 0 } }
}
