/// The text stage's knowledge, read from `rules/text/`: abbreviations, sentence openers, lemma exceptions.
///
/// ```swift
/// let (resources, problems) = TextResources.load(directory: "rules/text")
/// resources.titleAbbreviations.contains("sen.")   // true
/// ```
public struct TextResources: Sendable {
    /// Abbreviations that never end a sentence ("Sen.", "No.", "Jan.").
    public var titleAbbreviations: Set<String> = []
    /// Abbreviations that end a sentence only before a typical opener ("U.S.", "Inc.").
    public var otherAbbreviations: Set<String> = []
    /// Capitalised words that start a sentence after an abbreviation of the second kind.
    public var sentenceOpeners: Set<String> = []
    /// `form -> lemma` exceptions to the suffix rules.
    public var lemmaExceptions: [String: String] = [:]
    /// Units that end a sentence before any capitalised word ("... 140,400 dlrs. Delta said").
    public var finalAbbreviations: Set<String> = []

    public init() {}

    /// All abbreviations, of both kinds.
    public func isAbbreviation(_ lower: String) -> Bool {
        titleAbbreviations.contains(lower) || otherAbbreviations.contains(lower) || finalAbbreviations.contains(lower)
    }

    /// Loads `abbreviations.txt`, `sentence-openers.txt` and `lemmas.txt` from a folder.
    public static func load(directory: String) -> (TextResources, [Diagnostic]) {
        var resources = TextResources()
        var problems: [Diagnostic] = []
        let abbreviations = DataFile.load(path: directory + "/abbreviations.txt")
        problems += abbreviations.diagnostics
        for entry in abbreviations.entries {
            let word = entry.fields[0].lowercased()
            switch entry.section {
            case "title": resources.titleAbbreviations.insert(word)
            case "other": resources.otherAbbreviations.insert(word)
            case "final": resources.finalAbbreviations.insert(word)
            default:
                problems.append(Diagnostic(
                    file: abbreviations.path, line: entry.line, column: entry.column,
                    message: "abbreviation outside a [title], [other] or [final] section"
                        + Suggestion.didYouMean(entry.section, among: ["title", "other", "final"])))
            }
        }
        let openers = DataFile.load(path: directory + "/sentence-openers.txt")
        problems += openers.diagnostics
        for entry in openers.entries { resources.sentenceOpeners.insert(entry.fields[0].lowercased()) }
        let lemmas = DataFile.load(path: directory + "/lemmas.txt")
        problems += lemmas.diagnostics
        for entry in lemmas.entries {
            guard entry.fields.count == 2 else {
                problems.append(Diagnostic(
                    file: lemmas.path, line: entry.line, column: entry.column,
                    message: "expected 'form lemma', found \(entry.fields.count) fields"))
                continue
            }
            resources.lemmaExceptions[entry.fields[0].lowercased()] = entry.fields[1].lowercased()
        }
        return (resources, problems)
    }
}
