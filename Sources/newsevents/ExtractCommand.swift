import ArgumentParser
import NewsEvents

/// `newsevents extract`: the timeline of every input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write the timeline of regulatory events found in the inputs.",
        discussion: """
            Examples:
              newsevents extract corpus/
              cat article.txt | newsevents extract --date 2019-11-22
              newsevents extract dump.jsonl --format jsonl -o events.jsonl
            """
    )

    @Argument(help: "Files, folders, JSONL dumps, or '-' for standard input (read when no input is given and it is not a terminal).")
    var inputs: [String] = []

    @OptionGroup var options: PipelineOptions

    @Option(name: .long, help: "Output format: json, jsonl, csv or markdown.")
    var format: TimelineFormat = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE (replaced only when complete) instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
        let pipeline = try options.loadPipeline(onlyEvents: true)
        let runner = options.runner(pipeline)
        let (timeline, summary) = try timeline(of: inputs, runner: runner)
        let out = try Output(path: output)
        do {
            try out.write(bytes: TimelineEncoder(format: format).encodeBytes(timeline, threads: options.jobs))
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
        try finish(summary)
    }
}

extension TimelineFormat: ExpressibleByArgument {}

/// The timeline of every input; failures are reported as they come and listed among the documents.
func timeline(of inputs: [String], runner: BatchRunner) throws -> (Timeline, BatchRunner.Summary) {
    var builder = TimelineBuilder()
    var runner = runner
    runner.keepsOnlyEvents = true
    let summary = try runner.run(arguments: inputs) { item in
        switch item {
        case .document(let document):
            Output.warn(about: document.source)
            builder.add(document: DocumentSummary(document.source), events: document.events)
        case .failure(let failure):
            Output.report(failure)
            builder.add(failure: failure)
        }
    }
    return (builder.build(), summary)
}

/// Ends a command the contract's way: a summary on standard error, exit 1 when any input failed.
func finish(_ summary: BatchRunner.Summary) throws {
    Output.standardError("newsevents: \(summary.documents) document(s), \(summary.events) event mention(s), \(summary.failures.count) failure(s)\n")
    if !summary.failures.isEmpty { throw ExitCode.failure }
}
