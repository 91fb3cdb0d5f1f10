/// Reduces an English word form to the dictionary form rules name: `granted` -> `grant`,
/// `licenses` -> `licence`, `imposed` -> `impose`, `barred` -> `bar`.
///
/// Exceptions from `rules/text/lemmas.txt` first, then suffix rules for plurals, `-ed` and `-ing`
/// with the silent `e` restored and doubled consonants undone. Good enough for rules, not a dictionary.
/// ```swift
/// Lemmatizer(exceptions: [:]).lemma(of: "approvals")   // "approval"
/// ```
public struct Lemmatizer: Sendable {
    public var exceptions: [String: String]

    public init(exceptions: [String: String]) {
        self.exceptions = exceptions
    }

    /// The lemma of a lower-cased word.
    public func lemma(of lower: String) -> String {
        if let known = exceptions[lower] { return known }
        let bytes = Array(lower.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return lower }
        if let stem = stripInflection(bytes) {
            return exceptions[stem] ?? stem
        }
        return lower
    }

    private func stripInflection(_ w: [UInt8]) -> String? {
        let n = w.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n > count else { return false }
            return suffix.withUTF8Buffer { w[(n - count)...].elementsEqual($0) }
        }
        func string(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        if ends("ies") && n > 4 { return string(w[..<(n - 3)]) + "y" }
        if ends("ied") && n > 4 { return string(w[..<(n - 3)]) + "y" }
        if ends("ing") && n > 5 { return restore(Array(w[..<(n - 3)])) }
        if ends("ed") && n > 4 && w[n - 3] != UInt8(ascii: "e") { return restore(Array(w[..<(n - 2)])) }
        if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes") {
            return string(w[..<(n - 2)])
        }
        if ends("ss") || ends("us") || ends("is") || ends("ous") { return nil }
        if w[n - 1] == UInt8(ascii: "s") { return string(w[..<(n - 1)]) }
        return nil
    }

    /// Undo consonant doubling (`bann` -> `ban`) or restore a silent `e` (`impos` -> `impose`).
    private func restore(_ stem: [UInt8]) -> String {
        let n = stem.count
        let text = String(decoding: stem, as: UTF8.self)
        guard n >= 2 else { return text }
        let last = stem[n - 1], previous = stem[n - 2]
        if last == previous, Lemmatizer.undoubled.contains(last) {
            return String(decoding: stem[..<(n - 1)], as: UTF8.self)
        }
        if Lemmatizer.needsE(stem) { return text + "e" }
        return text
    }

    private static let undoubled: Set<UInt8> = Set("bgmnprt".utf8)
    private static let vowels: Set<UInt8> = Set("aeiou".utf8)

    /// Stems whose verb ends in a silent `e`: `approv`, `impos`, `announc`, `seiz`, `urg`, `negotiat`.
    private static func needsE(_ s: [UInt8]) -> Bool {
        let n = s.count
        let last = s[n - 1], previous = s[n - 2]
        switch last {
        case UInt8(ascii: "v"), UInt8(ascii: "z"): return true
        case UInt8(ascii: "c"): return previous == UInt8(ascii: "n") || vowels.contains(previous)
        case UInt8(ascii: "s"): return vowels.contains(previous) && previous != UInt8(ascii: "u")
        case UInt8(ascii: "g"): return previous == UInt8(ascii: "r") || previous == UInt8(ascii: "n") && n > 4
            && s[n - 3] == UInt8(ascii: "a")
        case UInt8(ascii: "t"):
            // negotiat-e, execut-e; not grant, list, visit, treat
            guard n > 4 else { return false }
            if previous == UInt8(ascii: "u") { return true }
            return previous == UInt8(ascii: "a") && s[n - 3] != UInt8(ascii: "e") && s[n - 3] != UInt8(ascii: "o")
        case UInt8(ascii: "r"): return previous == UInt8(ascii: "i") || previous == UInt8(ascii: "u")
        case UInt8(ascii: "l"): return Set("bkptdgzc".utf8).contains(previous)
        case UInt8(ascii: "d"): return previous == UInt8(ascii: "i") && n > 4 || previous == UInt8(ascii: "u")
        case UInt8(ascii: "n"): return previous == UInt8(ascii: "i") && !vowels.contains(s[n - 3])
        case UInt8(ascii: "u"): return true
        case UInt8(ascii: "k"):
            return vowels.contains(previous) && !(previous == UInt8(ascii: "o") && s[n - 3] == UInt8(ascii: "o"))
        default: return false
        }
    }
}
