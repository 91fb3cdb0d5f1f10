import ArgumentParser
import NewsEvents

extension RulesCommand {
    /// `newsevents rules coverage`: how often each rule fired over some articles, and the rules that never did.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rules over articles and list how often each fired and in how many sentences it was tried (its words were present), then the rules that never fired.",
            discussion: "Example: newsevents rules coverage corpus/ --rules my-rules/")

        @Argument(help: "Files, folders, JSONL dumps, or '-' for standard input.")
        var inputs: [String] = []

        @OptionGroup var options: PipelineOptions

        func run() throws {
            let pipeline = try options.loadPipeline()
            var coverage = RuleCoverage(pipeline: pipeline)
            let runner = options.runner(pipeline)
            let summary = try runner.run(arguments: inputs) { item in
                switch item {
                case .document(let document):
                    Output.warn(about: document.source)
                    coverage.add(document)
                case .failure(let failure): Output.report(failure)
                }
            }
            var lines = ["\(coverage.documents) document(s), \(coverage.sentences) sentence(s)", "", "count  tried  rule  (file:line)"]
            for (rule, count, tried) in coverage.table where count > 0 {
                lines.append("\(count)  \(tried)  \(rule.id)  (\(rule.file):\(rule.line))")
            }
            let never = coverage.neverFired
            lines.append("")
            lines.append("never fired: \(never.count) of \(coverage.table.count) rule(s)")
            for rule in never { lines.append("  \(rule.id)  (\(rule.file):\(rule.line)), tried in \(coverage.tried[rule.id] ?? 0) sentence(s)") }
            let output = try Output(path: nil)
            try output.write(lines.joined(separator: "\n") + "\n")
            try output.finish()
            if !summary.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
