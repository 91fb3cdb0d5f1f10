/// One rule of a rule file: what it looks for (patterns), what it makes (an event of a type, a
/// suppression, or a mention later rules build on), and the examples it must and must not match.
///
/// ```
/// rule extend-for-duration
///   type: extension
///   pattern: agent:@authority trigger:[lemma=extend|renew] target:@actor "'s"? object:([]{0,4} [lemma=$PERMIT])
///   example: "The Department extended Huawei's licence for 90 days." agent="Department" target=Huawei duration=P90D
///   counter: "Huawei extended its lead in smartphones."
/// ```
public struct Rule: Sendable {
    /// What a match of the rule produces.
    public enum Action: Sendable, Hashable {
        /// An event of the rule's type.
        case event
        /// Nothing: events whose trigger lies inside the match are dropped ("licence plate", "approval rating").
        case suppress
        /// A mention of the named class (`mention: party`) that later rules match as one unit with `@party`.
        case mention(String)
    }

    /// `FILE-STEM/NAME`, as events' sources cite it.
    public var id: String
    public var name: String
    public var file: String
    public var line: Int
    public var action: Action
    public var type: String
    public var priority: Int
    /// A status the rule fixes, instead of the status stage's reading.
    public var status: EventStatus?
    public var patterns: [Pattern]
    /// Each pattern as the rule file wrote it, `%NAME`s unexpanded (for explanations).
    public var patternTexts: [String] = []
    public var programs: [Program]
    public var examples: [RuleExample]
    /// Words (lower-cased forms or lemmas) one of which a sentence must hold for a pattern of the rule to match
    /// there, from the trigger's token test; `nil` when the trigger is not a plain word test.
    public var triggerWords: Set<String>? = nil
}

/// An example sentence a rule carries: one it must match (with roles it must fill) or must not match.
///
/// `example: "The Department granted Microsoft a licence." agent=Department recipient=Microsoft`
/// `counter: "Microsoft granted an interview."`
public struct RuleExample: Sendable, Hashable {
    public var sentence: String
    /// `true` for `example:`, `false` for `counter:`.
    public var positive: Bool
    /// Expected values: role names (agent, recipient, target, object, duration, date, status) -> text that
    /// the role's text or name must contain (case-insensitive); `date` and `status` compare exactly.
    public var expectations: [String: String]
    /// Publication date the sentence is read with (`dct=2019-11-22`); a fixed default otherwise.
    public var published: SimpleDate?
    public var line: Int
    public var column: Int
}
