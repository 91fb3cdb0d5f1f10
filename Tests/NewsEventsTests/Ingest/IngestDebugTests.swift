import Foundation
import XCTest
@testable import NewsEvents

/// Prints how a page is read: set `NEWSEVENTS_DEBUG_HTML` to an HTML file.
final class IngestDebugTests: XCTestCase {
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
        print(try HTMLReader().read(bytes, fallbackID: "x").get().text.prefix(3000))
    }

    private func describe(_ tree: HTMLTree, _ index: Int) -> String {
        let node = tree.nodes[index]
        return "\(index)<\(node.name) class=\(node.attributes["class"] ?? "") id=\(node.attributes["id"] ?? "")>"
    }
}
