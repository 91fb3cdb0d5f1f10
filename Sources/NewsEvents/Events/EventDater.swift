/// Dates an event as `ANNOTATION.md` says: the calendar expression of the event's own clause; else, for
/// a report of the day's news, the publication date; else nothing.
///
/// A temporal expression dates the event when it stands in the same sentence and no subordinating word
/// ("since", "after", "which", ...) stands between them: in "the third extension since Huawei was
/// blacklisted in May", "in May" dates the blacklisting, not the extension. Of several, the nearest wins.
/// Expressions introduced by "since", "until", "through" or "expire" name another time than the event's
/// (but "has kept duties since 2019" starts a state), a date inside a relative clause or a condition ("if")
/// dates that clause, a date before another noun ("a November order") dates that noun, and a date with
/// another event's trigger between it and this one's belongs to that event. A negated event is dated by
/// the expiry it lets happen ("did not extend the licence, which expired on Thursday") or by its counterpart
/// in the same news ("lifted sanctions on Rusal on Sunday ... did not lift those on him"). The dateline's day
/// ("LONDON, March 20 -") yields to a day of the event's clause, and ``BackgroundCue``s (conditions, modals of
/// possibility, participles of a state in progress, probes named in a circumstance) leave an undated event null.
/// ```swift
/// EventDater().date(trigger: 5..<6, in: context, document: doc, background: false, status: .occurred)
/// ```
public struct EventDater: Sendable {
    /// The words that say which date is the event's (`rules/dates/dating.txt`).
    public var cues: DatingCues
    /// Words that, standing between a trigger and a date, put the date in another clause.
    public var clauseWords: Set<String> { cues.clauseWords }
    /// Words that, right before a date, make it something other than the event's date.
    public var foreignIntroducers: Set<String> { cues.foreignIntroducers }
    /// The time stage's anchoring words: "four days later", "after the blacklisting", "the same month".
    public var anchoring: TimeAnchoring

    /// `time`: the time rules whose anchoring vocabulary (`rules/time/anchors.txt`) the dater reads;
    /// `cues`: the dating words (`rules/dates/dating.txt`).
    public init(time: TimeResources = TimeResources(), cues: DatingCues = DatingCues()) {
        anchoring = TimeAnchoring(resources: time)
        self.cues = cues
    }

