/// Runs the examples rules carry (`example:` must match with the roles given, `counter:` must not) through
/// the whole pipeline, and reports each failure at the example's `FILE:LINE:COL` with what happened instead.
///
/// ```swift
/// let failures = RuleExampleRunner(pipeline: pipeline).run()
/// failures.first?.description
/// // rules/events/grant.rules:9:12: error: example not matched by grant/active; found: denial by denial/active-deny ...
/// ```
public struct RuleExampleRunner: Sendable {
    public let pipeline: Pipeline
    /// The publication date examples are read with unless they give `dct=`.
    public static let defaultDate = SimpleDate(year: 2019, month: 11, day: 22)!

    /// Examples run without the `[needs-agent]` policy of `rules/roles/roles.txt`: an example is one sentence,
    /// with no story before it to name the authority ("Huawei was blacklisted in May."), and it shows what its
    /// rule reads there; whether a document keeps an event no authority acts in is the document's matter
    /// (``RoleCues/needsAgent``, tested on its own).
    public init(pipeline: Pipeline) {
        guard !pipeline.knowledge.roleCues.needsAgent.isEmpty else {
            self.pipeline = pipeline
            return
        }
        var withoutPolicy = Pipeline(knowledge: pipeline.knowledge.withoutAgentPolicy)
        withoutPolicy.sections = pipeline.sections
        self.pipeline = withoutPolicy
    }

    /// Counts of what ran, and the failures.
    public struct Report: Sendable {
        public var examples = 0
        public var failures: [Diagnostic] = []
    }

    public func run(only ruleIDs: Set<String>? = nil) -> Report {
        var report = Report()
        for rule in pipeline.knowledge.rules.rules where ruleIDs == nil || ruleIDs!.contains(rule.id) {
            for example in rule.examples {
                report.examples += 1
                if let problem = check(example, of: rule) {
                    report.failures.append(Diagnostic(file: rule.file, line: example.line, column: example.column, message: problem))
                }
            }
            if rule.action == .suppress, let first = rule.examples.first(where: \.positive),
               !rule.examples.contains(where: { $0.positive && removesAnEvent($0, rule) }) {
                report.failures.append(Diagnostic(file: rule.file, line: first.line, column: first.column, message:
                    "suppression \(rule.id) removes no event in its examples: give it an example in which, without it, an event rule would fire with its trigger inside the suppression's match"))
            }
        }
        return report
    }

    /// Whether a suppression's example removes an event: without suppressions, some event rule would win with its
    /// trigger inside the suppression's match (another suppression removing the same event does not count against
    /// it). A suppression none of whose examples does so may be silently ineffective: its pattern matches where no
    /// event rule fires, or ends before the trigger ("liquor licence" when the event is triggered by "suspended").
    public func removesAnEvent(_ example: RuleExample, _ rule: Rule) -> Bool {
        let document = annotate(example)
        let knowledge = pipeline.knowledge
        let extractor = EventExtractor(knowledge: knowledge)
        return document.sentences.contains { sentence in
            let candidates = extractor.candidates(in: SentenceContext(document: document, sentence: sentence))
            let mine = candidates.filter { knowledge.rules.rules[$0.ruleIndex].id == rule.id }.map(\.match.range)
            guard !mine.isEmpty else { return false }
            let events = extractor.winners(candidates.filter { knowledge.rules.rules[$0.ruleIndex].action == .event })
            return events.contains { event in mine.contains { $0.contains(event.trigger.lowerBound) } }
        }
    }

    private func annotate(_ example: RuleExample) -> AnnotatedDocument {
        let source = SourceDocument(
            id: "example", published: example.published ?? RuleExampleRunner.defaultDate, publishedFrom: .option,
            text: example.sentence)
        return pipeline.annotate(source)
    }

