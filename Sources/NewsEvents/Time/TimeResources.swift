/// The time stage's knowledge, read from `rules/time/`: vocabularies (`*.txt`, one `[CLASS]` section per word
/// class), patterns with their examples (`*.patterns`), and the tense cues that decide whether a bare
/// weekday or month lies before or after the publication date (`[future]`/`[past]` sections of `tense.txt`).
///
/// ```swift
/// let (resources, problems) = TimeResources.load(directory: "rules/time")
/// let tagger = TemporalTagger(resources: resources)
/// ```
public struct TimeResources: Sendable {
    var classes: [String: TimeVocabularyClass] = [:]
    /// The classes in the order patterns refer to them (`TimePattern.Element.vocabulary`).
    var vocabularies: [TimeVocabularyClass] = []
    /// Classes the built-in classes read, looked up once.
    var numberWords: TimeVocabularyClass? = nil
    var ordinalWords: TimeVocabularyClass? = nil
    var decadeWords: TimeVocabularyClass? = nil
    var centuryWords: TimeVocabularyClass? = nil
    var patterns: [TimePattern] = []
    /// Multi-word tense cues, each a sequence of lower-cased tokens, by their last word.
    var futureCues: [String: [[String]]] = [:]
    var pastCues: [String: [[String]]] = [:]
    /// Word endings that mark a past form (`ed`).
    var pastSuffixes: [String] = []
    /// Words with such an ending that are no past forms (`succeed`, `hundred`).
    var notPast: Set<String> = []
    /// Words after which such a form is a participle (`be`: "will be decided").
    var participleAfter: Set<String> = []
    /// Words before a number that make it no date (`$`, `no.`).
    var leftBlockers: Set<String> = []
    /// Words after a number that make it no date (`pct`, `jets`).
    var rightBlockers: Set<String> = []
    /// Words after a duration that make it no timex (`old`).
    var durationBlockers: Set<String> = []
    /// Words before a decade that make it an age ("in his 30s").
    var decadeBlockers: Set<String> = []
    /// Words of quarterly reports: with them, "a year earlier" means the same quarter a year before.
    var reportWords: Set<String> = []
    /// Pattern indices by the words that can start them.
    var triggers: [String: [Int]] = [:]
    /// Patterns that can start with a digit piece.
    var digitTriggers: [Int] = []
    /// Where the resources were read from (to find `../text` for the examples).
    var directory: String = ""

    public init() {}

    /// Number of patterns loaded.
    public var patternCount: Int { patterns.count }
    /// Number of examples and counter-examples the patterns carry.
    public var exampleCount: Int { patterns.reduce(0) { $0 + $1.examples.count } }

    /// Loads every `*.txt` vocabulary and `*.patterns` file of a folder.
    public static func load(directory: String) -> (TimeResources, [Diagnostic]) {
        var resources = TimeResources()
        resources.directory = directory
        var problems: [Diagnostic] = []
        let names: [String]
        do {
            names = try FileSystem.listDirectory(directory)
        } catch {
            return (resources, [Diagnostic(file: directory, message: "cannot read the time rules folder: \(error)")])
        }
        // Vocabularies first: patterns refer to their classes.
        for name in names where name.hasSuffix(".txt") {
            let path = directory + "/" + name
            let file = DataFile.load(path: path)
            problems += file.diagnostics
            if name == "tense.txt" || name == "context.txt" {
                resources.loadCues(file, problems: &problems)
            } else {
                resources.loadVocabulary(file, problems: &problems)
            }
        }
        for name in names where name.hasSuffix(".patterns") {
            let path = directory + "/" + name
            let text: String
            do { text = try FileSystem.readText(path: path) } catch {
                problems.append(Diagnostic(file: path, message: "cannot read: \(error)"))
                continue
            }
            resources.loadPatterns(path: path, text: text, problems: &problems)
        }
        resources.buildTriggers()
        return (resources, problems)
    }

    // MARK: vocabularies

