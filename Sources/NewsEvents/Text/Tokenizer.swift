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
    public let vocabulary: Vocabulary?
    private let lemmatizer: Lemmatizer
    /// Every abbreviation (``TextResources/isAbbreviation(_:)``) keyed by its bytes.
    private let abbreviations: ByteKeyTable<Bool>
    /// The tokens the tokenizer makes up itself, `'s` and `n't`, with their forms worked out once.
    private let possessive: Forms, negation: Forms
    /// With a vocabulary: every vocabulary word and every lemma exception, so an ASCII word costs one look-up
    /// for its number and its exception (``KnownWord``). `nil` without a vocabulary, or when some exception
    /// is not ASCII.
    private let known: ByteKeyTable<KnownWord>?

    /// What is known of a lower-cased word before reading any text: its vocabulary number and, when the
    /// lemmatizer lists it as an exception, its lemma and the lemma's number.
    private struct KnownWord: Sendable {
        var lowerID: Int32
        var lemma: String?
        var lemmaID: Int32
    }

    /// A token's text, lower-cased text, lemma and shape, and the vocabulary numbers of the two forms.
    private struct Forms: Sendable {
        var text: String, lower: String, lemma: String, shape: TokenShape
        var lowerID = Vocabulary.unknown, lemmaID = Vocabulary.unknown
    }

    public init(resources: TextResources, vocabulary: Vocabulary? = nil) {
        self.resources = resources
        self.vocabulary = vocabulary
        let lemmatizer = Lemmatizer(exceptions: resources.lemmaExceptions)
        self.lemmatizer = lemmatizer
        let all = resources.titleAbbreviations.union(resources.otherAbbreviations).union(resources.finalAbbreviations)
        self.abbreviations = ByteKeyTable(all.map { (key: $0, value: true) })
        func forms(_ text: String) -> Forms {
            let lower = text.lowercased()
            let lemma = lemmatizer.lemma(of: lower)
            return Forms(text: text, lower: lower, lemma: lemma, shape: CharacterClass.shape(of: text),
                         lowerID: vocabulary?.id(of: lower) ?? Vocabulary.unknown,
                         lemmaID: vocabulary?.id(of: lemma) ?? Vocabulary.unknown)
        }
        possessive = forms("'s")
        negation = forms("n't")
        known = vocabulary.flatMap { vocabulary in
            lemmatizer.exceptionTable.map { exceptions in Tokenizer.knownWords(vocabulary, exceptions) }
        }
    }

    private static func knownWords(_ vocabulary: Vocabulary, _ exceptions: [(key: String, value: String)]) -> ByteKeyTable<KnownWord> {
        var entries: [String: KnownWord] = [:]
        for word in vocabulary.map({ $0 }) {
            entries[word] = KnownWord(lowerID: vocabulary.id(of: word), lemma: nil, lemmaID: Vocabulary.unknown)
        }
        for (word, lemma) in exceptions {
            entries[word] = KnownWord(lowerID: vocabulary.id(of: word), lemma: lemma, lemmaID: vocabulary.id(of: lemma))
        }
        return ByteKeyTable(entries)
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
        // Bound once: reading the optional tables from `self` per token would copy (retain and release) them.
        let known = self.known, vocabulary = self.vocabulary, lemmatizer = self.lemmatizer
        var i = 0
        var newlines = 0
        var sawSpace = false
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
            // Each branch builds the token itself, so its strings move into the array without copies.
            let span = Span(start: start, end: i)
            var token: Token
            if let made {
                token = Token(text: made.text, lower: made.lower, lemma: made.lemma, shape: made.shape, span: span,
                              lowerID: made.lowerID, lemmaID: made.lemmaID)
            } else if word.read(UnsafeBufferPointer(rebasing: s[start..<i])) {
                // ASCII without a backquote: nothing to normalise; case, shape and lemma from the bytes.
                let text = Tokenizer.string(ascii: word.text)
                let lower = word.hasUpper ? Tokenizer.string(ascii: word.lowered) : text
                let lemma: String
                var lowerID = Vocabulary.unknown, lemmaID = Vocabulary.unknown
                if let known, let vocabulary {
                    // One look-up for the word's number and its exception.
                    let entry = known.value(for: word.lowered, hash: word.lowerHash.value)
                    lowerID = entry?.lowerID ?? Vocabulary.unknown
                    if let exception = entry?.lemma {
                        lemma = exception
                        lemmaID = entry!.lemmaID
                    } else {
                        lemma = lemmatizer.lemma(ofNonException: word, lower: lower)
                        lemmaID = lemma == lower ? lowerID : vocabulary.id(of: lemma)
                    }
                } else {
                    lemma = lemmatizer.lemma(of: word, lower: lower)
                    if let vocabulary {
                        lowerID = vocabulary.id(ofBytes: word.lowered, hash: word.lowerHash.value)
                        lemmaID = lemma == lower ? lowerID : vocabulary.id(of: lemma)
                    }
                }
                token = Token(text: text, lower: lower, lemma: lemma, shape: word.shape, span: span,
                              lowerID: lowerID, lemmaID: lemmaID)
            } else {
                let text = TextNormalization.normalize(UnsafeBufferPointer(rebasing: s[start..<i]))
                let lower = text.lowercased()
                let lemma = lemmatizer.lemma(of: lower)
                var lowerID = Vocabulary.unknown, lemmaID = Vocabulary.unknown
                if let vocabulary {
                    lowerID = vocabulary.id(of: lower)
                    lemmaID = lemma == lower ? lowerID : vocabulary.id(of: lemma)
                }
                token = Token(text: text, lower: lower, lemma: lemma, shape: CharacterClass.shape(of: text), span: span,
                              lowerID: lowerID, lemmaID: lemmaID)
            }
            let first = tokens.isEmpty
            token.newlineBefore = newlines > 0 || first
            token.paragraphBefore = newlines > 1 || first
            token.attachedBefore = !sawSpace && !first
            tokens.append(consume token)
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    /// A string of ASCII bytes, copied in one go (the general decoder looks for bytes to repair first).
    @inline(__always)
    private static func string(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(from: bytes)
            return bytes.count
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
            if c.value < 0x80 {
                // ASCII letters and digits, the usual case, without the general tests.
                let v = c.value | 0x20
                if v >= 97 && v <= 122 {
                    sawLetter = true
                    allDigits = false
                    i += 1
                    continue
                }
                if c.value >= 48 && c.value <= 57 {
                    i += 1
                    continue
                }
            } else if CharacterClass.isAlnum(c) {
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
