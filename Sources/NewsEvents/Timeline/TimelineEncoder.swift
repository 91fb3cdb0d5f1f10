/// Output formats of `extract --format`.
public enum TimelineFormat: String, CaseIterable, Sendable {
    case json, jsonl, csv, markdown
}

/// Writes a timeline in one of the ``TimelineFormat``s. Output is byte-stable: the same timeline gives the
/// same bytes (keys in the contract's order, attributes sorted by key, no floating point).
///
/// - `json`: the contract's document, `{"schema", "documents", "events"}`, 2-space indent; each document and
///   each source on one line, each event one key a line with its date, participants and attributes inline.
/// - `jsonl`: one event a line (``encodeEvent(_:)``), in timeline order; no documents.
/// - `csv`: RFC 4180 (CRLF line ends; fields holding `,`, `"`, CR or LF are quoted, quotes doubled), header
///   `id,type,status,date,granularity,agent,recipient,target,object,duration,document,sentence,rule`, one row per
///   event. Participants are written by canonical name. `document`, `sentence` and `rule` are those of the
///   event's **first** source (its earliest mention); the other sources are in the json/jsonl output, joined
///   by `id`.
/// - `markdown`: a heading, a count line and a table `date | type | status | agent | recipient | target |
///   object | source`, in timeline order; the source cell is the first document id and the sentence (cut at 200
///   characters), with `(+N more)` when the event has more sources.
public struct TimelineEncoder: Sendable {
    public var format: TimelineFormat

    public init(format: TimelineFormat) {
        self.format = format
    }

    public func encode(_ timeline: Timeline) -> String {
        switch format {
        case .json, .jsonl: return String(decoding: encodeBytes(timeline), as: UTF8.self)
        case .csv: return TimelineEncoder.csv(timeline)
        case .markdown: return TimelineEncoder.markdown(timeline)
        }
    }

    /// ``encode(_:)`` as UTF-8 bytes (JSON is written as bytes, so it is never copied into a string).
    /// ``TimelineStream`` writes the same bytes while documents are still coming.
    public func encodeBytes(_ timeline: Timeline) -> [UInt8] {
        switch format {
        case .json: return TimelineEncoder.json(timeline)
        case .jsonl:
            var w = JSONWriter()
            for event in timeline.events {
                TimelineEncoder.write(event: event, to: &w)
                w.verbatim("\n")
            }
            return w.bytes
        case .csv, .markdown: return Array(encode(timeline).utf8)
        }
    }

    // MARK: - JSON

    /// One event as a compact JSON object on one line, keys in the contract's order.
    public static func encodeEvent(_ e: Event) -> String {
        var w = JSONWriter()
        write(event: e, to: &w)
        return w.output
    }

    /// ``encodeEvent(_:)`` written as the next value of `w`.
    static func write(event e: Event, to w: inout JSONWriter) {
        w.object { w in
            w.key(verbatim: "id"); w.string(e.id)
            w.key(verbatim: "type"); w.string(e.type)
            w.key(verbatim: "status"); w.string(e.status.rawValue)
            w.key(verbatim: "date"); write(date: e.date, to: &w)
            w.key(verbatim: "agent"); write(participant: e.agent, to: &w)
            w.key(verbatim: "recipient"); write(participant: e.recipient, to: &w)
            w.key(verbatim: "target"); write(participant: e.target, to: &w)
            w.key(verbatim: "object"); w.string(e.object)
            w.key(verbatim: "duration"); w.string(e.duration)
            w.key(verbatim: "attributes"); write(attributes: e.attributes, to: &w)
            w.key(verbatim: "sources")
            w.array { w in for s in e.sources { write(source: s, to: &w) } }
        }
    }

    static func write(date: EventDate?, to w: inout JSONWriter) {
        guard let date else { return w.null() }
        w.object { w in
            w.key(verbatim: "value"); w.string(date.value)
            w.key(verbatim: "granularity"); w.string(date.granularity.rawValue)
            w.key(verbatim: "text"); w.string(date.text)
            w.key(verbatim: "approximate"); w.bool(date.approximate)
        }
    }

