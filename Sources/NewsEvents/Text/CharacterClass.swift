/// Character tests on Unicode scalars, ASCII fast paths first, for the tokenizer's hot loop.
enum CharacterClass {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return isUppercaseBeyondASCII(c)
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return isAlphabeticBeyondASCII(c)
    }

    /// `Unicode.Scalar.Properties.isLowercase`, ASCII first.
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 97 && c.value <= 122 }
        return isLowercaseBeyondASCII(c)
    }

    // The Unicode property tests out of line: `Unicode.Scalar.Properties` is a resilient type, so a function
    // that inlines a test sets up room for it on every call, even when every scalar it sees is ASCII.
    @inline(never) private static func isUppercaseBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    @inline(never) private static func isAlphabeticBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) private static func isLowercaseBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    @inline(__always) static func isWordStart(_ c: Unicode.Scalar) -> Bool { isAlnum(c) }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "`"
    }

    /// The shape of a token's text.
    static func shape(of text: String) -> TokenShape {
        var upper = 0, lower = 0, digits = 0, other = 0, first: Unicode.Scalar? = nil
        for c in text.unicodeScalars {
            if first == nil { first = c }
            if isDigit(c) {
                digits += 1
            } else if isLetter(c) {
                if isUpper(c) { upper += 1 } else { lower += 1 }
            } else {
                other += 1
            }
        }
        let letters = upper + lower
        if letters == 0 && digits == 0 {
            if let first, "$%&@#+=<>€£¥§".unicodeScalars.contains(first) { return .symbol }
            return .punctuation
        }
        if letters == 0 { return text.unicodeScalars.allSatisfy({ isDigit($0) || $0 == "," || $0 == "." }) ? .number : .alphanumeric }
        if digits > 0 { return .alphanumeric }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        if let first, isUpper(first) {
            // Capitalised unless an upper-case letter follows a lower-case one (McDonald, iPhone).
            var sawLower = false
            for c in text.unicodeScalars.dropFirst() where isLetter(c) {
                if isUpper(c) && sawLower { return .mixed }
                if !isUpper(c) { sawLower = true }
            }
            return .capitalized
        }
        return .mixed
    }
}
