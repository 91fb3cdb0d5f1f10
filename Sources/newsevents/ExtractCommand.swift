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
        let out = try Output(path: output)
        // The documents' part is written as documents come (streamed), the events once all are in.
        var stream = TimelineStream(format: format)
        let summary: BatchRunner.Summary
        do {
            summary = try results(of: inputs, runner: runner) { document, events in
                stream.add(document: document, events: events)
                if stream.pendingCount >= 1 << 16 { try out.write(bytes: stream.takeBytes()) }
            } failure: { failure in
                stream.add(failure: failure)
            }
            try out.write(bytes: stream.finish())
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
    let summary = try results(of: inputs, runner: runner) { document, events in
        builder.add(document: document, events: events)
    } failure: { failure in
        builder.add(failure: failure)
    }
    return (builder.build(), summary)
}

/// Runs `runner` over the inputs for their events only, reporting each document's warnings and each failure on
/// standard error as they come, and handing each document's summary and events, or its failure, on in input order.
func results(of inputs: [String], runner: BatchRunner, document: (DocumentSummary, [Event]) throws -> Void,
             failure: (InputFailure) throws -> Void) throws -> BatchRunner.Summary {
    var runner = runner
    runner.keepsOnlyEvents = true
    return try runner.run(arguments: inputs) { item in
        switch item {
        case .document(let annotated):
            Output.warn(about: annotated.source)
            try document(DocumentSummary(annotated.source), annotated.events)
        case .failure(let inputFailure):
            Output.report(inputFailure)
            try failure(inputFailure)
        }
    }
}

/// Ends a command the contract's way: a summary on standard error, exit 1 when any input failed.
func finish(_ summary: BatchRunner.Summary) throws {
    Output.standardError("newsevents: \(summary.documents) document(s), \(summary.events) event mention(s), \(summary.failures.count) failure(s)\n")
    if !summary.failures.isEmpty { throw ExitCode.failure }
}
