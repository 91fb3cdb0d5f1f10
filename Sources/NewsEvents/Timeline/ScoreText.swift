/// The string functions of `shared/eval/score_events.py`, ported by hand (no regular expressions) so that
/// `newsevents eval` agrees with the Python scorer.
///
/// Python's `\s` and `str.strip()` use `str.isspace()`; `\w` is `str.isalnum()` or `_`. Strings are compared
/// and searched code point by code point, as Python does (Swift's `==` and `contains` would apply canonical
/// equivalence).
/// ```swift
/// ScoreText.fold("  The  U.S.\u{2019}s ")     // "the u.s.'s"
/// ScoreText.nameFold("The U.S. Commerce Dept.") // "us commerce dept"
/// ScoreText.docKey("txt/reuters-5259.txt")       // "reuters-5259"
/// ```
public enum ScoreText {
    /// Python's `str.isspace()` for one code point.
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python's `\w` for one code point: letters (Lu, Ll, Lt, Lm, Lo), anything with a numeric value, `_`.
    public static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return c.properties.numericType != nil
        }
    }

    /// `re.sub(r"\s+", " ", s)`.
    static func collapseSpaces(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var inSpace = false
        for c in s {
            if isSpace(c) {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(c)
                inSpace = false
            }
        }
        return out
    }

    /// `s.strip()`.
    static func strip(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = s.firstIndex(where: { !isSpace($0) }) else { return [] }
        let last = s.lastIndex(where: { !isSpace($0) })!
        return Array(s[first...last])
    }

    /// The string of `s`, made from its UTF-8 bytes (appending to a `String.UnicodeScalarView` one code point at
    /// a time cost ten times as much).
    static func string(_ s: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.count)
        for scalar in s { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold`: lower case, typographic quotes to ASCII, whitespace runs to one space, stripped.
    public static func fold(_ s: String) -> String { string(foldScalars(s)) }

    static func foldScalars(_ s: String) -> [Unicode.Scalar] {
        var lowered: [Unicode.Scalar] = []
        for c in s.lowercased().unicodeScalars {
            switch c {
            case "\u{2019}", "\u{2018}": lowered.append("'")
            case "\u{201C}", "\u{201D}": lowered.append("\"")
            default: lowered.append(c)
            }
        }
        return strip(collapseSpaces(lowered))
    }

    /// `name_fold`: `fold`, then `\bu\.\s?s\.` -> `us`, `[^\w\s]` -> space, a leading `the `/`a `/`an ` removed,
    /// whitespace collapsed and stripped.
    public static func nameFold(_ s: String) -> String {
        let folded = foldScalars(s)
        // \bu\.\s?s\.  ->  us
        var step: [Unicode.Scalar] = []
        step.reserveCapacity(folded.count)
        var i = 0
        while i < folded.count {
            if folded[i] == "u", i == 0 || !isWord(folded[i - 1]), i + 1 < folded.count, folded[i + 1] == "." {
                var j = i + 2
                if j < folded.count, isSpace(folded[j]), j + 1 < folded.count, folded[j + 1] == "s" { j += 1 }
                if j + 1 < folded.count, folded[j] == "s", folded[j + 1] == "." {
                    step.append("u")
                    step.append("s")
                    i = j + 2
                    continue
                }
            }
            step.append(folded[i])
            i += 1
        }
        // [^\w\s] -> " "
        for k in step.indices where !isWord(step[k]) && !isSpace(step[k]) { step[k] = " " }
        // ^(the|a|an)\s+ on the stripped string
        var stripped = strip(step)
        for article in ["the", "an", "a"] {
            let a = Array(article.unicodeScalars)
            if stripped.count > a.count, Array(stripped[0..<a.count]) == a, isSpace(stripped[a.count]) {
                var j = a.count
                while j < stripped.count, isSpace(stripped[j]) { j += 1 }
                stripped = Array(stripped[j...])
                break
            }
        }
        return string(strip(collapseSpaces(stripped)))
    }

    /// `doc_key`: the last path component without `.txt`, `.htm`, `.html`, `.xhtml`, `.md` or `.json`.
    public static func docKey(_ d: String) -> String {
        var s = Array(d.unicodeScalars)
        if let slash = s.lastIndex(of: "/") { s = Array(s[(slash + 1)...]) }
        for ext in [".txt", ".html", ".htm", ".xhtml", ".md", ".json"] {
            let e = Array(ext.unicodeScalars)
            if s.count >= e.count, Array(s[(s.count - e.count)...]) == e {
                s.removeLast(e.count)
                break
            }
        }
        return string(s)
    }

    /// Python's `needle in haystack` on code points.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        contains(Array(haystack.unicodeScalars), Array(needle.unicodeScalars))
    }

    static func contains(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar]) -> Bool {
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        let first = n[0]
        var i = 0
        let limit = h.count - n.count
        while i <= limit {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Python's `==` on strings: code point equality.
    public static func same(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    /// Python's `<` on strings: code point order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
