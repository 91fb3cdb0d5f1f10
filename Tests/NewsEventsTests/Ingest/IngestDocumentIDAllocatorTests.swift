import XCTest
@testable import NewsEvents

final class IngestDocumentIDAllocatorTests: XCTestCase {
    func testClashesGetNumberedSuffixes() {
        var ids = DocumentIDAllocator()
        XCTAssertEqual(ids.allocate("a"), "a")
        XCTAssertEqual(ids.allocate("b"), "b")
        XCTAssertEqual(ids.allocate("a"), "a-2")
        XCTAssertEqual(ids.allocate("a"), "a-3")
        XCTAssertEqual(ids.allocate("a-2"), "a-2-2")
        XCTAssertEqual(ids.allocate(""), "document")
    }

    func testSuffixSkipsAnIdAlreadyTakenLiterally() {
        var ids = DocumentIDAllocator()
        XCTAssertEqual(ids.allocate("a-2"), "a-2")
        XCTAssertEqual(ids.allocate("a"), "a")
        XCTAssertEqual(ids.allocate("a"), "a-3")
    }

    func testRunMakesIdsUniqueAcrossInputs() throws {
        let folder = try IngestTemporaryFolder()
        let first = try folder.write("x/story.txt", "One.")
        let second = try folder.write("y/story.html", "<p>Two.</p>")
        let third = try folder.write("z/records.jsonl", "{\"id\": \"story\", \"text\": \"Three.\"}\n")
        var ids: [String] = []
        var run = IngestRun()
        run.read([.file(first), .file(second), .file(third)]) { ids.append(try! $0.get().id) }
        XCTAssertEqual(ids, ["story", "story-2", "story-3"])
    }
}