    static func write(participant p: Participant?, to w: inout JSONWriter) {
        guard let p else { return w.null() }
        w.object { w in
            w.key(verbatim: "id"); w.string(p.id)
            w.key(verbatim: "name"); w.string(p.name)
            w.key(verbatim: "text"); w.string(p.text)
            if p.inferred { w.key(verbatim: "inferred"); w.bool(true) }
        }
    }

    static func write(attributes: [String: AttributeValue], to w: inout JSONWriter) {
        w.object { w in
            for key in attributes.keys.sorted(by: ScoreText.precedes) {
                w.key(key)
                switch attributes[key]! {
                case .int(let n): w.int(n)
                case .string(let s): w.string(s)
                }
            }
        }
    }

    static func write(source s: EventSource, to w: inout JSONWriter) {
        w.object { w in
            w.key(verbatim: "document"); w.string(s.document)
            w.key(verbatim: "sentence"); w.string(s.sentence)
            w.key(verbatim: "start"); w.int(s.start)
            w.key(verbatim: "end"); w.int(s.end)
            w.key(verbatim: "rule"); w.string(s.rule)
        }
    }

    /// A document summary as a compact JSON object: the contract's keys, then `status` (`ok` or `failed`);
    /// a failed input has `"id": null`, the `input` as error messages name it, and the `reason`.
    public static func encodeDocument(_ d: DocumentSummary) -> String {
        var w = JSONWriter()
        write(document: d, to: &w)
        return w.output
    }

    /// ``encodeDocument(_:)`` written as the next value of `w`.
    static func write(document d: DocumentSummary, to w: inout JSONWriter) {
        w.object { w in
            w.key(verbatim: "id"); w.string(d.status == .ok ? d.id : nil)
            w.key(verbatim: "path"); w.string(d.path)
            w.key(verbatim: "title"); w.string(d.title)
            w.key(verbatim: "published"); w.string(d.published)
            w.key(verbatim: "publishedFrom"); w.string(d.publishedFrom?.rawValue)
            w.key(verbatim: "status"); w.string(d.status.name)
            if let reason = d.status.reason {
                w.key(verbatim: "input"); w.string(d.input)
                w.key(verbatim: "reason"); w.string(reason)
            }
        }
    }

    /// The contract's document: documents one a line, events one key a line.
    static func json(_ timeline: Timeline) -> [UInt8] {
        let documents = timeline.documents
        var w = JSONWriter()
        // About 200 bytes a document and 1,500 an event.
        w.reserve(256 + 200 * documents.count + 1_500 * timeline.events.count)
        writeJSONHeader(to: &w)
        if documents.isEmpty {
            w.verbatim("[]")
        } else {
            for (k, document) in documents.enumerated() {
                w.verbatim(k == 0 ? "[\n    " : ",\n    ")
                write(document: document, to: &w)
            }
            w.verbatim("\n  ]")
        }
        writeJSONEvents(timeline.events, to: &w)
        return w.bytes
    }

    /// The `json` format up to the value of `documents`.
    static func writeJSONHeader(to w: inout JSONWriter) {
        w.verbatim("{\n  \"schema\": ")
        w.string(Timeline.schema)
        w.verbatim(",\n  \"documents\": ")
    }

    /// The `json` format from after the `documents` list to its end: the events.
    static func writeJSONEvents(_ events: [Event], to w: inout JSONWriter) {
        w.verbatim(",\n  \"events\": ")
        if events.isEmpty {
            w.verbatim("[]")
        } else {
            w.verbatim("[\n")
            for (k, event) in events.enumerated() {
                if k > 0 { w.verbatim(",\n") }
                writePretty(event: event, to: &w)
            }
            w.verbatim("\n  ]")
        }
        w.verbatim("\n}\n")
    }

