/// Small string helpers of the ingest stage.
enum IngestText {
    /// `text` without the characters of `set` at either end.
    static func trim(_ text: some StringProtocol, _ set: String = " \t\u{A0}") -> String {
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
