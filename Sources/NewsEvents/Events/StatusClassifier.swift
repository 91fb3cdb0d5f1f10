/// Reads an event's factuality from the words around its trigger: negation, urging and modality.
///
/// Looks back from the trigger to the nearest clause boundary (at most `window` tokens) for cues of
/// `rules/status/cues.txt`. A negation makes the event `negated` unless an urging cue governs it
/// ("urged Tokyo not to retaliate" stays `proposed`); otherwise an urging or modal cue makes it
/// `proposed`, a future cue `planned`; a `[hope]` cue before it across a list of clauses makes it `proposed`
/// ("hopes Japan will ..., remove barriers"); a "will take effect" after the trigger also makes it `planned`; a
/// refutation after it ("reports that the licences had been suspended were incorrect") makes it `negated`; a
/// `[condition]` on a future act ("will retaliate if Congress passes the bill") makes it `proposed`; a `[failure]` word whose
/// "to" reaches the trigger across a few words ("failed in February to reach an agreement") makes it `negated`; a
/// negation word that opens an `[idiom]` ("there was no doubt the EC would retaliate", "not only ignored the request
/// but raised a levy") negates nothing.
/// ```swift
/// // "a bipartisan group of senators urged him to suspend licences" -> .proposed for "suspend"
/// StatusClassifier(cues: cues).status(trigger: 9..<10, in: context)
/// ```
public struct StatusClassifier: Sendable {
    public let cues: StatusCues
    public var window: Int

    /// `[measure]` nouns and `[opinion]` speakers of `cues`, as sets.
    private let measureWords: Set<String>
    private let opinionSpeakers: Set<String>
    /// The cues read before a trigger, by their last word: a token is checked only against the phrases that
    /// can end on it.
    private let endings: [String: [Ending]]
    /// The `[refuted]` phrases by their first word, and whether one is empty (an empty phrase starts anywhere).
    private let refutedByFirst: [String: [[String]]]
    private let emptyRefuted: Bool
    /// The `[boundary]` phrases, and those a `[hope]` cue reaches across (all but ",", "and", "or"), by first and last word.
    private let boundaries: PhraseIndex
    private let hopeBoundaries: PhraseIndex
    /// The `[idiom]` phrases: a `[negated]` cue that starts one is no negation.
    private let idioms: PhraseIndex

    /// A cue phrase of `role`, numbered so cues ending on one token keep the order of roles and of the file.
    private struct Ending: Sendable {
        var order: Int
        var role: StatusCues.Role
        var phrase: [String]
    }

    /// The roles whose cues `cuesBefore` reads, in the order it reports them; `boundary` stops the scan.
    private static let rolesBefore: [StatusCues.Role] = [.negated, .proposed, .planned, .background, .boundary]

    public init(cues: StatusCues, window: Int = 10) {
        self.cues = cues
        self.window = window
        self.measureWords = cues.words(.measure)
        self.opinionSpeakers = cues.words(.opinion)
        var endings: [String: [Ending]] = [:]
        var order = 0
        for role in StatusClassifier.rolesBefore {
            for phrase in cues.phrases[role] ?? [] {
                guard let last = phrase.last else { continue }
                endings[last, default: []].append(Ending(order: order, role: role, phrase: phrase))
                order += 1
            }
        }
        self.endings = endings
        var refutedByFirst: [String: [[String]]] = [:]
        for phrase in cues.phrases[.refuted] ?? [] {
            if let first = phrase.first { refutedByFirst[first, default: []].append(phrase) }
        }
        self.refutedByFirst = refutedByFirst
        self.emptyRefuted = (cues.phrases[.refuted] ?? []).contains { $0.isEmpty }
        let boundaries = cues.phrases[.boundary] ?? []
        self.boundaries = PhraseIndex(boundaries)
        self.hopeBoundaries = PhraseIndex(boundaries.filter { $0 != [","] && $0 != ["and"] && $0 != ["or"] })
        self.idioms = PhraseIndex(cues.phrases[.idiom] ?? [])
    }

