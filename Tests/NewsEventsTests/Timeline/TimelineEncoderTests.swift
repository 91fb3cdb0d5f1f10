import XCTest
@testable import NewsEvents

final class TimelineEncoderTests: XCTestCase {
    func sampleEvent() -> Event {
        Event(
            id: "abc", type: "extension", status: .occurred,
            date: EventDate(value: "2019-W47", granularity: .week, text: "Earlier this week", approximate: true),
            agent: Participant(id: "us.commerce", name: "U.S. Department of Commerce", text: "US Commerce Department"),
            target: Participant(id: nil, name: "Huawei", text: "Huawei"),
            object: "Temporary General License", duration: "P90D", attributes: ["ordinal": .int(3), "a": .string("x")],
            sources: [EventSource(document: "seed", sentence: "It said \"yes\".", start: 812, end: 934, rule: "extension/extend-for-duration")])
    }

    func testEscaping() {
        XCTAssertEqual(JSONWriter.quoted("a\"b\\c"), #""a\"b\\c""#)
        XCTAssertEqual(JSONWriter.quoted("l1\nl2\tx\r"), #""l1\nl2\tx\r""#)
        XCTAssertEqual(JSONWriter.quoted("\u{01}\u{1F}"), #""\u0001\u001f""#)
        XCTAssertEqual(JSONWriter.quoted("Zürich – 東京 😀"), "\"Zürich – 東京 😀\"")
        XCTAssertEqual(JSONWriter.quoted("a\u{2028}b"), #""a\u2028b""#)
    }

    func testEventKeyOrderAndValues() {
        let line = TimelineEncoder.encodeEvent(sampleEvent())
        XCTAssertEqual(
            line,
            #"{"id": "abc", "type": "extension", "status": "occurred", "#
                + #""date": {"value": "2019-W47", "granularity": "week", "text": "Earlier this week", "approximate": true}, "#
                + #""agent": {"id": "us.commerce", "name": "U.S. Department of Commerce", "text": "US Commerce Department"}, "#
                + #""recipient": null, "target": {"id": null, "name": "Huawei", "text": "Huawei"}, "#
                + #""object": "Temporary General License", "duration": "P90D", "attributes": {"a": "x", "ordinal": 3}, "#
                + #""sources": [{"document": "seed", "sentence": "It said \"yes\".", "start": 812, "end": 934, "rule": "extension/extend-for-duration"}]}"#)
    }

    func testNullsAndEmptyAttributes() {
        let line = TimelineEncoder.encodeEvent(Event(id: "x", type: "rule", status: .planned))
        XCTAssertEqual(
            line,
            #"{"id": "x", "type": "rule", "status": "planned", "date": null, "agent": null, "recipient": null, "#
                + #""target": null, "object": null, "duration": null, "attributes": {}, "sources": []}"#)
    }

    func testPrettyJSONIsExactAndParses() throws {
        let doc = DocumentSummary(
            id: "seed", path: "in/seed.txt", title: nil, published: SimpleDate(year: 2019, month: 11, day: 22),
            publishedFrom: .header)
        let timeline = Timeline(documents: [doc], events: [sampleEvent()])
        let json = TimelineEncoder(format: .json).encode(timeline)
        let expected = """
            {
              "schema": "newsevents.timeline/1",
              "documents": [
                {"id": "seed", "path": "in/seed.txt", "title": null, "published": "2019-11-22", "publishedFrom": "header", "status": "ok"}
              ],
              "events": [
                {
                    "id": "abc",
                    "type": "extension",
                    "status": "occurred",
                    "date": {"value": "2019-W47", "granularity": "week", "text": "Earlier this week", "approximate": true},
                    "agent": {"id": "us.commerce", "name": "U.S. Department of Commerce", "text": "US Commerce Department"},
                    "recipient": null,
                    "target": {"id": null, "name": "Huawei", "text": "Huawei"},
                    "object": "Temporary General License",
                    "duration": "P90D",
                    "attributes": {"a": "x", "ordinal": 3},
                    "sources": [
                      {"document": "seed", "sentence": "It said \\"yes\\".", "start": 812, "end": 934, "rule": "extension/extend-for-duration"}
                    ]
                }
              ]
            }

            """
        XCTAssertEqual(json, expected)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["schema"] as? String, "newsevents.timeline/1")
        XCTAssertEqual((parsed?["events"] as? [Any])?.count, 1)
    }

    func testEmptyTimeline() {
        XCTAssertEqual(
            TimelineEncoder(format: .json).encode(Timeline()),
            "{\n  \"schema\": \"newsevents.timeline/1\",\n  \"documents\": [],\n  \"events\": []\n}\n")
        XCTAssertEqual(TimelineEncoder(format: .jsonl).encode(Timeline()), "")
    }

    func testJSONLinesOneEventPerLine() throws {
        var second = sampleEvent()
        second.id = "def"
        second.sources[0].sentence = "line\nbreak"
        let out = TimelineEncoder(format: .jsonl).encode(Timeline(events: [sampleEvent(), second]))
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[1].hasPrefix(#"{"id": "def""#))
        for line in lines {
            XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func testCSV() {
        XCTAssertEqual(TimelineEncoder.csvField("plain"), "plain")
        XCTAssertEqual(TimelineEncoder.csvField("a,b"), "\"a,b\"")
        XCTAssertEqual(TimelineEncoder.csvField("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(TimelineEncoder.csvField("two\nlines"), "\"two\nlines\"")
        var e = sampleEvent()
        e.sources.append(EventSource(document: "other", sentence: "later", start: 1, end: 6, rule: "r/y"))
        let csv = TimelineEncoder(format: .csv).encode(Timeline(events: [e]))
        let rows = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(rows[0], "id,type,status,date,granularity,agent,recipient,target,object,duration,document,sentence,rule")
        XCTAssertEqual(
            rows[1],
            "abc,extension,occurred,2019-W47,week,U.S. Department of Commerce,,Huawei,Temporary General License,P90D,"
                + "seed,\"It said \"\"yes\"\".\",extension/extend-for-duration")
        XCTAssertEqual(rows.count, 3)  // header, one row, and the empty string after the last CRLF
    }

    func testMarkdown() {
        var e = sampleEvent()
        e.object = "a | b"
        e.sources.append(EventSource(document: "other", sentence: "later", start: 1, end: 6, rule: "r/y"))
        let undated = Event(id: "u", type: "rule", status: .proposed, sources: [])
        let md = TimelineEncoder(format: .markdown).encode(Timeline(documents: [DocumentSummary(id: "seed")], events: [e, undated]))
        let lines = md.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "# Timeline")
        XCTAssertEqual(lines[1], "2 events from 1 document.")
        XCTAssertEqual(lines[2], "| date | type | status | agent | recipient | target | object | source |")
        XCTAssertEqual(
            lines[4],
            "| 2019-W47 (approx.) | extension | occurred | U.S. Department of Commerce |  | Huawei | a \\| b | "
                + "seed: “It said \"yes\".” (+1 more) |")
        XCTAssertEqual(lines[5], "| undated | rule | proposed |  |  |  |  |  |")
    }

    func testDocumentSummaryFromSource() {
        let source = SourceDocument(
            id: "r1", path: "txt/r1.txt", title: "T", published: SimpleDate(year: 1987, month: 4, day: 7),
            publishedFrom: .dateline, text: "body")
        XCTAssertEqual(
            TimelineEncoder.encodeDocument(DocumentSummary(source)),
            #"{"id": "r1", "path": "txt/r1.txt", "title": "T", "published": "1987-04-07", "publishedFrom": "dateline", "status": "ok"}"#)
    }

    /// Every input is accounted for: one that gave no document is listed with the reason.
    func testFailedInputIsListedWithItsReason() {
        let failure = InputFailure(input: "in/dump.jsonl:3", reason: "line 3: invalid JSON (expected ',' or '}' at end of line)", line: 3)
        XCTAssertEqual(
            TimelineEncoder.encodeDocument(DocumentSummary(failure: failure)),
            #"{"id": null, "path": "in/dump.jsonl", "title": null, "published": null, "publishedFrom": null, "status": "failed", "#
                + #""input": "in/dump.jsonl:3", "reason": "line 3: invalid JSON (expected ',' or '}' at end of line)"}"#)
        XCTAssertNil(DocumentSummary(failure: InputFailure(input: "-", reason: "empty document")).path)
        var builder = TimelineBuilder()
        builder.add(document: DocumentSummary(id: "a"), events: [])
        builder.add(failure: failure)
        XCTAssertEqual(builder.build().documents.map(\.status.name), ["ok", "failed"])
        XCTAssertTrue(TimelineEncoder(format: .markdown).encode(builder.build()).contains("0 events from 1 document."))
    }

    func testAnnotationRecord() {
        var doc = AnnotatedDocument(source: SourceDocument(id: "a", title: "T", text: "Huawei was blacklisted in May."))
        doc.sentences = [Sentence(tokens: 0..<6, span: Span(start: 0, end: 30))]
        doc.entities = [EntityMention(tokens: 0..<1, span: Span(start: 0, end: 6), text: "Huawei", type: .company, id: "huawei", name: "Huawei")]
        doc.timexes = [Timex(tokens: 4..<5, span: Span(start: 26, end: 29), text: "May", type: .date, value: "XXXX-05")]
        doc.events = [Event(id: "e", type: "blacklisting", status: .occurred)]
        let line = AnnotationEncoder.encode(doc)
        XCTAssertEqual(
            line,
            #"{"id": "a", "title": "T", "published": null, "publishedFrom": null, "text": "Huawei was blacklisted in May.", "#
                + #""sentences": [{"start": 0, "end": 30}], "#
                + #""entities": [{"start": 0, "end": 6, "text": "Huawei", "type": "company", "id": "huawei", "name": "Huawei"}], "#
                + #""timexes": [{"start": 26, "end": 29, "text": "May", "type": "DATE", "value": "XXXX-05"}], "#
                + #""events": ["# + TimelineEncoder.encodeEvent(doc.events[0]) + "]}")
        XCTAssertFalse(line.contains("\n"))
        doc.source.path = "p.txt"
        XCTAssertTrue(AnnotationEncoder.encode(doc).hasPrefix(#"{"id": "a", "path": "p.txt", "title": "T""#))
    }

    func testSpecialBytesAreFoundAsOneByOne() {
        let texts = ["", "plain text that runs on for a while", "a\"b", "tab\there", "x\u{7F}y", "caf\u{E9} \u{2028}",
                     String(repeating: "abcdefg", count: 9) + "\\", "\u{1}" + String(repeating: "z", count: 20)]
        for text in texts {
            let bytes = Array(text.utf8)
            for writing in [false, true] {
                var expected: [Int] = [], found: [Int] = []
                for (k, byte) in bytes.enumerated() where JSONStringBytes.isSpecial(byte, writing: writing) { expected.append(k) }
                bytes.withUnsafeBufferPointer { buffer in
                    var i = JSONStringBytes.nextSpecial(in: buffer, from: 0, writing: writing)
                    while i < buffer.count {
                        found.append(i)
                        i = JSONStringBytes.nextSpecial(in: buffer, from: i + 1, writing: writing)
                    }
                }
                XCTAssertEqual(found, expected, "\(text) writing: \(writing)")
            }
        }
    }
}
