import ArgumentParser
import NewsEvents

/// The `newsevents` command line: argument parsing and wiring only; the work is done by the library.
@main
struct NewsEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsevents",
        abstract: "Turn news articles into a timeline of dated regulatory events."
    )
}