    public func date(
        trigger: Range<Int>, capture: Range<Int>?, in context: SentenceContext, document: AnnotatedDocument,
        background: Bool, status: EventStatus, otherTriggers: [Range<Int>] = [], effectInNextSentence: Bool = false,
        index: MentionIndex? = nil
    ) -> EventDate? {
        // "exports have fallen since the sanctions were imposed": told as the time of another event, background.
        // "the SEC's widening investigation": an undated state in progress is background too.
        let cue = backgroundCue(trigger, in: context, status: status)
        let background = background
            || (status == .occurred && (isInBackgroundClause(trigger, in: context) || isOngoing(trigger, in: context)
                || isUnreportedNarrative(trigger, in: context, document: document)))
            || cue != nil
        // "Norway announced sanctions on Tuesday. The boycott will take effect from July 1.": planned because
        // of the next sentence, the measure is dated by when it takes effect.
        if effectInNextSentence, let next = nextSentence(after: context, in: document, index: index),
           let effective = effectiveDate(in: next, document: document) {
            return effective
        }
        if let capture, let timex = timex(in: capture, document: document), let date = eventDate(from: timex) {
            return date
        }
        // "the bill would take effect in April 2021": a planned or proposed measure is dated by when it takes effect.
        if status == .planned || status == .proposed, let effective = effectiveDate(in: context, document: document) { return effective }
        // "the penalty, the largest the department has imposed this year": the date scopes the comparison.
        if isSuperlativeScope(trigger, in: context) { return publicationDefault(background: background, document: document) }
        var best: (distance: Int, date: EventDate, timex: Timex)? = nil
        var dateline: (distance: Int, date: EventDate, timex: Timex)? = nil
        for timex in document.timexes where context.range.contains(timex.tokens.lowerBound) && EventDater.isCalendar(timex) {
            guard let date = eventDate(from: timex) else { continue }
            // A date belongs to the nearest event: "The listing followed an order signed on Wednesday" dates the order.
            let low = min(trigger.upperBound, timex.tokens.upperBound), high = max(trigger.lowerBound, timex.tokens.lowerBound)
            if otherTriggers.contains(where: { $0 != trigger && $0.lowerBound >= low && $0.upperBound <= high }) { continue }
            if modifiesAnotherNoun(timex, trigger: trigger, context: context) { continue }
            if namesALaw(timex, context: context, document: document) { continue }
            let startOfState = isStartOfState(timex, trigger: trigger, context: context)
            if !startOfState, introducedByForeignWord(timex, context: context, status: status),
               !opensWhenClause(timex, context: context) { continue }
            let distance: Int
            if timex.tokens.upperBound <= trigger.lowerBound {
                // "since 2020, when the administration granted them": the "when" clause is dated by the date before it.
                var from = timex.tokens.upperBound
                while from < trigger.lowerBound, context.views[from - context.range.lowerBound].token.text == "," { from += 1 }
                if from < trigger.lowerBound, context.views[from - context.range.lowerBound].token.lower == "when" { from += 1 }
                // "In 1984, after three months of talks, the U.S. reached accords": a date that opens the sentence
                // and its comma sets the time of the main clause, whatever clause stands between.
                let opening = opensTheSentence(timex, context: context)
                if !opening, crossesClause(from: from, to: trigger.lowerBound, context: context) { continue }
                if !opening, !opensWhenClause(timex, context: context), insideClosedClause(timex, before: trigger, context: context) { continue }
                distance = trigger.lowerBound - timex.tokens.upperBound
            } else if timex.tokens.lowerBound >= trigger.upperBound {
                if !startOfState, crossesClause(from: trigger.upperBound, to: timex.tokens.lowerBound, context: context),
                   !returnsToTheClause(before: timex, context: context) { continue }
                // After the trigger a comma usually closes the event's clause: "imposed ..., tops the fine it levied last June".
                if crossesComma(from: trigger.upperBound, to: timex.tokens.lowerBound - 1, context: context) { continue }
                distance = timex.tokens.lowerBound - trigger.upperBound
            } else {
                distance = 0
            }
            // A planned measure is dated by what follows it ("would raise tariffs ... from June 1"), not by
            // when it was announced ("hit back on Monday, saying it would raise...").
            let weighted = status == .planned && timex.tokens.upperBound <= trigger.lowerBound ? distance + 100 : distance
            // "LONDON, March 20 - The EC authorised exports yesterday": the dateline tells when the story was
            // filed; it yields to a day of the event's clause, and dates no event a BackgroundDating cue marks.
            if isDatelineDate(timex, document: document) {
                dateline = (weighted, date, timex)
                continue
            }
            if best == nil || weighted < best!.distance { best = (weighted, date, timex) }
        }
        if let stated = dateline, cue == nil, best == nil || best!.date.granularity != .day && stated.distance < best!.distance {
            best = stated
        }
        if status == .negated, best == nil, let expiry = expiryDate(after: trigger, in: context, document: document) {
            // "did not extend the licence, which expired on Thursday": not extending took effect when it lapsed.
            return expiry
        }
        if status == .planned, best == nil || best!.distance >= 100, let next = nextSentence(after: context, in: document, index: index),
           let effective = effectiveDate(in: next, document: document) {
            // "... would put duties on Japanese goods. The duties would take effect April 17": the next sentence
            // tells when the announced measure starts.
            return effective
        }
        // "Reagan announced on March 27 he would impose the tariffs. ... The tariffs take effect April 17.": a
        // planned measure whose day before it is the day it was announced is dated by a later effect date.
        let announced = best.map { status == .planned && $0.distance >= 100 && $0.date.granularity == .day } ?? false
        if status == .planned || status == .proposed, cue == nil,
           best == nil || best!.distance >= 100 && isAnnouncementDay(best!.date, document: document) || announced,
           let effective = effectiveDateOfSameAction(trigger, in: context, document: document, index: index),
           !announced || effective.value > best!.date.value {
            // "Chile said it would raise tariffs on steel. ... The tariffs take effect on June 1.": another
            // sentence of the story tells when the same measure takes effect, unless its own sentence dates it
            // otherwise than by the day it was announced ("In 1984 Japan decided to raise its quota" keeps 1984).
            return effective
        }
        if var date = best?.date {
            if let anchored = laterThanEarlierDate(best!.date, in: context, document: document) { return anchored }
            // A report of something done cannot lie after the publication date: a month and day read as the
            // future ("a Dec. 19 letter" in a January article) belong to the year before. A day just after it
            // is the same year: a dateline a day ahead of the header (a story filed in Asia, dated in New York).
            if status == .occurred || status == .proposed && isToldAsDone(best!.timex, trigger: trigger, in: context),
               date.granularity == .day || date.granularity == .month,
               let published = document.source.published, !hasYear(date.text),
               let shifted = EventDater.yearEarlier(date.value), date.value > published.description, shifted <= published.description,
               !EventDater.isJustAfter(date.value, published) {
                // ... but a day or month the text marks as a time to come ("on April 22 the CFTC will consider
                // it", "set April 15 as the deadline" in an April 8 article) belongs to another, later thing, not
                // to what was done, and a year back would be a year wrong.
                // So is a weekday read ahead ("the tariffs take effect on Friday" in a Monday story): the time stage
                // resolved it forward on purpose (a month and day can be last year's: "Canada imposed duties on July 1").
                let timex = best!.timex
                if namesATimeToCome(timex, context: context)
                    || EventDater.isSoonAfter(date.value, published) && !timex.text.unicodeScalars.contains(where: CharacterClass.isDigit) {
                    return publicationDefault(background: background, document: document)
                }
                date.value = shifted
            }
            return date
        }
        return publicationDefault(background: background, document: document)
    }

