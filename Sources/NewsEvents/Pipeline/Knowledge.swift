import Dispatch

/// Everything the pipeline knows, loaded from rule folders: text resources, temporal vocabularies and
/// patterns, actor lexicons, status cues, role cues, dating cues and event rules.
///
/// A rule folder holds `text/`, `time/`, `lexicons/`, `status/`, `roles/`, `dates/` and `events/`. Folders load in
/// order, the bundled one first: event rules of a later folder replace rules with the same id and add the
/// others; lexicon entries add to the lexicons; a later folder's `text/`, `time/`, `status/`, `roles/` or `dates/`
/// replaces the earlier one. A folder with `*.rules` files but none of these subfolders is read as an `events/` folder.
/// ```swift
/// let (knowledge, problems) = Knowledge.load(directories: [RulesLocator.bundled()!])
/// let pipeline = Pipeline(knowledge: knowledge)
/// ```
public struct Knowledge: Sendable {
    public var text: TextResources
    public var time: TimeResources
    public var lexicon: Lexicon
    public var cues: StatusCues
    public var roleCues: RoleCues
    public var datingCues: DatingCues
    public var rules: RuleSet
    /// How many threads a ``Pipeline`` may use to make its stages from this knowledge: those it was loaded
    /// with (``load(directories:through:threads:)``), 1 unless set.
    public var threads = 1

    public init(text: TextResources, time: TimeResources, lexicon: Lexicon, cues: StatusCues,
                roleCues: RoleCues = RoleCues(), datingCues: DatingCues = DatingCues(), rules: RuleSet) {
        self.text = text
        self.time = time
        self.lexicon = lexicon
        self.cues = cues
        self.roleCues = roleCues
        self.datingCues = datingCues
        self.rules = rules
    }

    /// The same knowledge with the `[needs-agent]` policy off (``RoleCues/needsAgent``): for rule examples and
    /// explanations, which read one sentence's events without a story to name the authority.
    public var withoutAgentPolicy: Knowledge {
        var knowledge = self
        knowledge.roleCues.needsAgent = []
        return knowledge
    }

    /// Loads the rules folders (later ones replace or extend earlier ones); `layer` leaves out what the layers
    /// after it need (`.time`: no lexicons, status cues or event rules). `threads` > 1 compiles the event rules
    /// and reads the lexicons on threads of their own while the rest loads (the same knowledge and problems, in
    /// the same order), and makes the rules' selector there (``RuleSet/prepareSelection()``).
    public static func load(directories: [String], through layer: Pipeline.Layer = .events,
                            threads: Int = 1) -> (Knowledge, [Diagnostic]) {
        let eventDirectories = directories.map { directory -> String in
            FileSystem.isDirectory(directory + "/events") ? directory + "/events" : directory
        }
        var problems: [Diagnostic] = []
        func last(_ sub: String) -> String? {
            directories.last { FileSystem.isDirectory($0 + "/" + sub) }.map { $0 + "/" + sub }
        }
        guard let textDirectory = last("text") else {
            let place = directories.joined(separator: ", ")
            return (Knowledge.empty, [Diagnostic(file: place, message: "no rules folder here has a text/ folder: is this a rules folder?")])
        }
        let needsLexicon = layer == .entities || layer == .events
        let lexiconDirectories = directories.map { $0 + "/lexicons" }.filter(FileSystem.isDirectory)
        // The two largest parts, each on a thread of its own when there are threads to spare.
        // The rule selector too, which the events stage would otherwise make after all has loaded.
        let compiling = layer == .events && threads > 1 ? BackgroundWork { () -> (RuleSet, [Diagnostic]) in
            var (rules, problems) = RuleSet.load(directories: eventDirectories)
            rules.prepareSelection()
            return (rules, problems)
        } : nil
        let reading = needsLexicon && threads > 1 ? BackgroundWork { Lexicon.load(directories: lexiconDirectories) } : nil
        let (text, textProblems) = TextResources.load(directory: textDirectory)
        problems += textProblems
        var time = TimeResources()
        if let directory = last("time") {
            let (loaded, more) = TimeResources.load(directory: directory)
            time = loaded
            problems += more
        }
        guard needsLexicon else {
            return (Knowledge(text: text, time: time, lexicon: Lexicon(), cues: StatusCues(), rules: RuleSet()), problems)
        }
        let (lexicon, lexiconProblems) = reading?.wait() ?? Lexicon.load(directories: lexiconDirectories)
        problems += lexiconProblems
        guard layer == .events else {
            return (Knowledge(text: text, time: time, lexicon: lexicon, cues: StatusCues(), rules: RuleSet()), problems)
        }
        var cues = StatusCues()
        if let directory = last("status") {
            let (loaded, more) = StatusCues.load(path: directory + "/cues.txt")
            cues = loaded
            problems += more
        }
        var roleCues = RoleCues()
        if let directory = last("roles") {
            let (loaded, more) = RoleCues.load(path: directory + "/roles.txt")
            roleCues = loaded
            problems += more
        }
        var datingCues = DatingCues()
        if let directory = last("dates") {
            let (loaded, more) = DatingCues.load(path: directory + "/dating.txt")
            datingCues = loaded
            problems += more
        }
        let (rules, ruleProblems) = compiling?.wait() ?? RuleSet.load(directories: eventDirectories)
        problems += ruleProblems
        problems += roleCues.unknownTypes(known: Set(rules.rules.map(\.type)), file: last("roles").map { $0 + "/roles.txt" } ?? "roles.txt")
        var knowledge = Knowledge(text: text, time: time, lexicon: lexicon, cues: cues, roleCues: roleCues,
                                  datingCues: datingCues, rules: rules)
        knowledge.threads = threads
        return (knowledge, problems)
    }

    static var empty: Knowledge {
        Knowledge(text: TextResources(), time: TimeResources(), lexicon: Lexicon(), cues: StatusCues(), rules: RuleSet())
    }
}

/// A value made on another thread while the caller does something else (``Knowledge/load(directories:through:threads:)``
/// compiles the event rules this way, ``Pipeline`` builds its event stage).
///
/// ```swift
/// let compiling = BackgroundWork { RuleSet.load(directories: ["rules/events"]) }
/// // ... load lexicons and cues ...
/// let (rules, problems) = compiling.wait()
/// ```
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private var result: Value? = nil
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.result = work() }
    }

    /// The value, once the thread is done.
    func wait() -> Value {
        done.wait()
        return result!
    }
}
