import XCTest
@testable import NewsEvents

/// Pages that are broken, huge, hostile or oddly encoded: a clear error or a best effort, never a crash.
/// (Truncated markup, a page without `<body>`, binary data named `.html` and windows-1252: IngestHTMLReaderTests;
/// nesting deeper than the limit: IngestHTMLTreeTests.)
final class IngestBadPageTests: XCTestCase {
    func testTwentyMegabytePage() throws {
        let paragraph = "<p>The ministry said on Friday that it had granted the licence, officials said.</p>\n"
        let filler = "<script>var data = '" + String(repeating: "x", count: 1 << 20) + "';</script>\n"
        var html = "<html><head><title>Huge</title></head><body><article>"
        while html.utf8.count < 20 << 20 {
            html += filler
            html += String(repeating: paragraph, count: 200)
        }
        html += "</article></body></html>"
        let folder = try IngestTemporaryFolder()
        let path = try folder.write("huge.html", html)
        let results = IngestFixtures.results(.file(path))
        let document = try XCTUnwrap(results.first).get()
        XCTAssertTrue(document.text.hasPrefix("The ministry said on Friday"))
        XCTAssertFalse(document.text.contains("xxxx"))
    }

    func testExternalEntitiesAreNeverLoaded() throws {
        let folder = try IngestTemporaryFolder()
        let secret = try folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let html = """
            <!DOCTYPE html [<!ENTITY leak SYSTEM "file://\(secret)"><!ENTITY % dtd SYSTEM "file://\(secret)"> %dtd;]>
            <html><body><p>Before &leak; after.</p><p>Second paragraph &amp; more.</p></body></html>
            """
        for name in ["page.html", "page.xhtml"] {
            let path = try folder.write(name, html)
            let document = try XCTUnwrap(IngestFixtures.results(.file(path)).first).get()
            XCTAssertFalse(document.text.contains("TOP-SECRET"), name)
            XCTAssertTrue(document.text.contains("Second paragraph & more."), name)
        }
    }

    func testDeclaredLatin1Page() throws {
        let document = try IngestFixtures.document("pages/latin1-declared.html")
        XCTAssertEqual(document.title, "Café au lait")
        XCTAssertEqual(document.text, "Le ministre a déclaré « non » à Zürich.")
    }

    func testHundredThousandNestedDivsGiveAClearError() throws {
        let folder = try IngestTemporaryFolder()
        let depth = 100_000
        let path = try folder.write("deep.html", String(repeating: "<div>", count: depth) + "<p>Deep.</p>")
        let results = IngestFixtures.results(.file(path))
        XCTAssertEqual(results.count, 1)
        guard case .failure(let failure)? = results.first else { return XCTFail("must fail") }
        XCTAssertEqual(failure, InputFailure(input: path, reason: "HTML nested more than 5000 elements deep, the limit: not read (raise it with --max-html-depth N)"))
    }

    func testGarbageAfterTheMarkupAndStrayEndTags() throws {
        let html = "</div></p><p>Story <b>text</p></b></article>\u{1}\u{2} <p>More</p><!-- unterminated"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertTrue(document.text.hasPrefix("Story text"))
    }
}
