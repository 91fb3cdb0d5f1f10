import XCTest
@testable import NewsEvents

/// A streamed timeline is byte for byte the timeline the encoder writes for the same documents and events.
final class TimelineStreamTests: XCTestCase {
    enum Added {
        case document(DocumentSummary, [Event])
        case failure(InputFailure)
    }

    /// Documents with events that merge across documents, documents without events, and failed inputs.
    func sampleRun() -> [Added] {
        let huawei = T.p("Huawei", id: "huawei")
        let commerce = T.p("Department of Commerce", id: "us.commerce")
        var added: [Added] = []
        for n in 0..<40 {
            let id = "d\(n)"
            let document = DocumentSummary(id: id, path: n % 3 == 0 ? nil : "in/\"\(n)\".txt", title: "T\u{2028}\(n)",
                                           published: SimpleDate(year: 2019, month: 11, day: 1 + n % 28), publishedFrom: .header)
            var events: [Event] = []
            if n % 4 == 0 {
                events.append(T.event("blacklisting", date: T.date("2019-05-15"), agent: commerce, target: huawei, doc: id, start: 40))
            }
            if n % 5 == 0 {
                events.append(T.event("extension", date: T.date("2019-11-18"), agent: commerce, target: huawei,
                                      object: "Temporary General License", doc: id, start: 7))
            }
            added.append(.document(document, events))
            if n % 13 == 6 { added.append(.failure(InputFailure(input: "dump.jsonl:\(n)", reason: "line \(n): not JSON"))) }
        }
        return added
    }

    func streamed(_ added: [Added], format: TimelineFormat, takeEvery: Int) -> [UInt8] {
        var stream = TimelineStream(format: format)
        var bytes: [UInt8] = []
        for (k, item) in added.enumerated() {
            switch item {
            case .document(let document, let events): stream.add(document: document, events: events)
            case .failure(let failure): stream.add(failure: failure)
            }
            if k % takeEvery == 0 { bytes += stream.takeBytes() }
        }
        return bytes + stream.finish()
    }

    func encoded(_ added: [Added], format: TimelineFormat) -> [UInt8] {
        var builder = TimelineBuilder()
        for item in added {
            switch item {
            case .document(let document, let events): builder.add(document: document, events: events)
            case .failure(let failure): builder.add(failure: failure)
            }
        }
        return TimelineEncoder(format: format).encodeBytes(builder.build())
    }

    func testEveryFormatIsTheEncodersBytes() {
        let run = sampleRun()
        for format in TimelineFormat.allCases {
            for takeEvery in [1, 7, 1_000] {
                XCTAssertEqual(String(decoding: streamed(run, format: format, takeEvery: takeEvery), as: UTF8.self),
                               String(decoding: encoded(run, format: format), as: UTF8.self), "\(format), taken every \(takeEvery)")
            }
        }
    }

    func testEventsMergeAcrossDocuments() {
        let text = String(decoding: streamed(sampleRun(), format: .jsonl, takeEvery: 1), as: UTF8.self)
        // One blacklisting and one extension, each with the sources of every document that mentions it.
        XCTAssertEqual(text.split(separator: "\n").count, 2)
    }

    func testNoDocumentsAndOnlyFailures() {
        for format in TimelineFormat.allCases {
            XCTAssertEqual(streamed([], format: format, takeEvery: 1), encoded([], format: format), "\(format)")
            let failures: [Added] = [.failure(InputFailure(input: "a.txt", reason: "empty document: no title and no text"))]
            XCTAssertEqual(streamed(failures, format: format, takeEvery: 1), encoded(failures, format: format), "\(format)")
        }
        XCTAssertEqual(String(decoding: streamed([], format: .json, takeEvery: 1), as: UTF8.self),
                       "{\n  \"schema\": \"newsevents.timeline/1\",\n  \"documents\": [],\n  \"events\": []\n}\n")
    }

    func testDocumentsAreWrittenBeforeTheRunEnds() {
        var stream = TimelineStream(format: .json)
        stream.add(document: DocumentSummary(id: "a"), events: [])
        XCTAssertTrue(String(decoding: stream.takeBytes(), as: UTF8.self).hasSuffix(#""id": "a", "path": null, "title": null, "published": null, "publishedFrom": null, "status": "ok"}"#))
        XCTAssertEqual(stream.pendingCount, 0)
        var jsonl = TimelineStream(format: .jsonl)
        jsonl.add(document: DocumentSummary(id: "a"), events: [T.event()])
        XCTAssertEqual(jsonl.pendingCount, 0)
    }
}