    /// `nil` when the example behaves as it says, else what went wrong.
    public func check(_ example: RuleExample, of rule: Rule) -> String? {
        let document = annotate(example)
        if rule.action != .event { return checkMatch(example, of: rule, in: document) }
        let mine = document.events.filter { $0.sources.contains { $0.rule == rule.id } }
        if !example.positive {
            guard let event = mine.first else { return nil }
            return "counter example matched by \(rule.id): \(summary(event))"
        }
        guard !mine.isEmpty else {
            let others = document.events.map { "\($0.type) by \($0.sources.first?.rule ?? "?")" }
            let entities = document.entities.map { "\($0.text)=\($0.type.rawValue)" }
            return "example not matched by \(rule.id)"
                + (others.isEmpty ? "" : "; found instead: " + others.joined(separator: ", "))
                + "; entities: " + (entities.isEmpty ? "none" : entities.joined(separator: ", "))
        }
        var problems: [String] = []
        for event in mine {
            problems = mismatches(example.expectations, event)
            if problems.isEmpty { return nil }
        }
        return "example matched by \(rule.id) but " + problems.joined(separator: "; ") + " (got \(summary(mine[0])))"
    }

    /// A suppression or mention rule's example: whether the rule matches somewhere in the sentence.
    private func checkMatch(_ example: RuleExample, of rule: Rule, in document: AnnotatedDocument) -> String? {
        let knowledge = pipeline.knowledge
        let extractor = EventExtractor(knowledge: knowledge)
        let matched = document.sentences.flatMap { sentence in
            extractor.candidates(in: SentenceContext(document: document, sentence: sentence))
                .filter { knowledge.rules.rules[$0.ruleIndex].id == rule.id }
                .map { document.text(ofTokens: $0.match.range) }
        }
        if example.positive, matched.isEmpty {
            let entities = document.entities.map { "\($0.text)=\($0.type.rawValue)" }
            return "example not matched by \(rule.id); entities: " + (entities.isEmpty ? "none" : entities.joined(separator: ", "))
        }
        if !example.positive, let first = matched.first {
            return "counter example matched by \(rule.id) on '\(first)'"
        }
        return nil
    }

    private func mismatches(_ expectations: [String: String], _ event: Event) -> [String] {
        var problems: [String] = []
        for (key, expected) in expectations.sorted(by: { $0.key < $1.key }) {
            let got: String?
            switch key {
            case "agent": got = participantMatch(event.agent, expected)
            case "recipient": got = participantMatch(event.recipient, expected)
            case "target": got = participantMatch(event.target, expected)
            case "object": got = event.object.flatMap { $0.lowercased().contains(expected.lowercased()) ? nil : $0 } ?? (event.object == nil ? "nothing" : nil)
            case "duration": got = event.duration == expected ? nil : (event.duration ?? "nothing")
            case "date": got = event.date?.value == expected ? nil : (event.date?.value ?? "nothing")
            case "status": got = event.status.rawValue == expected ? nil : event.status.rawValue
            default: got = nil
            }
            if let got { problems.append("\(key) is '\(got)', expected '\(expected)'") }
        }
        return problems
    }

    /// `nil` when the participant's text, name or id contains the expected words.
    private func participantMatch(_ participant: Participant?, _ expected: String) -> String? {
        guard let participant else { return "nothing" }
        let wanted = expected.lowercased()
        for candidate in [participant.text, participant.name, participant.id ?? ""] where candidate.lowercased().contains(wanted) {
            return nil
        }
        return participant.text
    }

    private func summary(_ event: Event) -> String {
        var parts = ["\(event.type)/\(event.status.rawValue)"]
        if let agent = event.agent { parts.append("agent=\(agent.text)") }
        if let recipient = event.recipient { parts.append("recipient=\(recipient.text)") }
        if let target = event.target { parts.append("target=\(target.text)") }
        if let date = event.date { parts.append("date=\(date.value)") }
        if let duration = event.duration { parts.append("duration=\(duration)") }
        return parts.joined(separator: " ")
    }
}
