import Foundation
import XCTest
@testable import NewsEvents

/// Writes system files for the shared scorers (`shared/eval/score_extraction.py`, `score_pubdate.py`).
/// Runs only when `NEWSEVENTS_INGEST_EVAL` names an output folder, e.g.
/// `NEWSEVENTS_INGEST_EVAL=/tmp/ingest-eval swift test --filter IngestEvaluationTests`.
final class IngestEvaluationTests: XCTestCase {
    private var outputFolder: String? { ProcessInfo.processInfo.environment["NEWSEVENTS_INGEST_EVAL"] }

    func testWriteArticleExtractionOutput() throws {
        guard let output = outputFolder else { throw XCTSkip("set NEWSEVENTS_INGEST_EVAL to run") }
        let lines = try documents(in: "/work/shared/data/article-extraction/dev/html").map { doc in
            try json(["id": doc.id, "text": doc.text])
        }
        try write(lines, to: output + "/extraction.jsonl")
    }

    func testWritePublicationDateOutput() throws {
        guard let output = outputFolder else { throw XCTSkip("set NEWSEVENTS_INGEST_EVAL to run") }
        let lines = try documents(in: "/work/shared/data/pubdate/dev/html").map { doc in
            try json(["id": doc.id, "published": doc.published?.description ?? NSNull(),
                      "from": doc.publishedFrom?.rawValue ?? NSNull()])
        }
        try write(lines, to: output + "/pubdate.jsonl")
    }

    private func documents(in folder: String) throws -> [SourceDocument] {
        let collected = InputCollector(standardInputIsTerminal: true).collect([folder])
        var documents: [SourceDocument] = []
        var run = IngestRun()
        run.read(collected.inputs) { result in
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let failure): print("failure: \(failure)")
            }
        }
        return documents
    }

    private func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func write(_ lines: [String], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
