/// Groups: counted, quantified or collective parties, typed `group` with kind `.group`.
///
/// ```
/// a bipartisan group of 15 senators   -> group.senators
/// 15 senators, some suppliers         -> group.senators, group.suppliers
/// U.S. firms, Japanese chipmakers     -> group.us.firms, group.jp.chipmakers
/// lawmakers                           -> group.lawmakers
/// ```
/// The head is a plural noun of `[group-nouns]`; before it may come `a ... <collective> of`, a number, a
/// quantifier or an adjective of `[group-adjectives]` ("local operators"), a country or national adjective, and (after an opener) up to two lower-case modifiers.
/// The id is `group.` + the country id when there is one + the head; the name is the head, with the national
/// word when there is one.
extension TaggingRun {
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "dozen", "dozens", "hundreds", "thousands", "scores",
    ]
    /// The words before which `group(at:)` looks for a collective or a definite plural.
    static let groupOpeners: Set<String> = ["a", "an", "the", "these", "those"]
    static let smallNumbers: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2,
    ]

    /// The group that starts at `i`, when it spans `atLeast` tokens or more (a shorter one would lose to what is
    /// already found: no actor is built).
    func group(at i: Int, atLeast: Int = 0) -> Candidate? {
        let limit = sentenceRange.upperBound
        // The head is a group noun at or after `i` in the sentence: without one there is nothing to find.
        guard Int(next[i].groupNoun) < limit else { return nil }
        var j = i
        var opened = false
        // After a bare "the" no modifiers: "the government gave firms" is no group.
        var modifiable = false
        var definite = false
        var count: Int? = nil
        // "a (bipartisan) group of"
        if looks[j].word == literals.a || looks[j].word == literals.an {
            var k = j + 1
            while k < limit, k - j <= 3, tokens[k].shape == .lower, !looks[k].facts.contains(.collective) { k += 1 }
            guard k + 1 < limit, looks[k].facts.contains(.collective), looks[k + 1].word == literals.of else { return nil }
            j = k + 2
            opened = true
            modifiable = true
        } else if looks[j].word == literals.the || looks[j].word == literals.these || looks[j].word == literals.those {
            j += 1
            opened = true
            definite = true
        }
        // "15", "some", "dozens of"
        if j < limit, tokens[j].shape == .number || !looks[j].facts.isDisjoint(with: [.quantifier, .numberWord])
            || looks[j].facts.contains(.groupAdjective) {
            let word = key(j)
            count = TaggingRun.smallNumbers[word] ?? Int(word)
            j += 1
            opened = true
            modifiable = true
            if j < limit, looks[j].word == literals.of { j += 1 }
        }
        // "U.S.", "Japanese", "South Korean"
        var country: Actor? = nil
        var countryText = ""
        if j < limit, let c = lexiconMatch(at: j), c.actor.type == .country {
            country = c.actor
            countryText = text(c.range)
            j = c.range.upperBound
            opened = true
            modifiable = true
        }
        // Up to two lower-case modifiers, then the head.
        var head = j
        if modifiable {
            while head < limit, head - j < 2, looks[head].facts.isDisjoint(with: [.groupNoun, .description, .notNoun]),
                  tokens[head].shape == .lower, tokens[head].text.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) || $0 == "-" }),
                  !looks[head].facts.contains(.determiner), looks[head].word != literals.of, looks[head].word != literals.and {
                head += 1
            }
        }
        guard head < limit, looks[head].facts.contains(.groupNoun), tokens[head].shape != .upper || capitalsMeanNothing else {
            return nil
        }
        // A bare plural noun is a group only at `i` itself ("lawmakers said"); a capitalised one mid-sentence is a name.
        if !opened, head != i { return nil }
        guard head + 1 - i >= atLeast else { return nil }
        if tokens[head].shape == .capitalized, !isSentenceInitial(head), !capitalsMeanNothing, !opened { return nil }
        let noun = tokens[head].lower
        // "Liptons and Brooke Bond ... the companies' licences": the parties named together just before.
        if definite, country == nil, let parties = coordinated(noun: noun, count: count) {
            return Candidate(range: i..<(head + 1), actor: parties, kind: .group, source: .group, known: true)
        }
        let id = "group." + (country.map { $0.id + "." } ?? "") + noun
        let name = country == nil ? noun : countryText + " " + noun
        let actor = Actor(id: id, name: name, type: .group, descriptors: ["group", noun], country: country?.id)
        return Candidate(range: i..<(head + 1), actor: actor, kind: .group, source: .group, known: true)
    }
}