    /// An event of the timeline's `events` list: one key a line, its values compact.
    private static func writePretty(event e: Event, to w: inout JSONWriter) {
        w.verbatim("    {\n        \"id\": ")
        w.string(e.id)
        w.verbatim(",\n        \"type\": ")
        w.string(e.type)
        w.verbatim(",\n        \"status\": ")
        w.string(e.status.rawValue)
        w.verbatim(",\n        \"date\": ")
        write(date: e.date, to: &w)
        w.verbatim(",\n        \"agent\": ")
        write(participant: e.agent, to: &w)
        w.verbatim(",\n        \"recipient\": ")
        write(participant: e.recipient, to: &w)
        w.verbatim(",\n        \"target\": ")
        write(participant: e.target, to: &w)
        w.verbatim(",\n        \"object\": ")
        w.string(e.object)
        w.verbatim(",\n        \"duration\": ")
        w.string(e.duration)
        w.verbatim(",\n        \"attributes\": ")
        write(attributes: e.attributes, to: &w)
        w.verbatim(",\n        \"sources\": ")
        if e.sources.isEmpty {
            w.verbatim("[]")
        } else {
            w.verbatim("[\n")
            for (k, source) in e.sources.enumerated() {
                w.verbatim(k == 0 ? "          " : ",\n          ")
                write(source: source, to: &w)
            }
            w.verbatim("\n        ]")
        }
        w.verbatim("\n    }")
    }

    // MARK: - CSV

    public static let csvHeader = ["id", "type", "status", "date", "granularity", "agent", "recipient", "target",
                                   "object", "duration", "document", "sentence", "rule"]

    /// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    public static func csvField(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        var out = "\""
        for c in field.unicodeScalars {
            if c == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }

    static func csv(_ timeline: Timeline) -> String {
        var out = csvHeader.joined(separator: ",") + "\r\n"
        for e in timeline.events {
            let s = e.sources.first
            let row = [
                e.id, e.type, e.status.rawValue, e.date?.value ?? "", e.date?.granularity.rawValue ?? "",
                e.agent?.name ?? "", e.recipient?.name ?? "", e.target?.name ?? "", e.object ?? "", e.duration ?? "",
                s?.document ?? "", s?.sentence ?? "", s?.rule ?? "",
            ]
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    // MARK: - Markdown

    /// Text for a table cell: whitespace runs as one space, `|` and `\` escaped.
    public static func markdownCell(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.unicodeScalars {
            if CharacterClass.isSpace(c) {
                space = true
                continue
            }
            if space, !out.isEmpty { out += " " }
            space = false
            if c == "|" || c == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// `documents`: how many documents were read (by default those of the timeline that did not fail).
    static func markdown(_ timeline: Timeline, documents: Int? = nil) -> String {
        var out = "# Timeline\n\n"
        let e = timeline.events.count, d = documents ?? timeline.documents.filter { $0.status == .ok }.count
        out += "\(e) event\(e == 1 ? "" : "s") from \(d) document\(d == 1 ? "" : "s").\n\n"
        out += "| date | type | status | agent | recipient | target | object | source |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for event in timeline.events {
            var date = "undated"
            if let value = event.date {
                date = value.value + (value.approximate ? " (approx.)" : "")
            }
            var source = ""
            if let first = event.sources.first {
                let scalars = Array(first.sentence.unicodeScalars)
                var sentence = ScoreText.string(Array(scalars.prefix(200)))
                if scalars.count > 200 { sentence += "…" }
                source = first.document + ": “" + sentence + "”"
                if event.sources.count > 1 { source += " (+\(event.sources.count - 1) more)" }
            }
            let cells = [
                date, event.type, event.status.rawValue, event.agent?.name ?? "", event.recipient?.name ?? "",
                event.target?.name ?? "", event.object ?? "", source,
            ]
            out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
