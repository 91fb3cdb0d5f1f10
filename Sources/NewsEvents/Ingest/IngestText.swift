/// Small string helpers of the ingest stage.
enum IngestText {
    /// `text` without the characters of `set` at either end.
    static func trim(_ text: String, _ set: String = " \t\u{A0}") -> String {
        untouchedByTrim(text, set) ? text : trimCharacters(text, set)
    }

    /// `text` without the characters of `set` at either end.
    static func trim(_ text: Substring, _ set: String = " \t\u{A0}") -> String {
        untouchedByTrim(text, set) ? String(text) : trimCharacters(text, set)
    }

    /// `text` without the characters of `set` at either end.
    static func trim(_ text: some StringProtocol, _ set: String = " \t\u{A0}") -> String {
        trimCharacters(text, set)
    }

    /// Neither end of `text` can be a character of `set`, a set of white space: its first and last bytes are
    /// none of the set's. (White space characters are single code points that no other character equals, so a
    /// character of `set` at an end would bring its own bytes along.)
    @inline(__always)
    private static func untouchedByTrim<Text: StringProtocol>(_ text: Text, _ set: String) -> Bool
        where Text.UTF8View: BidirectionalCollection
    {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        for byte in set.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20, 0xC2, 0xA0:
                if byte == first || byte == last { return false }
            default:
                return false
            }
        }
        return true
    }

    private static func trimCharacters(_ text: some StringProtocol, _ set: String) -> String {
        let characters = Set(set)
        guard let first = text.firstIndex(where: { !characters.contains($0) }) else { return "" }
        let last = text.lastIndex(where: { !characters.contains($0) })!
        return String(text[first...last])
    }

    /// Whether `text` contains `needle`, compared as UTF-8 bytes (no Foundation, no locale).
    static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        var haystack = String(text)
        return haystack.withUTF8 { contains(bytes: $0, needle) }
    }

    /// Whether UTF-8 `bytes` contain `needle`.
    static func contains(bytes: some Collection<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needle in
            bytes.withContiguousStorageIfAvailable { contains(bytes: $0, needle: needle) }
                ?? Array(bytes).withUnsafeBufferPointer { contains(bytes: $0, needle: needle) }
        }
    }

    /// Whether `bytes` contain the bytes of `needle`.
    static func contains(bytes: UnsafeBufferPointer<UInt8>, needle: some RandomAccessCollection<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var start = 0
        while start <= bytes.count - needle.count {
            if bytes[start] == first, bytes[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// White space as `Character.isWhitespace` sees it, decided without a property lookup for ASCII.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }
}
