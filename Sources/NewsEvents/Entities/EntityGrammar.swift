/// The phrase knowledge of the entity stage, read from `rules/lexicons/descriptors.lex` (a `DataFile`):
/// the words that make unknown names, groups and references recognisable.
///
/// ```
/// [org-suffixes]          # WORD | TYPE: "Kestrel Dynamics Ltd" is a company
/// ltd | company
/// [descriptions]          # NOUN | DESCRIPTOR: "the agency" -> the last actor with descriptor 'agency'
/// agency | agency
/// ```
public struct EntityGrammar: Sendable {
    /// Last words of organisation names and the type they give ("inc" -> company, "authority" -> government).
    public var orgSuffixes: [String: EntityType] = [:]
    /// First words of `X of Y` names ("ministry" in "Ministry of Trade").
    public var orgPrefixes: [String: EntityType] = [:]
    /// Title words before a person's name ("minister", "sen.").
    public var titles: Set<String> = []
    /// Capitalised words that are never part of a person's name after a title (months, weekdays).
    public var notNames: Set<String> = []
    /// Description nouns and the descriptor they look for ("firm" -> company).
    public var descriptions: [String: String] = [:]
    /// Words in an actor's name that give it a descriptor ("department", "airways" -> airline).
    public var nameWordDescriptors: [String: String] = [:]
    /// Descriptors every actor of a type carries (company -> company).
    public var typeDescriptors: [EntityType: Set<String>] = [:]
    /// Determiners of descriptions ("the", "this").
    public var determiners: Set<String> = []
    /// Adjectives allowed between determiner and description noun ("federal", "state-owned").
    public var descriptionModifiers: Set<String> = []
    /// Plural nouns that head groups ("senators", "firms").
    public var groupNouns: Set<String> = []
    /// Collective nouns of `a group of ...` ("group", "coalition").
    public var collectives: Set<String> = []
    /// Quantifiers that open groups ("some", "several", "15" is a number anyway).
    public var quantifiers: Set<String> = []
    /// Adjectives that open a group as a quantifier does ("local operators", "foreign banks").
    public var groupAdjectives: Set<String> = []
    /// Pronouns and what they may refer to: `thing` (any non-person actor), `group`, `person`.
    public var pronouns: [String: String] = [:]
    /// Object pronouns ("urged him to", "the measures on him"), taken wherever they stand.
    public var objectPronouns: [String: String] = [:]
    /// Verbs after which a subject pronoun opens a reported clause ("said it would", "saying it had").
    public var reportingVerbs: Set<String> = []
    /// Words right before a subject pronoun ("and it", "because it", "when they").
    public var subjectOpeners: Set<String> = []
    /// Plural nouns that refer back to parties named together, and the parties' type ("companies" -> company).
    public var coordinationNouns: [String: EntityType] = [:]
    /// Words after "it" that make it an expletive, no actor ("it is", "it seems").
    public var expletiveFollowers: Set<String> = []
    /// Words after an actor's name that stand for it ("government" in "the Hong Kong government").
    public var extenders: Set<String> = []
    /// Prepositions before a capital city that make it a place, not a government ("in Tokyo").
    public var locatives: Set<String> = []

    public init() {}

    mutating func merge(_ other: EntityGrammar) {
        orgSuffixes.merge(other.orgSuffixes) { $1 }
        orgPrefixes.merge(other.orgPrefixes) { $1 }
        titles.formUnion(other.titles)
        notNames.formUnion(other.notNames)
        descriptions.merge(other.descriptions) { $1 }
        nameWordDescriptors.merge(other.nameWordDescriptors) { $1 }
        typeDescriptors.merge(other.typeDescriptors) { $0.union($1) }
        determiners.formUnion(other.determiners)
        descriptionModifiers.formUnion(other.descriptionModifiers)
        groupNouns.formUnion(other.groupNouns)
        collectives.formUnion(other.collectives)
        quantifiers.formUnion(other.quantifiers)
        groupAdjectives.formUnion(other.groupAdjectives)
        pronouns.merge(other.pronouns) { $1 }
        objectPronouns.merge(other.objectPronouns) { $1 }
        reportingVerbs.formUnion(other.reportingVerbs)
        subjectOpeners.formUnion(other.subjectOpeners)
        expletiveFollowers.formUnion(other.expletiveFollowers)
        coordinationNouns.merge(other.coordinationNouns) { $1 }
        extenders.formUnion(other.extenders)
        locatives.formUnion(other.locatives)
    }

