/// A country named inside a participant's words as a modifier or a place is not the participant
/// (ANNOTATION.md: the agent is who acts, the target who is restricted):
///
/// - after an indefinite article opening the sentence, the country qualifies the subject's noun: "A U.S.
///   judge dismissed the suit" is acted by the judge, "A French bank signed" by the bank; the participant is
///   that noun phrase ("U.S. judge"), with no id;
/// - after "to", "into" or "in", a country is where goods go or a thing happens: "tariffs on Japanese
///   imports to the U.S." restricts Japan, so a participant capture prefers its other mentions.
///
/// On the judged Reuters events these readings were a steady class of wrong roles ("A U.S. judge" as the
/// agent United States, "imports to the U.S." as the target U.S.).
/// ```swift
/// PlaceModifiers.headNoun(after: usMention, within: 1..<2, in: document)   // 1..<3: "U.S. judge" in "A U.S. judge ruled"
/// ```
enum PlaceModifiers {
    /// Words before a country that make it a destination or a location rather than a party.
    static let placePrepositions: Set<String> = ["to", "into", "in"]

    /// The tokens from a country mention through the common nouns after it, when a capitalised indefinite
    /// article (a sentence's first word) comes right before the country ("A U.S. judge", "An Iranian oil
    /// firm"); else nil. The nouns are the
    /// lower-case words of the capture `range` after the country (at most three), or the one word right
    /// after it when the capture stops at the country.
    static func headNoun(after mention: EntityMention, within range: Range<Int>, in document: AnnotatedDocument) -> Range<Int>? {
        let start = mention.tokens.lowerBound, tokens = document.tokens
        // The phrase opens its sentence ("A U.S. judge today dismissed ..."): the subject, whose head acts.
        // Elsewhere the country is as often the party ("approved an Israeli shipment", "a Japanese decision").
        guard mention.type == .country, start > 0, ["A", "An"].contains(tokens[start - 1].text) else { return nil }
        let first = mention.tokens.upperBound
        let limit = min(tokens.count, range.upperBound > first ? min(range.upperBound, first + 3) : first + 1)
        var end = first
        while end < limit, tokens[end].shape == .lower, tokens[end].lower.allSatisfy(\.isLetter) { end += 1 }
        return end > first ? start..<end : nil
    }

    /// Whether a country mention is a place behind "to", "into" or "in" ("to the U.S.", "in Canada").
    static func isPlace(_ mention: EntityMention, in document: AnnotatedDocument) -> Bool {
        mention.type == .country && AgreementParties.follows(placePrepositions, mention, in: document)
    }
}
