/// A national body's alias that names another country's body: "the Supreme Court of Cyprus", "Cyprus's Supreme
/// Court", "the Indian Supreme Court" hold the alias `Supreme Court` of the U.S. Supreme Court, but the country
/// beside it says whose court it is. The rule holds for any alias of a government, legislature or court whose
/// lexicon entry names its country: a country other than that one right before the alias (a name, its possessive
/// or its adjective) or after it behind "of" (or "of the") rejects the alias there, and the words are left to the
/// other recognisers ("Supreme Court of Cyprus" as a name of its own).
///
/// ```
/// // "The Supreme Court of Cyprus rejected the plea."   -> not us.supreme-court
/// // "The Supreme Court of the United States ruled."    -> us.supreme-court (its own country)
/// ```
extension TaggingRun {
    /// Whether the lexicon alias of `actor` at `i..<i+length` stands beside another country, as above.
    func namesForeignBody(_ actor: Actor, at i: Int, length: Int) -> Bool {
        guard let own = actor.country,
              actor.type == .government || actor.type == .legislature || actor.type == .court else { return false }
        // After: "of Cyprus", "of the Philippines".
        var j = i + length
        if j + 1 < sentenceRange.upperBound, tokens[j].lower == "of" {
            j += 1
            if j + 1 < sentenceRange.upperBound, tokens[j].lower == "the" { j += 1 }
            if let other = countryID(at: j), other != own { return true }
        }
        // Before: "Cyprus's", "Indian", "South Korean": a country ending right before the alias.
        var end = i
        if end > sentenceRange.lowerBound, tokens[end - 1].text == "'s" || tokens[end - 1].text == "\u{2019}s" {
            end -= 1
        }
        var start = end - 1
        while start >= sentenceRange.lowerBound, start >= end - 3 {
            if looks[start].trieNode >= 0, let c = lexiconMatch(at: start, foreign: false),
               c.actor.type == .country, c.range.upperBound == end {
                return c.actor.id != own
            }
            start -= 1
        }
        return false
    }

    /// The id of the country whose lexicon alias starts at `j`, if one does.
    private func countryID(at j: Int) -> String? {
        guard looks[j].trieNode >= 0, let c = lexiconMatch(at: j, foreign: false), c.actor.type == .country else {
            return nil
        }
        return c.actor.id
    }
}
