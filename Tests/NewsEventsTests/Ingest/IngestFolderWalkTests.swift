import Foundation
import XCTest
@testable import NewsEvents

/// Walking folders as they are found on disks: link loops, unreadable entries, many files, odd names.
final class IngestFolderWalkTests: XCTestCase {
    private func collect(_ paths: [String]) -> CollectedInputs {
        InputCollector(standardInputIsTerminal: true).collect(paths)
    }

    func testLinksToParentsAndBetweenFoldersEnd() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("a/one.txt", "text")
        try folder.write("b/two.txt", "text")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/a/to-b", withDestinationPath: folder.path + "/b")
        try manager.createSymbolicLink(atPath: folder.path + "/b/to-a", withDestinationPath: folder.path + "/a")
        try manager.createSymbolicLink(atPath: folder.path + "/b/to-root", withDestinationPath: folder.path)
        let collected = collect([folder.path])
        XCTAssertEqual(collected.inputs.map(\.name), [folder.path + "/a/one.txt", folder.path + "/a/to-b/two.txt"])
        XCTAssertEqual(collected.failures, [])
    }

    /// Two links naming each other: a clear failure for each, the rest is read.
    func testLinksNamingEachOtherAreAFailure() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("story.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/x", withDestinationPath: folder.path + "/y")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/y", withDestinationPath: folder.path + "/x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling", withDestinationPath: folder.path + "/gone")
        let collected = collect([folder.path])
        XCTAssertEqual(collected.inputs.map(\.name), [folder.path + "/story.txt"])
        XCTAssertEqual(collected.failures, [
            InputFailure(input: folder.path + "/dangling", reason: "no such file or directory"),
            InputFailure(input: folder.path + "/x", reason: "too many levels of symbolic links"),
            InputFailure(input: folder.path + "/y", reason: "too many levels of symbolic links"),
        ])
    }

    /// Unreadable files and folders fail alone. Root reads everything whatever the permissions, so when the
    /// tests run as root (as in this project's containers) the check is skipped, saying so.
    func testUnreadableFileAndFolder() throws {
        try XCTSkipIf(getuid() == 0, "running as root: permissions do not stop root from reading, nothing to check")
        let folder = try IngestTemporaryFolder()
        try folder.write("open.txt", "The ministry said.")
        let file = try folder.write("locked.txt", "secret")
        try folder.write("closed/inside.txt", "secret")
        chmod(file, 0)
        chmod(folder.path + "/closed", 0)
        defer { chmod(folder.path + "/closed", 0o755) }
        let collected = collect([folder.path])
        XCTAssertEqual(collected.failures, [InputFailure(input: folder.path + "/closed", reason: "permission denied")])
        var results: [Result<SourceDocument, InputFailure>] = []
        var run = IngestRun()
        run.read(collected.inputs) { results.append($0) }
        XCTAssertEqual(results.compactMap(\.ingestFailure), [InputFailure(input: file, reason: "permission denied")])
        XCTAssertEqual(results.compactMap { try? $0.get().text }, ["The ministry said."])
    }

    func testNamesWithSpacesAndNonASCII() throws {
        let folder = try IngestTemporaryFolder()
        let names = ["a story.txt", "Zürich – talks.txt", "北京.txt", "e\u{301}clair.txt", "news 2019/ä b.html"]
        for name in names { try folder.write(name, name.hasSuffix(".html") ? "<p>Page text.</p>" : "Story text.") }
        let collected = collect([folder.path])
        XCTAssertEqual(collected.failures, [])
        XCTAssertEqual(collected.inputs.count, names.count)
        var ids: [String] = []
        var run = IngestRun()
        run.read(collected.inputs) { ids.append((try? $0.get().id) ?? "failed") }
        XCTAssertEqual(Set(ids), ["a story", "Zürich – talks", "北京", "e\u{301}clair", "ä b"])
    }

    /// 20,000 files in a tree: every one listed once, in byte order, quickly and without running out of
    /// descriptors (each folder is closed before the next is opened).
    func testTwentyThousandFiles() throws {
        let folder = try IngestTemporaryFolder()
        let manager = FileManager.default
        for group in 0..<20 {
            try manager.createDirectory(atPath: folder.path + "/g\(group)", withIntermediateDirectories: true)
            for n in 0..<1_000 {
                guard manager.createFile(atPath: folder.path + "/g\(group)/f\(n).txt", contents: Data("Text \(n).".utf8)) else {
                    return XCTFail("cannot create test files")
                }
            }
        }
        let started = Date()
        let collected = collect([folder.path])
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(collected.inputs.count, 20_000)
        XCTAssertEqual(Set(collected.inputs.map(\.name)).count, 20_000)
        let names = collected.inputs.map(\.name)
        XCTAssertEqual(names, names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        var documents = 0
        var run = IngestRun()
        run.read(collected.inputs) { if case .success = $0 { documents += 1 } }
        XCTAssertEqual(documents, 20_000)
    }
}
