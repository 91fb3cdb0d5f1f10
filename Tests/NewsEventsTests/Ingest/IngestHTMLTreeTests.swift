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

    func testDeepMarkupUpToTheLimitIsReadWithoutRecursion() throws {
        let depth = HTMLTree.maximumDepth - 10
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let tree = try HTMLTree.read(Array(html.utf8), encoding: "UTF-8").get()
        XCTAssertEqual(tree.nodes.last?.text, "deep text")
        XCTAssertEqual(tree.nodes.count, depth + 3)   // html, body, the divs, the text
        XCTAssertEqual(tree.nodes[0].textLength, 9)
    }

    func testMarkupDeeperThanTheLimitIsAClearError() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        guard case .failure(let error) = HTMLTree.read(Array(html.utf8), encoding: "UTF-8") else {
            return XCTFail("100,000 nested elements must be refused")
        }
        XCTAssertEqual(error, .tooDeep(HTMLTree.maximumDepth))
        XCTAssertEqual(error.description, "HTML nested more than 5000 elements deep, the limit: not read (raise it with --max-html-depth N)")
        XCTAssertEqual(HTMLTree.read(Array("<div><div>x</div></div>".utf8), encoding: "UTF-8", maximumDepth: 3).map(\.nodes.count),
                       .failure(.tooDeep(3)))
    }

    func testAdjacentTextIsOneNodeAndCommentsAreLeftOut() throws {
        let tree = try XCTUnwrap(HTMLTree.parse(Array("<p>a &amp; b<!-- note -->c</p>".utf8), encoding: "UTF-8"))
        XCTAssertEqual(tree.nodes.filter(\.isText).map(\.text), ["a & bc"])
    }
}
