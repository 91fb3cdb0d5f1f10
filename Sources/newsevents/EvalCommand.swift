import ArgumentParser
import NewsEvents

/// `newsevents eval`: extraction scored against gold annotations, with the outside scorer's definitions.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the events extracted from the inputs against a gold file (ANNOTATION.md format).",
        discussion: """
            Per-type precision, recall and F1, date, status and role accuracy, duplicates, and the misses and
            extras, by the definitions of the project's scorer (shared/eval/score_events.py).
            Example: newsevents eval corpus/gold.jsonl corpus/
            """
    )

    @Argument(help: "The gold file (JSON Lines, one document a line).")
    var gold: String

    @Argument(help: "Files, folders or JSONL dumps holding the gold documents.")
    var inputs: [String] = []

    @OptionGroup var options: PipelineOptions

    @Option(name: .long, help: "How many misses and extras to list.")
    var errors: Int = 50

    func run() throws {
        let goldDocuments: [GoldDocument]
        do {
            goldDocuments = try GoldFile.load(path: gold)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        guard !inputs.isEmpty else {
            throw ValidationError("give the inputs that hold the gold documents, e.g. newsevents eval \(gold) corpus/")
        }
        let pipeline = try options.loadPipeline(onlyEvents: true)
        let runner = options.runner(pipeline)
        let (timeline, summary) = try timeline(of: inputs, runner: runner)
        let report = EventScorer.score(gold: goldDocuments, system: timeline.events)
        print(report.render(errors: errors), terminator: "")
        try finish(summary)
    }
}