    /// The cues found before the trigger, nearest first.
    func cuesBefore(trigger: Range<Int>, in context: SentenceContext) -> [StatusCues.Role] {
        let views = context.views
        let first = trigger.lowerBound - context.range.lowerBound
        var found: [StatusCues.Role] = []
        var index = first - 1
        let limit = max(0, first - window)
        var here: [Ending] = []
        while index >= limit {
            let lower = views.tokens[views.lowerBound + index].lower, lemma = views.tokens[views.lowerBound + index].lemma
            here.removeAll(keepingCapacity: true)
            here += endings[lower] ?? []
            if lemma != lower { here += endings[lemma] ?? [] }
            if !here.isEmpty {
                here.sort { $0.order < $1.order }
                var previous = -1
                var boundary = false
                for ending in here where ending.order != previous {
                    previous = ending.order
                    guard StatusCues.phrase(ending.phrase, endsAt: index, in: views, lowerBound: limit) else { continue }
                    if ending.role == .boundary {
                        // "and" inside "Securities and Exchange Commission" ends no clause.
                        if !StatusClassifier.insideMention(index, of: views) { boundary = true }
                    } else if ending.role == .negated, opensIdiom(at: index - ending.phrase.count + 1, in: views) {
                        // "there was no doubt the community would retaliate": the "no" negates the doubt.
                        continue
                    } else {
                        found.append(ending.role)
                    }
                }
                if boundary { break }
            }
            index -= 1
        }
        return found
    }

    /// Whether an `[idiom]` phrase ("no doubt", "not only") starts at token `index`.
    func opensIdiom(at index: Int, in views: TokenViews) -> Bool {
        idioms.starts(at: index, in: views)
    }

    /// Whether the token at `index` lies strictly inside one entity mention (the same mention on both sides).
    static func insideMention(_ index: Int, of views: TokenViews) -> Bool {
        guard index > 0, index + 1 < views.count, let mention = views[index].entity,
              let before = views[index - 1].entity, let after = views[index + 1].entity else { return false }
        return before.tokens == mention.tokens && after.tokens == mention.tokens
    }

    public func status(trigger: Range<Int>, in context: SentenceContext) -> EventStatus {
        status(trigger: trigger, in: context, cuesBefore: cuesBefore(trigger: trigger, in: context))
    }

    /// ``status(trigger:in:)`` given the trigger's ``cuesBefore(trigger:in:)`` (which also tell ``isBackground(trigger:in:)``).
    func status(trigger: Range<Int>, in context: SentenceContext, cuesBefore found: [StatusCues.Role]) -> EventStatus {
        if isRefuted(after: trigger, in: context) { return .negated }
        if failed(trigger: trigger, in: context) { return found.contains(.proposed) ? .proposed : .negated }
        if let negation = found.firstIndex(of: .negated) {
            // An urging cue further back governs the negation: "urged it not to extend".
            if found[(negation + 1)...].contains(.proposed) { return .proposed }
            return .negated
        }
        if found.contains(.proposed) || hopedFor(trigger: trigger, in: context) { return .proposed }
        if found.contains(.planned) || takesEffectLater(after: trigger, in: context) {
            return isConditional(trigger: trigger, in: context) ? .proposed : .planned
        }
        return .occurred
    }

    /// "The EC will retaliate against U.S. textiles if Congress passes the bill", "the ministry would approve
    /// licences only if a review allows", "If Japan does not cut its barriers, the U.S. would set quotas": a future
    /// act on a condition is threatened or offered, not decided (ANNOTATION.md: `proposed`). The condition is a
    /// `[condition]` cue after the trigger in its clause (up to 20 tokens, stopped by a `[boundary]`), or one that
    /// opens the sentence before a comma that precedes the trigger.
    func isConditional(trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard let conditions = cues.phrases[.condition], !conditions.isEmpty else { return false }
        let views = context.views
        let first = trigger.lowerBound - context.range.lowerBound
        // The sentence opens on the condition and the trigger stands in the main clause after it.
        if views.count > 0, conditions.contains(where: { StatusCues.phrase($0, startsAt: 0, in: views) }),
           (0..<first).contains(where: { views.tokens[views.lowerBound + $0].lower == "," }) {
            return true
        }
        var index = trigger.upperBound - context.range.lowerBound
        let limit = min(views.count, index + 20)
        while index < limit {
            if conditions.contains(where: { StatusCues.phrase($0, startsAt: index, in: views) }) { return true }
            if boundaries.starts(at: index, in: views), !StatusClassifier.insideMention(index, of: views) { return false }
            index += 1
        }
        return false
    }

