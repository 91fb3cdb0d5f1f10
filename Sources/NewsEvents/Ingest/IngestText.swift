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
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        let bytes = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
