import XCTest
@testable import NewsEvents

final class IngestHTMLTreeTests: XCTestCase {
    func testCopiesElementsAndTextInDocumentOrder() throws {
        let tree = try XCTUnwrap(HTMLTree.parse(Array("<p class=a>Hello <b>world</b></p>".utf8), encoding: "UTF-8"))
        XCTAssertEqual(tree.nodes.map(\.name), ["html", "body", "p", "#text", "b", "#text"])
        XCTAssertEqual(tree.attribute("class", of: 2), "a")
        XCTAssertEqual(tree.text(of: 2), "Hello world")
        XCTAssertEqual(tree.nodes[2].end, 6)
        XCTAssertEqual(tree.nodes[4].parent, 2)
    }

    func testDeeplyNestedMarkupDoesNotOverflowTheStack() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let tree = try XCTUnwrap(HTMLTree.parse(Array(html.utf8), encoding: "UTF-8"))
        XCTAssertEqual(tree.nodes.last?.text, "deep text")
        XCTAssertGreaterThan(tree.nodes.count, 200)
    }
}