    static let sections = [
        "org-suffixes", "org-prefixes", "titles", "not-names", "descriptions", "name-words", "type-descriptors",
        "determiners", "description-modifiers", "group-nouns", "collectives", "quantifiers", "group-adjectives", "pronouns", "extenders",
        "locatives", "object-pronouns", "reporting-verbs", "subject-openers", "expletive-followers", "coordination-nouns",
    ]

    static let pronounClasses = ["thing", "group", "person"]

    static func parse(_ file: DataFile) -> (EntityGrammar, [Diagnostic]) {
        var grammar = EntityGrammar()
        var diagnostics = file.diagnostics
        for entry in file.entries {
            func problem(_ message: String, column: Int? = nil) {
                diagnostics.append(Diagnostic(file: file.path, line: entry.line, column: column ?? entry.column, message: message))
            }
            func pair() -> (String, String)? {
                guard entry.fields.count == 2, !entry.fields[0].isEmpty, !entry.fields[1].isEmpty else {
                    problem("expected 'word | value' in [\(entry.section)]")
                    return nil
                }
                return (AliasToken.normalizedKey(entry.fields[0]), entry.fields[1].lowercased())
            }
            func type(_ name: String) -> EntityType? {
                if let type = EntityType(rawValue: name) { return type }
                let suggestion = Suggest.closest(name, among: EntityType.allCases.map(\.rawValue))
                problem("unknown type '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
                return nil
            }
            let words = entry.fields.filter { !$0.isEmpty }.map { AliasToken.normalizedKey($0) }
            switch entry.section {
            case "org-suffixes", "org-prefixes":
                guard let (word, value) = pair(), let t = type(value) else { continue }
                if entry.section == "org-suffixes" { grammar.orgSuffixes[word] = t } else { grammar.orgPrefixes[word] = t }
            case "descriptions":
                guard let (word, value) = pair() else { continue }
                grammar.descriptions[word] = value
            case "name-words":
                guard let (word, value) = pair() else { continue }
                grammar.nameWordDescriptors[word] = value
            case "type-descriptors":
                guard let (word, value) = pair(), let t = type(word) else { continue }
                grammar.typeDescriptors[t, default: []].insert(value)
            case "pronouns", "object-pronouns":
                guard let (word, value) = pair() else { continue }
                guard pronounClasses.contains(value) else {
                    problem("unknown pronoun class '\(value)' (expected \(pronounClasses.joined(separator: ", ")))")
                    continue
                }
                if entry.section == "pronouns" { grammar.pronouns[word] = value } else { grammar.objectPronouns[word] = value }
            case "coordination-nouns":
                guard let (word, value) = pair(), let t = type(value) else { continue }
                grammar.coordinationNouns[word] = t
            case "reporting-verbs": grammar.reportingVerbs.formUnion(words)
            case "subject-openers": grammar.subjectOpeners.formUnion(words)
            case "expletive-followers": grammar.expletiveFollowers.formUnion(words)
            case "titles": grammar.titles.formUnion(words)
            case "not-names": grammar.notNames.formUnion(words)
            case "determiners": grammar.determiners.formUnion(words)
            case "description-modifiers": grammar.descriptionModifiers.formUnion(words)
            case "group-nouns": grammar.groupNouns.formUnion(words)
            case "collectives": grammar.collectives.formUnion(words)
            case "quantifiers": grammar.quantifiers.formUnion(words)
            case "group-adjectives": grammar.groupAdjectives.formUnion(words)
            case "extenders": grammar.extenders.formUnion(words)
            case "locatives": grammar.locatives.formUnion(words)
            default:
                let suggestion = Suggest.closest(entry.section, among: sections)
                problem("entry in unknown section [\(entry.section)]" + (suggestion.map { " (did you mean [\($0)]?)" } ?? ""))
            }
        }
        return (grammar, diagnostics)
    }
}
