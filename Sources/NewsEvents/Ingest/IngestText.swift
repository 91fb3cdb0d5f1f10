/// Small string helpers of the ingest stage.
enum IngestText {
    /// `text` without the characters of `set` at either end.
    static func trim(_ text: String, _ set: String = " \t\u{A0}") -> String {
        if untouchedByTrim(text, set) { return text }
        return trimASCII(text[...], set) ?? trimCharacters(text, set)
    }

    /// `text` without the characters of `set` at either end.
    static func trim(_ text: Substring, _ set: String = " \t\u{A0}") -> String {
        if untouchedByTrim(text, set) { return String(text) }
        return trimASCII(text, set) ?? trimCharacters(text, set)
    }

    /// ``trim(_:_:)`` on the bytes, when `text` is ASCII without a carriage return (so each byte is a
    /// character) and `set` is white space; `nil` otherwise.
    private static func trimASCII(_ text: Substring, _ set: String) -> String? {
        guard isWhiteSpaceSet(set) else { return nil }
        let utf8 = text.utf8
        for byte in utf8 where byte >= 0x80 || byte == 0x0D { return nil }
        guard let first = utf8.firstIndex(where: { !set.utf8.contains($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !set.utf8.contains($0) })!
        return String(text[first...last])
    }

    /// Whether `set` holds only white space (tab to carriage return, space, no-break space).
    @inline(__always)
    private static func isWhiteSpaceSet(_ set: String) -> Bool {
        set.utf8.allSatisfy { byte in
            switch byte {
            case 0x09...0x0D, 0x20, 0xC2, 0xA0: return true
            default: return false
            }
        }
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
        guard let first = text.utf8.first, let last = text.utf8.last, isWhiteSpaceSet(set) else { return false }
        return !set.utf8.contains(first) && !set.utf8.contains(last)
    }

    private static func trimCharacters(_ text: some StringProtocol, _ set: String) -> String {
        let characters = Set(set)
        guard let first = text.firstIndex(where: { !characters.contains($0) }) else { return "" }
        let last = text.lastIndex(where: { !characters.contains($0) })!
        return String(text[first...last])
    }

    /// How many words `text` holds, `text.split(separator: " ").count`, counted on the bytes when `text` is
    /// ASCII (each byte then a character).
    static func spaceSeparatedCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x0D { return text.split(separator: " ").count }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
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
