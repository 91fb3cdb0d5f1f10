/// The time stage's knowledge, read from `rules/time/`: the vocabulary of months, weekdays, numbers,
/// units, seasons and frequencies, and the examples the tagger must pass.
///
/// ```swift
/// let (time, problems) = TimeResources.load(directory: "rules/time")
/// time.months["nov."]   // 11
/// ```
public struct TimeResources: Sendable {
    public var months: [String: Int] = [:]
    public var weekdays: [String: Int] = [:]
    public var numbers: [String: Int] = [:]
    public var ordinals: [String: Int] = [:]
    /// `day` -> `D`, `weeks` -> `W`, `decade` -> `DE`.
    public var units: [String: String] = [:]
    /// `fall` -> `FA`.
    public var seasons: [String: String] = [:]
    /// Vague quantities: `few` -> `X`.
    public var vague: Set<String> = []
    /// Frequencies: `weekly` -> `P1W`.
    public var sets: [String: String] = [:]
    public var examples: [TimeExample] = []

    public init() {}

    public var exampleCount: Int { examples.count }

    public static func load(directory: String) -> (TimeResources, [Diagnostic]) {
        var resources = TimeResources()
        var problems: [Diagnostic] = []
        let vocabulary = DataFile.load(path: directory + "/vocabulary.txt")
        problems += vocabulary.diagnostics
        let sections = ["month", "weekday", "number", "ordinal", "unit", "season", "vague", "set"]
        for entry in vocabulary.entries {
            guard entry.fields.count >= 2 else {
                problems.append(Diagnostic(file: vocabulary.path, line: entry.line, column: entry.column,
                                           message: "expected 'VALUE word ...'"))
                continue
            }
            let value = entry.fields[0]
            let words = entry.fields.dropFirst().map { $0.lowercased() }
            func number() -> Int? {
                guard let number = Int(value) else {
                    problems.append(Diagnostic(file: vocabulary.path, line: entry.line, column: entry.column,
                                               message: "'\(value)' is not a number"))
                    return nil
                }
                return number
            }
            switch entry.section {
            case "month": if let n = number() { for w in words { resources.months[w] = n } }
            case "weekday": if let n = number() { for w in words { resources.weekdays[w] = n } }
            case "number": if let n = number() { for w in words { resources.numbers[w] = n } }
            case "ordinal": if let n = number() { for w in words { resources.ordinals[w] = n } }
            case "unit": for w in words { resources.units[w] = value }
            case "season": for w in words { resources.seasons[w] = value }
            case "vague": for w in words { resources.vague.insert(w) }
            case "set": for w in words { resources.sets[w] = value }
            default:
                problems.append(Diagnostic(file: vocabulary.path, line: entry.line, column: entry.column,
                                           message: "unknown section '\(entry.section)'"
                                               + Suggestion.didYouMean(entry.section, among: sections)))
            }
        }
        let (examples, exampleProblems) = TimeExample.load(path: directory + "/examples.txt")
        resources.examples = examples
        problems += exampleProblems
        return (resources, problems)
    }
}
