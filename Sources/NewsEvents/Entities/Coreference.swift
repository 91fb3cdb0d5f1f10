/// Definite descriptions and pronouns, resolved to the actors already mentioned.
///
/// - "the Department", "the agency", "the ministry", "the airline", "the (Chinese) firm": the determiner, optional
///   modifiers (a national adjective, or a word of `[description-modifiers]`) and a noun of `[descriptions]`. The
///   noun names a descriptor; the description refers to the last actor carrying it within
///   ``EntityTagger/descriptionWindow`` sentences (and, with a national adjective, belonging to that country).
///   Descriptors come from `descriptor:` in the lexicon, from words of the actor's name (`[name-words]`:
///   "Department" gives `department`) and from its type (`[type-descriptors]`: every company is a `company`).
/// - "the government", "the administration" (descriptor `government`): the country of the national adjective
///   if one is given, else the document's main country (the one named most so far, the first on ties).
/// - Pronouns of `[pronouns]`: `it`/`its` (class `thing`) refer to the last organisation, government, company or
///   country; `they` (class `group`) to the last group; `he`/`she` (class `person`) to the last person; all
///   within ``EntityTagger/pronounWindow`` sentences back. Subject pronouns are taken only in subject position
///   and not before a form of "be" ("it is expected that" is no actor).
///
/// A description or pronoun that resolves to nothing is not a mention.
extension TaggingRun {
    func description(at i: Int) -> Candidate? {
        guard looks[i].facts.contains(.determiner) else { return nil }
        let limit = sentenceRange.upperBound
        var j = i + 1
        var country: Actor? = nil
        while j < limit, j - i <= 3 {
            if let c = lexiconMatch(at: j), c.actor.type == .country, c.range.upperBound < limit {
                country = c.actor
                j = c.range.upperBound
                continue
            }
            if looks[j].facts.contains(.descriptionModifier) { j += 1; continue }
            break
        }
        guard j < limit, looks[j].facts.contains(.description), let descriptor = tables.values[Int(looks[j].word)].description else { return nil }
        // "the Department of Commerce", "the Commerce Department's ..." are names, not descriptions.
        if j + 1 < limit, looks[j + 1].word == literals.of || looks[j + 1].word == literals.for, j + 2 < limit, isCapitalisedWord(j + 2) { return nil }
        if j + 1 < limit, isCapitalisedWord(j + 1), !capitalsMeanNothing, tokens[j + 1].shape != .upper || tokens[j + 1].text.count > 1 {
            return nil
        }
        let range = i..<(j + 1)
        guard let actor = resolve(descriptor: descriptor, country: country) else { return nil }
        return Candidate(range: range, actor: actor, kind: .description, source: .description, known: true)
    }

    func resolve(descriptor: String, country: Actor?) -> Actor? {
        if descriptor == "government" {
            if let country { return country }
            return mainCountry()
        }
        let oldest = sentence - descriptionWindow
        var fallback: Actor? = nil
        for recorded in history.reversed() {
            let actor = recorded.actor
            if recorded.sentence < oldest { break }
            guard actor.descriptors.contains(descriptor) else { continue }
            if let country {
                if actor.country == country.id { return actor }
                if actor.country == nil, fallback == nil { fallback = actor }
                continue
            }
            return actor
        }
        return fallback
    }

    func mainCountry() -> Actor? {
        countryCounts.main
    }

    func pronoun(at i: Int) -> Candidate? {
        guard looks[i].facts.contains(.pronoun) || looks[i].facts.contains(.objectPronoun) else { return nil }
        // The word is the grammar's, so it has an id.
        let objectKind = tables.values[Int(looks[i].word)].objectPronoun
        guard looks[i].facts.contains(.pronoun) || objectKind != nil,
              let kind = objectKind ?? tables.values[Int(looks[i].word)].pronoun else { return nil }
        let possessive = looks[i].word == literals.its || looks[i].word == literals.their || looks[i].word == literals.his || looks[i].word == literals.her
        if !possessive, objectKind == nil {
            guard isSubjectPosition(i) else { return nil }
            if i + 1 < sentenceRange.upperBound {
                // "it is expected" is no actor; "it was assessing the order" is.
                if looks[i + 1].facts.contains(.expletiveFollower),
                   !(i + 2 < sentenceRange.upperBound && key(i + 2).count > 4 && key(i + 2).hasSuffix("ing")) { return nil }
                // "it would be", "it will be"
                if i + 2 < sentenceRange.upperBound, looks[i + 2].word == literals.be, kind == .thing { return nil }
            }
        }
        let oldest = sentence - pronounWindow
        func compatible(_ actor: Actor) -> Bool { kind.admits(actor.type) }
        // The nearest earlier sentence with a compatible actor; a subject pronoun takes that sentence's first
        // such actor (its subject: "the Department gave Huawei a reprieve. It extended..."; "ZTE, which buys
        // from Intel, said it would"), a possessive or object pronoun the last.
        guard let nearest = history.last(where: { $0.sentence >= oldest && compatible($0.actor) }) else { return nil }
        var chosen = nearest.actor
        if !possessive, objectKind == nil,
           let first = history.first(where: { $0.sentence == nearest.sentence && compatible($0.actor) }) {
            chosen = first.actor
        }
        return Candidate(range: i..<(i + 1), actor: chosen, kind: .pronoun, source: .pronoun, known: true)
    }

    /// Whether a subject pronoun at `i` opens a clause: at the sentence start, after a subject opener, a few
    /// words after a reporting verb ("said on Wednesday it had"), right after a date, or between a noun and
    /// a past verb (the reduced relative "the 2.42 billion euros it levied on Google").
    func isSubjectPosition(_ i: Int) -> Bool {
        if isSentenceInitial(i) || looks[i - 1].facts.contains(.subjectOpener) || endsTimex(i - 1) { return true }
        if (max(sentenceRange.lowerBound, i - 4)..<i).contains(where: { looks[$0].facts.contains(.reportingVerb) }) { return true }
        // A noun before (no verb form, no preposition), a past verb after.
        guard i + 1 < sentenceRange.upperBound, tokens[i - 1].shape == .lower, !isVerbForm(i - 1),
              !looks[i - 1].facts.contains(.preposition) else { return false }
        return tokens[i + 1].shape == .lower && key(i + 1).hasSuffix("ed")
    }

    static let prepositions: Set<String> = [
        "to", "of", "for", "with", "by", "from", "on", "in", "at", "about", "against", "into", "over", "under", "than",
    ]

    /// A verb in -ing or a past participle ("assessing", "granted").
    private func isVerbForm(_ i: Int) -> Bool {
        let word = key(i)
        return word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed"))
    }
}
