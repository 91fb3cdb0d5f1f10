/// The actors the entity stage knows by name: canonical ids, names, types, aliases and validity dates,
/// read from `rules/lexicons/*.lex`, plus the phrase grammar of `descriptors.lex` (titles, legal suffixes,
/// descriptions, group nouns, pronouns).
///
/// All aliases of all entries go into one ``TokenTrie`` keyed on normalised token text, so recognition is a
/// single left-to-right pass over a document whose cost per token is bounded by the longest alias (in tokens),
/// not by the number of entries.
/// ```swift
/// let (lexicon, problems) = Lexicon.load(directory: "rules/lexicons")
/// lexicon.entry(id: "us.commerce")?.name   // "U.S. Department of Commerce"
/// ```
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry] = []
    public var grammar = EntityGrammar()
    private(set) var trie = TokenTrie()
    private var index: [String: Int] = [:]
    /// Every alias of every entry, entry by entry, as the tagger tries it; `firstMatchable[e]` is where entry `e`'s
    /// aliases start.
    private(set) var matchables: [MatchableAlias] = []
    private(set) var firstMatchable: [Int] = []

    public init() {}

    /// Builds a lexicon from entries already parsed (tests, generated lexicons).
    public init(entries: [LexiconEntry], grammar: EntityGrammar = EntityGrammar()) {
        self.grammar = grammar
        for entry in entries { add(entry) }
        finish()
    }

    public var aliasCount: Int { entries.reduce(0) { $0 + $1.aliases.count } }

    public func entry(id: String) -> LexiconEntry? { index[id].map { entries[$0] } }

    func entry(at position: Int) -> LexiconEntry { entries[position] }


    /// Adds an entry (a later entry with the same id replaces the earlier one).
    mutating func add(_ entry: LexiconEntry) {
        if let existing = index[entry.id] {
            entries[existing] = entry
        } else {
            index[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// Derives descriptors from names and types and builds the trie. Call once after the last `add`.
    mutating func finish() {
        trie = TokenTrie()
        matchables = []
        firstMatchable = []
        for e in entries.indices {
            var descriptors = entries[e].descriptors
            descriptors.formUnion(grammar.typeDescriptors[entries[e].type] ?? [])
            for alias in entries[e].aliases where alias.kind == .name || alias.kind == .alias {
                for token in alias.tokens {
                    if let descriptor = grammar.nameWordDescriptors[token.key] { descriptors.insert(descriptor) }
                }
            }
            entries[e].descriptors = descriptors
            firstMatchable.append(matchables.count)
            let actor = Actor(entries[e])
            for alias in entries[e].aliases { matchables.append(MatchableAlias(alias, of: entries[e], actor: actor)) }
            for a in entries[e].aliases.indices where !entries[e].aliases[a].tokens.isEmpty {
                trie.insert(entries[e].aliases[a].tokens.map(\.key), value: AliasReference(entry: e, alias: a))
            }
        }
    }

    /// Loads every `*.lex` file of a folder, in sorted order: `descriptors.lex` is the phrase grammar, every other
    /// file holds entries. Problems come back as `FILE:LINE:COL` diagnostics; the lexicon keeps what was valid.
    public static func load(directory: String) -> (Lexicon, [Diagnostic]) {
        load(directories: [directory])
    }

    /// Loads the `*.lex` files of several folders into one lexicon, folder by folder (`--rules DIR` adds entries).
    public static func load(directories: [String]) -> (Lexicon, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var texts: [(path: String, text: String)] = []
        for directory in directories {
            let names: [String]
            do {
                names = try FileSystem.listDirectory(directory).filter { $0.hasSuffix(".lex") && !$0.hasPrefix(".") }
            } catch {
                diagnostics.append(Diagnostic(file: directory, message: "cannot read lexicon folder: \(error)"))
                continue
            }
            for name in names {
                let path = directory + "/" + name
                do {
                    texts.append((path, try FileSystem.readText(path: path)))
                } catch {
                    diagnostics.append(Diagnostic(file: path, message: "cannot read: \(error)"))
                }
            }
        }
        let (lexicon, problems) = parse(files: texts)
        return (lexicon, diagnostics + problems)
    }

    /// Parses lexicon files given as text: the same as ``load(directory:)`` without the file system.
    public static func parse(files: [(path: String, text: String)]) -> (Lexicon, [Diagnostic]) {
        var lexicon = Lexicon()
        var diagnostics: [Diagnostic] = []
        for file in files where file.path.hasSuffix("descriptors.lex") {
            let (grammar, problems) = EntityGrammar.parse(DataFile(path: file.path, text: file.text))
            lexicon.grammar.merge(grammar)
            diagnostics += problems
        }
        var parsed: [LexiconEntry] = []
        for file in files where !file.path.hasSuffix("descriptors.lex") {
            let (entries, problems) = LexiconParser.parse(path: file.path, text: file.text)
            parsed += entries
            diagnostics += problems
        }
        diagnostics += LexiconValidator.validate(parsed)
        var seen = Set<String>()
        for entry in parsed where seen.insert(entry.id).inserted { lexicon.add(entry) }
        lexicon.finish()
        return (lexicon, diagnostics)
    }
}

/// One actor of the lexicon.
public struct LexiconEntry: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    /// The canonical name, written out in the timeline.
    public var name: String
    /// Every form that names the entry, the canonical name first.
    public var aliases: [LexiconAlias]
    /// The nouns of definite descriptions that may refer back to it ("department" for "the Department").
    public var descriptors: Set<String>
    /// When the actor existed under this id; documents are matched against their publication date.
    public var valid: DateRange
    /// The id of the country the actor belongs to (`us` for `us.commerce`), when known.
    public var country: String?
    public var file: String
    public var line: Int

    public init(
        id: String, type: EntityType, name: String, aliases: [LexiconAlias] = [], descriptors: Set<String> = [],
        valid: DateRange = .always, country: String? = nil, file: String = "", line: Int = 0
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.descriptors = descriptors
        self.valid = valid
        self.country = country
        self.file = file
        self.line = line
    }
}

/// One form of an entry's name, with the conditions under which it names the entry.
public struct LexiconAlias: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The canonical name.
        case name
        /// Another name or abbreviation.
        case alias
        /// A title whose holder the entry is, during the alias's dates ("President" for Reagan in 1981-1989).
        case office
        /// A national adjective of a country ("Japanese").
        case demonym
        /// The capital city standing for the country's government ("Washington").
        case capital
    }

    /// Conditions on a match, set in the lexicon with `{...}` after an alias or `flags:` for the whole entry.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The text must be written exactly as the alias (apart from final full stops).
        public static let caseSensitive = Flags(rawValue: 1)
        /// Not as the first word of a sentence nor in an all-capitals headline, where capitals prove nothing.
        public static let notInitial = Flags(rawValue: 2)
        /// Not next to another capitalised word ("Commerce said", not "Commerce Bank").
        public static let standalone = Flags(rawValue: 4)
        /// Only once the entry was named in the document by another alias (a surname after the full name).
        public static let later = Flags(rawValue: 8)

        static let names: [(String, Flags)] = [
            ("case-sensitive", .caseSensitive), ("not-initial", .notInitial), ("standalone", .standalone),
            ("later", .later),
        ]
    }

    public var text: String
    public var kind: Kind
    public var flags: Flags
    public var valid: DateRange
    public var line: Int
    public var column: Int
    var tokens: [AliasToken]

    public init(
        text: String, kind: Kind = .alias, flags: Flags = [], valid: DateRange = .always, line: Int = 0, column: Int = 0
    ) {
        self.text = text
        self.kind = kind
        self.flags = flags
        self.valid = valid
        self.line = line
        self.column = column
        self.tokens = AliasToken.tokenize(text)
    }
}