    /// "The group failed in February to reach an agreement", "the failure of the council to reach agreement": a
    /// `[failure]` word (a verb or a noun) whose "to" governs the trigger, with up to nine tokens between them to hold a
    /// long name ("the failure of the International Tin Council (ITC) to"; the adjacent "failed to" is a `[negated]` cue
    /// already). The "to" stands at most three words before the
    /// trigger ("to reach an agreement"); no `[boundary]` lies between the failure word and the trigger.
    func failed(trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard let failures = cues.phrases[.failure], !failures.isEmpty else { return false }
        let views = context.views
        let first = trigger.lowerBound - context.range.lowerBound
        func isBoundary(_ index: Int) -> Bool {
            boundaries.ends(at: index, in: views, lowerBound: 0) && !StatusClassifier.insideMention(index, of: views)
        }
        var to = first - 1
        while to >= max(0, first - 4), views.tokens[views.lowerBound + to].lower != "to" {
            if isBoundary(to) { return false }
            to -= 1
        }
        guard to >= max(0, first - 4) else { return false }
        var index = to - 1
        while index >= max(0, to - 10) {
            if failures.contains(where: { StatusCues.phrase($0, endsAt: index, in: views, lowerBound: 0) }) { return true }
            if isBoundary(index) { return false }
            index -= 1
        }
        return false
    }

    /// "the U.S. hopes Japan will take steps to lift its economy and reduce exports, remove barriers to imports": a
    /// `[hope]` cue governs the whole list of clauses after it, so it reaches the trigger across commas, "and" and
    /// "or" (up to 30 tokens back), though no other `[boundary]`.
    private func hopedFor(trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard let hopes = cues.phrases[.hope], !hopes.isEmpty else { return false }
        let views = context.views
        let first = trigger.lowerBound - context.range.lowerBound
        let limit = max(0, first - 30)
        var index = first - 1
        while index >= limit {
            for phrase in hopes where StatusCues.phrase(phrase, endsAt: index, in: views, lowerBound: limit) { return true }
            if hopeBoundaries.ends(at: index, in: views, lowerBound: limit), !StatusClassifier.insideMention(index, of: views) {
                return false
            }
            index -= 1
        }
        return false
    }

    /// Types whose measure, done today, is planned when the next sentence says it takes effect later.
    public static let measureTypes: Set<String> = ["restriction", "relief", "rule", "blacklisting", "delisting"]

    /// "Trump signed proclamations imposing tariffs. The tariffs will take effect on March 23.": the next
    /// sentence, opening on the measure ("The tariffs", "They"), puts its start in the future.
    public func nextSentenceTakesEffectLater(_ next: SentenceContext) -> Bool {
        guard !next.range.isEmpty else { return false }
        if ["the", "these", "those", "they", "it", "both"].contains(next.tokens[next.range.lowerBound].lower) {
            return takesEffectLater(after: next.range.lowerBound..<(next.range.lowerBound + 1), in: next)
        }
        // "Gradin said a trade boycott of South Africa would take effect from July 1": a measure noun of
        // `[measure]` as the subject of the effect phrase, wherever the clause starts.
        let measures = measureWords
        for position in next.range where measures.contains(next.tokens[position].lemma) || measures.contains(next.tokens[position].lower) {
            if takesEffectLater(after: position..<(position + 1), in: next) { return true }
        }
        return false
    }

    /// "The government should relax its controls, a banker said", "Bankers remain hopeful that an agreement can be
    /// reached": a sentence reported by a speaker of `[opinion]` (a banker, an analyst) a few words from a reporting
    /// verb, a word of hope or fear, or a forecast states an opinion ("traders speculated the government would relax
    /// import controls").
    public func isOpinion(in context: SentenceContext) -> Bool {
        let speakers = opinionSpeakers
        guard !speakers.isEmpty else { return false }
        let reporting: Set<String> = ["say", "said", "says", "tell", "told", "argue", "believe", "think", "suggest", "predict",
                                      "expect", "add", "hope", "hopeful", "speculate", "fear", "forecast", "estimate"]
        let tokens = context.tokens, range = context.range
        for index in range where speakers.contains(tokens[index].lower) {
            let window = max(range.lowerBound, index - 3)..<min(range.upperBound, index + 4)
            if window.contains(where: { reporting.contains(tokens[$0].lemma) || reporting.contains(tokens[$0].lower) }) { return true }
        }
        return false
    }

    /// Whether the trigger is a measure's noun of `[measure]` ("the tariffs", "Japan's restrictions").
    public func isMeasureNoun(trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard trigger.count == 1 else { return false }
        let index = trigger.lowerBound
        return measureWords.contains(context.tokens[index].lemma) || measureWords.contains(context.tokens[index].lower)
    }

