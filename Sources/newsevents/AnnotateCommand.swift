import ArgumentParser
import NewsEvents

/// `newsevents annotate`: every layer of the pipeline, one JSON line per document.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Write every layer the pipeline made (sentences, entities, temporal expressions, events) as JSON Lines.",
        discussion: "Offsets are Unicode code points, half-open, into the record's \"text\"."
    )

    @Argument(help: "Files, folders, JSONL dumps, or '-' for standard input.")
    var inputs: [String] = []

    @OptionGroup var options: PipelineOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("ingest-only"), help: ArgumentHelp(
        "Stop after reading the inputs: each record has the document's text and metadata, its layers empty "
            + "(for checking main-text extraction and publication dates)."))
    var ingestOnly = false

    @Option(name: .long, help: ArgumentHelp("Stop after this layer: text, time, entities or events (the default); the later layers stay empty.", valueName: "LAYER"))
    var through: Pipeline.Layer = .events

    func run() throws {
        let pipeline = ingestOnly ? nil : try options.loadPipeline(through: through)
        let runner = options.runner(pipeline)
        let out = try Output(path: output)
        let summary: BatchRunner.Summary
        do {
            summary = try runner.run(arguments: inputs) { item in
                switch item {
                case .document(let document):
                    Output.warn(about: document.source)
                    try out.write(AnnotationEncoder.encode(document) + "\n")
                case .failure(let failure):
                    Output.report(failure)
                }
            }
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
        try finish(summary)
    }
}

extension Pipeline.Layer: ExpressibleByArgument {}
