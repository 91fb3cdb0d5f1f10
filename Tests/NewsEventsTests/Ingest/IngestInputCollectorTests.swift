import Foundation
import XCTest
@testable import NewsEvents

final class IngestInputCollectorTests: XCTestCase {
    func testFolderIsWalkedInByteOrderSkippingHiddenEntries() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("b.txt", "b")
        try folder.write("B.html", "<p>B</p>")
        try folder.write("a/z.jsonl", "{}")
        try folder.write("a/.hidden.txt", "hidden")
        try folder.write(".git/config", "hidden folder")
        try folder.write("c.bin", [0x00, 0x01, 0x02])
        let collected = InputCollector(standardInputIsTerminal: true).collect([folder.path])
        XCTAssertEqual(collected.inputs.map(\.name), ["B.html", "a/z.jsonl", "b.txt", "c.bin"].map { folder.path + "/" + $0 })
        XCTAssertEqual(collected.inputs.map(\.kind), [.html, .jsonl, .text, .text])
        XCTAssertEqual(collected.failures, [])
    }

    func testBinaryFileInAFolderFailsWhileTheOthersAreRead() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("a.txt", "WASHINGTON - The agency said so.")
        try folder.write("b.dat", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01])
        try folder.write("c.txt", "Another story.")
        var documents: [String] = []
        var failures: [InputFailure] = []
        var run = IngestRun()
        run.read(InputCollector(standardInputIsTerminal: true).collect([folder.path]).inputs) { result in
            switch result {
            case .success(let document): documents.append(document.id)
            case .failure(let failure): failures.append(failure)
            }
        }
        XCTAssertEqual(documents, ["a", "c"])
        XCTAssertEqual(failures, [InputFailure(input: folder.path + "/b.dat", reason: "binary file, not text (a NUL byte at offset 4); convert it to UTF-8 text first")])
    }

    func testMissingPathIsAFailureAndTheRestIsKept() throws {
        let folder = try IngestTemporaryFolder()
        let present = try folder.write("here.txt", "text")
        let missing = folder.path + "/not-there.txt"
        let collected = InputCollector(standardInputIsTerminal: true).collect([missing, present])
        XCTAssertEqual(collected.inputs, [.file(present)])
        XCTAssertEqual(collected.failures, [InputFailure(input: missing, reason: "no such file or directory")])
    }

    func testDashIsStandardInputInArgumentOrder() {
        let collected = InputCollector(standardInputIsTerminal: true).collect([IngestFixtures.path("empty.txt"), "-"])
        XCTAssertEqual(collected.inputs, [.file(IngestFixtures.path("empty.txt")), .standardInput])
    }

    func testNoArgumentsReadsStandardInputOnlyWhenItIsNotATerminal() {
        XCTAssertEqual(InputCollector(standardInputIsTerminal: false).collect([]).inputs, [.standardInput])
        XCTAssertEqual(InputCollector(standardInputIsTerminal: true).collect([]).inputs, [])
    }

    func testSymbolicLinkLoopEnds() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("d/story.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/d/loop", withDestinationPath: folder.path + "/d")
        let collected = InputCollector(standardInputIsTerminal: true).collect([folder.path])
        XCTAssertEqual(collected.inputs.map(\.name), [folder.path + "/d/story.txt"])
    }

    func testKindFromExtension() {
        XCTAssertEqual(InputKind(path: "a/b.HTML"), .html)
        XCTAssertEqual(InputKind(path: "b.htm"), .html)
        XCTAssertEqual(InputKind(path: "b.xhtml"), .html)
        XCTAssertEqual(InputKind(path: "r.ndjson"), .jsonl)
        XCTAssertEqual(InputKind(path: "r.jsonl"), .jsonl)
        XCTAssertEqual(InputKind(path: "notes.md"), .text)
        XCTAssertEqual(InputKind(path: "README"), .text)
        XCTAssertEqual(InputKind(path: "dir.html/file"), .text)
    }

    func testKindDetectedFromContent() {
        XCTAssertEqual(InputKind(detecting: Array("  \n{\"id\": 1}".utf8)), .jsonl)
        XCTAssertEqual(InputKind(detecting: Array("<!DOCTYPE html><html>".utf8)), .html)
        XCTAssertEqual(InputKind(detecting: Array("\n<html lang=en>".utf8)), .html)
        XCTAssertEqual(InputKind(detecting: Array("<p>Hello".utf8)), .html)
        XCTAssertEqual(InputKind(detecting: Array("<3 this story".utf8)), .text)
        XCTAssertEqual(InputKind(detecting: Array("WASHINGTON, Nov 22 - ...".utf8)), .text)
        XCTAssertEqual(InputKind(detecting: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)), .jsonl)
        XCTAssertEqual(InputKind(detecting: [0xFF, 0xFE] + Array("<html>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), .html)
    }

    func testFallbackIDIsTheFileStemOrStdin() {
        XCTAssertEqual(Input.file("txt/reuters-5259.txt").fallbackID, "reuters-5259")
        XCTAssertEqual(Input.file("archive.tar.gz").fallbackID, "archive.tar")
        XCTAssertEqual(Input.file("dir/README").fallbackID, "README")
        XCTAssertEqual(Input.standardInput.fallbackID, "stdin")
        XCTAssertEqual(Input.standardInput.name, "-")
    }
}
