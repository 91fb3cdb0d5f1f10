import XCTest
@testable import NewsEvents

final class IngestHTMLMarkupFilterTests: XCTestCase {
    private func filtered(_ html: String) -> String {
        String(decoding: HTMLMarkupFilter.filtered(Array(html.utf8)), as: UTF8.self)
    }

    func testScriptAndStyleBodiesGo() {
        XCTAssertEqual(filtered(#"<p>Hi<script>var a = "<b>" + (1 < 2);</script><style>p { x: y }</style></p>"#),
                       "<p>Hi<script></script><style></style></p>")
        XCTAssertEqual(filtered("<SCRIPT type='text/javascript'>x = '</p>';</Script><p>after</p>"),
                       "<SCRIPT type='text/javascript'></Script><p>after</p>")
    }

    func testJSONLDAndUntypedObjectsStay() {
        for page in [#"<script type="application/ld+json">{"@type": "NewsArticle"}</script>"#,
                     #"<script>  {"@context": "https://schema.org"}</script>"#,
                     #"<script type="application/json">[1, 2]</script>"#] {
            XCTAssertEqual(filtered(page), page)
        }
    }

    func testUnreadAttributesGo() {
        XCTAssertEqual(filtered(#"<div data-x="<b>" class="story" onclick='go()'><img src="a.png" alt=x>Text</div>"#),
                       #"<div  class="story" ><img  >Text</div>"#)
        XCTAssertEqual(filtered(#"<link rel="canonical" href="https://a.example/x"><a href="/next" title="Next">more</a>"#),
                       #"<link rel="canonical" href="https://a.example/x"><a  title="Next">more</a>"#)
    }

    /// Tags that libxml2 does not read as tags are not read as tags: in comments, in attribute values.
    func testTagsInCommentsAndValuesAreText() {
        for page in ["<!-- <script>var a = 1;</script> --><p>x</p>", #"<p title="<script>x</script>">y</p>"#,
                     "<!-- a --!><p>b</p>"] {
            XCTAssertEqual(filtered(page), page)
        }
        // A quote opens a value only after `name=`: libxml2 skips `@click="a` to the next blank, and `>` ends the tag.
        XCTAssertEqual(filtered(#"<div @click="a > b"><script>s()</script>"#), #"<div @click="a > b"><script></script>"#)
    }

    func testDoubtfulBodiesStay() {
        for page in ["<script></div>abc</script>", "<script>never closed", "<script>{\"a\": 1}</script>"] {
            XCTAssertEqual(filtered(page), page)
        }
    }

    /// `<script/>`: browsers ignore the slash, so the code after it is the script's body, not page text.
    func testSelfClosingScriptHasABody() throws {
        XCTAssertEqual(filtered("<script/>track();</script><p>x</p>"), "<script/></script><p>x</p>")
        let html = #"<h1>Deal</h1><p>Signed today.<script type="text/javascript"/>track("<b>view</b>");</script></p><p>More.</p>"#
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().text, "Signed today.\n\nMore.")
    }

    /// The filtered page gives libxml2 the same elements, consulted attributes and text (but script and style text).
    func testTreeIsUnchanged() throws {
        let bytes = Array(try String(contentsOfFile: IngestFixtures.path("script-heavy.html"), encoding: .utf8).utf8)
        func outline(_ bytes: [UInt8]) throws -> [String] {
            let tree = try HTMLTree.read(bytes, encoding: "UTF-8", consultedAttributesOnly: true).get()
            return tree.nodes.indices.compactMap { index in
                let node = tree.nodes[index]
                guard node.isText else { return node.name + node.attributes.map { " \($0.name)=\($0.value)" }.joined() }
                let parent = node.parent >= 0 ? tree.nodes[node.parent].name : ""
                return parent == "script" || parent == "style" ? nil : node.text
            }
        }
        var expected = try outline(bytes)
        // The one change: the code after `<script .../>` is no longer text of the paragraph.
        let code = try XCTUnwrap(expected.firstIndex { $0.contains("trackView") })
        expected.remove(at: code)
        XCTAssertEqual(try outline(HTMLMarkupFilter.filtered(bytes)), expected)
    }

    func testScriptHeavyPage() throws {
        let document = try IngestFixtures.document("script-heavy.html")
        XCTAssertEqual(document.text, """
            The ministry extended the steel tariffs by a year.

            Importers asked for an exemption.

            The decision takes effect on Monday.
            """)
        XCTAssertEqual(document.title, "Steel tariffs extended")
        XCTAssertEqual(document.published, IngestFixtures.date("2021-03-04"))
        XCTAssertEqual(document.publishedFrom, .jsonld)
        XCTAssertEqual(document.url, "https://ledger.example/2021/03/04/steel-tariffs")
    }

    func testWindows1252StraightToUTF8() {
        let bytes = (0...255).map(UInt8.init)
        XCTAssertEqual(Windows1252.utf8(bytes), Array(String(String.UnicodeScalarView(bytes.map(Windows1252.scalar))).utf8))
    }

    func testFirstNUL() {
        XCTAssertNil(ContentSniffer.firstNUL(in: Array("abc".utf8)))
        XCTAssertEqual(ContentSniffer.firstNUL(in: [0x41, 0x42, 0, 0x43, 0]), 2)
        XCTAssertNil(ContentSniffer.firstNUL(in: []))
    }
}
