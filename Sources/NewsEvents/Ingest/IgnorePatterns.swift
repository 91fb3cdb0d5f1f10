/// The names a folder walk skips, from a `.newseventsignore` file in the folder: one pattern a line, `#`
/// comments, `*` for any run of characters and `?` for one. Patterns apply to the names in that folder and
/// in every folder below it, so a corpus can keep its gold file and notes beside the articles.
///
/// ```
/// # corpus/.newseventsignore
/// gold.jsonl
/// README.md
/// *.py
/// ```
struct IgnorePatterns {
    var patterns: [[Character]]

    static let fileName = ".newseventsignore"

    /// The patterns of `folder/.newseventsignore` (`folder` ends with `/`), or `nil` when there is none.
    static func load(folder: String) -> IgnorePatterns? {
        guard let text = try? FileSystem.readText(path: folder + fileName) else { return nil }
        let file = DataFile(path: folder + fileName, text: text)
        return IgnorePatterns(patterns: file.entries.map { Array($0.fields.joined(separator: " ")) })
    }

    func matches(_ name: String) -> Bool {
        let characters = Array(name)
        return patterns.contains { IgnorePatterns.glob($0[...], characters[...]) }
    }

    /// `*` and `?` wildcard matching, iterative with one backtrack point (linear in practice).
    static func glob(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: Int? = nil, mark = text.startIndex
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.endIndex, pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if let s = star {
                p = s + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}
