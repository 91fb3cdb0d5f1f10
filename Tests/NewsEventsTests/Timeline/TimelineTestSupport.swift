@testable import NewsEvents

/// Small constructors for hand-made events in the timeline tests.
enum T {
    static func p(_ name: String, id: String? = nil, text: String? = nil) -> Participant {
        Participant(id: id, name: name, text: text ?? name)
    }

    static func date(_ value: String, _ granularity: Granularity = .day, approximate: Bool = false) -> EventDate {
        EventDate(value: value, granularity: granularity, text: "", approximate: approximate)
    }

    static func source(_ document: String, _ start: Int, sentence: String = "s", rule: String = "r/x") -> EventSource {
        EventSource(document: document, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, rule: rule)
    }

    static func event(
        _ type: String = "grant", _ status: EventStatus = .occurred, date: EventDate? = nil,
        agent: Participant? = nil, recipient: Participant? = nil, target: Participant? = nil,
        object: String? = nil, doc: String = "d1", start: Int = 0, sentence: String = "s", rule: String = "r/x"
    ) -> Event {
        Event(
            type: type, status: status, date: date, agent: agent, recipient: recipient, target: target,
            object: object, sources: [source(doc, start, sentence: sentence, rule: rule)])
    }
}
