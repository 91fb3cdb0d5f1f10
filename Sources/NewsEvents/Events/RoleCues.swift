/// The role-inference knowledge of the events stage, read from `rules/roles/roles.txt`: the phrases that
/// say who acts an infinitive ("urged him to suspend"), who holds a licence ("licences held by Qualcomm"),
/// and which event types tell one story so that a role missing from one is taken from another.
///
/// ```swift
/// let (cues, problems) = RoleCues.load(path: "rules/roles/roles.txt")
/// cues.control        // [["urge"], ["call", "on"], ...]
/// cues.family["request"]   // "licence"
/// ```
public struct RoleCues: Sendable {
    /// Phrases before an actor whose infinitive the actor performs ("urged X to ...").
    public var control: [[String]] = []
    /// Nouns after a possessor whose infinitive the possessor performs ("X's decision to ...").
    public var intent: Set<String> = []
    /// Phrases after a licence-type trigger that name the holder right after them ("held by X").
    public var holder: [[String]] = []
    /// Event type -> the name of its family.
    public var family: [String: String] = [:]
    /// Words in an object that make it refer back to something told before ("the", "its", "remaining").
    public var anaphoric: Set<String> = []
    /// Prepositions after a bare measure that give it its own complement ("investigations into steel imports").
    public var complements: Set<String> = []
    /// Currency words and signs ("dlrs", "euros", "$"), magnitude words ("million", "bln") and approximators
    /// ("about", "nearly") for amounts and counts.
    public var currencies: Set<String> = []
    public var magnitudes: Set<String> = []
    public var approximators: Set<String> = []
    /// Types whose missing recipient is the authority acting in the nearest event of the family.
    public var addressee: Set<String> = []
    /// Types an event of which states nothing when no agent is found in its sentence or its story
    /// ("the sanctions were lifted", with no authority anywhere before): dropped once roles are filled.
    public var needsAgent: Set<String> = []
    /// Event type -> how many companies a sentence naming no authority and no official must name for an event of
    /// that type with no agent to be the companies' own business (``AuthorityFilter``): "Acme said it rejected the
    /// bid" (denial, one company), "Acme received a renewal of its agreement with Zenith" (extension, two: one
    /// company may hold a licence an unnamed authority extended).
    public var ownBusiness: [String: Int] = [:]
    /// Phrases whose presence in a story's headline makes it a loan or debt story, whose agreements are financial
    /// accords, not trade or regulatory agreements (``AuthorityFilter``): "Ruritania signs for 500 mln dlr loan".
    public var financialStory: [[String]] = []
    /// Event type -> phrases of a measure's object or complement that put it outside trade and regulation
    /// (``OutsideTrade``): "a ceiling on pay" is no trade restriction, "an issue of treasury bills" no rule.
    public var outsideTrade: [String: [[String]]] = [:]
    /// Words that end the complement of a measure's object ("ceiling on devaluation once the auctions restart").
    public var clauseBounds: Set<String> = []

    public init() {}

    static let sections = ["control", "intent", "holder", "family", "addressee", "needs-agent", "own-business", "financial-story", "outside-trade", "clause-bounds", "anaphoric", "complements", "currencies", "magnitudes", "approximators"]

    public static func load(path: String) -> (RoleCues, [Diagnostic]) {
        parse(DataFile.load(path: path))
    }

    /// A diagnostic for every type named in `[family]`, `[addressee]`, `[needs-agent]`, `[own-business]` or
    /// `[outside-trade]` that no rule file declares.
    public func unknownTypes(known: Set<String>, file: String) -> [Diagnostic] {
        let named = Set(family.keys).union(addressee).union(needsAgent).union(ownBusiness.keys).union(outsideTrade.keys)
        return named.subtracting(known).sorted().map { type in
            Diagnostic(file: file, message: "unknown event type '\(type)'"
                + Suggestion.didYouMean(type, among: known.sorted()))
        }
    }

    static func parse(_ file: DataFile) -> (RoleCues, [Diagnostic]) {
        var cues = RoleCues()
        var problems = file.diagnostics
        for entry in file.entries {
            let words = entry.fields.map { $0.lowercased() }
            switch entry.section {
            case "control": cues.control.append(words)
            case "intent": cues.intent.formUnion(words)
            case "holder": cues.holder.append(words)
            case "addressee": cues.addressee.formUnion(words)
            case "needs-agent": cues.needsAgent.formUnion(words)
            case "financial-story": cues.financialStory.append(words)
            case "clause-bounds": cues.clauseBounds.formUnion(words)
            case "outside-trade":
                guard let colon = words.firstIndex(where: { $0.hasSuffix(":") }), colon + 1 < words.count else {
                    problems.append(Diagnostic(
                        file: file.path, line: entry.line, column: entry.column,
                        message: "expected 'TYPE ...: PHRASE' in [outside-trade], as in 'restriction relief: pay'"))
                    continue
                }
                let types = words[...colon].map { $0.hasSuffix(":") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
                for type in types { cues.outsideTrade[type, default: []].append(Array(words[(colon + 1)...])) }
            case "anaphoric": cues.anaphoric.formUnion(words)
            case "complements": cues.complements.formUnion(words)
            case "currencies": cues.currencies.formUnion(words)
            case "magnitudes": cues.magnitudes.formUnion(words)
            case "approximators": cues.approximators.formUnion(words)
            case "own-business":
                guard words.count == 2, let count = Int(words[1]), count > 0 else {
                    problems.append(Diagnostic(
                        file: file.path, line: entry.line, column: entry.column,
                        message: "expected 'TYPE COUNT' in [own-business], as in 'denial 1'"))
                    continue
                }
                cues.ownBusiness[words[0]] = count
            case "family":
                guard let name = words.first, name.hasSuffix(":"), name.count > 1, words.count > 1 else {
                    problems.append(Diagnostic(
                        file: file.path, line: entry.line, column: entry.column,
                        message: "expected 'NAME: TYPE TYPE ...' in [family], as in 'licence: grant extension'"))
                    continue
                }
                for type in words.dropFirst() { cues.family[type] = String(name.dropLast()) }
            default:
                problems.append(file.outsideSections(entry, sections: sections))
            }
        }
        return (cues, problems)
    }
}
