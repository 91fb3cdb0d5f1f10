import ArgumentParser
import NewsEvents

/// Options every command that reads articles shares: the anchor date, extra rule folders, parallelism, and
/// the limits that keep a hostile or broken input from taking the machine.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Publication date for inputs that carry none (the last resort for relative dates).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("A folder of rules that replaces or extends the bundled ones (repeatable).", valueName: "DIR"))
    var rules: [String] = []

    @Option(name: .long, help: "Documents analysed in parallel (default: the number of cores).")
    var jobs: Int = Processors.count

    @Option(name: .customLong("max-document-bytes"), help: ArgumentHelp(
        "Refuse a document (a file, standard input, one JSONL line) larger than N bytes (default 256 MiB); "
            + "a document over 1 MiB is analysed in sections of about 1 MiB cut at paragraph breaks.", valueName: "N"))
    var maxDocumentBytes: Int = ReadLimits.defaultDocumentBytes

    @Option(name: .customLong("max-html-depth"), help: ArgumentHelp(
        "Refuse an HTML page whose elements nest deeper than N.", valueName: "N"))
    var maxHTMLDepth: Int = HTMLTree.maximumDepth

    @Option(name: .customLong("max-sentence-tokens"), help: ArgumentHelp(
        "Cut a sentence longer than N tokens into pieces (rules never see longer ones).", valueName: "N"))
    var maxSentenceTokens: Int = SentenceSplitter.defaultMaxTokens

    func validate() throws {
        if let date, SimpleDate(iso: date) == nil || date.count != 10 {
            throw ValidationError("invalid --date '\(date)': expected a calendar date as YYYY-MM-DD, e.g. --date 2019-11-22")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1, e.g. --max-document-bytes 100000000") }
        if maxHTMLDepth < 1 { throw ValidationError("--max-html-depth must be at least 1, e.g. --max-html-depth 10000") }
        if maxSentenceTokens < 1 { throw ValidationError("--max-sentence-tokens must be at least 1, e.g. --max-sentence-tokens 500") }
        for folder in rules where !FileSystem.isDirectory(folder) {
            throw ValidationError("--rules '\(folder)': no such folder")
        }
    }

    var defaultDate: SimpleDate? { date.flatMap { SimpleDate(iso: $0) } }

    var readLimits: ReadLimits { ReadLimits(maximumDocumentBytes: maxDocumentBytes, maximumHTMLDepth: maxHTMLDepth) }

    /// The batch runner of a command: these options' jobs, date and limits around `pipeline`, which its workers
    /// share (measured on 2 cores, a second pipeline loaded for the second worker made `extract --jobs 2` slower,
    /// 1.28-1.65 s against 1.14-1.39 s over the Reuters JSONL, and took 10 MB more, once the hot loops stopped
    /// retaining shared tables).
    func runner(_ pipeline: Pipeline?) -> BatchRunner {
        BatchRunner(pipeline: pipeline, jobs: jobs, defaultDate: defaultDate, limits: readLimits)
    }

    /// Loads the bundled rules and the `--rules` folders; problems in rule files are fatal here
    /// (`newsevents rules check` lists them all).
    /// `onlyEvents`: the command reads only the events (see ``Pipeline/eventGate``).
    /// The pipeline is kept until the process exits (``KeptUntilExit``): its tables are never freed one by one.
    func loadPipeline(through last: Pipeline.Layer = .events, onlyEvents: Bool = false) throws -> Pipeline {
        let pipeline = Pipeline(knowledge: try KnowledgeLoader.load(extra: rules, through: last, threads: jobs), through: last,
                                maximumSentenceTokens: maxSentenceTokens, onlyEvents: onlyEvents)
        KeptUntilExit.keep(pipeline)
        return pipeline
    }
}

/// Loads knowledge for commands, turning rule-file errors into one clear failure.
enum KnowledgeLoader {
    static func bundledDirectory() throws -> String {
        guard let directory = RulesLocator.bundled() else {
            throw ValidationError("cannot find the bundled rules folder: set NEWSEVENTS_RULES to the project's rules/ folder")
        }
        return directory
    }

    /// The rule folders to load, in order: the bundled one (unless `bundled` is false), then `extra`.
    static func directories(extra: [String], bundled: Bool = true) throws -> [String] {
        (bundled ? [try bundledDirectory()] : []) + extra
    }

    /// `threads`: the rules may compile on a second thread while the rest loads (`--jobs` above 1).
    static func load(extra: [String], bundled: Bool = true, through last: Pipeline.Layer = .events,
                     threads: Int = 1) throws -> Knowledge {
        let directories = try self.directories(extra: extra, bundled: bundled)
        let (knowledge, problems) = Knowledge.load(directories: directories, through: last, threads: threads)
        let errors = problems.filter { $0.severity == .error }
        for problem in problems { Output.standardError(problem.description + "\n") }
        if !errors.isEmpty {
            throw CommandFailure(message: "\(errors.count) error(s) in the rule files; run 'newsevents rules check' for the list")
        }
        return knowledge
    }
}

/// A failure that ends a command with exit status 1 after printing `newsevents: error: MESSAGE`.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

enum Processors {
    static var count: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
