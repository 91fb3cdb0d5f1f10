/// Every event and suppression rule loaded from `.rules` files, compiled and checked.
///
/// Rules load from one or more folders in order: the bundled `rules/events`, then each `--rules DIR`.
/// A rule whose id (`FILE-STEM/NAME`) is already loaded replaces it; any other rule is added.
/// ```swift
/// let (rules, problems) = RuleSet.load(directories: ["rules/events"])
/// rules.rules.count
/// ```
public struct RuleSet: Sendable {
    /// The fourteen types of `ANNOTATION.md`; rule files may declare more with `type NAME`.
    public static let standardTypes = [
        "grant", "denial", "request", "extension", "revocation", "blacklisting", "delisting", "letter",
        "restriction", "relief", "rule", "penalty", "investigation", "agreement",
    ]
    /// Role names a capture may carry.
    public static let captureNames = ["trigger", "agent", "recipient", "target", "object", "duration", "date", "ordinal", "amount"]

    public var rules: [Rule] = [] { didSet { selection = nil } }
    public var classes: [String: Set<String>] = [:] { didSet { selection = nil } }
    public var definitions: [String: Pattern] = [:]
    public var types: [String] = RuleSet.standardTypes
    /// The selector of these rules when made in advance (``prepareSelection()``), which the events stage then
    /// takes instead of making it; a change to ``rules`` or ``classes`` drops it.
    private(set) var selection: RuleSelector? = nil

    public init() {}

    /// Makes the rule selector now (``RuleSelector/init(rules:)`` takes it): ``Knowledge`` does so on the
    /// thread that compiles the rules, while the rest loads.
    mutating func prepareSelection() {
        selection = RuleSelector(building: self)
    }

    /// Loads every `*.rules` file below each folder (sorted, recursively).
    public static func load(directories: [String]) -> (RuleSet, [Diagnostic]) {
        var files: [(path: String, text: String)] = []
        var problems: [Diagnostic] = []
        for directory in directories {
            for path in RuleSet.ruleFiles(in: directory) {
                do {
                    files.append((path, try FileSystem.readText(path: path)))
                } catch {
                    problems.append(Diagnostic(file: path, message: "cannot read: \(error)"))
                }
            }
        }
        let (set, more) = compile(files: files)
        return (set, problems + more)
    }

    /// `*.rules` files below a folder, sorted.
    static func ruleFiles(in directory: String) -> [String] {
        guard let names = try? FileSystem.listDirectory(directory) else { return [] }
        var result: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            if FileSystem.isDirectory(path) {
                result += ruleFiles(in: path)
            } else if name.hasSuffix(".rules") {
                result.append(path)
            }
        }
        return result
    }

    /// Compiles rule files given as text (used by `load` and by tests).
    public static func compile(files: [(path: String, text: String)]) -> (RuleSet, [Diagnostic]) {
        var set = RuleSet()
        var problems: [Diagnostic] = []
        let parsed = files.map { RuleFileParser(path: $0.path, text: $0.text) }
        var classLines: [String: String] = [:]
        var classes: [String: Set<String>] = [:]
        for file in parsed {
            problems += file.diagnostics
            for raw in file.classes {
                if let previous = classLines[raw.name], previous.hasPrefix(file.path + ":") {
                    problems.append(Diagnostic(file: file.path, line: raw.line, column: 7,
                                               message: "class '\(raw.name)' is already defined at \(previous)"))
                    continue
                }
                classLines[raw.name] = "\(file.path):\(raw.line)"
                classes[raw.name] = Set(raw.words)
            }
            for type in file.declaredTypes where !set.types.contains(type) { set.types.append(type) }
            for raw in file.definitions {
                var parser = PatternParser(text: raw.pattern)
                do {
                    set.definitions[raw.name] = try parser.parse()
                } catch let failure as PatternParser.Failure {
                    problems.append(Diagnostic(file: file.path, line: raw.line, column: raw.column + failure.offset,
                                               message: failure.message))
                } catch {}
            }
        }
        // Mention classes that rules produce (`mention: party`), usable as `@party` in any rule file.
        let produced = Set(parsed.flatMap { $0.rules.flatMap { $0.properties.filter { $0.key == "mention" }.map(\.value) } })
        set.classes = classes
        let definitions = RuleSet.expandedOnce(set.definitions)
        var compiler = PatternCompiler(classes: set.classes, definitions: definitions)
        let mentionClasses = MentionClass.builtIn + produced.sorted()
        var positionOfID: [String: Int] = [:]
        var rules: [Rule] = []
        for file in parsed {
            let stem = RuleSet.stem(of: file.path)
            for raw in file.rules {
                var builder = RuleBuilder(file: file.path, stem: stem, raw: raw, classes: set.classes, types: set.types,
                                          definitions: definitions, mentionClasses: mentionClasses)
                let rule = builder.build(compiler: &compiler)
                problems += builder.diagnostics
                guard let rule else { continue }
                if let existing = positionOfID[rule.id] {
                    rules[existing] = rule
                } else {
                    positionOfID[rule.id] = rules.count
                    rules.append(rule)
                }
            }
        }
        set.rules = rules
        return (set, problems)
    }

    /// Each definition with the definitions it refers to expanded, as a rule's `%NAME` expands it (a rule's
    /// reference enters a definition one level deep), so expanding a rule's pattern stops at its own
    /// references. When some definition fails to expand, all stay as written, so rules using them fail as
    /// they would.
    static func expandedOnce(_ definitions: [String: Pattern]) -> [String: Pattern] {
        var result = definitions
        for (name, definition) in definitions {
            guard let expanded = try? definition.expanded(definitions, depth: 1) else { return definitions }
            result[name] = expanded
        }
        return result
    }

    /// `rules/events/grant.rules` -> `grant`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".rules") ? String(name.dropLast(6)) : name
    }
}

