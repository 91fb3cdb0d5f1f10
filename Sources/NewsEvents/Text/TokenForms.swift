/// What the tokenizer puts in a token besides its place: its text, lower-cased form, lemma, shape and the
/// vocabulary numbers of the two forms. Worked out once, when the tokenizer is built, for every word of the
/// vocabulary and every lemma exception (``KnownWord``) and for every one-character ASCII token, so that most
/// tokens cost one table look-up and build no string.
///
/// ```swift
/// let forms = TokenForms(lemmatizer: Lemmatizer(exceptions: [:]), vocabulary: Vocabulary(["grant"]))
/// forms.forms(ofText: "Grants").lemma                                // "grant"
/// forms.single(UInt8(ascii: ","), at: Span(start: 0, end: 1)).shape   // .punctuation
/// ```
struct TokenForms: Sendable {
    /// A token's text, lower-cased text, lemma and shape, and the vocabulary numbers of the two forms.
    struct Forms: Sendable {
        var text: String, lower: String, lemma: String, shape: TokenShape
        var lowerID = Vocabulary.unknown, lemmaID = Vocabulary.unknown

        var endsWithFullStop = false

        /// The token with these forms at `span` (its line flags unset).
        @inline(__always)
        func token(at span: Span) -> Token {
            Token(text: text, lower: lower, lemma: lemma, shape: shape, span: span, lowerID: lowerID, lemmaID: lemmaID,
                  endsWithFullStop: endsWithFullStop)
        }
    }

    /// What is known of a lower-cased word before reading any text: its strings in the three letter cases text
    /// usually has, its lemma, and their vocabulary numbers.
    private struct KnownWord: Sendable {
        /// The word itself, and the forms of text whose lower-cased bytes it is: first letter upper case
        /// (`Said`), every letter upper case (`SAID`).
        var lower: String, capitalized: String, upper: String
        /// The shapes of ``lower``, ``capitalized`` and ``upper`` (``ASCIIWord/shape``), so that a token of one
        /// of them needs no look at its bytes.
        var lowerShape: TokenShape, capitalizedShape: TokenShape, upperShape: TokenShape
        var lemma: String
        var lowerID: Int32, lemmaID: Int32
        /// The word is a lemma exception (its lemma comes from the exception, not from the suffix rules).
        var isException: Bool
    }

    let lemmatizer: Lemmatizer
    let vocabulary: Vocabulary?
    /// With a vocabulary: every vocabulary word and every lemma exception, keyed by its bytes. Empty and unused
    /// (``hasKnown`` false) without a vocabulary, or when some exception is not ASCII (a byte look-up could then
    /// miss a `String` match). Not optional, so the per-token look-up reads it in place instead of copying it.
    private let known: ByteKeyTable<KnownWord>
    private let hasKnown: Bool
    /// The forms of each one-scalar ASCII token, by its byte.
    private var singles: [Forms] = []

    init(lemmatizer: Lemmatizer, vocabulary: Vocabulary?) {
        self.lemmatizer = lemmatizer
        self.vocabulary = vocabulary
        let known = vocabulary.flatMap { vocabulary in
            lemmatizer.exceptionTable.map { TokenForms.knownWords(vocabulary, lemmatizer, exceptions: $0) }
        }
        self.known = known ?? ByteKeyTable([:])
        hasKnown = known != nil
        var word = ASCIIWord(capacity: 4)
        defer { word.deallocate() }
        singles = (0..<128).map { byte in
            [Unicode.Scalar(UInt8(byte))].withUnsafeBufferPointer { forms(ofScalars: $0, word: &word) }
        }
    }

