/// Reads one lexicon file: an entry is a header line at the left margin followed by indented `key: value` lines.
///
/// ```
/// us.commerce | government | U.S. Department of Commerce
///   alias: Commerce Department | Department of Commerce | DOC
///   alias: Commerce {standalone, not-initial}      # flags in braces
///   office: Commerce Secretary @ 1981-01-20..1987-07-25   # dates after `@`
///   descriptor: department
///   country: us
///   valid: 1913-03-04..
/// ```
/// Keys: `alias`, `office`, `demonym`, `capital` (lists separated by `|`, each item with optional `{flags}` and
/// `@ FROM..TO` at the end of the line, which dates every item of the line), `descriptor` (list), `country`, `valid`, `flags` (for every alias of the entry), `note`.
/// Every problem is a diagnostic at `FILE:LINE:COL`; a broken line is skipped, the rest is kept.
enum LexiconParser {
    static let keys = ["alias", "office", "demonym", "capital", "descriptor", "country", "valid", "flags", "note"]

    static func parse(path: String, text: String) -> ([LexiconEntry], [Diagnostic]) {
        var entries: [LexiconEntry] = []
        var diagnostics: [Diagnostic] = []
        var current: LexiconEntry?
        var entryFlags: LexiconAlias.Flags = []
        func error(_ line: Int, _ column: Int, _ message: String, _ severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(file: path, line: line, column: column, severity: severity, message: message))
        }
        func close() {
            guard var entry = current else { return }
            if !entryFlags.isEmpty {
                for i in entry.aliases.indices { entry.aliases[i].flags.formUnion(entryFlags) }
            }
            entries.append(entry)
            current = nil
            entryFlags = []
        }
        var lineNumber = 0
        for rawLine in text.lines() {
            lineNumber += 1
            let line = Array(stripComment(rawLine).unicodeScalars)
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            guard line.dropFirst(indent).contains(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { continue }
            if indent == 0 {
                close()
                let fields = splitFields(line, from: 0)
                guard fields.count == 3 else {
                    error(lineNumber, 1, "expected 'id | type | canonical name', found \(fields.count) field(s)")
                    continue
                }
                let (id, type, name) = (fields[0], fields[1], fields[2])
                guard isValidID(id.text) else {
                    error(lineNumber, id.column, "bad id '\(id.text)' (use lower-case letters, digits, '.', '-' and '_')")
                    continue
                }
                guard let entityType = EntityType(rawValue: type.text) else {
                    let suggestion = Suggest.closest(type.text, among: EntityType.allCases.map(\.rawValue))
                    error(lineNumber, type.column,
                          "unknown type '\(type.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
                    continue
                }
                guard !name.text.isEmpty else {
                    error(lineNumber, name.column, "empty canonical name")
                    continue
                }
                current = LexiconEntry(
                    id: id.text, type: entityType, name: name.text,
                    aliases: [LexiconAlias(text: name.text, kind: .name, line: lineNumber, column: name.column)],
                    file: path, line: lineNumber)
                continue
            }
            guard current != nil else {
                error(lineNumber, indent + 1, "indented line outside an entry (an entry starts with 'id | type | name' at the left margin)")
                continue
            }
            guard let colon = line[indent...].firstIndex(of: ":") else {
                error(lineNumber, indent + 1, "expected 'key: value' (keys: \(keys.joined(separator: ", ")))")
                continue
            }
            let key = String(scalars: line[indent..<colon]).trimmingWhitespace()
            let values = splitFields(line, from: colon + 1)
            switch key {
            case "alias", "office", "demonym", "capital":
                let kind = LexiconAlias.Kind(rawValue: key)!
                // `@ FROM..TO` at the end of the line dates every item of the line.
                var items = values
                var lineRange = DateRange.always
                if var last = items.last, last.text.utf8.contains(UInt8(ascii: "@")), let at = last.text.lastIndex(of: "@") {
                    let column = last.column + last.text.distance(from: last.text.startIndex, to: at)
                    switch parseRange(last.text[last.text.index(after: at)...].trimmingWhitespace()) {
                    case .success(let range): lineRange = range
                    case .failure(let problem):
                        error(lineNumber, column, problem.message)
                        continue
                    }
                    last.text = last.text[..<at].trimmingWhitespace()
                    items[items.count - 1] = last
                }
                for item in items.dropLast() where item.text.holdsCharacter("@") {
                    error(lineNumber, item.column,
                          "a date applies to the whole line: put aliases with other dates on a line of their own")
                }
                for value in items where !value.text.holdsCharacter("@") {
                    if var alias = parseAlias(value, kind: kind, line: lineNumber, path: path, diagnostics: &diagnostics) {
                        alias.valid = lineRange
                        current!.aliases.append(alias)
                    }
                }
            case "descriptor":
                for value in values {
                    for word in value.text.split(separator: " ") { current!.descriptors.insert(word.lowercased()) }
                }
            case "country":
                guard let value = values.first, isValidID(value.text) else {
                    error(lineNumber, colon + 2, "bad country id")
                    continue
                }
                current!.country = value.text
            case "valid":
                guard let value = values.first else { continue }
                switch parseRange(value.text) {
                case .success(let range): current!.valid = range
                case .failure(let problem): error(lineNumber, value.column, problem.message)
                }
            case "flags":
                for value in values {
                    for word in value.text.split(whereSeparator: { $0 == "," || $0 == " " }) {
                        if let flag = LexiconAlias.Flags.names.first(where: { $0.0 == word })?.1 {
                            entryFlags.insert(flag)
                        } else {
                            error(lineNumber, value.column, unknownFlag(String(word)))
                        }
                    }
                }
            case "note":
                break
            default:
                let suggestion = Suggest.closest(key, among: keys)
                error(lineNumber, indent + 1,
                      "unknown key '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
        }
        close()
        return (entries, diagnostics)
    }

    struct Field {
        var text: String
        var column: Int
    }

    struct Problem: Error {
        var message: String
    }

    private static func stripComment(_ line: Substring) -> Substring {
        // `#` starts a comment when it opens the line or follows a space.
        if let end = asciiCommentStart(line) { return line[..<end] }
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous == " " || previous == "\t" { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    /// ``stripComment(_:)``'s end of an ASCII line, read byte by byte (for ASCII, characters are bytes); nil for
    /// a line that is not ASCII.
    private static func asciiCommentStart(_ line: Substring) -> Substring.Index? {
        var previous = UInt8(ascii: " ")
        var index = line.utf8.startIndex
        for byte in line.utf8 {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                return line.utf8.contains(where: { $0 >= 0x80 }) ? nil : index
            }
            previous = byte
            line.utf8.formIndex(after: &index)
        }
        return line.endIndex
    }

    /// Fields separated by `|`, trimmed, with their 1-based columns.
    private static func splitFields(_ line: [Unicode.Scalar], from start: Int) -> [Field] {
        var fields: [Field] = []
        var fieldStart = start
        var i = start
        func flush(_ end: Int) {
            var s = fieldStart
            while s < end, line[s] == " " || line[s] == "\t" { s += 1 }
            var e = end
            while e > s, line[e - 1] == " " || line[e - 1] == "\t" || line[e - 1] == "\r" { e -= 1 }
            fields.append(Field(text: String(scalars: line[s..<e]), column: s + 1))
        }
        while i < line.count {
            if line[i] == "|" {
                flush(i)
                fieldStart = i + 1
            }
            i += 1
        }
        flush(line.count)
        if fields.count == 1, fields[0].text.isEmpty { return [] }
        return fields
    }

    private static func parseAlias(
        _ field: Field, kind: LexiconAlias.Kind, line: Int, path: String, diagnostics: inout [Diagnostic]
    ) -> LexiconAlias? {
        var text = Substring(field.text)
        var flags: LexiconAlias.Flags = []
        if field.text.utf8.contains(UInt8(ascii: "{")), let open = text.lastIndex(of: "{") {
            let column = field.column + text.distance(from: text.startIndex, to: open)
            guard let close = text.lastIndex(of: "}"), close > open else {
                diagnostics.append(Diagnostic(file: path, line: line, column: column, message: "unclosed '{' in alias flags"))
                return nil
            }
            for word in text[text.index(after: open)..<close].split(whereSeparator: { $0 == "," || $0 == " " }) {
                if let flag = LexiconAlias.Flags.names.first(where: { $0.0 == word })?.1 {
                    flags.insert(flag)
                } else {
                    diagnostics.append(Diagnostic(file: path, line: line, column: column + 1, message: unknownFlag(String(word))))
                }
            }
            text = Substring(text[..<open].trimmingWhitespace())
        }
        guard !text.isEmpty else {
            diagnostics.append(Diagnostic(file: path, line: line, column: field.column, message: "empty alias"))
            return nil
        }
        return LexiconAlias(text: String(text), kind: kind, flags: flags, line: line, column: field.column)
    }

    private static func unknownFlag(_ word: String) -> String {
        let names = LexiconAlias.Flags.names.map(\.0)
        let suggestion = Suggest.closest(word, among: names)
        return "unknown flag '\(word)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? " (flags: \(names.joined(separator: ", ")))")
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "-" || $0 == "_"
        }
    }

    /// `FROM..TO`, either side optional; a side is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. `TO` is exclusive for a day
    /// and inclusive for a year or month (`..1991` ends on 1991-12-31).
    static func parseRange(_ text: String) -> Result<DateRange, Problem> {
        let parts = rangeParts(text)
        guard parts.count == 2 else {
            return .failure(Problem(message: "bad date range '\(text)' (write FROM..TO, FROM.. or ..TO)"))
        }
        var range = DateRange()
        let from = parts[0].trimmingWhitespace(), to = parts[1].trimmingWhitespace()
        if !from.isEmpty {
            guard let date = parseDate(from, end: false) else { return .failure(badDate(from)) }
            range.start = date
        }
        if !to.isEmpty {
            guard let date = parseDate(to, end: true) else { return .failure(badDate(to)) }
            range.end = date
        }
        if let start = range.start, let end = range.end, end <= start {
            return .failure(Problem(message: "empty date range '\(text)': it ends before it starts"))
        }
        return .success(range)
    }

    /// `text` cut at each `..`, as `split(separator: "..", omittingEmptySubsequences: false)` cuts it; an ASCII
    /// text is read by bytes (each is one character).
    static func rangeParts(_ text: String) -> [String] {
        guard text.isASCII, !text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        }
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0, k = 0
        while k < bytes.count {
            if k + 1 < bytes.count, bytes[k] == UInt8(ascii: "."), bytes[k + 1] == UInt8(ascii: ".") {
                parts.append(String(decoding: bytes[start..<k], as: UTF8.self))
                k += 2
                start = k
            } else {
                k += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    private static func badDate(_ text: String) -> Problem {
        Problem(message: "bad date '\(text)' (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    }

    private static func parseDate(_ text: String, end: Bool) -> SimpleDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        switch numbers.count {
        case 1:
            return SimpleDate(year: numbers[0] + (end ? 1 : 0), month: 1, day: 1)
        case 2:
            guard (1...12).contains(numbers[1]), parts[1].count == 2 else { return nil }
            guard end else { return SimpleDate(year: numbers[0], month: numbers[1], day: 1) }
            return numbers[1] == 12
                ? SimpleDate(year: numbers[0] + 1, month: 1, day: 1)
                : SimpleDate(year: numbers[0], month: numbers[1] + 1, day: 1)
        default:
            guard parts[1].count == 2, parts[2].count == 2 else { return nil }
            return SimpleDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
    }
}

/// Checks across all lexicon files: duplicate ids, aliases claimed by two actors, unknown country ids.
enum LexiconValidator {
    static func validate(_ entries: [LexiconEntry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Entries and aliases by their positions: a copy of an entry would retain each of its strings.
        var firstByID: [String: Int] = [:]
        for (e, entry) in entries.enumerated() {
            if let first = firstByID[entry.id].map({ entries[$0] }) {
                diagnostics.append(Diagnostic(
                    file: entry.file, line: entry.line, column: 1,
                    message: "duplicate id '\(entry.id)' (first defined at \(first.file):\(first.line))"))
            } else {
                firstByID[entry.id] = e
            }
        }
        // Aliases claimed by two actors: a warning unless their dates never overlap.
        var claims: [String: [(entry: Int, alias: Int)]] = [:]
        for (e, entry) in entries.enumerated() {
            guard let first = firstByID[entry.id], entries[first].line == entry.line, entries[first].file == entry.file else {
                continue
            }
            var seenKeys = Set<String>()
            for (a, alias) in entry.aliases.enumerated() {
                let key = alias.tokens.map(\.key).joined(separator: " ")
                guard seenKeys.insert(key).inserted else { continue }
                let range = entry.valid.intersection(alias.valid)
                for (o, oa) in claims[key] ?? [] where entries[o].id != entry.id {
                    let other = entries[o], otherAlias = other.aliases[oa]
                    let otherRange = other.valid.intersection(otherAlias.valid)
                    if range.overlaps(otherRange) {
                        diagnostics.append(Diagnostic(
                            file: entry.file, line: alias.line, column: alias.column, severity: .warning,
                            message: "alias '\(alias.text)' also names '\(other.id)' "
                                + "(\(other.file):\(otherAlias.line)); give them disjoint dates or drop one"))
                    }
                }
                claims[key, default: []].append((e, a))
            }
        }
        for entry in entries {
            if let country = entry.country, firstByID[country] == nil {
                diagnostics.append(Diagnostic(
                    file: entry.file, line: entry.line, column: 1, severity: .warning,
                    message: "'\(entry.id)' names unknown country '\(country)'"))
            }
        }
        return diagnostics
    }
}

/// "Did you mean" suggestions by edit distance.
enum Suggest {
    static func closest(_ word: String, among candidates: [String]) -> String? {
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = editDistance(Array(word.lowercased()), Array(candidate))
            if distance <= max(2, candidate.count / 3), best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    /// Whether one of the string's characters is `character`, an ASCII one: a string without its byte holds none
    /// (found without reading characters).
    func holdsCharacter(_ character: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: character)) && contains(Character(character))
    }
}
