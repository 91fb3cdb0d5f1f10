/// The dating knowledge of the events stage, read from `rules/dates/dating.txt`: the words that tell
/// which temporal expression of a sentence is an event's own (see ``EventDater``), which undated events are
/// background, and which object nouns name one action (see ``ActionMerger``).
///
/// ```swift
/// let (cues, problems) = DatingCues.load(path: "rules/dates/dating.txt")
/// cues.clauseWords.contains("since")        // true: "the extension since Huawei was blacklisted in May"
/// cues.datedNouns.contains("deadline")      // true: "the March deadline"
/// cues.sameAction["accord"] == cues.sameAction["pact"]   // true: one family
/// ```
public struct DatingCues: Sendable {
    /// Words that, standing between a trigger and a date, put the date in another clause.
    public var clauseWords: Set<String> = []
    /// Words that, right before a date, make it something other than the event's date.
    public var foreignIntroducers: Set<String> = []
    /// Words that after "the" make a comparison ("the largest ... this year"): its date is not an event's.
    public var superlatives: Set<String> = []
    /// Nouns a date right before them belongs to ("a November order").
    public var datedNouns: Set<String> = []
    /// Words opening a clause that tells an event as the time of another: "since the duties were imposed".
    public var backgroundClause: Set<String> = []
    /// Words that before a trigger tell a state in progress: "the widening investigation".
    public var ongoing: Set<String> = []
    /// Words that, a few words after a day or month, make it a time to come ("on April 22 it will consider",
    /// "set April 15 as the deadline"): not the date of something done.
    public var timeToCome: Set<String> = []
    /// Words that, right before a day or month, make it a deadline to come ("by the end of April").
    public var timeToComeBefore: Set<String> = []
    /// Words that, right before a bare year followed by another word, make the year that thing's ("a 1986 pact").
    public var determiners: Set<String> = []
    /// Words that present a sentence as news of the day ("said", "told"); a later sentence without one tells
    /// background (see ``EventDater/isUnreportedNarrative(_:in:document:)``).
    public var reporting: Set<String> = []
    /// Words that, right before a trigger in a past form, make it a participle of a time to come ("will be
    /// proposed", "to be banned"): not an act already done (see ``EventDater/isDoneAct(_:in:)``).
    public var notDone: Set<String> = []
    /// Phrases (words, compared with the text or lemma of tokens) that before a date tell when a measure takes
    /// effect ("take effect", "with effect from"): a planned or proposed event is dated by that date.
    public var effective: [[String]] = []
    /// Phrases that, in a proposed event's clause, make it wait on a condition ("if", "as long as"): a promise or
    /// threat on a condition has no date of its own and is not the day's news (see ``BackgroundDating``).
    public var conditions: [[String]] = []
    /// Modal words that, right before a proposed event's trigger, tell a possibility ("might impose", "must be
    /// approved"), not a proposal made that day (see ``BackgroundDating``).
    public var possibility: Set<String> = []
    /// Words that right before a trigger in "-ing" tell a state that has lasted ("have been seeking").
    public var ongoingBeforeParticiple: Set<String> = []
    /// Words that right before a trigger in "-ing" make it a verb's progressive or a gerund ("is investigating",
    /// "by seeking"), not a participle after a noun ("the committees investigating the sale").
    public var notParticiple: Set<String> = []
    /// Nouns of an action that lasts ("investigation", "probe"): told inside a phrase a `[circumstance]` word
    /// opens, an occurred one is a standing state.
    public var standingNouns: Set<String> = []
    /// Prepositions that put a `[standing-nouns]` trigger in a circumstance of another statement ("cooperating
    /// with an SEC investigation", "the early stages of a probe").
    public var circumstance: Set<String> = []
    /// Object head nouns to the number of their family (a line of `[same-action]`): nouns of one family name
    /// one action ("agreement", "accord", "pact").
    public var sameAction: [String: Int] = [:]
    /// Words that end an object's head phrase ("duties" in "new duties on steel").
    public var headStops: Set<String> = []
    /// Words that point back to an action told before ("the", "these"): see ``MentionMerge``.
    public var anaphors: Set<String> = []
    /// Words that, before an object's head, introduce another action ("the new duties").
    public var notAnaphors: Set<String> = []
    /// Head nouns to the numbers of their `[mention-families]` lines: the nouns a definite later mention may use
    /// for one action ("tariffs" ... "the sanctions").
    public var mentionFamilies: [String: Set<Int>] = [:]
    /// Event type to the nouns that name an action of that type ("investigation": "probe", "inquiry").
    public var mentionNouns: [String: Set<String>] = [:]

    public init() {}

    static let sections = ["clause", "foreign-introducers", "superlatives", "dated-nouns", "background-clause", "ongoing",
                           "same-action", "head-stops", "time-to-come", "time-to-come-before", "reporting", "determiners",
                           "not-done", "effective",
                           "anaphors", "not-anaphors", "mention-families", "mention-nouns",
                           "conditions", "possibility", "ongoing-before-participle", "not-participle", "standing-nouns",
                           "circumstance"]

    public static func load(path: String) -> (DatingCues, [Diagnostic]) {
        parse(DataFile.load(path: path))
    }

    static func parse(_ file: DataFile) -> (DatingCues, [Diagnostic]) {
        var cues = DatingCues()
        var problems = file.diagnostics
        var families = 0
        var mentionFamilies = 0
        for entry in file.entries {
            let words = entry.fields.map { $0.lowercased() }
            if entry.section == "same-action" {
                for word in words { cues.sameAction[word] = families }
                families += 1
                continue
            }
            if entry.section == "effective" {
                cues.effective.append(words)
                continue
            }
            if entry.section == "conditions" {
                cues.conditions.append(words)
                continue
            }
            if entry.section == "mention-families" {
                for word in words { cues.mentionFamilies[word, default: []].insert(mentionFamilies) }
                mentionFamilies += 1
                continue
            }
            if entry.section == "mention-nouns", let type = words.first {
                cues.mentionNouns[type, default: []].formUnion(words.dropFirst())
                continue
            }
            guard words.count == 1 else {
                problems.append(Diagnostic(
                    file: file.path, line: entry.line, column: entry.column,
                    message: "one word per line in [\(entry.section)]: split '\(words.joined(separator: " "))' into lines"))
                continue
            }
            switch entry.section {
            case "clause": cues.clauseWords.formUnion(words)
            case "foreign-introducers": cues.foreignIntroducers.formUnion(words)
            case "superlatives": cues.superlatives.formUnion(words)
            case "dated-nouns": cues.datedNouns.formUnion(words)
            case "background-clause": cues.backgroundClause.formUnion(words)
            case "head-stops": cues.headStops.formUnion(words)
            case "ongoing": cues.ongoing.formUnion(words)
            case "time-to-come": cues.timeToCome.formUnion(words)
            case "time-to-come-before": cues.timeToComeBefore.formUnion(words)
            case "reporting": cues.reporting.formUnion(words)
            case "determiners": cues.determiners.formUnion(words)
            case "not-done": cues.notDone.formUnion(words)
            case "anaphors": cues.anaphors.formUnion(words)
            case "not-anaphors": cues.notAnaphors.formUnion(words)
            case "possibility": cues.possibility.formUnion(words)
            case "ongoing-before-participle": cues.ongoingBeforeParticiple.formUnion(words)
            case "not-participle": cues.notParticiple.formUnion(words)
            case "standing-nouns": cues.standingNouns.formUnion(words)
            case "circumstance": cues.circumstance.formUnion(words)
            default:
                problems.append(file.outsideSections(entry, sections: sections))
            }
        }
        return (cues, problems)
    }
}
