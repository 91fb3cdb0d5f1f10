/// Forms of telling that make an event background for dating, so that with no date of its own clause it gets no
/// publication date (ANNOTATION.md: "background mentions without a date get null"; "a proposed action ... by when
/// it was proposed if stated or reported as the day's news, else null"). The words are data in
/// `rules/dates/dating.txt`; the policy is this file's:
///
/// - `condition`: a proposed event whose clause makes it wait on a condition ("would lift the tariffs as soon as
///   Tokyo complies", "could revoke licences if British firms are refused", "unless the agency gives its
///   approval"): a promise or threat on a condition, not an action of a day. `[conditions]`.
/// - `possibility`: a proposed event right after a modal of possibility ("the purchase must be approved by the
///   regulator", "the group might impose tariffs"): a required or possible step, not a proposal made. `[possibility]`.
/// - `ongoingParticiple`: an occurred event told by a participle in "-ing" after a noun or after "been" ("the
///   committees investigating the sale", "the banks have been seeking approval for months"): a state in
///   progress. `[ongoing-before-participle]`, `[not-participle]`.
/// - `circumstance`: an occurred event named by a noun of a lasting action inside a phrase of another
///   statement ("is cooperating with an SEC investigation", "the early stages of a probe"): a standing state.
///   `[standing-nouns]`, `[circumstance]`.
///
/// ```swift
/// // "The sale must be approved by the commission." (status proposed)
/// dater.backgroundCue(trigger, in: context, status: .proposed)   // .possibility -> date nil
/// ```
public enum BackgroundCue: String, Sendable {
    case condition, possibility, ongoingParticiple, circumstance

    /// The reason `newsevents explain` gives for an event left undated by this cue.
    public var note: String {
        switch self {
        case .condition: return "undated: a proposal that waits on a condition ([conditions]) is no action of a day"
        case .possibility: return "undated: a modal of possibility ([possibility]) tells a possible or required step"
        case .ongoingParticiple: return "undated: a participle after a noun or 'been' ([ongoing-before-participle]) tells a state in progress"
        case .circumstance: return "undated: a lasting action ([standing-nouns]) named in a [circumstance] phrase of another statement"
        }
    }
}

extension EventDater {
    /// How many words before a trigger a `[possibility]` modal is looked for ("must be approved", "may decide to raise").
    static let possibilityReach = 3
    /// How many words before a `[standing-nouns]` trigger its `[circumstance]` preposition is looked for
    /// ("with a Securities and Exchange Commission investigation").
    static let circumstanceReach = 7

    /// The cue that makes the event of `trigger` background, if any (see ``BackgroundCue``).
    public func backgroundCue(_ trigger: Range<Int>, in context: SentenceContext, status: EventStatus) -> BackgroundCue? {
        guard !trigger.isEmpty, context.range.contains(trigger.lowerBound) else { return nil }
        switch status {
        case .proposed:
            if waitsOnCondition(trigger, in: context) { return .condition }
            if isPossibility(trigger, in: context) { return .possibility }
        case .occurred:
            if isOngoingParticiple(trigger, in: context) { return .ongoingParticiple }
            if isCircumstance(trigger, in: context) { return .circumstance }
        default:
            break
        }
        return nil
    }

    /// "would lift them as soon as Tokyo complies": a `[conditions]` phrase after the trigger before a comma or
    /// semicolon; "unless the agency gives it approval": a one-word condition before the trigger in its clause.
    func waitsOnCondition(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard !cues.conditions.isEmpty else { return false }
        let lower = context.range.lowerBound
        for position in trigger.upperBound..<max(trigger.upperBound, context.range.upperBound) {
            let token = context.views[position - lower].token
            if token.text == "," || token.text == ";" || token.text == ":" { break }
            if cues.conditions.contains(where: { StatusCues.phrase($0, startsAt: position - lower, in: context.views) }) { return true }
        }
        var position = trigger.lowerBound - 1
        while position >= lower {
            let token = context.views[position - lower].token
            if token.isPunctuation { return false }
            if cues.conditions.contains(where: { $0.count == 1 && $0[0] == token.lower }) { return true }
            position -= 1
        }
        return false
    }

    /// "must be approved", "might impose": a `[possibility]` word in the few words before the trigger.
    func isPossibility(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        hasWord(of: cues.possibility, from: trigger.lowerBound - 1, before: trigger, within: EventDater.possibilityReach, in: context)
    }

    /// Whether a word of `words` stands from `start` back to `within` words before the trigger, with no
    /// punctuation between.
    func hasWord(of words: Set<String>, from start: Int, before trigger: Range<Int>, within: Int, in context: SentenceContext) -> Bool {
        guard !words.isEmpty else { return false }
        let lower = context.range.lowerBound
        var position = start
        while position >= lower, trigger.lowerBound - position <= within {
            let token = context.views[position - lower].token
            if token.isPunctuation { return false }
            if words.contains(token.lower) { return true }
            position -= 1
        }
        return false
    }

    /// "committees investigating the sale", "have been seeking approval": a trigger in "-ing" (not its own
    /// lemma) right after an `[ongoing-before-participle]` word, or after a word that is none of
    /// `[not-participle]` (auxiliaries, prepositions, adverbs) nor a verb form or adverb itself.
    func isOngoingParticiple(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        let word = context.views[trigger.lowerBound - lower].token
        guard word.shape == .lower, word.lower.hasSuffix("ing"), word.lower != word.lemma, trigger.lowerBound > lower else { return false }
        let before = context.views[trigger.lowerBound - 1 - lower].token
        if cues.ongoingBeforeParticiple.contains(before.lower) { return true }
        if before.isPunctuation || cues.notParticiple.contains(before.lower) || cues.determiners.contains(before.lower) { return false }
        return !(before.shape == .lower && (before.lower.hasSuffix("ing") || before.lower.hasSuffix("ed") || before.lower.hasSuffix("ly")))
    }

    /// "cooperating with an investigation by the SEC", "unaware of the SEC probe": a `[standing-nouns]` trigger
    /// whose noun phrase a `[circumstance]` word opens, with no punctuation, clause word or verb form between.
    func isCircumstance(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        guard trigger.count == 1, cues.standingNouns.contains(context.views[trigger.lowerBound - lower].token.lower) else { return false }
        var position = trigger.lowerBound - 1
        while position >= lower, trigger.lowerBound - position <= EventDater.circumstanceReach {
            let token = context.views[position - lower].token
            if cues.circumstance.contains(token.lower) { return true }
            let possessive = token.lower == "'s" || token.lower == "\u{2019}s"
            if !possessive, token.isPunctuation || clauseWords.contains(token.lower) { return false }
            if token.shape == .lower, token.lower != token.lemma, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { return false }
            position -= 1
        }
        return false
    }

    /// "WASHINGTON, March 16 - The SEC ...": the dateline's own date (before the body starts), when it is the
    /// publication date. It tells when the story was filed, not when its events happened: a day of the event's
    /// clause wins over it, and it dates no event a ``BackgroundCue`` marks.
    func isDatelineDate(_ timex: Timex, document: AnnotatedDocument) -> Bool {
        let bodyStart = document.source.bodyStart
        guard bodyStart > 0, timex.span.end <= bodyStart, let published = document.source.published else { return false }
        return timex.value == published.description
    }
}
