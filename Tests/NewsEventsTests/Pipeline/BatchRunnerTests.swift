import XCTest
@testable import NewsEvents

/// The runner gives the same items in the same order whatever the number of jobs and the batch size: ids made
/// unique across batches in input order, failures in place.
final class BatchRunnerTests: XCTestCase {
    /// Each item as one line: `id path title` or `error: input: reason`.
    func items(_ arguments: [String], jobs: Int, batchSize: Int, pipeline: Pipeline? = nil) throws -> [String] {
        var runner = BatchRunner(pipeline: pipeline, jobs: jobs, defaultDate: nil)
        runner.batchSize = batchSize
        var lines: [String] = []
        _ = try runner.run(arguments: arguments, standardInputIsTerminal: true) { item in
            switch item {
            case .document(let document):
                lines.append("\(document.id) \(document.source.path ?? "-") \(document.source.title ?? "") \(document.events.count)")
            case .failure(let failure):
                lines.append("error: \(failure.input): \(failure.reason)")
            }
        }
        return lines
    }

    func testSameItemsWhateverTheJobsAndBatches() throws {
        let folder = try IngestTemporaryFolder()
        var records = ""
        for n in 0..<23 {
            switch n % 7 {
            case 3: records += "\n"
            case 4: records += "{\"id\": \"a\", \"text\": broken}\n"
            case 5: records += "{\"title\": \"Only a title \(n)\"}\n"
            default: records += "{\"id\": \"\(n % 2 == 0 ? "a" : "b")\", \"title\": \"T\(n)\", \"text\": \"Text \(n).\"}\n"
            }
        }
        try folder.write("1/a.jsonl", Array(records.utf8))
        try folder.write("2/a.txt", Array("Title: A text\n\nSome text.".utf8))
        try folder.write("2/b.txt", [0, 1, 2, 0, 0, 0, 7])
        try folder.write("3/empty.jsonl", Array("\n\n".utf8))
        try folder.write("4/records.jsonl", Array(records.utf8))
        let arguments = [folder.path, folder.path + "/missing.txt"]
        let expected = try items(arguments, jobs: 1, batchSize: 64)
        XCTAssertEqual(expected.count, 2 * (23 - 3) + 4)
        XCTAssertEqual(expected.first, "error: \(folder.path)/missing.txt: no such file or directory")
        XCTAssertTrue(expected.contains("a-2 \(folder.path)/1/a.jsonl T2 0"), expected.joined(separator: "\n"))
        XCTAssertTrue(expected.contains("a-12 \(folder.path)/2/a.txt A text 0"), expected.joined(separator: "\n"))
        for jobs in [1, 2, 3] {
            for batchSize in [1, 2, 5] {
                XCTAssertEqual(try items(arguments, jobs: jobs, batchSize: batchSize), expected, "jobs \(jobs), batches of \(batchSize)")
            }
        }
    }

    func testAnnotatesWithUniqueIdsInEveryBatch() throws {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        let pipeline = Pipeline(knowledge: knowledge, onlyEvents: true)
        let folder = try IngestTemporaryFolder()
        let line = #"{"id": "same", "published": "2019-05-20", "text": "The Commerce Department added Huawei to the Entity List on Thursday."}"#
        try folder.write("a.jsonl", Array(String(repeating: line + "\n", count: 9).utf8))
        let expected = try items([folder.path], jobs: 1, batchSize: 64, pipeline: pipeline)
        XCTAssertEqual(expected.map { $0.split(separator: " ").first! }, ["same"] + (2...9).map { "same-\($0)" })
        XCTAssertTrue(expected.allSatisfy { $0.hasSuffix(" 1") }, expected.joined(separator: "\n"))
        XCTAssertEqual(try items([folder.path], jobs: 2, batchSize: 2, pipeline: pipeline), expected)
    }

    func testResultsKeepingOnlyEventsHaveTheSameEvents() throws {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        let pipeline = Pipeline(knowledge: knowledge)
        let folder = try IngestTemporaryFolder()
        let line = #"{"id": "a", "published": "2019-05-20", "text": "The Commerce Department added Huawei to the Entity List on Thursday."}"#
        try folder.write("a.jsonl", Array(String(repeating: line + "\n", count: 3).utf8))
        func documents(keepingOnlyEvents: Bool) throws -> [AnnotatedDocument] {
            var runner = BatchRunner(pipeline: pipeline, jobs: 2, defaultDate: nil)
            runner.keepsOnlyEvents = keepingOnlyEvents
            var documents: [AnnotatedDocument] = []
            _ = try runner.run(arguments: [folder.path], standardInputIsTerminal: true) { item in
                if case .document(let document) = item { documents.append(document) }
            }
            return documents
        }
        let whole = try documents(keepingOnlyEvents: false), lean = try documents(keepingOnlyEvents: true)
        XCTAssertEqual(lean.map(\.events), whole.map(\.events))
        XCTAssertEqual(lean.map(\.source.id), whole.map(\.source.id))
        XCTAssertFalse(whole[0].tokens.isEmpty)
        XCTAssertTrue(lean.allSatisfy { $0.tokens.isEmpty && $0.entities.isEmpty && $0.scalars.isEmpty })
        XCTAssertFalse(lean[0].events.isEmpty)
    }
}