    /// "the Fed Jan. 8 proposed guidelines", "the commission on Jan. 8 urged Japan to lift its quotas" in a
    /// November article: a trigger in a past form, or a past form right next to the date (after it, or before
    /// it and an "on", "in" or "of"), tells that a `proposed` event is a proposal already made, so like an
    /// occurred event its day cannot lie after the publication date (a negated event is left as it is: "has
    /// issued licences, the ministry said this was incorrect" tells nothing done). The time stage
    /// reads a day up to two months ahead of a past context as scheduled (next January in a November story);
    /// for a done act that is last January.
    func isToldAsDone(_ timex: Timex, trigger: Range<Int>, in context: SentenceContext) -> Bool {
        if isPastForm(at: trigger.lowerBound, in: context) || isPastForm(at: timex.tokens.upperBound, in: context) { return true }
        var before = timex.tokens.lowerBound - 1
        if before >= context.range.lowerBound, ["on", "in", "of"].contains(context.views[before - context.range.lowerBound].token.lower) {
            before -= 1
        }
        return isPastForm(at: before, in: context)
    }

    /// "proposed", "was urged": a lower-case word ending in "ed" that is not its own lemma, with no `[not-done]`
    /// word (`rules/dates/dating.txt`) right before it ("will be proposed", "to be banned": a time to come).
    func isPastForm(at position: Int, in context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        guard context.range.contains(position) else { return false }
        let token = context.views[position - lower].token
        guard token.shape == .lower, token.lower.count > 4, token.lower.hasSuffix("ed"), token.lower != token.lemma else { return false }
        guard position > lower else { return true }
        return !cues.notDone.contains(context.views[position - 1 - lower].token.lower)
    }

    /// How many days after the publication date a reported day may lie and still be read as that year's (time
    /// zones: a dateline of the next day in Asia on a story dated in New York).
    static let leadDays = 3

    /// A calendar day within a week after the publication date: where a weekday read ahead lands.
    static func isSoonAfter(_ value: String, _ published: SimpleDate) -> Bool {
        guard value.count == 10, let day = SimpleDate(iso: value) else { return false }
        return day.dayNumber > published.dayNumber && day.dayNumber - published.dayNumber <= 7
    }

    /// Whether a day value lies less than ``leadDays`` days after `published`.
    static func isJustAfter(_ value: String, _ published: SimpleDate) -> Bool {
        guard value.count == 10, let day = SimpleDate(iso: value) else { return false }
        return day.dayNumber - published.dayNumber <= leadDays
    }

    /// A date, or a time of day on a calendar day ("last night", "4 p.m. yesterday"): the day dates an event.
    static func isCalendar(_ timex: Timex) -> Bool {
        switch timex.type {
        case .date: return true
        case .time: return timex.value.count > 10 && TimexValue.granularity(of: String(timex.value.prefix(10))) == .day
        default: return false
        }
    }

    /// "Korea keeps a yearly ceiling on rice imports.", "The agency is also investigating the bank.": a sentence of
    /// the body past the lead (the sentence that opens the body, after any dateline, and the one after it,
    /// which goes on with the same news: "The Treasury also lifted a ban ...") that no `[reporting]` word
    /// (`rules/dates/dating.txt`) presents as news ("said", "told") tells background, so an event it does not
    /// date gets no publication date. Not an event in the present perfect ("Norway has asked for a waiver"), which
    /// ANNOTATION.md reads as news of the day, nor one the sentence places after an earlier event ("A week after
    /// the ban, ..."), which ``anchorOnEarlierEvents(_:document:)`` dates.
    func isUnreportedNarrative(_ trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument) -> Bool {
        guard !cues.reporting.isEmpty,
              let lead = document.sentences.firstIndex(where: { $0.span.end > document.source.bodyStart }),
              lead + EventDater.leadSentences < document.sentences.count,
              context.range.lowerBound >= document.sentences[lead + EventDater.leadSentences].tokens.lowerBound else { return false }
        let lower = context.range.lowerBound
        if context.range.contains(where: { cues.reporting.contains(context.views[$0 - lower].token.lower) }) { return false }
        if isPresentPerfect(trigger, in: context) { return false }
        return anchoring.eventRelation(Array(document.tokens[context.range])) == nil
    }

