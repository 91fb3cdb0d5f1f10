import Foundation
import XCTest
@testable import NewsEvents

/// Tools for tuning the ingest stage against the shared dev sets: write system files for the scorers
/// (`shared/eval/score_extraction.py`, `score_pubdate.py`), dump a folder, explain one page.
/// Runs only when `NEWSEVENTS_INGEST_EVAL` names an output folder, e.g.
/// `NEWSEVENTS_INGEST_EVAL=$(mktemp -d) swift test --filter IngestEvaluationTests`.
final class IngestEvaluationTests: XCTestCase {
    private var outputFolder: String? { ProcessInfo.processInfo.environment["NEWSEVENTS_INGEST_EVAL"] }

    func testWriteArticleExtractionOutput() throws {
        guard let output = outputFolder else { throw XCTSkip("set NEWSEVENTS_INGEST_EVAL to run") }
        let lines = try documents(in: Fixtures.projectRoot + "/../shared/data/article-extraction/dev/html").map { doc in
            try json(["id": doc.id, "text": doc.text])
        }
        try write(lines, to: output + "/extraction.jsonl")
    }

    func testWritePublicationDateOutput() throws {
        guard let output = outputFolder else { throw XCTSkip("set NEWSEVENTS_INGEST_EVAL to run") }
        let lines = try documents(in: Fixtures.projectRoot + "/../shared/data/pubdate/dev/html").map { doc in
            try json(["id": doc.id, "published": doc.published?.description ?? NSNull(),
                      "from": doc.publishedFrom?.rawValue ?? NSNull()])
        }
        try write(lines, to: output + "/pubdate.jsonl")
    }

    /// `NEWSEVENTS_INGEST_DUMP=FOLDER` writes every document read from FOLDER (with its metadata) to
    /// `$NEWSEVENTS_INGEST_EVAL/dump.jsonl`.
    func testWriteDump() throws {
        guard let output = outputFolder, let folder = ProcessInfo.processInfo.environment["NEWSEVENTS_INGEST_DUMP"] else {
            throw XCTSkip("set NEWSEVENTS_INGEST_EVAL and NEWSEVENTS_INGEST_DUMP to run")
        }
        let lines = try documents(in: folder).map { doc in
            try json(["id": doc.id, "path": doc.path ?? NSNull(), "title": doc.title ?? NSNull(),
                      "published": doc.published?.description ?? NSNull(), "from": doc.publishedFrom?.rawValue ?? NSNull(),
                      "source": doc.source ?? NSNull(), "url": doc.url ?? NSNull(), "author": doc.author ?? NSNull(),
                      "bodyStart": doc.bodyStart, "body": String(String.UnicodeScalarView(doc.text.unicodeScalars.dropFirst(doc.bodyStart).prefix(60))),
                      "text": doc.text])
        }
        try write(lines, to: output + "/dump.jsonl")
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

    /// Prints how a page is read: set `NEWSEVENTS_DEBUG_HTML` to an HTML file.
    func testExplainPage() throws {
        guard let path = ProcessInfo.processInfo.environment["NEWSEVENTS_DEBUG_HTML"] else { throw XCTSkip("debug only") }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let prepared = HTMLEncoding.prepare(bytes)
        let tree = try XCTUnwrap(HTMLTree.parse(prepared.bytes, encoding: prepared.encoding))
        let page = HTMLPageAnalysis(tree: tree)
        let root = HTMLContentSelector.select(page)
        print("encoding:", prepared.encoding, "nodes:", tree.nodes.count, "root:", root.map { describe(tree, $0) } ?? "nil")
        // The element holding the most <p> text, and the drop decisions on its way up.
        let paragraphs = tree.elements(named: "p")
        if let longest = paragraphs.max(by: { tree.text(of: $0).count < tree.text(of: $1).count }) {
            var index = longest
            while index >= 0 {
                print("  ", describe(tree, index), "dropped:", page.dropped[index], "text:", page.text[index], "links:", page.linkText[index])
                index = tree.nodes[index].parent
            }
        }
        for index in tree.elements(named: "time") + tree.elements(named: "h1") {
            var path: [String] = []
            var current = index
            while current >= 0 { path.append(describe(tree, current)); current = tree.nodes[current].parent }
            print("  ", describe(tree, index), "boilerplate:", page.inBoilerplate[index], path.prefix(12).joined(separator: " < "))
        }
        let metadata = HTMLMetadata.read(page, content: root)
        print("dates:", metadata.evidence.dates, "generic meta:", metadata.evidence.genericMeta as Any,
              "UTC hours:", metadata.evidence.utcHours, "near headline:", HTMLDateElements.nearHeadline(page) as Any)
        print(try HTMLReader().read(bytes, fallbackID: "x").get().text.prefix(3000))
    }

    private func describe(_ tree: HTMLTree, _ index: Int) -> String {
        let node = tree.nodes[index]
        return "\(index)<\(node.name) class=\(node.attributes["class"] ?? "") id=\(node.attributes["id"] ?? "")>"
    }
}
