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
    public var resources: TextResources
    private let lemmatizer: Lemmatizer

    public init(resources: TextResources) {
        self.resources = resources
        self.lemmatizer = Lemmatizer(exceptions: resources.lemmaExceptions)
    }

    public func process(_ document: inout AnnotatedDocument) {
        document.tokens = tokenize(document.scalars)
    }

    /// Tokens of a text given as code points.
    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        var newlines = 0
        var sawSpace = false
        var bytes: [UInt8] = [], lowerBytes: [UInt8] = []
        bytes.reserveCapacity(64)
        lowerBytes.reserveCapacity(64)
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" { newlines += 1; sawSpace = true; i += 1; continue }
            if CharacterClass.isSpace(c) { sawSpace = true; i += 1; continue }
            let start = i
            var text: String? = nil
            if (c == "n" || c == "N"), i + 2 < n, CharacterClass.isApostrophe(s[i + 1]), s[i + 2] == "t" || s[i + 2] == "T",
               i + 3 == n || !CharacterClass.isAlnum(s[i + 3]) {
                i += 3
                text = "n't"
            } else if CharacterClass.isWordStart(c) {
                i = scanWord(s, from: i)
            } else if CharacterClass.isApostrophe(c), let end = possessiveEnd(s, at: i, previous: tokens.last) {
                i = end
                text = "'s"
            } else if c == "-" || c == "." || c == "\u{2014}" || c == "\u{2013}" {
                i += 1
                while i < n, s[i] == c { i += 1 }
            } else {
                i += 1
            }
            let surface: String, lower: String, shape: TokenShape
            if text == nil, Tokenizer.plainASCII(s, start, i) {
                // ASCII without a backquote: nothing to normalise; case and shape from the bytes.
                bytes.removeAll(keepingCapacity: true)
                lowerBytes.removeAll(keepingCapacity: true)
                for k in start..<i {
                    let b = UInt8(truncatingIfNeeded: s[k].value)
                    bytes.append(b)
                    lowerBytes.append(b >= 65 && b <= 90 ? b + 32 : b)
                }
                surface = String(decoding: bytes, as: UTF8.self)
                lower = bytes == lowerBytes ? surface : String(decoding: lowerBytes, as: UTF8.self)
                shape = Tokenizer.asciiShape(bytes)
            } else {
                surface = text ?? TextNormalization.normalize(s[start..<i])
                lower = surface.lowercased()
                shape = CharacterClass.shape(of: surface)
            }
            var token = Token(
                text: surface, lower: lower, lemma: lemmatizer.lemma(of: lower),
                shape: shape,
                span: Span(start: start, end: i),
                newlineBefore: newlines > 0, paragraphBefore: newlines > 1,
                attachedBefore: !sawSpace && !tokens.isEmpty)
            if tokens.isEmpty { token.newlineBefore = true; token.paragraphBefore = true }
            tokens.append(token)
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    /// The scalars `s[start..<end]` are ASCII and hold no backquote (which normalisation turns into `'`).
    @inline(__always) private static func plainASCII(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        for k in start..<end {
            let v = s[k].value
            if v >= 128 || v == 96 { return false }
        }
        return true
    }

    /// ``CharacterClass/shape(of:)`` of an ASCII text, from its bytes.
    static func asciiShape(_ bytes: [UInt8]) -> TokenShape {
        var upper = 0, lower = 0, digits = 0
        for b in bytes {
            if b >= 48 && b <= 57 {
                digits += 1
            } else if b >= 65 && b <= 90 {
                upper += 1
            } else if b >= 97 && b <= 122 {
                lower += 1
            }
        }
        let letters = upper + lower
        if letters == 0 && digits == 0 {
            if let first = bytes.first, "$%&@#+=<>".utf8.contains(first) { return .symbol }
            return .punctuation
        }
        if letters == 0 {
            return bytes.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 44 || $0 == 46 }) ? .number : .alphanumeric
        }
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

    /// The end of the word starting at `start`.
    private func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
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
            let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            guard let after = next else { break }
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
            let word = TextNormalization.normalize(s[start...i]).lowercased()
            let isInitial = i - start == 1 && CharacterClass.isUpper(s[start])
            let dotted = i - start >= 3 && s[i - 2] == "."
            if isInitial || dotted || resources.isAbbreviation(word) { return i + 1 }
        }
        return i
    }

    /// The end of a possessive/contraction `'s` (also `' s` with a space), when one starts at `i`.
    private func possessiveEnd(_ s: [Unicode.Scalar], at i: Int, previous: Token?) -> Int? {
        guard let previous, previous.shape != .punctuation else { return nil }
        var j = i + 1
        if j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "s" || s[j] == "S" else { return nil }
        if j + 1 < s.count, CharacterClass.isAlnum(s[j + 1]) { return nil }
        return j + 1
    }
}