    /// How many sentences from the start of the body tell the day's news whatever their words: the lead and the
    /// one after it.
    static let leadSentences = 2

    /// "has imposed", "have also asked": "has" or "have" up to three words before the trigger, no punctuation between.
    private func isPresentPerfect(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        var index = trigger.lowerBound - 1
        while index >= lower, trigger.lowerBound - index <= 3 {
            let token = context.views[index - lower].token
            if token.isPunctuation { return false }
            if token.lower == "has" || token.lower == "have" { return true }
            index -= 1
        }
        return false
    }

    /// How many words after a date ``DatingCues/timeToCome`` words are looked for.
    static let timeToComeReach = 4

    /// "on April 22 it will consider", "set April 15 as the deadline": a `[time-to-come]` word
    /// (`rules/dates/dating.txt`) within a few words after the date, in its sentence; "by the end of April": a
    /// `[time-to-come-before]` word right before it.
    private func namesATimeToCome(_ timex: Timex, context: SentenceContext) -> Bool {
        let before = timex.tokens.lowerBound - 1 - context.range.lowerBound
        if before >= 0, cues.timeToComeBefore.contains(context.views[before].token.lower) { return true }
        let end = min(timex.tokens.upperBound + EventDater.timeToComeReach, context.range.upperBound)
        guard timex.tokens.upperBound < end else { return false }
        return (timex.tokens.upperBound..<end).contains { cues.timeToCome.contains(context.views[$0 - context.range.lowerBound].token.lower) }
    }

    /// The publication date for a report of the day's news; nothing for background.
    private func publicationDefault(background: Bool, document: AnnotatedDocument) -> EventDate? {
        guard !background, let published = document.source.published else { return nil }
        return EventDate(value: published.description, granularity: .day, text: "", approximate: false)
    }

    /// "had fallen by half since the sanctions were imposed", "weeks after the ministry banned the imports": a
    /// `[background-clause]` word (`rules/dates/dating.txt`) before the trigger, with no comma, "that" or "to"
    /// between, opens a clause that tells the event as the time or cause of another. Only where the word
    /// follows a word of the main clause: "After two years of talks the EC lifted the ban" opens the sentence
    /// (or a dateline, or a comma) and tells the news itself.
    func isInBackgroundClause(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        guard !cues.backgroundClause.isEmpty else { return false }
        let lower = context.range.lowerBound
        var index = trigger.lowerBound - 1
        while index > lower {
            let token = context.views[index - lower].token
            if token.isPunctuation || token.lower == "that" || token.lower == "to" { return false }
            if cues.backgroundClause.contains(token.lower) {
                let before = context.views[index - 1 - lower].token
                return !before.isPunctuation
            }
            index -= 1
        }
        return false
    }

    /// "the agency's widening investigation", "the SEC is continuing to investigate": an `[ongoing]` word
    /// (`rules/dates/dating.txt`) in the few words up to the trigger tells a state in progress, not an action
    /// of the day.
    func isOngoing(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        hasWord(of: cues.ongoing, from: trigger.upperBound - 1, before: trigger, within: 5, in: context)
    }

    /// Superlatives that make a following "has (ever) imposed" a comparison, not an event of its own time.
    /// "the largest [fine] the Commission has ever imposed", "the largest the department has imposed this year".
    func isSuperlativeScope(_ trigger: Range<Int>, in context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        var sawHave = false
        var index = trigger.lowerBound - 1
        while index >= lower, trigger.lowerBound - index <= 8 {
            let token = context.views[index - lower].token
            if token.lemma == "have" { sawHave = true }
            if cues.superlatives.contains(token.lower), index > lower,
               context.views[index - 1 - lower].token.lower == "the" {
                return sawHave
            }
            if token.isPunctuation { return false }
            index -= 1
        }
        return false
    }