/// Checks and compiles one raw rule, collecting diagnostics.
struct RuleBuilder {
    let file: String
    let stem: String
    let raw: RuleFileParser.RawRule
    let classes: [String: Set<String>]
    let types: [String]
    let definitions: [String: Pattern]
    /// The `@name` classes patterns may use: the built-in ones and those rules produce.
    let mentionClasses: [String]
    var diagnostics: [Diagnostic] = []

    init(file: String, stem: String, raw: RuleFileParser.RawRule, classes: [String: Set<String>], types: [String],
         definitions: [String: Pattern], mentionClasses: [String] = MentionClass.builtIn) {
        self.file = file
        self.stem = stem
        self.raw = raw
        self.classes = classes
        self.types = types
        self.definitions = definitions
        self.mentionClasses = mentionClasses
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    /// `compiler`: the rule set's pattern compiler (it must know ``classes``), shared so that rules reuse each
    /// other's compiled token tests.
    mutating func build(compiler: inout PatternCompiler) -> Rule? {
        var type: String? = nil
        var priority = 0
        var status: EventStatus? = nil
        var action = Rule.Action.event
        var patterns: [Pattern] = []
        var patternTexts: [String] = []
        var programs: [Program] = []
        var examples: [RuleExample] = []
        let before = diagnostics.count
        for property in raw.properties {
            switch property.key {
            case "type":
                if types.contains(property.value) {
                    type = property.value
                } else {
                    error(property.line, property.column, "unknown event type '\(property.value)'"
                        + Suggestion.didYouMean(property.value, among: types) + "; declare new types with 'type NAME'")
                }
            case "priority":
                if let value = Int(property.value) { priority = value } else {
                    error(property.line, property.column, "priority must be a whole number")
                }
            case "status":
                if let value = EventStatus(rawValue: property.value) { status = value } else {
                    error(property.line, property.column, "unknown status '\(property.value)'"
                        + Suggestion.didYouMean(property.value, among: EventStatus.allCases.map(\.rawValue)))
                }
            case "action":
                switch property.value {
                case "event": action = .event
                case "suppress": action = .suppress
                default:
                    error(property.line, property.column, "unknown action '\(property.value)' (event or suppress"
                        + "; a rule that makes mentions says 'mention: NAME')" + Suggestion.didYouMean(property.value, among: ["event", "suppress"]))
                }
            case "mention":
                let name = property.value
                if name.isEmpty || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                    error(property.line, property.column, "a mention class is one word of letters, digits, '-' or '_', as in 'mention: party'")
                } else if MentionClass.builtIn.contains(name) {
                    error(property.line, property.column, "'@\(name)' is a built-in mention class: choose another name")
                } else {
                    action = .mention(name)
                }
            case "pattern":
                if let (pattern, program) = compilePattern(property.value, line: property.line, column: property.column,
                                                           compiler: &compiler) {
                    patterns.append(pattern)
                    patternTexts.append(property.value)
                    programs.append(program)
                }
            case "example", "counter":
                if let example = parseExample(property.value, positive: property.key == "example",
                                              line: property.line, column: property.column) {
                    examples.append(example)
                }
            default:
                break
            }
        }
        if patterns.isEmpty && diagnostics.count == before {
            error(raw.line, 1, "rule '\(raw.name)' has no pattern")
        }
        if action == .event && type == nil && diagnostics.count == before {
            error(raw.line, 1, "rule '\(raw.name)' has no type (add 'type: grant', 'action: suppress' or 'mention: NAME')")
        }
        if case .mention = action, type != nil, diagnostics.count == before {
            error(raw.line, 1, "rule '\(raw.name)' makes mentions: it takes no 'type:'")
        }
        if action == .event {
            // A program's capture names are its pattern's.
            for (index, program) in programs.enumerated() where !program.captureNames.contains("trigger") {
                let property = raw.properties.filter { $0.key == "pattern" }[index]
                error(property.line, property.column, "an event pattern needs a 'trigger:' capture naming the word that states the event")
            }
        }
        if !examples.contains(where: \.positive) && diagnostics.count == before {
            error(raw.line, 1, "rule '\(raw.name)' carries no 'example:' sentence it must match")
        }
        if !examples.contains(where: { !$0.positive }) && diagnostics.count == before {
            error(raw.line, 1, "rule '\(raw.name)' carries no 'counter:' sentence it must not match")
        }
        guard diagnostics.count == before else { return nil }
        var rule = Rule(
            id: stem + "/" + raw.name, name: raw.name, file: file, line: raw.line, action: action,
            type: type ?? RuleBuilder.typeName(of: action), priority: priority, status: status, patterns: patterns, programs: programs,
            examples: examples)
        rule.patternTexts = patternTexts
        if action == .event {
            var words: Set<String>? = []
            for pattern in patterns {
                guard let found = TriggerWords.of(pattern, classes: classes) else { words = nil; break }
                words?.formUnion(found)
            }
            rule.triggerWords = words
        }
        return rule
    }

