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
        didSet { self = Tokenizer(resources: resources, vocabulary: vocabulary) }
    }
    /// The words later stages look up (``Vocabulary``): each token carries the numbers of its lower-cased form
    /// and lemma in it. `nil`: tokens carry ``Vocabulary/unknown``.
    public var vocabulary: Vocabulary? { forms.vocabulary }
    /// Every abbreviation (``TextResources/isAbbreviation(_:)``) keyed by its bytes.
    private let abbreviations: ByteKeyTable<Bool>
    /// The forms of a token from its text, most of them worked out in advance.
    private let forms: TokenForms
    /// The tokens the tokenizer makes up itself, `'s` and `n't`, with their forms worked out once.
    private let possessive: TokenForms.Forms, negation: TokenForms.Forms

    public init(resources: TextResources, vocabulary: Vocabulary? = nil) {
        self.resources = resources
        let all = resources.titleAbbreviations.union(resources.otherAbbreviations).union(resources.finalAbbreviations)
        self.abbreviations = ByteKeyTable(all.map { (key: $0, value: true) })
        let forms = TokenForms(lemmatizer: Lemmatizer(exceptions: resources.lemmaExceptions), vocabulary: vocabulary)
        self.forms = forms
        possessive = forms.forms(ofText: "'s")
        negation = forms.forms(ofText: "n't")
    }

    public func process(_ document: inout AnnotatedDocument) {
        document.tokens = tokenize(document.scalars)
        document.vocabularyStamp = vocabulary?.stamp ?? Vocabulary.noStamp
    }

    /// Tokens of a text given as code points.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    private func tokenize(buffer s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        // Bound once: reading the tables from `self` per token would copy (retain and release) them.
        let forms = self.forms
        var i = 0
        var newlines = 0
        var sawSpace = false
        /// The shape of the last token.
        var previous: TokenShape? = nil
        var word = ASCIIWord()
        defer { word.deallocate() }
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" { newlines += 1; sawSpace = true; i += 1; continue }
            // Printable ASCII is never space: the general test only for the rest.
            if !(c.value > 0x20 && c.value < 0x80) && CharacterClass.isSpace(c) {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            // Each branch builds the token itself, so its strings move into the array without copies.
            var token: Token
            if (c == "n" || c == "N"), i + 2 < n, CharacterClass.isApostrophe(s[i + 1]), s[i + 2] == "t" || s[i + 2] == "T",
               i + 3 == n || !CharacterClass.isAlnum(s[i + 3]) {
                i += 3
                token = negation.token(at: Span(start: start, end: i))
            } else if CharacterClass.isWordStart(c) {
                // The word's bytes are gathered while it is scanned. The usual word, ASCII letters and digits up
                // to a space or a line break, is read here; the scan takes over where anything else follows.
                word.reset()
                let run = word.appendAlphanumerics(s, from: i)
                if run.end > i && (run.end == n || s[run.end].value <= 0x20) {
                    i = run.end
                } else {
                    i = scanWord(s, from: start, resumingAt: run.end, sawLetter: run.letters, into: &word)
                }
                let span = Span(start: start, end: i)
                if !word.isASCII {
                    token = forms.forms(ofText: TextNormalization.normalize(UnsafeBufferPointer(rebasing: s[start..<i])))
                        .token(at: span)
                } else if word.count == 1 {
                    token = forms.single(word.text[0], at: span)
                } else {
                    token = forms.token(of: word, at: span)
                }
            } else if CharacterClass.isApostrophe(c), let end = possessiveEnd(s, at: i, previous: previous) {
                i = end
                token = possessive.token(at: Span(start: start, end: i))
            } else {
                i += 1
                if c == "-" || c == "." || c == "\u{2014}" || c == "\u{2013}" {
                    while i < n, s[i] == c { i += 1 }
                }
                let span = Span(start: start, end: i)
                if i - start == 1 && c.value < 0x80 {
                    token = forms.single(UInt8(truncatingIfNeeded: c.value), at: span)
                } else {
                    token = forms.forms(ofScalars: UnsafeBufferPointer(rebasing: s[start..<i]), word: &word).token(at: span)
                }
            }
            let first = previous == nil
            token.newlineBefore = newlines > 0 || first
            token.paragraphBefore = newlines > 1 || first
            token.attachedBefore = !sawSpace && !first
            previous = token.shape
            tokens.append(consume token)
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    /// The end of the word starting at `start`, its scalars appended to `word` as it goes. The caller has
    /// appended the scalars before `resume` already (ASCII letters and digits; `sawLetter`: some of them letters).
    private func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, resumingAt resume: Int, sawLetter: Bool,
                          into word: inout ASCIIWord) -> Int {
        let n = s.count
        var i = resume
        var sawLetter = sawLetter
        var allDigits = !sawLetter
        while i < n {
            var c = s[i]
            if c.value < 0x80 {
                // A run of ASCII letters and digits, the usual case, without the general tests.
                let run = word.appendAlphanumerics(s, from: i)
                if run.end > i {
                    if run.letters {
                        sawLetter = true
                        allDigits = false
                    }
                    i = run.end
                    guard i < n else { break }
                    c = s[i]
                    // What follows the run: a scalar beyond ASCII from the top, a space or line break ends the word
                    // (no join and no final stop), other ASCII straight to the joins below.
                    if c.value >= 0x80 { continue }
                    if c.value <= 0x20 { return i }
                }
            } else if CharacterClass.isAlnum(c) {
                if !CharacterClass.isDigit(c) { sawLetter = true; allDigits = false }
                word.append(c)
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let after = s[i + 1]
            var joins = false
            // 1,000 and 1.5
            if (c == "," || c == "."), allDigits, CharacterClass.isDigit(after) {
                joins = true
            // mass-market, 90-day, U.S.-China
            } else if c == "-" || c == "\u{2011}", CharacterClass.isAlnum(after) {
                joins = true
            // AT&T
            } else if c == "&", CharacterClass.isUpper(after), i > start, CharacterClass.isUpper(s[i - 1]) {
                joins = true
            // O'Brien, but not Huawei's or didn't
            } else if CharacterClass.isApostrophe(c), CharacterClass.isUpper(after), i - start == 1 {
                joins = true
            // U.S., e.g.: single letters separated by stops
            } else if c == ".", CharacterClass.isLetter(after), i + 2 <= n,
                      i + 2 == n || !CharacterClass.isAlnum(s[i + 2]), i - start == 1 || s[i - 2] == "." {
                word.append(c)
                word.append(after)
                i += 2
                continue
            }
            guard joins else { break }
            word.append(c)
            i += 1
        }
        // didn't -> did + n't
        if sawLetter, i - start > 3, i < n, CharacterClass.isApostrophe(s[i]), i + 1 < n, s[i + 1] == "t" || s[i + 1] == "T",
           s[i - 1] == "n" || s[i - 1] == "N", i + 2 == n || !CharacterClass.isAlnum(s[i + 2]) {
            if word.isASCII { word.removeLast() }
            return i - 1
        }
        // A final stop that belongs to the word: U.S., Inc., Jan., single initials (John F. Kennedy).
        if i < n, s[i] == "." {
            let isInitial = i - start == 1 && CharacterClass.isUpper(s[start])
            let dotted = i - start >= 3 && s[i - 2] == "."
            if isInitial || dotted || isAbbreviation(UnsafeBufferPointer(rebasing: s[start...i]), word) {
                word.append(".")
                return i + 1
            }
        }
        return i
    }

    /// Whether a word with its final stop, normalised and lower-cased, is a known abbreviation: by the bytes
    /// `word` has gathered when it is ASCII, as a `String` otherwise (or when some abbreviation is not ASCII,
    /// see ``ByteKeyTable``).
    private func isAbbreviation(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ word: ASCIIWord) -> Bool {
        if word.isASCII && word.hasSpare {
            if word.loweredAdding(UInt8(ascii: "."), { abbreviations.contains($0, hash: $1) }) { return true }
            if !abbreviations.hasNonASCIIKeys { return false }
        }
        return resources.isAbbreviation(TextNormalization.normalize(scalars).lowercased())
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