    private func hasYear(_ text: String) -> Bool {
        var run = 0
        for c in text.unicodeScalars {
            run = CharacterClass.isDigit(c) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// `2019-12-19` -> `2018-12-19`; `nil` for values without a leading year.
    static func yearEarlier(_ value: String) -> String? {
        guard let year = Int(value.prefix(4)), value.count >= 7 else { return nil }
        return TimexValue.pad(year - 1, 4) + value.dropFirst(4)
    }

    private func timex(in range: Range<Int>, document: AnnotatedDocument) -> Timex? {
        document.timexes.first { range.overlaps($0.tokens) }
    }

    /// A calendar value an event can carry (day, week, month, quarter, year; partial `XXXX` values too).
    func eventDate(from timex: Timex) -> EventDate? {
        var value = timex.value
        if let t = value.firstIndex(of: "T") { value = String(value[..<t]) }
        // Seasons give the year: "last fall" in 1987 -> 1986.
        if value.count == 7, ["-SP", "-SU", "-FA", "-WI"].contains(String(value.suffix(3))) { value = String(value.prefix(4)) }
        guard let granularity = TimexValue.granularity(of: value) else { return nil }
        let relative = timex.approximate || !timex.text.contains(where: { $0.isNumber })
        return EventDate(value: value, granularity: granularity, text: timex.text, approximate: relative && granularity != .day ? true : timex.approximate)
    }

    private func introducedByForeignWord(_ timex: Timex, context: SentenceContext, status: EventStatus) -> Bool {
        let before = timex.tokens.lowerBound - 1 - context.range.lowerBound
        guard before >= 0 else { return false }
        let word = context.views[before].token.lower
        // "from July 1" is when a planned measure starts: keep it for planned events.
        if word == "from" { return status == .occurred }
        return foreignIntroducers.contains(word)
    }

    /// "placed on the list on May 16, and four days later the Department issued": "N days later" counts from
    /// the date before it in the sentence, not from the publication date.
    private func laterThanEarlierDate(_ date: EventDate, in context: SentenceContext, document: AnnotatedDocument) -> EventDate? {
        guard let days = anchoring.daysAfterEarlierDate(date.text),
              let later = document.timexes.first(where: { $0.text == date.text && context.range.contains($0.tokens.lowerBound) }) else {
            return nil
        }
        guard let earlier = document.timexes.last(where: {
            context.range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= later.tokens.lowerBound && $0.granularity == .day
        }), let value = TimeAnchoring.date(earlier.value, plus: days) else { return nil }
        return EventDate(value: value, granularity: .day, text: date.text, approximate: true)
    }

    private func nextSentence(after context: SentenceContext, in document: AnnotatedDocument, index: MentionIndex?) -> SentenceContext? {
        guard let sentence = document.sentences.first(where: { $0.tokens.lowerBound == context.range.upperBound }) else { return nil }
        return SentenceContext(document: document, sentence: sentence, index: index ?? MentionIndex(document: document))
    }

    /// "... tariffs, which take effect on April 17": a planned measure is dated by when it takes effect.
    private func effectiveDate(in context: SentenceContext, document: AnnotatedDocument) -> EventDate? {
        effectiveStatement(in: context, document: document)?.date
    }

    /// The first `[effective]` phrase (`rules/dates/dating.txt`) of a sentence followed within two words by a
    /// date: where the phrase starts, and the date.
    private func effectiveStatement(in context: SentenceContext, document: AnnotatedDocument) -> (phrase: Int, date: EventDate)? {
        // Only a phrase that starts within its length and two words before a date of the sentence can match: scan
        // just from there, and not at all in a sentence with no date.
        var first = Int.max, last = Int.min
        for timex in document.timexes where timex.type == .date && context.range.contains(timex.tokens.lowerBound) {
            first = min(first, timex.tokens.lowerBound)
            last = max(last, timex.tokens.lowerBound)
        }
        guard first <= last else { return nil }
        let reach = cues.effective.reduce(0) { max($0, $1.count) } + 2
        let from = max(context.range.lowerBound, first - reach), to = min(context.range.upperBound, last + 1)
        guard from < to else { return nil }
        for index in from..<to {
            let offset = index - context.range.lowerBound
            for phrase in cues.effective where StatusCues.phrase(phrase, startsAt: offset, in: context.views) {
                let after = index + phrase.count
                if let timex = document.timexes.first(where: {
                    $0.type == .date && $0.tokens.lowerBound >= after && $0.tokens.lowerBound <= after + 2
                        && context.range.contains($0.tokens.lowerBound)
                }), let date = eventDate(from: timex) {
                    return (index, date)
                }
            }
        }
        return nil
    }

    /// How many words after the trigger are read as the event's object when another sentence's measure is
    /// compared with it.
    static let objectReach = 8

    /// "Chile said it would raise tariffs on steel. ... The tariffs take effect on June 1.": the nearest other
    /// sentence of the story with an `[effective]` phrase and a date whose words before the phrase (in its
    /// clause) hold a noun of the event's object (a lower-case word of the few after the trigger), the same
    /// word or one of its `[same-action]` family, names the same measure: its date dates the event.
    private func effectiveDateOfSameAction(
        _ trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument, index: MentionIndex?
    ) -> EventDate? {
        let lower = context.range.lowerBound
        let end = min(trigger.upperBound + EventDater.objectReach, context.range.upperBound)
        var nouns: Set<String> = []
        var families: Set<Int> = []
        for position in trigger.upperBound..<max(trigger.upperBound, end) {
            let token = context.views[position - lower].token
            if token.lower == "." || token.lower == ";" { break }
            guard isMeasureWord(token.lower), token.shape == .lower else { continue }
            nouns.insert(token.lower)
            if let family = cues.sameAction[token.lower] { families.insert(family) }
        }
        guard !nouns.isEmpty, let here = document.sentences.firstIndex(where: { $0.tokens.lowerBound == lower }) else { return nil }
        let mentions = index ?? MentionIndex(document: document)
        let order = document.sentences.indices.filter { $0 != here }.sorted { abs($0 - here) < abs($1 - here) }
        for other in order {
            let sentence = SentenceContext(document: document, sentence: document.sentences[other], index: mentions)
            guard let (phrase, date) = effectiveStatement(in: sentence, document: document) else { continue }
            var position = phrase - 1
            while position >= sentence.range.lowerBound {
                let word = sentence.views[position - sentence.range.lowerBound].token.lower
                if word == "," || word == ";" { break }
                if nouns.contains(word) || cues.sameAction[word].map(families.contains) == true { return date }
                position -= 1
            }
        }
        return nil
    }

    /// A day of the week before publication (or the dateline's day): when a measure to come was announced, not
    /// when it takes effect.
    private func isAnnouncementDay(_ date: EventDate, document: AnnotatedDocument) -> Bool {
        guard date.granularity == .day, let published = document.source.published, let day = SimpleDate(iso: date.value) else { return false }
        return day <= published.adding(days: EventDater.leadDays) && day >= published.adding(days: -ActionMerger.newsDays)
    }

    /// A word that can name a measure: letters only, over three of them, no `[head-stops]` or `[determiners]` word.
    private func isMeasureWord(_ word: String) -> Bool {
        word.count > 3 && word.allSatisfy(\.isLetter) && !cues.headStops.contains(word) && !cues.determiners.contains(word)
    }

    /// Events dated only by the publication date that a sentence places relative to an earlier event:
    /// "A few days after the blacklisting, ..." takes the blacklisting's date; "In the same month, ..." the
    /// date of the event before it. Approximate.
    public func anchorOnEarlierEvents(_ events: inout [Event], document: AnnotatedDocument) {
        for k in events.indices where k > 0 {
            guard let date = events[k].date, date.text.isEmpty, let source = events[k].sources.first,
                  let sentence = document.sentences.first(where: { $0.span.start == source.start }) else { continue }
            var anchor: Event? = nil
            switch anchoring.eventRelation(Array(document.tokens[sentence.tokens])) {
            case .samePeriod:
                anchor = events[..<k].last { $0.date != nil && !($0.date!.text.isEmpty) }
            case .after(let noun):
                anchor = events[..<k].last { event in
                    event.date != nil && !(event.date!.text.isEmpty) && (event.type == noun || event.type.hasPrefix(noun))
                }
            case nil:
                break
            }
            if let anchorDate = anchor?.date {
                events[k].date = EventDate(value: anchorDate.value, granularity: anchorDate.granularity, text: anchorDate.text, approximate: true)
            }
        }
    }

    /// "the review, which it began in May 2022, and to reduce duties": a date inside a relative clause that
    /// closes with a comma before the trigger dates that clause.
    private func insideClosedClause(_ timex: Timex, before trigger: Range<Int>, context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        guard (timex.tokens.upperBound..<trigger.lowerBound).contains(where: { context.views[$0 - lower].token.text == "," }) else {
            return false
        }
        var index = timex.tokens.lowerBound - 1
        while index >= lower, context.views[index - lower].token.text != "," {
            if clauseWords.contains(context.views[index - lower].token.lower) { return true }
            index -= 1
        }
        return false
    }

    /// "under a November order by former President Trump": a date standing before a noun of another
    /// thing than the event names that thing's time;
    /// "for violating a 1985 treaty", "will ratify the 1985 Grain Convention": a bare year between a
    /// `[determiners]` word (`rules/dates/dating.txt`) and another word names the year of that thing too.
    private func modifiesAnotherNoun(_ timex: Timex, trigger: Range<Int>, context: SentenceContext) -> Bool {
        let next = timex.tokens.upperBound
        guard next < context.range.upperBound, !trigger.contains(next) else { return false }
        let lower = context.range.lowerBound
        if cues.datedNouns.contains(context.views[next - lower].token.lower) {
            // "Reagan's April 17 decision to impose tariffs", "the March 3 order of a ban": the noun's complement
            // is the event itself, so the date is the event's.
            let link = next + 1
            if link < context.range.upperBound, ["to", "of"].contains(context.views[link - lower].token.lower),
               trigger.lowerBound > link, trigger.lowerBound <= link + 2 { return false }
            return true
        }
        let before = timex.tokens.lowerBound - 1
        guard before >= lower, timex.tokens.count == 1, timex.value.count == 4, !context.views[next - lower].token.isPunctuation else {
            return false
        }
        return cues.determiners.contains(context.views[before - lower].token.lower)
    }

    /// "the Fuel Use Act of 1978", "the Trade Expansion Act of 1962": a year after "of" behind a capitalised word
    /// (no part of a date itself: not "March of 1987") is part of a name, not a time of the event.
    private func namesALaw(_ timex: Timex, context: SentenceContext, document: AnnotatedDocument) -> Bool {
        let of = timex.tokens.lowerBound - 1 - context.range.lowerBound
        guard of >= 1, context.views[of].token.lower == "of", timex.value.count == 4 else { return false }
        let name = context.views[of - 1].token
        guard let first = name.text.unicodeScalars.first, CharacterClass.isUpper(first) else { return false }
        let nameIndex = context.range.lowerBound + of - 1
        return !document.timexes.contains { $0.tokens.contains(nameIndex) }
    }

    /// "has kept anti-dumping duties on Chinese bicycles since 2019": "since" right before a date after the
    /// trigger, with no other clause between, gives the start of the state the event is in. Not after an
    /// ordinal ("the third extension since May" counts extensions from May).
    private func isStartOfState(_ timex: Timex, trigger: Range<Int>, context: SentenceContext) -> Bool {
        let since = timex.tokens.lowerBound - 1
        guard since >= trigger.upperBound, context.views[since - context.range.lowerBound].token.lower == "since",
              !crossesClause(from: trigger.upperBound, to: since, context: context) else { return false }
        let from = max(context.range.lowerBound, trigger.lowerBound - 3)
        return !(from..<trigger.lowerBound).contains { anchoring.ordinal(context.views[$0 - context.range.lowerBound].token.lower) != nil }
    }

    /// "extended several times since it was first issued in May 2019, most recently on May 15": after the
    /// other clause, a comma and "most recently" (or "again", "latest", "last") lead back to the event's own.
    private func returnsToTheClause(before timex: Timex, context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        var index = timex.tokens.lowerBound - 1
        if index > lower, ["on", "in", "at"].contains(context.views[index - lower].token.lower) { index -= 1 }
        var words: [String] = []
        while index > lower, context.views[index - lower].token.text != ",", words.count < 3 {
            words.append(context.views[index - lower].token.lower)
            index -= 1
        }
        guard index > lower, context.views[index - lower].token.text == ",", !words.isEmpty else { return false }
        return words.allSatisfy { ["most", "recently", "again", "latest", "last", "lately", "finally"].contains($0) }
    }

    /// "..., which expired on Thursday": the date a licence lapsed, after the trigger in its sentence.
    private func expiryDate(after trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument) -> EventDate? {
        let lower = context.range.lowerBound
        for timex in document.timexes where timex.type == .date && timex.tokens.lowerBound > trigger.upperBound
            && context.range.contains(timex.tokens.lowerBound) {
            var index = timex.tokens.lowerBound - 1
            if index > lower, ["on", "in", "at"].contains(context.views[index - lower].token.lower) { index -= 1 }
            if ["expire", "lapse", "run", "end"].contains(context.views[index - lower].token.lemma) || context.views[index - lower].token.lower == "out" {
                return eventDate(from: timex)
            }
        }
        return nil
    }

    /// "Treasury lifted sanctions on Rusal on Sunday ... did not lift the measures on him"; "the department on
    /// Monday issued a reprieve ... it said it would evaluate whether to extend it": a negated or proposed
    /// event the text does not date was decided with its counterpart in the same news, the event of the same
    /// agent (and, for a negation, the same type) that the text dates on a day of the week before publication.
    public func anchorNegatedOnCounterparts(_ events: inout [Event], published publishedDate: SimpleDate?) {
        for k in events.indices where (events[k].status == .negated || events[k].status == .proposed)
            && (events[k].date?.text.isEmpty ?? true) {
            guard let agent = events[k].agent?.id, !(events[k].agent?.inferred ?? false) else { continue }
            let sameType = events[k].status == .negated
            let counterpart = events.indices.filter {
                guard $0 != k, !sameType || events[$0].type == events[k].type, events[$0].status == .occurred,
                      events[$0].agent?.id == agent, !(events[$0].agent?.inferred ?? false),
                      let date = events[$0].date, !date.text.isEmpty, date.granularity == .day,
                      let published = publishedDate, let day = SimpleDate(iso: date.value) else { return false }
                // Only a counterpart of the same news: a day in the week before publication.
                return day <= published && day.adding(days: 7) >= published
            }.min { abs($0 - k) < abs($1 - k) }
            if let counterpart, let date = events[counterpart].date {
                events[k].date = EventDate(value: date.value, granularity: date.granularity, text: date.text, approximate: true)
            }
        }
    }

    /// "In 1984, ...", "Last month, ...", "On Friday, ...": a date first in its sentence (or after one of "in",
    /// "on", "at", "during") and followed by a comma. Not a dateline's date ("WASHINGTON, March 4 -"): a comma
    /// stands before it.
    private func opensTheSentence(_ timex: Timex, context: SentenceContext) -> Bool {
        let lower = context.range.lowerBound
        let after = timex.tokens.upperBound
        guard after < context.range.upperBound, context.views[after - lower].token.text == "," else { return false }
        let start = timex.tokens.lowerBound
        if start == lower { return true }
        return start == lower + 1 && ["in", "on", "at", "during"].contains(context.views[0].token.lower)
    }

    /// "since 2020, when ...": the date is the time of the clause that follows.
    private func opensWhenClause(_ timex: Timex, context: SentenceContext) -> Bool {
        var index = timex.tokens.upperBound
        while index < context.range.upperBound, context.views[index - context.range.lowerBound].token.text == "," { index += 1 }
        return index < context.range.upperBound && context.views[index - context.range.lowerBound].token.lower == "when"
    }

    /// A comma between the trigger and a later date, followed by more than a few words before the date: the
    /// date belongs to another clause ("..., tops the fine it levied last June"), unlike "..., most recently on May 15".
    private func crossesComma(from start: Int, to end: Int, context: SentenceContext) -> Bool {
        guard start < end else { return false }
        guard let comma = (start..<end).last(where: { context.views[$0 - context.range.lowerBound].token.text == "," }) else {
            return false
        }
        return end - comma > 3
    }

    private func crossesClause(from start: Int, to end: Int, context: SentenceContext) -> Bool {
        guard start < end else { return false }
        for index in start..<end where clauseWords.contains(context.views[index - context.range.lowerBound].token.lower) {
            return true
        }
        return false
    }
}

extension EventDater {
    /// Why an event of a sentence is undated, or dated otherwise than by an expression of its clause read as it
    /// stands, in the words of `rules/dates/dating.txt`; `nil` when its date is simply its clause's expression or the
    /// publication date of the day's news. Behind `newsevents explain`.
    /// ```swift
    /// dater.datingNote(for: event, trigger: 3..<4, in: context, document: document)
    /// // "undated: a sentence past the lead with no [reporting] word tells background"
    /// ```
    public func datingNote(for event: Event, trigger: Range<Int>, in context: SentenceContext, document: AnnotatedDocument) -> String? {
        let own = document.timexes.filter { context.range.contains($0.tokens.lowerBound) && EventDater.isCalendar($0) }
        guard let date = event.date else {
            if let cue = backgroundCue(trigger, in: context, status: event.status) { return cue.note }
            if isInBackgroundClause(trigger, in: context) {
                return "undated: told in a clause a [background-clause] word opens ('since', 'after'): background"
            }
            if isOngoing(trigger, in: context) { return "undated: an [ongoing] word tells a state in progress: background" }
            if isUnreportedNarrative(trigger, in: context, document: document) {
                return "undated: a sentence past the lead with no [reporting] word tells background"
            }
            return "undated: no date of its own clause, and not the day's news"
        }
        if date.text.isEmpty {
            if let timex = own.first(where: { namesATimeToCome($0, context: context) }) {
                return "publication date: '\(timex.text)' is a time to come ([time-to-come]), not when this was done"
            }
            if let timex = own.first(where: { modifiesAnotherNoun($0, trigger: trigger, context: context) || namesALaw($0, context: context, document: document) }) {
                return "publication date: '\(timex.text)' names the time of another thing ([dated-nouns], [determiners], a law's year)"
            }
            return nil
        }
        if let stated = own.first(where: { $0.text == date.text }) {
            if let value = eventDate(from: stated)?.value, value != date.value, EventDater.yearEarlier(value) == date.value {
                return "re-dated \(value) -> \(date.value): a day reported as done cannot lie after the publication date"
            }
            if let effective = effectiveStatement(in: context, document: document), effective.date.text == date.text,
               event.status == .planned || event.status == .proposed {
                return "dated by when it takes effect ([effective]): '\(date.text)'"
            }
            return nil
        }
        if event.status == .planned || event.status == .proposed {
            return "dated by when another sentence says the same measure takes effect ([effective], [same-action]): '\(date.text)'"
        }
        return nil
    }
}
