/// Parses the pattern syntax of ``Pattern`` and reports the first problem with its column.
///
/// ```swift
/// let pattern = try PatternParser(text: "agent:@actor trigger:[lemma=grant]").parse()
/// ```
struct PatternParser {
    /// A syntax error at a zero-based offset into the pattern text.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let chars: PatternCharacters
    private var position = 0
    /// Nesting depth of parentheses and brackets, bounded so a hostile rule cannot exhaust the stack.
    private var depth = 0
    private static let maxDepth = 64
    static let maxRepetition = 50

    init(text: String) {
        self.chars = PatternCharacters(text)
    }

    mutating func parse() throws -> Pattern {
        let pattern = try parseAlternation()
        skipSpace()
        if position < chars.count {
            throw Failure(offset: position, message: chars[position] == ")"
                ? "unbalanced ')': no '(' opens it" : "unexpected '\(chars.character(position))'")
        }
        if case .sequence(let items) = pattern, items.isEmpty {
            throw Failure(offset: 0, message: "empty pattern")
        }
        return pattern
    }

    // MARK: - Sequences and alternatives

    private mutating func parseAlternation() throws -> Pattern {
        var branches = [try parseSequence()]
        while peek() == "|" {
            position += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws -> Pattern {
        var items: [Pattern] = []
        while let c = peek(), c != "|", c != ")" {
            items.append(try parseQuantified())
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseQuantified() throws -> Pattern {
        var atom = try parseLabelled()
        while let c = peekImmediate() {
            let start = position
            switch c {
            case "?": position += 1; atom = .repetition(atom, min: 0, max: 1)
            case "*": position += 1; atom = .repetition(atom, min: 0, max: nil)
            case "+": position += 1; atom = .repetition(atom, min: 1, max: nil)
            case "{":
                let (low, high) = try parseBounds()
                if let high, high < low {
                    throw Failure(offset: start, message: "repetition {\(low),\(high)}: the maximum is below the minimum")
                }
                atom = .repetition(atom, min: low, max: high)
            default: return atom
            }
        }
        return atom
    }

    private mutating func parseBounds() throws -> (Int, Int?) {
        let start = position
        position += 1
        let low = readNumber() ?? 0
        var high: Int? = low
        if peekImmediate() == "," {
            position += 1
            high = readNumber()
        }
        guard peekImmediate() == "}" else {
            throw Failure(offset: start, message: "malformed repetition: write {m,n}, {m,} or {n}")
        }
        position += 1
        if max(low, high ?? 0) > Self.maxRepetition {
            throw Failure(offset: start, message: "repetition bound above \(Self.maxRepetition): use * or + for open gaps")
        }
        return (low, high)
    }

    // MARK: - Atoms

    private mutating func parseLabelled() throws -> Pattern {
        skipSpace()
        let start = position
        if let label = readIdentifier() {
            if peekImmediate() == ":" {
                position += 1
                if let c = peekImmediate(), c == " " {
                    throw Failure(offset: position, message: "no space allowed after '\(label):'")
                }
                // A capture takes one atom with its quantifier: `object:[]{0,3}` captures the whole gap.
                return .capture(label, try parseQuantified())
            }
            position = start
        }
        return try parseAtom()
    }

    private mutating func parseAtom() throws -> Pattern {
        skipSpace()
        guard let c = peekImmediate() else { throw Failure(offset: position, message: "pattern ends where an atom was expected") }
        switch c {
        case "[":
            position += 1
            try enter()
            defer { depth -= 1 }
            skipSpace()
            if peek() == "]" { position += 1; return .token(.any) }
            let constraint = try parseOr()
            skipSpace()
            guard peekImmediate() == "]" else { throw Failure(offset: position, message: "expected ']' to close the token test") }
            position += 1
            return .token(constraint)
        case "(":
            let open = position
            position += 1
            try enter()
            defer { depth -= 1 }
            let inner = try parseAlternation()
            guard peek() == ")" else { throw Failure(offset: open, message: "unbalanced '(': no ')' closes it") }
            position += 1
            return inner
        case "@":
            position += 1
            guard let name = readIdentifier() else {
                throw Failure(offset: position, message: "expected a mention class after '@' (e.g. @actor)")
            }
            return .mention(name)
        case "%":
            position += 1
            guard let name = readIdentifier() else {
                throw Failure(offset: position, message: "expected a definition name after '%'")
            }
            return .reference(name)
        case "^": position += 1; return .sentenceStart
        case "$": position += 1; return .sentenceEnd
        case "\"":
            let words = try readQuoted().split(separator: " ").map { String($0).lowercased() }
            guard !words.isEmpty else { throw Failure(offset: position - 2, message: "empty quoted literal") }
            let atoms = words.map { Pattern.token(.test(.lower, [.literal($0)])) }
            return atoms.count == 1 ? atoms[0] : .sequence(atoms)
        default:
            if let word = readIdentifier() {
                return .token(.test(.lower, [.literal(word.lowercased())]))
            }
            throw Failure(offset: position, message: "unexpected '\(chars.character(position))'")
        }
    }

    // MARK: - Token constraints

    private mutating func parseOr() throws -> TokenConstraint {
        var left = try parseAnd()
        while peek() == "|" {
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws -> TokenConstraint {
        var left = try parseNot()
        while peek() == "&" {
            position += 1
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws -> TokenConstraint {
        skipSpace()
        if peekImmediate() == "!" {
            position += 1
            return .not(try parseNot())
        }
        if peekImmediate() == "(" {
            position += 1
            try enter()
            defer { depth -= 1 }
            let inner = try parseOr()
            guard peek() == ")" else { throw Failure(offset: position, message: "expected ')' in the token test") }
            position += 1
            return inner
        }
        return try parseTest()
    }

    private mutating func parseTest() throws -> TokenConstraint {
        let start = position
        guard let key = readIdentifier() else {
            if peekImmediate() == "\"" {
                throw Failure(offset: position, message: "a quoted word stands outside brackets: write \"word\" or [lower=word]")
            }
            throw Failure(offset: position, message: "expected an attribute (word, lower, lemma, shape, ent, id, kind, timex)")
        }
        guard let attribute = TokenAttribute.named(key) else {
            let known = TokenAttribute.allCases.map(\.rawValue)
            throw Failure(offset: start, message: "unknown attribute '\(key)'" + Suggestion.didYouMean(key, among: known))
        }
        skipSpace()
        var negated = false
        if peekImmediate() == "!" , position + 1 < chars.count, chars[position + 1] == "=" {
            negated = true
            position += 2
        } else if peekImmediate() == "=" {
            position += 1
        } else {
            // `[ent]` and `[timex]` alone: any entity, any temporal expression.
            if attribute == .ent || attribute == .timex { return .test(attribute, [.literal("any")]) }
            throw Failure(offset: position, message: "expected '=' after '\(key)'")
        }
        var values = [try parseValue()]
        // `lemma=a|b`: a further value unless what follows `|` is another `attribute=` test.
        while peek() == "|" && !nextIsTest(after: position + 1) {
            position += 1
            values.append(try parseValue())
        }
        let test = TokenConstraint.test(attribute, values)
        return negated ? .not(test) : test
    }

    /// Whether a test (`attribute=...`, `!...`, `(...`) rather than another value follows a `|`.
    private func nextIsTest(after index: Int) -> Bool {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count else { return false }
        if chars[i] == "!" || chars[i] == "(" { return true }
        var j = i
        while j < chars.count, chars.isLetter(j) { j += 1 }
        let end = j
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count else { return false }
        // What follows the word first: most values are followed by `|`, `]` or `)`, whatever the word.
        let assigns = chars[j] == "=" || (chars[j] == "!" && j + 1 < chars.count && chars[j + 1] == "=")
        guard assigns || chars[j] == "]" || chars[j] == "&",
              let attribute = TokenAttribute.named(chars.string(i..<end)) else { return false }
        // `[ent]` and `[timex]` stand alone.
        return assigns || attribute == .ent || attribute == .timex
    }

    private mutating func parseValue() throws -> TokenValue {
        skipSpace()
        guard let c = peekImmediate() else { throw Failure(offset: position, message: "expected a value") }
        if c == "\"" { return .literal(try readQuoted()) }
        if c == "$" {
            position += 1
            guard let name = readIdentifier() else { throw Failure(offset: position, message: "expected a class name after '$'") }
            return .wordClass(name)
        }
        if c == "/" {
            // "/[0-9]+-day/": a regular expression up to the next unescaped '/'.
            let start = position
            position += 1
            while let d = peekImmediate(), d != "/" {
                if d == "\\", position + 1 < chars.count { position += 1 }
                position += 1
            }
            guard peekImmediate() == "/" else { throw Failure(offset: start, message: "missing '/' to close the pattern") }
            let text = chars.string((start + 1)..<position)
            position += 1
            do {
                return .pattern(try WordPattern(text))
            } catch let failure as WordPattern.Failure {
                throw Failure(offset: start + 1 + failure.offset, message: failure.message)
            }
        }
        let start = position
        while position < chars.count, isValueCharacter(at: position) { position += 1 }
        guard position > start else { throw Failure(offset: start, message: "expected a value, found '\(chars.character(start))'") }
        let raw = chars.string(start..<position)
        if raw.hasSuffix("*"), raw.count > 1 { return .prefix(String(raw.dropLast())) }
        if raw.hasPrefix("*"), raw.count > 1 { return .suffix(String(raw.dropFirst())) }
        return .literal(raw)
    }

    private func isValueCharacter(at index: Int) -> Bool {
        let c = chars[index]
        return chars.isLetter(index) || chars.isNumber(index) || c == "." || c == "-" || c == "'" || c == "_" || c == "*"
            || c == "," || c == "%" || c == "$" || c == ":" || c == ";" || c == "/"
    }

    // MARK: - Lexing helpers

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw Failure(offset: position, message: "nesting deeper than \(Self.maxDepth)") }
    }

    private mutating func skipSpace() {
        while position < chars.count, chars[position] == " " || chars[position] == "\t" { position += 1 }
    }

    private mutating func peek() -> Unicode.Scalar? {
        skipSpace()
        return position < chars.count ? chars[position] : nil
    }

    private func peekImmediate() -> Unicode.Scalar? { position < chars.count ? chars[position] : nil }

    private mutating func readIdentifier() -> String? {
        let start = position
        while position < chars.count, chars.isLetter(position) || chars.isNumber(position) || chars[position] == "_"
            || (position > start && chars[position] == "-") {
            position += 1
        }
        return position > start ? chars.string(start..<position) : nil
    }

    private mutating func readNumber() -> Int? {
        let start = position
        while position < chars.count, chars[position].isASCII, chars.isNumber(position) { position += 1 }
        return position > start ? Int(chars.string(start..<position)) : nil
    }

    private mutating func readQuoted() throws -> String {
        let start = position
        position += 1
        while position < chars.count, chars[position] != "\"" { position += 1 }
        guard position < chars.count else { throw Failure(offset: start, message: "unterminated string") }
        position += 1
        return chars.string((start + 1)..<(position - 1))
    }
}

/// The characters of a rule's text (a pattern, an example) as the parsers read them: per character, its ASCII scalar (a character of any
/// other kind reads as U+00FF, which no syntax uses), so comparing is comparing integers; letters, digits and
/// slices go through the characters themselves only when the text is not all ASCII.
///
/// ```swift
/// let chars = PatternCharacters("[lemma=grant]")
/// chars[0] == "["            // true
/// chars.string(1..<6)        // "lemma"
/// ```
struct PatternCharacters {
    /// Per character: its ASCII byte, or 0xFF.
    private let bytes: [UInt8]
    /// The characters, when some is not ASCII (else empty: each byte is a character).
    private let characters: [Character]

    init(_ text: String) {
        if !text.isASCII {
            characters = Array(text)
            bytes = characters.map { $0.utf8.count == 1 ? $0.utf8.first! : 0xFF }
        } else {
            characters = []
            bytes = Array(text.utf8)
        }
    }

    var count: Int { bytes.count }

    subscript(index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }

    func character(_ index: Int) -> Character {
        characters.isEmpty ? Character(Unicode.Scalar(bytes[index])) : characters[index]
    }

    func isLetter(_ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        return characters[index].isLetter
    }

    func isNumber(_ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return characters[index].isNumber
    }

    func string(_ range: Range<Int>) -> String {
        characters.isEmpty ? String(decoding: bytes[range], as: UTF8.self) : String(characters[range])
    }
}

/// "did you mean ...?" for a misspelt name.
public enum Suggestion {
    /// ` (did you mean 'x'?)` for the closest candidate within a small edit distance, or "".
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = editDistance(Array(word.lowercased()), Array(candidate.lowercased()))
            if distance <= max(1, min(3, candidate.count / 3)), best == nil || distance < best!.1 {
                best = (candidate, distance)
            }
        }
        return best.map { " (did you mean '\($0.0)'?)" } ?? ""
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit ("tpye" -> "type").
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
