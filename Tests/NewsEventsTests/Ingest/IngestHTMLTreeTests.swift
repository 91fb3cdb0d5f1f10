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

    func testTheReaderKeepsOnlyTheAttributesItConsults() throws {
        let html = Array("<div class=a data-x=1 id=b src=c.png CLASS=ignored>x</div>".utf8)
        let full = try HTMLTree.read(html, encoding: "UTF-8").get()
        let consulted = try HTMLTree.read(html, encoding: "UTF-8", consultedAttributesOnly: true).get()
        XCTAssertEqual(full.nodes[2].attributes.map(\.name), ["class", "data-x", "id", "src"])
        XCTAssertEqual(consulted.nodes[2].attributes.map(\.name), ["class", "id"])
        XCTAssertEqual(consulted.attribute("class", of: 2), "a")
    }

    func testElementKindsAndVisibleLengthAreSetAsTheTreeIsBuilt() throws {
        let tree = try HTMLTree.read(Array("<nav><p>a <a>b</a></p><br><pre> \u{E9} x</pre></nav>".utf8), encoding: "UTF-8").get()
        for node in tree.nodes {
            XCTAssertEqual(node.kind, HTMLTagKind(name: node.name), node.name)
            if node.isText { XCTAssertEqual(node.visibleLength, HTMLPageAnalysis.visibleLength(node.text)) }
        }
        XCTAssertTrue(tree.nodes[2].kind.contains(.boilerplate))
        XCTAssertTrue(tree.nodes[2].kind.contains(.block))
    }

    func testUTF8ValidationAgreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            [], Array("plain ascii text, longer than eight bytes".utf8), Array("caf\u{E9} \u{2014} \u{1F600}".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80],
            [0xE2, 0x80], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x80, 0x94], [0x41, 0xE2, 0x28, 0xA1],
            Array("12345678".utf8) + [0xC3], [0xF1, 0x80, 0x80, 0x7F],
        ]
        for bytes in samples {
            XCTAssertEqual(HTMLEncoding.isValidUTF8(bytes), String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
        }
    }
}