/// A half-open range of days `[start, end)`; an open side is unbounded.
public struct DateRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SimpleDate?
    public var end: SimpleDate?

    public init(start: SimpleDate? = nil, end: SimpleDate? = nil) {
        self.start = start
        self.end = end
    }

    public static let always = DateRange()

    public var isBounded: Bool { start != nil || end != nil }

    public func contains(_ date: SimpleDate) -> Bool {
        if let start, date < start { return false }
        if let end, date >= end { return false }
        return true
    }

    public func overlaps(_ other: DateRange) -> Bool {
        if let end, let otherStart = other.start, end <= otherStart { return false }
        if let otherEnd = other.end, let start, otherEnd <= start { return false }
        return true
    }

    public func intersection(_ other: DateRange) -> DateRange {
        func later(_ a: SimpleDate?, _ b: SimpleDate?) -> SimpleDate? {
            guard let a, let b else { return a ?? b }
            return max(a, b)
        }
        func earlier(_ a: SimpleDate?, _ b: SimpleDate?) -> SimpleDate? {
            guard let a, let b else { return a ?? b }
            return min(a, b)
        }
        return DateRange(start: later(start, other.start), end: earlier(end, other.end))
    }

    public var description: String { "\(start.map(String.init(describing:)) ?? "")..\(end.map(String.init(describing:)) ?? "")" }
}

/// A token of an alias as the trie and the matcher see it: its key and the case the text must show.
struct AliasToken: Sendable, Hashable {
    enum Case: Sendable, Hashable {
        /// Written in lower case in the lexicon: any case in the text ("of", "and").
        case any
        /// Capitalised: the text's first letter must be a capital ("Commerce").
        case capital
        /// An acronym: the text must have no lower-case letter ("BIS", "U.S.").
        case upper
    }

    var text: String
    var key: String
    var letterCase: Case

    /// Splits an alias like the document tokenizer would: on spaces, with `'s`, commas and brackets apart.
    static func tokenize(_ text: String) -> [AliasToken] {
        plainTokens(text) ?? characterTokens(text)
    }

