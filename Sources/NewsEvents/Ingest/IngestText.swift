/// Small string helpers of the ingest stage.
enum IngestText {
    /// `text` without the characters of `set` at either end.
    static func trim(_ text: some StringProtocol, _ set: String = " \t\u{A0}") -> String {
        let characters = Set(set)
        guard let first = text.firstIndex(where: { !characters.contains($0) }) else { return "" }
        let last = text.lastIndex(where: { !characters.contains($0) })!
        return String(text[first...last])
    }
}
