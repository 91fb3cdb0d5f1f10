/// The status stage's knowledge, read from `rules/status/cues.txt`: cue phrases by what they do.
///
/// A cue word matches a token whose lower-cased text or lemma equals it, so `had` matches only "had"
/// while `have already` also matches "has already".
/// ```swift
/// let (cues, problems) = StatusCues.load(path: "rules/status/cues.txt")
/// cues.phrases[.proposed]   // [["urge"], ["call", "on"], ...]
/// ```
public struct StatusCues: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case negated, proposed, planned, boundary, background, effect, refuted, measure, opinion, hope, condition, failure
        /// Phrases that open on a `[negated]` word and negate nothing ("no doubt", "not only"): the word is no cue there.
        case idiom
    }

    public var phrases: [Role: [[String]]] = [:]

    /// The one-word cues of a role, as a set (`[measure]` nouns, `[opinion]` speakers).
    public func words(_ role: Role) -> Set<String> {
        Set((phrases[role] ?? []).compactMap { $0.count == 1 ? $0[0] : nil })
    }

    public init() {}

    public static func load(path: String) -> (StatusCues, [Diagnostic]) {
        let file = DataFile.load(path: path)
        var cues = StatusCues()
        var problems = file.diagnostics
        for entry in file.entries {
            guard let role = Role(rawValue: entry.section) else {
                problems.append(Diagnostic(
                    file: path, line: entry.line, column: entry.column,
                    message: "cue outside a known section; sections: "
                        + Role.allCases.map { "[\($0.rawValue)]" }.joined(separator: " ")
                        + Suggestion.didYouMean(entry.section, among: Role.allCases.map(\.rawValue))))
                continue
            }
            cues.phrases[role, default: []].append(entry.fields.map { $0.lowercased() })
        }
        return (cues, problems)
    }

    /// Whether `phrase` ends at token `index` (lower-cased text or lemma equal, no timex token).
    static func phrase(_ phrase: [String], endsAt index: Int, in views: TokenViews, lowerBound: Int) -> Bool {
        let start = index - phrase.count + 1
        guard start >= lowerBound else { return false }
        for (offset, word) in phrase.enumerated() {
            if views.features[start + offset].timex >= 0 { return false }
            if !views.reads(word, at: start + offset) { return false }
        }
        return true
    }

    /// Whether `phrase` starts at token `index`.
    static func phrase(_ phrase: [String], startsAt index: Int, in views: TokenViews) -> Bool {
        guard index + phrase.count <= views.count else { return false }
        for (offset, word) in phrase.enumerated() where !views.reads(word, at: index + offset) { return false }
        return true
    }
}

extension TokenViews {
    /// Whether the token at `position` has `word` as its lower-cased text or lemma (read in place: no view made).
    @inline(__always)
    func reads(_ word: String, at position: Int) -> Bool {
        tokens[lowerBound + position].lower == word || tokens[lowerBound + position].lemma == word
    }
}
