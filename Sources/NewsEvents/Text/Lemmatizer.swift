/// Reduces an English word form to the dictionary form rules name: `granted` -> `grant`,
/// `licenses` -> `licence`, `imposed` -> `impose`, `barred` -> `bar`.
///
/// Exceptions from `rules/text/lemmas.txt` first, then suffix rules for plurals, `-ed` and `-ing`
/// with the silent `e` restored and doubled consonants undone. Good enough for rules, not a dictionary.
/// Works on the word's bytes: a word that is its own lemma costs one table look-up and no new string.
/// ```swift
/// Lemmatizer(exceptions: [:]).lemma(of: "approvals")   // "approval"
/// ```
public struct Lemmatizer: Sendable {
    public var exceptions: [String: String] {
        didSet { table = ByteKeyTable(exceptions) }
    }
    /// `exceptions` keyed by bytes.
    private var table: ByteKeyTable<String>

    public init(exceptions: [String: String]) {
        self.exceptions = exceptions
        self.table = ByteKeyTable(exceptions)
    }

    /// The lemma of a lower-cased word.
    public func lemma(of lower: String) -> String {
        var bytes = lower
        return bytes.withUTF8 { lemma(bytes: $0, lower: lower) }
    }

    /// ``lemma(of:)`` of a word given with its UTF-8 bytes; returns `lower` itself when the word is its own lemma.
    private func lemma(bytes: UnsafeBufferPointer<UInt8>, lower: String) -> String {
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false }
        if let known = exception(bytes, hash: KeyHash(bytes).value, ascii: ascii, word: lower) { return known }
        for byte in bytes where byte < 97 || byte > 122 { return lower }
        return inflected(bytes) ?? lower
    }

    /// ``lemma(of:)`` of a word the tokenizer has read as ASCII; returns `lower` itself when the word is its
    /// own lemma.
    func lemma(of word: ASCIIWord, lower: String) -> String {
        if let known = exception(word.lowered, hash: word.lowerHash.value, ascii: true, word: lower) { return known }
        guard word.isLetters else { return lower }
        return inflected(word.lowered) ?? lower
    }

    /// The stem the suffix rules give a word the tokenizer has read as ASCII, written to the word's
    /// ``ASCIIWord/scratch`` (valid until the word changes), for a caller that looks the stem up among the
    /// exceptions and its own words itself (the lemma is the stem's exception, or the stem); `nil` when no
    /// suffix rule applies. No closure and no allocation: it runs once per token outside the vocabulary.
    func suffixStem(of word: ASCIIWord) -> UnsafeBufferPointer<UInt8>? {
        guard word.isLetters, Lemmatizer.mayBeInflected(word.lowered) else { return nil }
        let out = word.scratch
        guard let length = Lemmatizer.stem(word.lowered, into: out) else { return nil }
        return UnsafeBufferPointer(rebasing: out[..<length])
    }

    /// The exceptions by their bytes, for a caller that looks words up in a table of its own; `nil` when some
    /// exception is not ASCII (it is then found by `String` comparison only).
    var exceptionTable: [(key: String, value: String)]? {
        table.hasNonASCIIKeys ? nil : exceptions.map { (key: $0.key, value: $0.value) }
    }

    /// The exception for a word. `String` keys match by canonical equivalence, so a word or key that is not
    /// ASCII is looked up as a `String`.
    @inline(__always)
    private func exception(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, ascii: Bool, word: String) -> String? {
        guard ascii else { return exceptions[word] }
        if let known = table.value(for: bytes, hash: hash) { return known }
        return table.hasNonASCIIKeys ? exceptions[word] : nil
    }

    /// The lemma of a word of the letters a to z that is no exception: its stem by the suffix rules, or the
    /// stem's own exception; `nil` when no suffix rule applies (the word is its own lemma).
    @inline(__always)
    private func inflected(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        Lemmatizer.mayBeInflected(bytes) ? stemLemma(bytes) : nil
    }

    /// The quick test before the suffix rules: longer than three letters, the last one s, d or g (every suffix
    /// rule ends in one of them).
    @inline(__always)
    private static func mayBeInflected(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        return n > 3 && (bytes[n - 1] == UInt8(ascii: "s") || bytes[n - 1] == UInt8(ascii: "d") || bytes[n - 1] == UInt8(ascii: "g"))
    }

    /// ``inflected(_:)`` past its quick test on the last letter.
    private func stemLemma(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { buffer -> String? in
            guard let length = Lemmatizer.stem(bytes, into: buffer) else { return nil }
            let stem = UnsafeBufferPointer(rebasing: buffer[..<length])
            if let known = table.value(for: stem) { return known }
            let text = String(decoding: stem, as: UTF8.self)
            return table.hasNonASCIIKeys ? exceptions[text] ?? text : text
        }
    }

    /// Writes the stem of the lower-case ASCII word `w` to `out` (room for one byte more than `w`) and returns
    /// its length, or `nil` when no suffix rule applies.
    static func stem(_ w: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let n = w.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n > count else { return false }
            let bytes = suffix.utf8Start
            for k in 0..<count where w[n - count + k] != bytes[k] { return false }
            return true
        }
        func copy(_ count: Int) -> Int {
            for k in 0..<count { out[k] = w[k] }
            return count
        }
        if (ends("ies") || ends("ied")) && n > 4 {
            let length = copy(n - 3)
            out[length] = UInt8(ascii: "y")
            return length + 1
        }
        if ends("ing") && n > 5 { return restore(out, copy(n - 3)) }
        if ends("ed") && n > 4 && w[n - 3] != UInt8(ascii: "e") { return restore(out, copy(n - 2)) }
        if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes") { return copy(n - 2) }
        if ends("ss") || ends("us") || ends("is") || ends("ous") { return nil }
        if w[n - 1] == UInt8(ascii: "s") { return copy(n - 1) }
        return nil
    }

    /// Undo consonant doubling (`bann` -> `ban`) or restore a silent `e` (`impos` -> `impose`) in the stem
    /// `out[..<n]`; returns the new length.
    private static func restore(_ out: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int {
        guard n >= 2 else { return n }
        let last = out[n - 1], previous = out[n - 2]
        if last == previous, isUndoubled(last) { return n - 1 }
        if needsE(UnsafeBufferPointer(rebasing: out[..<n])) {
            out[n] = UInt8(ascii: "e")
            return n + 1
        }
        return n
    }

    /// Consonants whose doubling before `-ed`/`-ing` is undone: b g m n p r t.
    @inline(__always) private static func isUndoubled(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "b"), UInt8(ascii: "g"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"),
             UInt8(ascii: "r"), UInt8(ascii: "t"): return true
        default: return false
        }
    }

    @inline(__always) private static func isVowel(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        default: return false
        }
    }

    /// Consonants before which a final `l` takes a silent `e`: `enabl-e`, `settl-e` (b k p t d g z c).
    @inline(__always) private static func takesSilentEBeforeL(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "b"), UInt8(ascii: "k"), UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "d"),
             UInt8(ascii: "g"), UInt8(ascii: "z"), UInt8(ascii: "c"): return true
        default: return false
        }
    }

    /// Stems whose verb ends in a silent `e`: `approv`, `impos`, `announc`, `seiz`, `urg`, `negotiat`.
    private static func needsE(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        let last = s[n - 1], previous = s[n - 2]
        switch last {
        case UInt8(ascii: "v"), UInt8(ascii: "z"): return true
        case UInt8(ascii: "c"): return previous == UInt8(ascii: "n") || isVowel(previous)
        case UInt8(ascii: "s"): return isVowel(previous) && previous != UInt8(ascii: "u")
        case UInt8(ascii: "g"): return previous == UInt8(ascii: "r") || previous == UInt8(ascii: "n") && n > 4
            && s[n - 3] == UInt8(ascii: "a")
        case UInt8(ascii: "t"):
            // negotiat-e, execut-e; not grant, list, visit, treat
            guard n > 4 else { return false }
            if previous == UInt8(ascii: "u") { return true }
            return previous == UInt8(ascii: "a") && s[n - 3] != UInt8(ascii: "e") && s[n - 3] != UInt8(ascii: "o")
        case UInt8(ascii: "r"): return previous == UInt8(ascii: "i") || previous == UInt8(ascii: "u")
        case UInt8(ascii: "l"): return takesSilentEBeforeL(previous)
        case UInt8(ascii: "d"): return previous == UInt8(ascii: "i") && n > 4 || previous == UInt8(ascii: "u")
        case UInt8(ascii: "n"): return previous == UInt8(ascii: "i") && !isVowel(s[n - 3])
        case UInt8(ascii: "u"): return true
        case UInt8(ascii: "k"):
            return isVowel(previous) && !(previous == UInt8(ascii: "o") && s[n - 3] == UInt8(ascii: "o"))
        default: return false
        }
    }
}
