import ArgumentParser
import NewsEvents

/// `newsevents rules`: validate, test and list rule files.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate rule files, run the examples they carry, list what is loaded.",
        subcommands: [Check.self, Test.self, List.self, Coverage.self]
    )

    struct Location: ParsableArguments {
        @Argument(help: "A rules folder to read with the bundled rules (default: the bundled rules alone).")
        var directory: String?

        @Flag(name: .long, help: "Read DIR alone, without the bundled rules.")
        var only = false

        func validate() throws {
            if let directory, !FileSystem.isDirectory(directory) {
                throw ValidationError("'\(directory)': no such folder")
            }
        }

        var directories: [String] {
            get throws {
                let extra = directory.map { [$0] } ?? []
                if only, !extra.isEmpty { return extra }
                return [try KnowledgeLoader.bundledDirectory()] + extra
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate rule, lexicon and vocabulary files; print each problem as FILE:LINE:COL: message.")

        @OptionGroup var location: Location

        func run() throws {
            var (knowledge, problems) = Knowledge.load(directories: try location.directories)
            problems += LemmaCheck(lemmatizer: Lemmatizer(exceptions: knowledge.text.lemmaExceptions)).problems(in: knowledge.rules)
            for problem in problems { print(problem) }
            let errors = problems.filter { $0.severity == .error }.count
            print("\(knowledge.rules.rules.count) rules, \(knowledge.lexicon.entries.count) lexicon entries: "
                + "\(errors) error(s), \(problems.count - errors) warning(s)")
            if errors > 0 { throw ExitCode.failure }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every example and counter-example that rules carry; print each failure as FILE:LINE:COL.")

        @OptionGroup var location: Location

        @Option(name: .long, help: "Run only the rules whose id contains this text.")
        var filter: String?

        func run() throws {
            let knowledge = try KnowledgeLoader.load(extra: location.only ? [] : (location.directory.map { [$0] } ?? []),
                                                     bundled: !location.only || location.directory == nil)
            let pipeline = Pipeline(knowledge: knowledge)
            let ids = filter.map { text in Set(knowledge.rules.rules.map(\.id).filter { $0.contains(text) }) }
            let report = RuleExampleRunner(pipeline: pipeline).run(only: ids)
            let timeProblems = knowledge.time.runExamples(text: knowledge.text)
            let timeFailures = timeProblems.filter { $0.severity == .error }
            for problem in report.failures + timeProblems { print(problem) }
            let total = report.examples + knowledge.time.exampleCount
            let failed = report.failures.count + timeFailures.count
            print("\(total - failed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode.failure }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules, classes and lexicons loaded.")

        @OptionGroup var location: Location

        func run() throws {
            let (knowledge, _) = Knowledge.load(directories: try location.directories)
            for rule in knowledge.rules.rules {
                let action: String
                switch rule.action {
                case .event: action = rule.type
                case .suppress: action = "suppress"
                case .mention(let name): action = "mention @" + name
                }
                print("\(rule.id)\t\(action)\t\(rule.file):\(rule.line)\t\(rule.examples.count) example(s)")
            }
            print("\(knowledge.rules.rules.count) rules, \(knowledge.rules.classes.count) classes, "
                + "\(knowledge.rules.definitions.count) definitions, \(knowledge.lexicon.entries.count) lexicon entries")
        }
    }
}