    /// Whether the event is told as background: "had granted", "has already banned".
    public func isBackground(trigger: Range<Int>, in context: SentenceContext) -> Bool {
        cuesBefore(trigger: trigger, in: context).contains(.background)
    }

    /// "reports that the licences had been suspended were incorrect", "..., but the spokesman said this was
    /// untrue": a refutation later in the sentence denies the reported event.
    private func isRefuted(after trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard !refutedByFirst.isEmpty || emptyRefuted else { return false }
        let views = context.views
        let after = (trigger.upperBound - context.range.lowerBound)..<views.count
        if emptyRefuted { return !after.isEmpty }
        // Only the phrases whose first word the token has (its lower-cased text or lemma) can start there.
        for index in after {
            let lower = views.tokens[views.lowerBound + index].lower, lemma = views.tokens[views.lowerBound + index].lemma
            for phrase in refutedByFirst[lower] ?? [] where StatusCues.phrase(phrase, startsAt: index, in: views) { return true }
            guard lemma != lower else { continue }
            for phrase in refutedByFirst[lemma] ?? [] where StatusCues.phrase(phrase, startsAt: index, in: views) { return true }
        }
        return false
    }

    /// "... tariffs, which will take effect on April 17", "the tariffs take effect April 17": a future cue or a
    /// present tense followed by an effect phrase.
    private func takesEffectLater(after trigger: Range<Int>, in context: SentenceContext) -> Bool {
        let views = context.views
        var index = trigger.upperBound - context.range.lowerBound
        var sawFuture = false
        let limit = min(views.count, index + 15)
        let effects = cues.phrases[.effect] ?? []
        while index < limit {
            let lower = views.tokens[views.lowerBound + index].lower
            if lower == "will" || lower == "would" || lower == "shall" { sawFuture = true }
            // The present tense of an effect phrase speaks of the future too: "the tariffs take effect April 17".
            if sawFuture || StatusClassifier.presentEffectVerbs.contains(lower) {
                for phrase in effects where StatusCues.phrase(phrase, startsAt: index, in: views) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// Verbs whose present tense before an effect phrase speaks of the future.
    private static let presentEffectVerbs: Set<String> = ["take", "takes", "come", "comes", "go", "goes", "enter", "enters",
                                                          "become", "becomes"]
}

/// Cue phrases by their first and their last word, so that a token is checked only against the phrases that can
/// start or end on it (its lower-cased text or its lemma); an empty phrase starts and ends anywhere.
/// ```swift
/// let index = PhraseIndex([["take", "effect"], [","]])
/// index.starts(at: 3, in: views)   // whether "take effect" or "," starts at token 3
/// ```
struct PhraseIndex: Sendable {
    private var byFirst: [String: [[String]]] = [:]
    private var byLast: [String: [[String]]] = [:]
    private var hasEmpty = false

    init(_ phrases: [[String]]) {
        for phrase in phrases {
            guard let first = phrase.first, let last = phrase.last else { hasEmpty = true; continue }
            byFirst[first, default: []].append(phrase)
            byLast[last, default: []].append(phrase)
        }
    }

    /// Whether one of the phrases starts at token `index` (``StatusCues/phrase(_:startsAt:in:)``).
    func starts(at index: Int, in views: TokenViews) -> Bool {
        if hasEmpty { return StatusCues.phrase([], startsAt: index, in: views) }
        return candidates(at: index, in: views, from: byFirst) { StatusCues.phrase($0, startsAt: index, in: views) }
    }

    /// Whether one of the phrases ends at token `index`, none of its words before `lowerBound`
    /// (``StatusCues/phrase(_:endsAt:in:lowerBound:)``).
    func ends(at index: Int, in views: TokenViews, lowerBound: Int) -> Bool {
        if hasEmpty, StatusCues.phrase([], endsAt: index, in: views, lowerBound: lowerBound) { return true }
        return candidates(at: index, in: views, from: byLast) { StatusCues.phrase($0, endsAt: index, in: views, lowerBound: lowerBound) }
    }

    private func candidates(at index: Int, in views: TokenViews, from table: [String: [[String]]], _ matches: ([String]) -> Bool) -> Bool {
        guard index >= 0, index < views.count else { return false }
        let token = views.tokens[views.lowerBound + index]
        if let phrases = table[token.lower], phrases.contains(where: matches) { return true }
        guard token.lemma != token.lower, let phrases = table[token.lemma] else { return false }
        return phrases.contains(where: matches)
    }
}
