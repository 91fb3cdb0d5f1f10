/// Expands command-line arguments into the ordered list of inputs of a run.
///
/// - A file argument is one input; a folder is walked recursively, entries in byte-wise sorted order, hidden
///   entries (leading `.`) skipped, each directory visited once (symbolic link loops end).
/// - `-` is standard input; with no arguments, standard input is read when it is not a terminal.
/// - A path that does not exist gives an ``InputFailure`` ("no such file or directory"); the others are kept.
///
/// ```swift
/// let collected = InputCollector().collect(["corpus/", "-", "extra.html"])
/// collected.inputs     // [.file("corpus/a.txt"), .file("corpus/b/c.jsonl"), .standardInput, .file("extra.html")]
/// collected.failures   // []
/// ```
public struct InputCollector: Sendable {
    /// Whether standard input is a terminal; `nil` asks the system (`isatty(0)`).
    public var standardInputIsTerminal: Bool?

    public init(standardInputIsTerminal: Bool? = nil) {
        self.standardInputIsTerminal = standardInputIsTerminal
    }

    /// The inputs of `arguments` in order, and the arguments that could not be used.
    public func collect(_ arguments: [String]) -> CollectedInputs {
        var collection = CollectedInputs()
        if arguments.isEmpty {
            if !(standardInputIsTerminal ?? IngestFileSystem.standardInputIsTerminal()) {
                collection.inputs.append(.standardInput)
            }
            return collection
        }
        var walk = FolderWalk()
        for argument in arguments {
            if argument == "-" {
                collection.inputs.append(.standardInput)
            } else {
                walk.add(argument, explicit: true, to: &collection)
            }
        }
        return collection
    }
}

/// What ``InputCollector`` found: the inputs and the arguments that could not be used, each in argument order.
///
/// ```swift
/// let collected = InputCollector().collect(["a.txt", "missing.txt"])
/// collected.inputs     // [.file("a.txt")]
/// collected.failures   // [InputFailure(input: "missing.txt", reason: "no such file or directory")]
/// ```
public struct CollectedInputs: Sendable, Hashable {
    public var inputs: [Input] = []
    public var failures: [InputFailure] = []

    public init(inputs: [Input] = [], failures: [InputFailure] = []) {
        self.inputs = inputs
        self.failures = failures
    }
}

/// The recursive part of ``InputCollector``: remembers the directories seen so loops end.
struct FolderWalk {
    private var visited: Set<IngestFileSystem.FileIdentity> = []

    /// Adds `path` (and, for a folder, everything under it) to `collection`. Explicit arguments are
    /// taken whatever their kind; inside folders only regular files are taken.
    mutating func add(_ path: String, explicit: Bool, to collection: inout CollectedInputs) {
        switch IngestFileSystem.entry(at: path) {
        case .failure(let error):
            collection.failures.append(InputFailure(input: path, reason: error.message))
        case .success(.directory(let identity)):
            guard visited.insert(identity).inserted else { return }
            addContents(of: path, to: &collection)
        case .success(.file):
            collection.inputs.append(.file(path))
        case .success(.other):
            if explicit { collection.inputs.append(.file(path)) }
        }
    }

    /// Name patterns of `.newseventsignore` files in the folders being walked, innermost last.
    private var ignored: [IgnorePatterns] = []

    private mutating func addContents(of folder: String, to collection: inout CollectedInputs) {
        switch IngestFileSystem.listing(ofDirectory: folder) {
        case .failure(let error):
            collection.failures.append(InputFailure(input: folder, reason: error.message))
        case .success(let entries):
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            let local = IgnorePatterns.load(folder: prefix)
            if let local { ignored.append(local) }
            for entry in entries where !entry.name.hasPrefix(".") && !ignored.contains(where: { $0.matches(entry.name) }) {
                if entry.isRegularFile {
                    // What `stat` would say of it (a link or an unknown type is asked about).
                    collection.inputs.append(.file(prefix + entry.name))
                } else {
                    add(prefix + entry.name, explicit: false, to: &collection)
                }
            }
            if local != nil { ignored.removeLast() }
        }
    }
}