    /// ``tokenize(_:)`` character by character: for any text.
    static func characterTokens(_ text: String) -> [AliasToken] {
        var pieces: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = String(word)
            var trailing: [String] = []
            while let last = word.last, last == "," || last == ")" || last == ";" || last == ":", word.count > 1 {
                trailing.insert(String(last), at: 0)
                word.removeLast()
            }
            if word.count > 1, word.first == "(" {
                pieces.append("(")
                word.removeFirst()
            }
            let lower = word.lowercased()
            if word.count > 2, lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") {
                pieces.append(String(word.dropLast(2)))
                pieces.append("'s")
            } else {
                pieces.append(word)
            }
            pieces += trailing
        }
        return pieces.map { piece in
            var upper = 0, lower = 0
            for c in piece.unicodeScalars {
                if c.isASCII {
                    // The properties of an ASCII scalar: only letters are alphabetic, only A-Z upper case.
                    if c >= "A" && c <= "Z" { upper += 1 } else if c >= "a" && c <= "z" { lower += 1 }
                } else if c.properties.isAlphabetic {
                    if c.properties.isUppercase { upper += 1 } else { lower += 1 }
                }
            }
            let letterCase: Case = upper == 0 ? .any : (lower == 0 && upper >= 2 ? .upper : .capital)
            return AliasToken(text: piece, key: normalizedKey(piece), letterCase: letterCase)
        }
    }

    /// ``tokenize(_:)`` of a text of printable ASCII and tabs, read byte by byte (each byte is one character);
    /// nil for any other text.
    private static func plainTokens(_ text: String) -> [AliasToken]? {
        var text = text
        return text.withUTF8 { bytes -> [AliasToken]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\t") }) else { return nil }
            var tokens: [AliasToken] = []
            func add(_ from: Int, _ to: Int) {
                tokens.append(plainToken(UnsafeBufferPointer(rebasing: bytes[from..<to])))
            }
            func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            func isTrailing(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            }
            var k = 0
            while k < bytes.count {
                while k < bytes.count, isBlank(bytes[k]) { k += 1 }
                guard k < bytes.count else { break }
                var start = k
                while k < bytes.count, !isBlank(bytes[k]) { k += 1 }
                let wordEnd = k
                var end = wordEnd
                while end - start > 1, isTrailing(bytes[end - 1]) { end -= 1 }
                if end - start > 1, bytes[start] == UInt8(ascii: "(") {
                    add(start, start + 1)
                    start += 1
                }
                if end - start > 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
                    add(start, end - 2)
                    tokens.append(plainToken(possessive))
                } else {
                    add(start, end)
                }
                for mark in end..<wordEnd { add(mark, mark + 1) }
            }
            return tokens
        }
    }

    private static let possessive = "'s"

    private static func plainToken(_ piece: String) -> AliasToken {
        var piece = piece
        return piece.withUTF8 { plainToken($0) }
    }

    /// The token of an ASCII piece: ``normalizedKey(_:)`` and the letter case, byte by byte.
    private static func plainToken(_ piece: UnsafeBufferPointer<UInt8>) -> AliasToken {
        var upper = 0, lower = 0, kept = 0
        for byte in piece {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { upper += 1 }
            else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { lower += 1 }
            if byte != UInt8(ascii: ".") { kept += 1 }
        }
        let letterCase: Case = upper == 0 ? .any : (lower == 0 && upper >= 2 ? .upper : .capital)
        let text = String(decoding: piece, as: UTF8.self)
        guard kept > 0 else { return AliasToken(text: text, key: text, letterCase: letterCase) }
        let key = String(unsafeUninitializedCapacity: kept) { buffer in
            var n = 0
            for byte in piece where byte != UInt8(ascii: ".") {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[n] = byte | 0x20
                case UInt8(ascii: "`"): buffer[n] = UInt8(ascii: "'")
                default: buffer[n] = byte
                }
                n += 1
            }
            return n
        }
        return AliasToken(text: text, key: key, letterCase: letterCase)
    }

    /// The trie key of a word: lower case, without full stops (`U.S.` -> `us`, `Inc.` -> `inc`), `'` for apostrophes.
    static func normalizedKey(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for c in text.lowercased().unicodeScalars {
            switch c {
            case ".": continue
            case "\u{2019}", "\u{2018}", "`": result.append("'")
            default: result.append(c)
            }
        }
        return result.isEmpty ? String(text) : String(result)
    }

    /// Whether a document token's text shows the case this alias token requires.
    func accepts(_ token: String, exact: Bool) -> Bool {
        if exact {
            return AliasToken.strippingStops(token) == AliasToken.strippingStops(text)
        }
        switch letterCase {
        case .any: return true
        case .capital:
            guard let first = token.unicodeScalars.first(where: CharacterClass.isLetter) else { return true }
            return CharacterClass.isUpper(first)
        case .upper:
            return !token.unicodeScalars.contains(where: CharacterClass.isLowercase)
        }
    }

    private static func strippingStops(_ text: String) -> String {
        var text = Substring(text)
        while text.count > 1, text.last == "." { text = text.dropLast() }
        return String(text)
    }
}

/// Where an alias lives: entry index and alias index in ``Lexicon/entries``.
struct AliasReference: Sendable, Hashable {
    var entry: Int
    var alias: Int
}
