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
        case .json: return TimelineEncoder.json(timeline)
        case .jsonl: return timeline.events.map { TimelineEncoder.encodeEvent($0) + "\n" }.joined()
        case .csv: return TimelineEncoder.csv(timeline)
        case .markdown: return TimelineEncoder.markdown(timeline)
        }
    }

    // MARK: - JSON

    /// One event as a compact JSON object on one line, keys in the contract's order.
    public static func encodeEvent(_ e: Event) -> String {
        var w = JSONWriter()
        w.object { w in
            w.key("id"); w.string(e.id)
            w.key("type"); w.string(e.type)
            w.key("status"); w.string(e.status.rawValue)
            w.key("date"); w.raw(encodeDate(e.date))
            w.key("agent"); w.raw(encodeParticipant(e.agent))
            w.key("recipient"); w.raw(encodeParticipant(e.recipient))
            w.key("target"); w.raw(encodeParticipant(e.target))
            w.key("object"); w.string(e.object)
            w.key("duration"); w.string(e.duration)
            w.key("attributes"); w.raw(encodeAttributes(e.attributes))
            w.key("sources")
            w.array { w in for s in e.sources { w.raw(encodeSource(s)) } }
        }
        return w.output
    }

    static func encodeDate(_ date: EventDate?) -> String {
        guard let date else { return "null" }
        var w = JSONWriter()
        w.object { w in
            w.key("value"); w.string(date.value)
            w.key("granularity"); w.string(date.granularity.rawValue)
            w.key("text"); w.string(date.text)
            w.key("approximate"); w.bool(date.approximate)
        }
        return w.output
    }

    static func encodeParticipant(_ p: Participant?) -> String {
        guard let p else { return "null" }
        var w = JSONWriter()
        w.object { w in
            w.key("id"); w.string(p.id)
            w.key("name"); w.string(p.name)
            w.key("text"); w.string(p.text)
            if p.inferred { w.key("inferred"); w.bool(true) }
        }
        return w.output
    }

    static func encodeAttributes(_ attributes: [String: AttributeValue]) -> String {
        var w = JSONWriter()
        w.object { w in
            for key in attributes.keys.sorted(by: ScoreText.precedes) {
                w.key(key)
                switch attributes[key]! {
                case .int(let n): w.int(n)
                case .string(let s): w.string(s)
                }
            }
        }
        return w.output
    }

    static func encodeSource(_ s: EventSource) -> String {
        var w = JSONWriter()
        w.object { w in
            w.key("document"); w.string(s.document)
            w.key("sentence"); w.string(s.sentence)
            w.key("start"); w.int(s.start)
            w.key("end"); w.int(s.end)
            w.key("rule"); w.string(s.rule)
        }
        return w.output
    }

    /// A document summary as a compact JSON object: the contract's keys, then `status` (`ok` or `failed`);
    /// a failed input has `"id": null`, the `input` as error messages name it, and the `reason`.
    public static func encodeDocument(_ d: DocumentSummary) -> String {
        var w = JSONWriter()
        w.object { w in
            w.key("id"); w.string(d.status == .ok ? d.id : nil)
            w.key("path"); w.string(d.path)
            w.key("title"); w.string(d.title)
            w.key("published"); w.string(d.published?.description)
            w.key("publishedFrom"); w.string(d.publishedFrom?.rawValue)
            w.key("status"); w.string(d.status.name)
            if let reason = d.status.reason {
                w.key("input"); w.string(d.input)
                w.key("reason"); w.string(reason)
            }
        }
        return w.output
    }

    static func json(_ timeline: Timeline) -> String {
        var out = "{\n  \"schema\": " + JSONWriter.quoted(Timeline.schema) + ",\n  \"documents\": "
        if timeline.documents.isEmpty {
            out += "[]"
        } else {
            out += "[\n"
            out += timeline.documents.map { "    " + encodeDocument($0) }.joined(separator: ",\n")
            out += "\n  ]"
        }
        out += ",\n  \"events\": "
        if timeline.events.isEmpty {
            out += "[]"
        } else {
            out += "[\n"
            out += timeline.events.map(prettyEvent).joined(separator: ",\n")
            out += "\n  ]"
        }
        out += "\n}\n"
        return out
    }

    private static func prettyEvent(_ e: Event) -> String {
        let pad = "        "
        var lines: [String] = []
        lines.append(pad + "\"id\": " + JSONWriter.quoted(e.id))
        lines.append(pad + "\"type\": " + JSONWriter.quoted(e.type))
        lines.append(pad + "\"status\": " + JSONWriter.quoted(e.status.rawValue))
        lines.append(pad + "\"date\": " + encodeDate(e.date))
        lines.append(pad + "\"agent\": " + encodeParticipant(e.agent))
        lines.append(pad + "\"recipient\": " + encodeParticipant(e.recipient))
        lines.append(pad + "\"target\": " + encodeParticipant(e.target))
        lines.append(pad + "\"object\": " + (e.object.map(JSONWriter.quoted) ?? "null"))
        lines.append(pad + "\"duration\": " + (e.duration.map(JSONWriter.quoted) ?? "null"))
        lines.append(pad + "\"attributes\": " + encodeAttributes(e.attributes))
        var sources = pad + "\"sources\": "
        if e.sources.isEmpty {
            sources += "[]"
        } else {
            sources += "[\n" + e.sources.map { pad + "  " + encodeSource($0) }.joined(separator: ",\n") + "\n" + pad + "]"
        }
        lines.append(sources)
        return "    {\n" + lines.joined(separator: ",\n") + "\n    }"
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

    static func markdown(_ timeline: Timeline) -> String {
        var out = "# Timeline\n\n"
        let e = timeline.events.count, d = timeline.documents.filter { $0.status == .ok }.count
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