    private static func knownWords(
        _ vocabulary: Vocabulary, _ lemmatizer: Lemmatizer, exceptions: [(key: String, value: String)]
    ) -> ByteKeyTable<KnownWord> {
        // The shape of a word as the tokenizer works it out from its bytes (only ASCII words are looked up by
        // their bytes: the shape of another is never read).
        var reader = ASCIIWord(capacity: 64)
        defer { reader.deallocate() }
        func read(_ text: String) -> Bool {
            var text = text
            reader.reset()
            text.withUTF8 { bytes in for byte in bytes { reader.append(Unicode.Scalar(byte)) } }
            return reader.isASCII
        }
        func shape(_ text: String) -> TokenShape { read(text) ? reader.shape : .mixed }
        /// The shapes of a word and of its two upper-cased forms.
        func shapes(_ word: String, capitalized: String, upper: String) -> (TokenShape, TokenShape, TokenShape) {
            guard read(word) else { return (.mixed, .mixed, .mixed) }
            if let (capitalizedShape, upperShape) = reader.upperCasedShapes { return (reader.shape, capitalizedShape, upperShape) }
            return (reader.shape, shape(capitalized), shape(upper))
        }
        func entry(_ word: String, lemma: String, isException: Bool) -> KnownWord {
            let upperCased: (UInt8) -> UInt8 = { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
            func cased(_ change: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> String {
                var word = word
                return word.withUTF8 { bytes in
                    guard bytes.allSatisfy({ $0 < 0x80 }) else {
                        var copy = Array(bytes)
                        copy.withUnsafeMutableBufferPointer { change($0) }
                        return String(decoding: copy, as: UTF8.self)
                    }
                    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                        _ = buffer.initialize(from: bytes)
                        change(UnsafeMutableBufferPointer(rebasing: buffer[..<bytes.count]))
                        return bytes.count
                    }
                }
            }
            let lowerID = vocabulary.id(of: word)
            let capitalized = cased { bytes in if !bytes.isEmpty { bytes[0] = upperCased(bytes[0]) } }
            let upper = cased { bytes in for k in bytes.indices { bytes[k] = upperCased(bytes[k]) } }
            let (lowerShape, capitalizedShape, upperShape) = shapes(word, capitalized: capitalized, upper: upper)
            return KnownWord(
                lower: word, capitalized: capitalized, upper: upper,
                lowerShape: lowerShape, capitalizedShape: capitalizedShape, upperShape: upperShape,
                lemma: lemma, lowerID: lowerID, lemmaID: lemma == word ? lowerID : vocabulary.id(of: lemma),
                isException: isException)
        }
        let words = vocabulary.map { $0 }
        let others = Set(words.filter { !$0.isASCII })
        if !exceptions.contains(where: { others.contains($0.key) }) {
            // Exceptions are ASCII here, vocabulary words distinct strings, and none of those that are not ASCII
            // equals an exception: keys are equal strings exactly when their bytes are, and the table keeps the
            // last value given for a key, as the dictionary below does.
            var pairs: [(key: String, value: KnownWord)] = []
            pairs.reserveCapacity(words.count + exceptions.count)
            for word in words { pairs.append((key: word, value: entry(word, lemma: lemmatizer.lemma(of: word), isException: false))) }
            for (word, lemma) in exceptions { pairs.append((key: word, value: entry(word, lemma: lemma, isException: true))) }
            return ByteKeyTable(pairs)
        }
        var entries: [String: KnownWord] = [:]
        for word in words {
            entries[word] = entry(word, lemma: lemmatizer.lemma(of: word), isException: false)
        }
        for (word, lemma) in exceptions { entries[word] = entry(word, lemma: lemma, isException: true) }
        return ByteKeyTable(entries)
    }

    /// The token of one ASCII scalar, `byte`, at `span` (its line flags unset).
    @inline(__always)
    func single(_ byte: UInt8, at span: Span) -> Token { singles[Int(byte)].token(at: span) }

    /// The token of a word read as ASCII (``ASCIIWord/isASCII``) at `span` (its line flags unset).
    @inline(__always)
    func token(of word: ASCIIWord, at span: Span) -> Token {
        guard hasKnown else { return formsWithoutTable(of: word).token(at: span) }
        if let k = known.position(of: word.lowered, hash: word.lowerHash.value) {
            let (text, shape) = !word.hasUpper ? (known[position: k].lower, known[position: k].lowerShape)
                : word.isCapitalizedLower ? (known[position: k].capitalized, known[position: k].capitalizedShape)
                : word.isAllUpper ? (known[position: k].upper, known[position: k].upperShape)
                : (TokenForms.string(ascii: word.text), word.shape)
            return Token(text: text, lower: known[position: k].lower, lemma: known[position: k].lemma, shape: shape,
                         span: span, lowerID: known[position: k].lowerID, lemmaID: known[position: k].lemmaID,
                         endsWithFullStop: word.endsWithFullStop)
        }
        // Neither a vocabulary word nor an exception: no number, and a lemma by the suffix rules.
        let text = TokenForms.string(ascii: word.text)
        let lower = word.hasUpper ? TokenForms.string(ascii: word.lowered) : text
        guard let stem = lemmatizer.suffixStem(of: word) else {
            return Token(text: text, lower: lower, lemma: lower, shape: word.shape, span: span,
                         endsWithFullStop: word.endsWithFullStop)
        }
        let (lemma, lemmaID) = lemma(ofStem: stem)
        return Token(text: text, lower: lower, lemma: lemma, shape: word.shape, span: span, lemmaID: lemmaID,
                     endsWithFullStop: word.endsWithFullStop)
    }

    /// The lemma of a word whose suffix rules give `stem`, and its vocabulary number, looked up by the stem's
    /// bytes among the known words (every exception and vocabulary word is one): the stem's exception, the
    /// stem itself as a known word, or a new string without a number.
    private func lemma(ofStem stem: UnsafeBufferPointer<UInt8>) -> (String, Int32) {
        guard let k = known.position(of: stem, hash: KeyHash(stem).value) else {
            return (TokenForms.string(ascii: stem), Vocabulary.unknown)
        }
        return known[position: k].isException ? (known[position: k].lemma, known[position: k].lemmaID)
            : (known[position: k].lower, known[position: k].lowerID)
    }

    /// The forms of a word read as ASCII, without the table of known words: every form worked out.
    private func formsWithoutTable(of word: ASCIIWord) -> Forms {
        let text = TokenForms.string(ascii: word.text)
        let lower = word.hasUpper ? TokenForms.string(ascii: word.lowered) : text
        let lemma = lemmatizer.lemma(of: word, lower: lower)
        var forms = Forms(text: text, lower: lower, lemma: lemma, shape: word.shape, endsWithFullStop: word.endsWithFullStop)
        if let vocabulary {
            forms.lowerID = vocabulary.id(ofBytes: word.lowered, hash: word.lowerHash.value)
            forms.lemmaID = lemma == lower ? forms.lowerID : vocabulary.id(of: lemma)
        }
        return forms
    }

    /// The forms of any token given as code points: by its bytes when it is ASCII (read into `word`), through
    /// ``TextNormalization`` and `String` otherwise.
    func forms(ofScalars scalars: UnsafeBufferPointer<Unicode.Scalar>, word: inout ASCIIWord) -> Forms {
        guard word.read(scalars) else { return forms(ofText: TextNormalization.normalize(scalars)) }
        let token = token(of: word, at: Span(start: 0, end: 0))
        return Forms(text: token.text, lower: token.lower, lemma: token.lemma, shape: token.shape,
                     lowerID: token.lowerID, lemmaID: token.lemmaID, endsWithFullStop: token.endsWithFullStop)
    }

    /// The forms of a token's normalised text, all worked out as `String`s.
    func forms(ofText text: String) -> Forms {
        let lower = text.lowercased()
        let lemma = lemmatizer.lemma(of: lower)
        var forms = Forms(text: text, lower: lower, lemma: lemma, shape: CharacterClass.shape(of: text),
                          endsWithFullStop: Token.endsWithFullStop(text))
        if let vocabulary {
            forms.lowerID = vocabulary.id(of: lower)
            forms.lemmaID = lemma == lower ? forms.lowerID : vocabulary.id(of: lemma)
        }
        return forms
    }

    /// A string of ASCII bytes, copied in one go (the general decoder looks for bytes to repair first).
    @inline(__always)
    private static func string(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(from: bytes)
            return bytes.count
        }
    }
}
