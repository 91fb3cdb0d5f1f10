/// Splits a document's text into tokens with code-point spans, lower-cased forms, lemmas and shapes.
///
/// Works scalar by scalar over `AnnotatedDocument.scalars`, without regular expressions. Keeps together
/// what rules want whole: abbreviations (`U.S.`, `Inc.`, `Jan.`), numbers (`1,000`, `1.5`), hyphenated words
/// (`mass-market`, `90-day`), `AT&T`; splits clitics (`Huawei's` -> `Huawei` `'s`, `didn't` -> `did` `n't`)
/// and joins spaced apostrophes from scraped text (`Microsoft ' s` -> `Microsoft` `'s`).
/// ```swift
/// var doc = AnnotatedDocument(source: SourceDocument(id: "a", text: "Microsoft ' s U.S. licence"))
/// Tokenizer(resources: text).process(&doc)
/// doc.tokens.map(\.text)   // ["Microsoft", "'s", "U.S.", "licence"]
/// ```
public struct Tokenizer: PipelineStage {
    public var resources: TextResources {
        didSet { self = Tokenizer(resources: resources) }
    }
    private let lemmatizer: Lemmatizer
    /// Every abbreviation (``TextResources/isAbbreviation(_:)``) keyed by its bytes.
    private let abbreviations: ByteKeyTable<Bool>
    /// The tokens the tokenizer makes up itself, `'s` and `n't`, with their forms worked out once.
    private let possessive: Forms, negation: Forms

    /// A token's text, lower-cased text, lemma and shape.
    private struct Forms: Sendable {
        var text: String, lower: String, lemma: String, shape: TokenShape
    }

    public init(resources: TextResources) {
        self.resources = resources
        let lemmatizer = Lemmatizer(exceptions: resources.lemmaExceptions)
        self.lemmatizer = lemmatizer
        let all = resources.titleAbbreviations.union(resources.otherAbbreviations).union(resources.finalAbbreviations)
        self.abbreviations = ByteKeyTable(all.map { (key: $0, value: true) })
        func forms(_ text: String) -> Forms {
            let lower = text.lowercased()
            return Forms(text: text, lower: lower, lemma: lemmatizer.lemma(of: lower), shape: CharacterClass.shape(of: text))
        }
        possessive = forms("'s")
        negation = forms("n't")
    }

    public func process(_ document: inout AnnotatedDocument) {
        document.tokens = tokenize(document.scalars)
    }

    /// Tokens of a text given as code points.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    private func tokenize(buffer s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        var newlines = 0
        var sawSpace = false
        var scratch = ASCIIScratch()
        defer { scratch.deallocate() }
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" { newlines += 1; sawSpace = true; i += 1; continue }
            if CharacterClass.isSpace(c) { sawSpace = true; i += 1; continue }
            let start = i
            var made: Forms? = nil
            if (c == "n" || c == "N"), i + 2 < n, CharacterClass.isApostrophe(s[i + 1]), s[i + 2] == "t" || s[i + 2] == "T",
               i + 3 == n || !CharacterClass.isAlnum(s[i + 3]) {
                i += 3
                made = negation
            } else if CharacterClass.isWordStart(c) {
                i = scanWord(s, from: i)
            } else if CharacterClass.isApostrophe(c),
                      let end = possessiveEnd(s, at: i, previous: tokens.isEmpty ? nil : tokens[tokens.count - 1].shape) {
                i = end
                made = possessive
            } else if c == "-" || c == "." || c == "\u{2014}" || c == "\u{2013}" {
                i += 1
                while i < n, s[i] == c { i += 1 }
            } else {
                i += 1
            }
            let forms: Forms
            if let made {
                forms = made
            } else if let ascii = scratch.fill(UnsafeBufferPointer(rebasing: s[start..<i])) {
                // ASCII without a backquote: nothing to normalise; case, shape and lemma from the bytes.
                let text = String(decoding: ascii.text, as: UTF8.self)
                let lower = ascii.hasUpper ? String(decoding: ascii.lower, as: UTF8.self) : text
                forms = Forms(text: text, lower: lower, lemma: lemmatizer.lemma(bytes: ascii.lower, lower: lower),
                              shape: Tokenizer.asciiShape(ascii.text))
            } else {
                let text = TextNormalization.normalize(UnsafeBufferPointer(rebasing: s[start..<i]))
                let lower = text.lowercased()
                forms = Forms(text: text, lower: lower, lemma: lemmatizer.lemma(of: lower), shape: CharacterClass.shape(of: text))
            }
            let first = tokens.isEmpty
            tokens.append(Token(
                text: forms.text, lower: forms.lower, lemma: forms.lemma, shape: forms.shape,
                span: Span(start: start, end: i),
                newlineBefore: newlines > 0 || first, paragraphBefore: newlines > 1 || first,
                attachedBefore: !sawSpace && !first))
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    /// ``CharacterClass/shape(of:)`` of an ASCII text, from its bytes.
    static func asciiShape(_ bytes: some RandomAccessCollection<UInt8>) -> TokenShape {
        var upper = 0, lower = 0, digits = 0, numberish = true
        for b in bytes {
            if b >= 48 && b <= 57 {
                digits += 1
            } else if b >= 65 && b <= 90 {
                upper += 1
                numberish = false
            } else if b >= 97 && b <= 122 {
                lower += 1
                numberish = false
            } else if b != 44 && b != 46 {
                numberish = false
            }
        }
        let letters = upper + lower
        if letters == 0 && digits == 0 {
            if let first = bytes.first, Tokenizer.isSymbol(first) { return .symbol }
            return .punctuation
        }
        if letters == 0 { return numberish ? .number : .alphanumeric }
        if digits > 0 { return .alphanumeric }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        if let first = bytes.first, first >= 65 && first <= 90 {
            // Capitalised unless an upper-case letter follows a lower-case one (McDonald, iPhone).
            var sawLower = false
            for b in bytes.dropFirst() {
                let isUpper = b >= 65 && b <= 90
                guard isUpper || (b >= 97 && b <= 122) else { continue }
                if isUpper && sawLower { return .mixed }
                if !isUpper { sawLower = true }
            }
            return .capitalized
        }
        return .mixed
    }

