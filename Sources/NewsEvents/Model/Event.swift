/// Factuality of an event, as `ANNOTATION.md` defines it.
public enum EventStatus: String, Sendable, Codable, CaseIterable {
    /// Asserted as done or in force.
    case occurred
    /// Decided or announced for the future ("will impose on April 17").
    case planned
    /// Only urged, requested of someone else, threatened, considered, recommended or expected.
    case proposed
    /// Reported as not done ("did not extend", "declined to grant").
    case negated
}

/// A participant of an event: the canonical entity when known, and the words of the text.
public struct Participant: Sendable, Hashable, Codable {
    public var id: String?
    public var name: String
    /// The surface text in the source sentence (for an inferred participant: where it was last named).
    public var text: String
    /// Whether the role was filled from the discourse (an earlier event of the story) rather than from the
    /// event's own sentence; the timeline marks such participants `"inferred": true`.
    public var inferred: Bool

    public init(id: String?, name: String, text: String, inferred: Bool = false) {
        self.id = id
        self.name = name
        self.text = text
        self.inferred = inferred
    }
}

/// When an event happened or is to happen.
public struct EventDate: Sendable, Hashable, Codable {
    /// TIMEX3-style calendar value: `2019-11-20`, `2019-11`, `2019-W47`, `2019-Q2`, `2019`, `XXXX-11-20`.
    public var value: String
    public var granularity: Granularity
    /// The words that date the event; empty when the date is the publication date by convention.
    public var text: String
    public var approximate: Bool

    public init(value: String, granularity: Granularity, text: String, approximate: Bool) {
        self.value = value
        self.granularity = granularity
        self.text = text
        self.approximate = approximate
    }
}

/// One mention of an event: the sentence that states it and the rule that found it.
public struct EventSource: Sendable, Hashable, Codable {
    public var document: String
    public var sentence: String
    /// Code points into the document text: the sentence's span.
    public var start: Int
    public var end: Int
    /// `file-stem/rule-name` of the rule that matched.
    public var rule: String

    public init(document: String, sentence: String, start: Int, end: Int, rule: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
    }
}

/// A value of an event's `attributes`: ordinals, counts, amounts.
public enum AttributeValue: Sendable, Hashable, Codable {
    case int(Int)
    case string(String)

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}

/// A dated regulatory event: the unit of the timeline.
///
/// ```swift
/// // "Earlier this week it extended Huawei's Temporary General License for another 90 days."
/// event.type      // "extension"
/// event.status    // .occurred
/// event.date      // 2019-W47, week, approximate
/// event.duration  // "P90D"
/// ```
public struct Event: Sendable, Hashable {
    /// Stable: the same input and rules give the same id.
    public var id: String
    /// One of the taxonomy of `ANNOTATION.md`, or a type a rule file adds.
    public var type: String
    public var status: EventStatus
    public var date: EventDate?
    public var agent: Participant?
    public var recipient: Participant?
    public var target: Participant?
    public var object: String?
    /// ISO 8601 duration (`P90D`).
    public var duration: String?
    public var attributes: [String: AttributeValue]
    public var sources: [EventSource]

    public init(
        id: String = "", type: String, status: EventStatus, date: EventDate? = nil,
        agent: Participant? = nil, recipient: Participant? = nil, target: Participant? = nil,
        object: String? = nil, duration: String? = nil, attributes: [String: AttributeValue] = [:],
        sources: [EventSource] = []
    ) {
        self.id = id
        self.type = type
        self.status = status
        self.date = date
        self.agent = agent
        self.recipient = recipient
        self.target = target
        self.object = object
        self.duration = duration
        self.attributes = attributes
        self.sources = sources
    }
}