    /// What a rule that makes no event shows as its type: `suppress`, `mention`.
    static func typeName(of action: Rule.Action) -> String {
        switch action {
        case .event, .suppress: return "suppress"
        case .mention: return "mention"
        }
    }

    private mutating func compilePattern(_ text: String, line: Int, column: Int,
                                         compiler: inout PatternCompiler) -> (Pattern, Program)? {
        var parser = PatternParser(text: text)
        let written: Pattern, pattern: Pattern
        do {
            written = try parser.parse()
            pattern = try written.expanded(definitions)
        } catch let failure as PatternParser.Failure {
            error(line, column + failure.offset, failure.message)
            return nil
        } catch let failure as Pattern.ExpansionFailure {
            error(line, column + offset(of: "%" + failure.name, in: text), failure.message)
            return nil
        } catch {
            return nil
        }
        let captureNames = pattern.captureNames
        for name in captureNames where !RuleSet.captureNames.contains(name) {
            error(line, column + offset(of: name + ":", in: text), "unknown role '\(name)'"
                + Suggestion.didYouMean(name, among: RuleSet.captureNames))
            return nil
        }
        for name in mentionNames(pattern) where !mentionClasses.contains(name) {
            error(line, column + offset(of: "@" + name, in: text), "unknown mention class '@\(name)'"
                + Suggestion.didYouMean(name, among: mentionClasses) + "; rules make new ones with 'mention: NAME'")
            return nil
        }
        do {
            // The written pattern: the compiler reuses what it compiled of each definition before.
            return (pattern, try compiler.compile(written, captureNames: captureNames))
        } catch let failure as PatternCompiler.Failure {
            error(line, column, failure.message)
            return nil
        } catch {
            return nil
        }
    }

    private func mentionNames(_ pattern: Pattern) -> [String] {
        var names: [String] = []
        func walk(_ pattern: Pattern) {
            switch pattern {
            case .mention(let name): names.append(name)
            case .sequence(let items), .alternation(let items): items.forEach(walk)
            case .repetition(let inner, _, _), .capture(_, let inner): walk(inner)
            default: break
            }
        }
        walk(pattern)
        return names
    }

    private func offset(of needle: String, in text: String) -> Int {
        let haystack = Array(text), pattern = Array(needle)
        guard pattern.count <= haystack.count else { return 0 }
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            return start
        }
        return 0
    }

    /// `"sentence" key=value key="two words" ...`
    private mutating func parseExample(_ text: String, positive: Bool, line: Int, column: Int) -> RuleExample? {
        let chars = PatternCharacters(text)
        var i = 0
        func readValue() -> String? {
            if i < chars.count, chars[i] == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { j += 1 }
                guard j < chars.count else { return nil }
                let value = chars.string((i + 1)..<j)
                i = j + 1
                return value
            }
            let start = i
            while i < chars.count, chars[i] != " " { i += 1 }
            return chars.string(start..<i)
        }
        guard chars.count > 0, chars[0] == "\"", let sentence = readValue(), !sentence.isEmpty else {
            error(line, column, "an example starts with the sentence in double quotes")
            return nil
        }
        var expectations: [String: String] = [:]
        var published: SimpleDate? = nil
        let keys = ["agent", "recipient", "target", "object", "duration", "date", "status"]
        while i < chars.count {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            let keyStart = i
            while i < chars.count, chars[i] != "=", chars[i] != " " { i += 1 }
            let key = chars.string(keyStart..<i)
            guard i < chars.count, chars[i] == "=" else {
                error(line, column + keyStart, "expected key=value after the sentence")
                return nil
            }
            i += 1
            guard let value = readValue() else {
                error(line, column + keyStart, "unterminated quoted value for '\(key)'")
                return nil
            }
            if key == "dct" {
                guard let date = SimpleDate(iso: value) else {
                    error(line, column + keyStart, "dct must be a date YYYY-MM-DD")
                    return nil
                }
                published = date
            } else if keys.contains(key) {
                expectations[key] = value
            } else {
                error(line, column + keyStart, "unknown example key '\(key)'" + Suggestion.didYouMean(key, among: keys + ["dct"]))
                return nil
            }
        }
        if !positive && !expectations.isEmpty {
            error(line, column, "a counter example only gives a sentence the rule must not match")
            return nil
        }
        return RuleExample(sentence: sentence, positive: positive, expectations: expectations, published: published,
                           line: line, column: column)
    }
}
