import XCTest
@testable import NewsEvents

final class IngestTextHeaderTests: XCTestCase {
    func testHeaderBlockFieldsAndBodyOffset() {
        let text = "Title: Deal reached\nPUBLISHED: 1987-04-07\nSource: Wire\nURL: https://x.example/a\nAuthor: Ann\nID: r-1\n\nBody."
        let header = TextHeader.parse(text)
        XCTAssertEqual(header.fields.title, "Deal reached")
        XCTAssertEqual(header.fields.published, "1987-04-07")
        XCTAssertEqual(header.fields.source, "Wire")
        XCTAssertEqual(header.fields.url, "https://x.example/a")
        XCTAssertEqual(header.fields.author, "Ann")
        XCTAssertEqual(header.fields.id, "r-1")
        XCTAssertEqual(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(header.bodyOffset))), "Body.")
    }

    func testDateKeyAndPublishedPreferred() {
        XCTAssertEqual(TextHeader.parse("Date: April 7, 1987\n\nBody").fields.published, "April 7, 1987")
        XCTAssertEqual(TextHeader.parse("Date: 1\nPublished: 2\n\nBody").fields.published, "2")
    }

    func testContinuationLinesAndUnknownKeys() {
        let header = TextHeader.parse("Title: A long\n  headline\nLanguage: en\n\nBody")
        XCTAssertEqual(header.fields.title, "A long headline")
    }

    func testBodyThatMerelyStartsWithAColonIsNoHeader() {
        XCTAssertEqual(TextHeader.parse("Update: the ministry said on Friday\n\nMore text.").bodyOffset, 0)
        XCTAssertEqual(TextHeader.parse("WASHINGTON, Nov 22 - Title: nothing\n\nMore").bodyOffset, 0)
        XCTAssertEqual(TextHeader.parse("Title: no blank line ends this").bodyOffset, 0)
        XCTAssertEqual(TextHeader.parse("Title: ok\nthis line is not a key\n\nBody").bodyOffset, 0)
    }

    func testYAMLFrontMatter() throws {
        let document = try IngestFixtures.document("front-matter.md")
        XCTAssertEqual(document.id, "eu-google-2018")
        XCTAssertEqual(document.title, #"EU hits Google with "record" fine"#)
        XCTAssertEqual(document.published?.description, "2018-07-18")
        XCTAssertEqual(document.publishedFrom, .header)
        XCTAssertEqual(document.source, "Continental Business Daily")
        XCTAssertEqual(document.url, "https://cbd.example/eu-google")
        XCTAssertTrue(document.text.hasPrefix("BRUSSELS (CBD) — The European Commission"))
        XCTAssertEqual(document.bodyStart, "BRUSSELS (CBD) — ".unicodeScalars.count)
    }

    func testFrontMatterWithoutClosingLineIsBody() {
        XCTAssertEqual(TextHeader.parse("---\ntitle: x\nno end").bodyOffset, 0)
    }

    func testYAMLQuoting() {
        XCTAssertEqual(FrontMatter.unquote(#""a \"b\" \\ c""#), #"a "b" \ c"#)
        XCTAssertEqual(FrontMatter.unquote("'it''s'"), "it's")
        XCTAssertEqual(FrontMatter.unquote("plain # comment"), "plain")
        XCTAssertEqual(FrontMatter.unquote("#hashtag"), "#hashtag")
    }
}
