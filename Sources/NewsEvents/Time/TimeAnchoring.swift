/// Places an expression or an event relative to another date, with the vocabularies of `rules/time`
/// (`anchors.txt`, and `[ORDINAL]`, `[NUMBER]`, `[UNIT]`): the events stage dates "four days later" by the date
/// before it, "a few days after the blacklisting" by the blacklisting, "in the same month" by the event before,
/// and reads ordinals ("the third extension").
///
/// ```swift
/// let anchoring = TimeAnchoring(resources: time)
/// anchoring.daysAfterEarlierDate("four days later")   // 4
/// anchoring.ordinal("third")                          // 3
/// TimeAnchoring.date("2019-05-16", plus: 4)           // "2019-05-20"
/// ```
public struct TimeAnchoring: Sendable {
    /// How a sentence places its event relative to an earlier one.
    public enum EventRelation: Equatable, Sendable {
        /// "in the same month": the period of the event before.
        case samePeriod
        /// "after the blacklisting": the date of the last event whose type the noun (a lemma) names.
        case after(noun: String)
    }

    let resources: TimeResources

    public init(resources: TimeResources) {
        self.resources = resources
    }

    /// The number an ordinal gives: `third` -> 3 (`[ORDINAL]`), `3rd` -> 3.
    public func ordinal(_ lower: String) -> Int? {
        if let digits = TimeMatcher.ordinalDigits(lower) { return digits }
        return resources.ordinalWords?.value(ofWord: lower).flatMap { Int($0) }
    }

    /// The days an expression such as "four days later" or "two weeks after" counts from the date before it
    /// (`[LATER]`, a count of `[NUMBER]` or digits, a unit of days or weeks); nil for other expressions.
    public func daysAfterEarlierDate(_ text: String) -> Int? {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard words.count == 3, resources.classes["LATER"]?.value(ofWord: words[2]) != nil,
              let count = Int(words[0]) ?? resources.numberWords?.value(ofWord: words[0]).flatMap({ Int($0) })
        else { return nil }
        switch resources.classes["UNIT"]?.value(ofWord: words[1]) {
        case "D": return count
        case "W": return 7 * count
        default: return nil
        }
    }

    /// The day `days` after a day value (`2019-05-16` + 4 -> `2019-05-20`); nil when the value is no day.
    public static func date(_ value: String, plus days: Int) -> String? {
        SimpleDate(iso: value).map { $0.adding(days: days).timexDay }
    }

    /// How the tokens of a sentence place its event relative to an earlier one: `[SAME]` before a unit
    /// ("the same month"), or `[AFTER_EVENT]` "the" NOUN ("after the blacklisting").
    public func eventRelation(_ tokens: [Token]) -> EventRelation? {
        let same = resources.classes["SAME"], after = resources.classes["AFTER_EVENT"], units = resources.classes["UNIT"]
        if let index = tokens.firstIndex(where: { same?.value(ofWord: $0.lower) != nil }), index + 1 < tokens.count,
           let unit = units?.value(ofWord: tokens[index + 1].lower), ["D", "W", "M", "Y"].contains(unit)
        {
            return .samePeriod
        }
        if let index = tokens.firstIndex(where: { after?.value(ofWord: $0.lower) != nil }), index + 2 < tokens.count,
           tokens[index + 1].lower == "the"
        {
            return .after(noun: tokens[index + 2].lemma)
        }
        return nil
    }
}
