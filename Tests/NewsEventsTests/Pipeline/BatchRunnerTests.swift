import Dispatch
import XCTest
@testable import NewsEvents

/// The runner gives the same items in the same order whatever the number of jobs and the batch size: ids made
/// unique across batches in input order, failures in place.
final class BatchRunnerTests: XCTestCase {
    /// Each item as one line: `id path title` or `error: input: reason`.
    func items(_ arguments: [String], jobs: Int, batchSize: Int, pipeline: Pipeline? = nil,
               replicate: (@Sendable () -> Pipeline)? = nil) throws -> [String] {
        var runner = BatchRunner(pipeline: pipeline, jobs: jobs, defaultDate: nil)
        runner.batchSize = batchSize
        runner.replicate = replicate
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

    /// An events-only pipeline and a folder holding `count` copies of one record with one event.
    func sameRecords(_ count: Int) throws -> (Pipeline, IngestTemporaryFolder) {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        let folder = try IngestTemporaryFolder()
        let line = #"{"id": "same", "published": "2019-05-20", "text": "The Commerce Department added Huawei to the Entity List on Thursday."}"#
        try folder.write("a.jsonl", Array(String(repeating: line + "\n", count: count).utf8))
        return (Pipeline(knowledge: knowledge, onlyEvents: true), folder)
    }

    func testAnnotatesWithUniqueIdsInEveryBatch() throws {
        let (pipeline, folder) = try sameRecords(9)
        let expected = try items([folder.path], jobs: 1, batchSize: 64, pipeline: pipeline)
        XCTAssertEqual(expected.map { $0.split(separator: " ").first! }, ["same"] + (2...9).map { "same-\($0)" })
        XCTAssertTrue(expected.allSatisfy { $0.hasSuffix(" 1") }, expected.joined(separator: "\n"))
        XCTAssertEqual(try items([folder.path], jobs: 2, batchSize: 2, pipeline: pipeline), expected)
    }

    func testWorkersWithPipelinesOfTheirOwnGiveTheSameItems() throws {
        let (pipeline, folder) = try sameRecords(12)
        let expected = try items([folder.path], jobs: 1, batchSize: 64, pipeline: pipeline)
        let made = ReplicaCount()
        let replicate: @Sendable () -> Pipeline = {
            made.add()
            return pipeline.rebuilt(with: Knowledge.load(directories: [Fixtures.rulesDirectory], through: pipeline.layer).0)
        }
        XCTAssertEqual(try items([folder.path], jobs: 2, batchSize: 64, pipeline: pipeline, replicate: replicate), expected)
        XCTAssertEqual(made.count, 0, "no replica for a run that does not fill a batch")
        XCTAssertEqual(try items([folder.path], jobs: 3, batchSize: 2, pipeline: pipeline, replicate: replicate), expected)
        // Replicas are made in the background; workers share the first pipeline until one is ready.
        XCTAssertLessThanOrEqual(made.count, 2, "at most one pipeline more for each thread after the first")
    }

    func testPoolLendsEachPipelineToOneThreadAtATime() {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory], through: .text)
        let pipeline = Pipeline(knowledge: knowledge, through: .text)
        let shared = PipelinePool(pipeline, replicas: 1, replicate: nil)
        XCTAssertTrue(shared.take().own)
        XCTAssertFalse(shared.take().own, "without replicas the first pipeline is shared")
        let pool = PipelinePool(pipeline, replicas: 1, replicate: { pipeline.rebuilt(with: knowledge) })
        let first = pool.take()
        XCTAssertTrue(first.own)
        XCTAssertFalse(pool.take().own, "none free: the first pipeline is shared")
        pool.put(first)
        XCTAssertTrue(pool.take().own)
    }

    func testRebuiltPipelineKeepsItsSettings() {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory], through: .time)
        var pipeline = Pipeline(knowledge: knowledge, through: .time, maximumSentenceTokens: 7)
        pipeline.sections = DocumentSections(bytes: 100)
        let copy = pipeline.rebuilt(with: knowledge)
        XCTAssertEqual(copy.layer, .time)
        XCTAssertEqual(copy.maximumSentenceTokens, 7)
        XCTAssertFalse(copy.onlyEvents)
        XCTAssertEqual(copy.sections, pipeline.sections)
        XCTAssertEqual(copy.stages.count, pipeline.stages.count)
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

/// How many pipelines a test's `replicate` made (called from worker threads).
private final class ReplicaCount: @unchecked Sendable {
    private var made = 0
    private let lock = DispatchSemaphore(value: 1)

    func add() {
        lock.wait()
        made += 1
        lock.signal()
    }

    var count: Int {
        lock.wait()
        defer { lock.signal() }
        return made
    }
}
