import ArgumentParser
import NewsEvents

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `newsevents` command line: argument parsing and wiring only; the work is done by the library.
@main
struct NewsEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsevents",
        abstract: "Turn news articles into a timeline of dated regulatory events.",
        discussion: """
            Inputs are files, folders (walked recursively), JSONL dumps, or standard input ('-').
            Exit status: 0 when every input was processed, 1 when some input failed (each failure is
            reported on standard error, the rest is still processed), 2 for a usage error.
            """,
        subcommands: [ExtractCommand.self, AnnotateCommand.self, ExplainCommand.self, EvalCommand.self, RulesCommand.self],
        defaultSubcommand: ExtractCommand.self
    )

    /// Runs the command; usage errors exit with status 2 as the contract says (ArgumentParser's default is 64).
    static func main() {
        // A closed pipe or a file-size limit must end the run with a clear error (EPIPE, EFBIG from write),
        // not kill it by signal.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Output.standardError("newsevents: error: \(failure.message)\n")
            Glibc.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure || error is ExitCode {
                exit(withError: error)
            }
            Output.standardError(fullMessage(for: error) + "\n")
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