    /// The ASCII symbols of ``CharacterClass/shape(of:)``: `$ % & @ # + = < >`.
    @inline(__always) private static func isSymbol(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "#"),
             UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"): return true
        default: return false
        }
    }

    /// The end of the word starting at `start`.
    private func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = s.count
        var i = start
        var sawLetter = false
        var allDigits = true
        while i < n {
            let c = s[i]
            if CharacterClass.isAlnum(c) {
                if !CharacterClass.isDigit(c) { sawLetter = true; allDigits = false }
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let after = s[i + 1]
            // 1,000 and 1.5
            if (c == "," || c == "."), allDigits, CharacterClass.isDigit(after) { i += 1; continue }
            // mass-market, 90-day, U.S.-China
            if c == "-" || c == "\u{2011}", CharacterClass.isAlnum(after) { i += 1; continue }
            // AT&T
            if c == "&", CharacterClass.isUpper(after), i > start, CharacterClass.isUpper(s[i - 1]) { i += 1; continue }
            // O'Brien, but not Huawei's or didn't
            if CharacterClass.isApostrophe(c), CharacterClass.isUpper(after), i - start == 1 { i += 1; continue }
            // U.S., e.g.: single letters separated by stops
            if c == ".", CharacterClass.isLetter(after), i + 2 <= n,
               i + 2 == n || !CharacterClass.isAlnum(s[i + 2]), i - start == 1 || s[i - 2] == "." {
                i += 2
                continue
            }
            break
        }
        // didn't -> did + n't
        if sawLetter, i - start > 3, i < n, CharacterClass.isApostrophe(s[i]), i + 1 < n, s[i + 1] == "t" || s[i + 1] == "T",
           s[i - 1] == "n" || s[i - 1] == "N", i + 2 == n || !CharacterClass.isAlnum(s[i + 2]) {
            return i - 1
        }
        // A final stop that belongs to the word: U.S., Inc., Jan., single initials (John F. Kennedy).
        if i < n, s[i] == "." {
            let isInitial = i - start == 1 && CharacterClass.isUpper(s[start])
            let dotted = i - start >= 3 && s[i - 2] == "."
            if isInitial || dotted || isAbbreviation(UnsafeBufferPointer(rebasing: s[start...i])) { return i + 1 }
        }
        return i
    }

    /// Whether a word with its final stop, normalised and lower-cased, is a known abbreviation: by its bytes
    /// when it is ASCII, as a `String` otherwise (or when some abbreviation is not ASCII, see ``ByteKeyTable``).
    private func isAbbreviation(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let ascii = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { bytes -> Bool? in
            for (k, c) in word.enumerated() {
                guard c.value < 128 else { return nil }
                let b = UInt8(truncatingIfNeeded: c.value)
                bytes[k] = b == 96 ? 39 : b >= 65 && b <= 90 ? b + 32 : b
            }
            if abbreviations.contains(UnsafeBufferPointer(bytes)) { return true }
            return abbreviations.hasNonASCIIKeys ? nil : false
        }
        return ascii ?? resources.isAbbreviation(TextNormalization.normalize(word).lowercased())
    }

    /// The end of a possessive/contraction `'s` (also `' s` with a space), when one starts at `i`.
    private func possessiveEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, previous: TokenShape?) -> Int? {
        guard let previous, previous != .punctuation else { return nil }
        var j = i + 1
        if j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "s" || s[j] == "S" else { return nil }
        if j + 1 < s.count, CharacterClass.isAlnum(s[j + 1]) { return nil }
        return j + 1
    }
}

/// Growable scratch space holding a token's bytes and lower-cased bytes while the tokenizer builds its strings.
private struct ASCIIScratch {
    private var text: UnsafeMutablePointer<UInt8>
    private var lower: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        text = .allocate(capacity: capacity)
        lower = .allocate(capacity: capacity)
    }

    func deallocate() {
        text.deallocate()
        lower.deallocate()
    }

    /// Copies `scalars` as bytes, and lower-cased, when they are all ASCII and none is a backquote (which
    /// normalisation would turn into `'`); `nil` otherwise. The buffers are valid until the next call.
    @inline(__always)
    mutating func fill(_ scalars: UnsafeBufferPointer<Unicode.Scalar>)
        -> (text: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>, hasUpper: Bool)?
    {
        let count = scalars.count
        if count > capacity { grow(to: count) }
        var hasUpper = false
        for k in 0..<count {
            let v = scalars[k].value
            if v >= 128 || v == 96 { return nil }
            let b = UInt8(truncatingIfNeeded: v)
            text[k] = b
            let upper = b >= 65 && b <= 90
            hasUpper = hasUpper || upper
            lower[k] = upper ? b + 32 : b
        }
        return (UnsafeBufferPointer(start: text, count: count), UnsafeBufferPointer(start: lower, count: count), hasUpper)
    }

    private mutating func grow(to count: Int) {
        deallocate()
        capacity = max(count, capacity * 2)
        text = .allocate(capacity: capacity)
        lower = .allocate(capacity: capacity)
    }
}