    mutating func loadVocabulary(_ file: DataFile, problems: inout [Diagnostic]) {
        for entry in file.entries {
            let section = entry.section
            guard !section.isEmpty else {
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "vocabulary entry outside a [CLASS] section"))
                continue
            }
            guard isClassName(section) else {
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "class name '\(section)' must be upper case (A-Z, _)"))
                continue
            }
            if TimeBuiltinClass(rawValue: section) != nil, section != "NUMBER" {
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "'\(section)' is a built-in class and cannot be extended here"))
                continue
            }
            guard entry.fields.count >= 2 else {
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "expected 'VALUE form ...', found only '\(entry.fields.first ?? "")'"))
                continue
            }
            var vocabulary = classes[section] ?? TimeVocabularyClass(name: section)
            let value = entry.fields[0]
            for form in entry.fields.dropFirst() {
                var word = form.lowercased()
                var needsCapital = false
                if word.hasSuffix("!"), word.count > 1 {
                    needsCapital = true
                    word.removeLast()
                }
                let pieces = word.split(separator: "_").flatMap { part -> [String] in
                    // Hyphens are pieces of their own, as in the text.
                    var out: [String] = []
                    var current = ""
                    for ch in part {
                        if ch == "-" {
                            if !current.isEmpty { out.append(current) }
                            out.append("-")
                            current = ""
                        } else {
                            current.append(ch)
                        }
                    }
                    if !current.isEmpty { out.append(current) }
                    return out
                }
                guard let first = pieces.first else { continue }
                vocabulary.byFirst[first, default: []].append(
                    .init(value: value, pieces: pieces, needsCapital: needsCapital))
            }
            classes[section] = vocabulary
        }
    }

    mutating func loadCues(_ file: DataFile, problems: inout [Diagnostic]) {
        for entry in file.entries {
            let words = entry.fields.map { $0.lowercased() }
            switch entry.section {
            case "future", "past":
                let cue = words.flatMap { $0.split(separator: "_").map(String.init) }
                guard let last = cue.last else { continue }
                if entry.section == "future" {
                    futureCues[last, default: []].append(cue)
                } else {
                    pastCues[last, default: []].append(cue)
                }
            case "past-suffix": pastSuffixes += words
            case "not-past": notPast.formUnion(words)
            case "participle-after": participleAfter.formUnion(words)
            case "not-after": for word in words { leftBlockers.insert(word) }
            case "not-before": for word in words { rightBlockers.insert(word) }
            case "not-before-duration": durationBlockers.formUnion(words)
            case "not-after-decade": decadeBlockers.formUnion(words)
            case "report-words": for word in words { reportWords.insert(word) }
            default:
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "unknown section '\(entry.section)' (expected future, past, past-suffix, not-past, participle-after, not-after, not-before, not-before-duration, not-after-decade or report-words)"))
            }
        }
    }

    private func isClassName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        for byte in name.utf8 {
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if !(upper || digit || byte == UInt8(ascii: "_")) { return false }
        }
        return true
    }

    // MARK: patterns

    mutating func loadPatterns(path: String, text: String, problems: inout [Diagnostic]) {
        let file = DataFile(path: path, text: text)
        problems += file.diagnostics
        let lines = text.lines()
        for entry in file.entries {
            let raw = String(lines[entry.line - 1])
            switch entry.fields[0] {
            case "pattern":
                if let pattern = parsePattern(raw, path: path, line: entry.line, problems: &problems) {
                    patterns.append(pattern)
                }
            case "example", "counter":
                guard !patterns.isEmpty, patterns[patterns.count - 1].file == path else {
                    problems.append(Diagnostic(
                        file: path, line: entry.line, column: entry.column,
                        message: "\(entry.fields[0]) before any pattern"))
                    continue
                }
                if let example = parseExample(
                    raw, counter: entry.fields[0] == "counter", path: path, line: entry.line, problems: &problems)
                {
                    patterns[patterns.count - 1].examples.append(example)
                }
            default:
                problems.append(Diagnostic(
                    file: path, line: entry.line, column: entry.column,
                    message: "expected 'pattern', 'example' or 'counter', found '\(entry.fields[0])'"
                        + suggestion(entry.fields[0], among: ["pattern", "example", "counter"])))
            }
        }
    }

    /// Words of a line with their 1-based columns (comments removed).
    private func words(_ raw: String) -> [(String, Int)] {
        var raw = raw
        if let words = raw.withUTF8({ plainWords($0) }) { return words }
        var out: [(String, Int)] = []
        var current = ""
        var start = 0
        var column = 0
        for ch in raw {
            column += 1
            if ch == "#" { break }
            if ch == " " || ch == "\t" || ch == "\r" {
                if !current.isEmpty { out.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = column }
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append((current, start)) }
        return out
    }

    /// ``words(_:)`` of a line of printable ASCII and tabs, read byte by byte (each byte is one character); nil
    /// for any other line.
    private func plainWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [(String, Int)]? {
        guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\t") }) else { return nil }
        var out: [(String, Int)] = []
        var k = 0
        while k < bytes.count, bytes[k] != UInt8(ascii: "#") {
            if bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") {
                k += 1
                continue
            }
            let start = k
            while k < bytes.count, bytes[k] != UInt8(ascii: " "), bytes[k] != UInt8(ascii: "\t"), bytes[k] != UInt8(ascii: "#") {
                k += 1
            }
            out.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self), start + 1))
        }
        return out
    }

    private mutating func parsePattern(_ raw: String, path: String, line: Int, problems: inout [Diagnostic]) -> TimePattern? {
        let parts = words(raw)
        func fail(_ column: Int, _ message: String) -> TimePattern? {
            problems.append(Diagnostic(file: path, line: line, column: column, message: message))
            return nil
        }
        guard parts.count >= 6, parts[4].0 == "=" else {
            return fail(parts.first?.1 ?? 1, "expected 'pattern NAME TYPE FUNCTION = ELEMENTS...'")
        }
        let name = parts[1].0
        guard let type = TimexType(rawValue: parts[2].0) else {
            return fail(parts[2].1, "unknown type '\(parts[2].0)' (expected DATE, TIME, DURATION or SET)"
                + suggestion(parts[2].0, among: ["DATE", "TIME", "DURATION", "SET"]))
        }
        let functionText = parts[3].0
        var functionName = functionText
        var argument: String? = nil
        if let colon = functionText.firstIndex(of: ":") {
            functionName = String(functionText[..<colon])
            argument = String(functionText[functionText.index(after: colon)...])
        }
        guard let function = TimeFunction(rawValue: functionName) else {
            return fail(parts[3].1, "unknown function '\(functionName)'"
                + suggestion(functionName, among: TimeFunction.allCases.map(\.rawValue)))
        }
        let takesArgument: Set<TimeFunction> = [.const, .set, .dct, .reportquarter, .relative, .duration, .half, .date]
        if !takesArgument.contains(function), argument != nil {
            return fail(parts[3].1, "function '\(functionName)' takes no argument")
        }
        if function == .const, argument?.isEmpty ?? true {
            return fail(parts[3].1, "function 'const' needs a value: const:PRESENT_REF")
        }
        if function == .dct, let argument, Int(argument.split(separator: ":").first ?? "") == nil {
            return fail(parts[3].1, "function 'dct' takes a number of days: dct:-1")
        }
        var items: [TimePattern.Item] = []
        var inSpan = true
        var sawOpen = false
        var sawClose = false
        let hasBraces = parts.dropFirst(5).contains { $0.0 == "{" }
        if hasBraces { inSpan = false }
        for (word, column) in parts.dropFirst(5) {
            if word == "{" {
                if sawOpen { return fail(column, "second '{' in a pattern") }
                sawOpen = true
                inSpan = true
                continue
            }
            if word == "}" {
                if !sawOpen || sawClose { return fail(column, "'}' without '{'") }
                sawClose = true
                inSpan = false
                continue
            }
            var body = word
            var optional = false
            if body.count > 1, body.hasSuffix("?") {
                optional = true
                body.removeLast()
            }
            let element: TimePattern.Element
            var capture: String? = nil
            if isClassName(body) {
                if let builtin = TimeBuiltinClass(rawValue: body) {
                    element = .builtin(builtin)
                } else if let vocabulary = classes[body] {
                    if let index = vocabularies.firstIndex(where: { $0.name == body }) {
                        element = .vocabulary(index)
                    } else {
                        vocabularies.append(vocabulary)
                        element = .vocabulary(vocabularies.count - 1)
                    }
                } else {
                    let known = TimeBuiltinClass.allCases.map(\.rawValue) + classes.keys.sorted()
                    return fail(column, "unknown class '\(body)'" + suggestion(body, among: known))
                }
                capture = body
            } else if body.contains(where: { $0.isUppercase }) {
                return fail(column, "'\(body)' mixes cases: write classes in upper case and words in lower case")
            } else if body == "/" {
                element = .literal(["/"])
            } else {
                let alternatives = body.split(separator: "/").map(String.init)
                if alternatives.isEmpty || alternatives.contains(where: \.isEmpty) {
                    return fail(column, "empty alternative in '\(body)'")
                }
                element = .literal(Set(alternatives))
            }
            items.append(.init(element: element, optional: optional, inSpan: inSpan, capture: capture))
        }
        if sawOpen && !sawClose { return fail(parts.last!.1, "'{' without '}'") }
        guard items.contains(where: { $0.inSpan && !$0.optional }) else {
            return fail(parts[4].1, "pattern '\(name)' must have at least one required element inside its span")
        }
        return TimePattern(
            name: name, type: type, function: function, argument: argument, items: items, file: path, line: line)
    }

    private func parseExample(
        _ raw: String, counter: Bool, path: String, line: Int, problems: inout [Diagnostic]
    ) -> TimeExample? {
        func fail(_ column: Int, _ message: String) -> TimeExample? {
            problems.append(Diagnostic(file: path, line: line, column: column, message: message))
            return nil
        }
        let found = quotes(raw)
        guard let open = found.open else {
            return fail(1, "expected a quoted text: \(counter ? "counter \"No. 2\"" : "example \"Nov. 20\" @2019-11-22 => 2019-11-20")")
        }
        guard let closing = found.close else {
            return fail(open + 1, "unterminated quoted text")
        }
        let (close, text, after) = closing
        let rest = words(after)
        var reference: SimpleDate? = nil
        var value: String? = nil
        var type: TimexType? = nil
        var index = 0
        let offset = close + 1
        while index < rest.count {
            let (word, column) = rest[index]
            if word.hasPrefix("@") {
                guard let date = SimpleDate(iso: word.dropFirst()) else {
                    return fail(offset + column, "bad reference date '\(word)' (write @YYYY-MM-DD)")
                }
                reference = date
            } else if word == "=>" {
                guard !counter else { return fail(offset + column, "a counter-example has no expected value") }
                guard index + 1 < rest.count else { return fail(offset + column, "expected a value after '=>'") }
                value = rest[index + 1].0
                index += 1
                if index + 1 < rest.count {
                    guard let parsed = TimexType(rawValue: rest[index + 1].0) else {
                        return fail(offset + rest[index + 1].1, "unknown type '\(rest[index + 1].0)'")
                    }
                    type = parsed
                    index += 1
                }
            } else {
                return fail(offset + column, "unexpected '\(word)' (expected @YYYY-MM-DD or => VALUE)")
            }
            index += 1
        }
        if !counter && value == nil { return fail(1, "an example needs '=> VALUE'") }
        return TimeExample(
            text: text, reference: reference, value: value, type: type, file: path, line: line, column: open + 1)
    }

    /// Where the first two `"` of an example line are, as character offsets, with the text between them and the
    /// text after the second. An ASCII line is read by bytes (each is one character), any other by characters.
    private func quotes(_ raw: String) -> (open: Int?, close: (Int, String, String)?) {
        let quote = UInt8(ascii: "\"")
        if raw.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            let bytes = Array(raw.utf8)
            guard let open = bytes.firstIndex(of: quote) else { return (nil, nil) }
            guard let close = bytes[(open + 1)...].firstIndex(of: quote) else { return (open, nil) }
            return (open, (close, String(decoding: bytes[(open + 1)..<close], as: UTF8.self),
                           String(decoding: bytes[(close + 1)...], as: UTF8.self)))
        }
        let characters = Array(raw)
        guard let open = characters.firstIndex(of: "\"") else { return (nil, nil) }
        guard let close = characters[(open + 1)...].firstIndex(of: "\"") else { return (open, nil) }
        return (open, (close, String(characters[(open + 1)..<close]), String(characters[(close + 1)...])))
    }

    // MARK: triggers

    /// Indexes patterns by the pieces that can start them, so the tagger only tries patterns where one may begin.
    mutating func buildTriggers() {
        triggers = [:]
        digitTriggers = []
        numberWords = classes["NUMBER"]
        ordinalWords = classes["ORDINAL"]
        decadeWords = classes["DECADE_WORD"]
        centuryWords = classes["CENTURY_WORD"]
        for (index, pattern) in patterns.enumerated() {
            var digit = false
            var words = Set<String>()
            for item in pattern.items {
                switch item.element {
                case .literal(let set): words.formUnion(set)
                case .vocabulary(let index): words.formUnion(vocabularies[index].byFirst.keys)
                case .builtin(let builtin):
                    digit = true
                    switch builtin {
                    case .number: words.formUnion(classes["NUMBER"]?.byFirst.keys ?? [:].keys)
                    case .ordinal: words.formUnion(classes["ORDINAL"]?.byFirst.keys ?? [:].keys)
                    case .year:
                        words.formUnion(classes["CENTURY_WORD"]?.byFirst.keys ?? [:].keys)
                    case .decade:
                        words.insert("'")
                        words.formUnion(classes["DECADE_WORD"]?.byFirst.keys ?? [:].keys)
                    case .yy: words.insert("'")
                    default: break
                    }
                }
                if !item.optional { break }
            }
            for word in words { triggers[word, default: []].append(index) }
            if digit { digitTriggers.append(index) }
        }
    }
}

/// ` (did you mean 'x'?)` when a known name is close to the given one, else "".
func suggestion(_ word: String, among candidates: [String]) -> String {
    var best: (String, Int)? = nil
    for candidate in candidates {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        if distance <= max(1, min(word.count, candidate.count) / 3), best == nil || distance < best!.1 {
            best = (candidate, distance)
        }
    }
    return best.map { " (did you mean '\($0.0)'?)" } ?? ""
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var twoBack = Array(repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], twoBack[j - 2] + 1)
            }
        }
        twoBack = previous
        previous = current
    }
    return previous[b.count]
}
