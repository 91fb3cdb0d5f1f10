import ArgumentParser
import NewsEvents

/// `newsevents explain`: per sentence, what the pipeline saw and why rules did or did not fire.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the tokens, actors, dates, the rules that fired and why close rules did not.",
        discussion: """
            For each sentence: its tokens (word/lemma/shape), the actors and temporal expressions found, every rule \
            match (kept or dropped by suppression and the conflict policy), the events made, and for rules whose \
            trigger word is present but which did not match, the longest start of the pattern that matched and the \
            element that failed after it. Example: newsevents explain article.txt --sentence 3
            """
    )

    @Argument(help: "A file, a JSONL record file, or '-' for standard input.")
    var input: String

    @Option(name: .long, help: ArgumentHelp("Explain only sentence N (counting from 1).", valueName: "N"))
    var sentence: Int?

    @Option(name: .long, help: ArgumentHelp("Show at most N near misses a sentence.", valueName: "N"))
    var misses: Int = 5

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        if let sentence, sentence < 1 { throw ValidationError("--sentence counts from 1, e.g. --sentence 3") }
    }

    func run() throws {
        let explainer = Explainer(pipeline: try options.loadPipeline())
        let collected = InputCollector().collect([input])
        for failure in collected.failures { Output.report(failure) }
        var ingest = IngestRun(reader: DocumentReader(defaultDate: options.defaultDate, limits: options.readLimits))
        var failed = !collected.failures.isEmpty
        var out = ""
        ingest.read(collected.inputs) { result in
            switch result {
            case .failure(let failure):
                Output.report(failure)
                failed = true
            case .success(let source):
                Output.warn(about: source)
                let sentences = explainer.explain(source, sentence: sentence)
                out += "# \(source.id)  published \(source.published?.description ?? "unknown")\n"
                if let sentence, sentences.isEmpty { out += "(no sentence \(sentence): the document has fewer)\n" }
                let needsAgent = explainer.pipeline.knowledge.roleCues.needsAgent
                for explained in sentences {
                    out += ExplainCommand.render(explained, misses: misses, needsAgent: needsAgent)
                }
            }
        }
        let output = try Output(path: nil)
        try output.write(out)
        try output.finish()
        if failed { throw ExitCode.failure }
    }

    static func render(_ s: Explainer.Sentence, misses: Int, needsAgent: Set<String> = []) -> String {
        var lines = ["", "## sentence \(s.index): \(s.text.split(whereSeparator: \.isNewline).joined(separator: " "))"]
        lines.append("tokens: " + s.tokens.map { token in
            token.lemma == token.lower ? token.text : "\(token.text)/\(token.lemma)"
        }.joined(separator: " "))
        for entity in s.entities {
            lines.append("actor: '\(entity.text)' = \(entity.id) (\(entity.type.rawValue), \(entity.kind.rawValue))")
        }
        for timex in s.timexes {
            lines.append("time: '\(timex.text)' = \(timex.value) (\(timex.type.rawValue))")
        }
        for firing in s.firings {
            let verdict: String
            switch firing.action {
            case .suppress: verdict = "suppresses"
            case .mention(let name): verdict = "mention @\(name)"
            case .event: verdict = firing.kept ? "kept" : "dropped"
            }
            lines.append("fired: \(firing.ruleID) on '\(firing.matched)' (trigger '\(firing.trigger)'): \(verdict)")
        }
        for event in s.events {
            var roles: [String] = []
            for (name, participant) in [("agent", event.agent), ("recipient", event.recipient), ("target", event.target)] {
                guard let participant else { continue }
                roles.append("\(name)=\(participant.name)" + (participant.inferred ? " (inferred)" : ""))
            }
            let date = event.date.map { $0.value + ($0.text.isEmpty ? " (publication date)" : " ('\($0.text)')") } ?? "undated"
            lines.append("event: \(event.type) \(event.status.rawValue) \(date) " + roles.joined(separator: " "))
        }
        for event in s.droppedForNoAgent {
            let rule = event.sources.first?.rule ?? "?"
            if needsAgent.contains(event.type) {
                lines.append("dropped: \(event.type) by \(rule): no agent in the sentence or the story"
                    + " (the type is listed under [needs-agent] in roles/roles.txt)")
            } else {
                lines.append("dropped: \(event.type) by \(rule): no agent, and the sentence names a company and no authority"
                    + " (the type is listed under [own-business] in roles/roles.txt)")
            }
        }
        for note in s.droppedAsFinancial { lines.append("dropped: " + note) }
        for note in s.droppedOutsideTrade { lines.append("dropped: " + note) }
        for merged in s.mergedActions {
            lines.append("merged: " + merged.summary)
        }
        for note in s.datings {
            lines.append("dating: " + note)
        }
        for miss in s.nearMisses.prefix(misses) {
            lines.append("why not \(miss.ruleID): \(miss.summary)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
