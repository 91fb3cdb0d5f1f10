import XCTest
@testable import NewsEvents

final class IngestHTMLReaderTests: XCTestCase {
    func testBoilerplateIsLeftOutOfTheText() throws {
        let document = try IngestFixtures.document("boilerplate-page.html")
        for boilerplate in ["cookies", "Home", "EU fines Apple", "Tweet", "Related stories", "adds ZTE to Entity List",
                            "steel safeguard", "Treasury revokes", "China Mobile", "Japan tightens", "Trade Ledger",
                            "Treasury sanctions oil tanker", "color: red"] {
            XCTAssertFalse(document.text.contains(boilerplate), boilerplate)
        }
        XCTAssertEqual(document.text, """
            WASHINGTON, Nov 18 (Ledger) - The U.S. Commerce Department on Monday extended by 90 days a licence \
            that lets American companies keep doing business with Huawei.

            The extension is the third since May.
            It expires in February.

            Rural carriers welcomed the decision.

            Lawmakers criticised it.

            “This is a lifeline,” said one carrier.

            What comes next

            The department said it would review the licence again.
            """)
    }

    func testMetadataFromMetaTags() throws {
        let document = try IngestFixtures.document("boilerplate-page.html")
        XCTAssertEqual(document.id, "boilerplate-page")
        XCTAssertEqual(document.title, "Commerce grants Huawei suppliers more time")
        XCTAssertEqual(document.published?.description, "2019-11-18")
        XCTAssertEqual(document.publishedFrom, .meta)
        XCTAssertEqual(document.url, "https://ledger.example/2019/11/18/huawei-reprieve")
        XCTAssertEqual(document.author, "Jane Doe")
        XCTAssertEqual(document.source, "Trade Ledger")
        let bodyStart = "WASHINGTON, Nov 18 (Ledger) - ".unicodeScalars.count
        XCTAssertEqual(document.bodyStart, bodyStart)
    }

    func testTitleSuffixIsStripped() throws {
        XCTAssertEqual(try IngestFixtures.document("title-suffix.html").title, "Rusal sanctions lifted after deal")
        XCTAssertEqual(HTMLTitle.strippingSiteSuffix("Deal - again", siteName: nil, onlyMatchingSite: false), "Deal - again")
        XCTAssertEqual(HTMLTitle.strippingSiteSuffix("A long story title - Site", siteName: nil, onlyMatchingSite: false),
                       "A long story title")
        XCTAssertEqual(HTMLTitle.strippingSiteSuffix("Story - Trade Ledger", siteName: "Trade Ledger", onlyMatchingSite: true),
                       "Story")
        XCTAssertEqual(HTMLTitle.strippingSiteSuffix("Story - Other", siteName: "Trade Ledger", onlyMatchingSite: true),
                       "Story - Other")
    }

    func testOpenGraphTitleBeatsTitleElement() throws {
        let html = "<title>Title element | Site</title><meta property='og:title' content='OG title'><p>Text.</p>"
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().title, "OG title")
    }

    func testJSONLDInAGraph() throws {
        let document = try IngestFixtures.document("jsonld-graph.html")
        XCTAssertEqual(document.title, "EU fines Google over Android")
        XCTAssertEqual(document.published?.description, "2018-07-18")
        XCTAssertEqual(document.publishedFrom, .jsonld)
        XCTAssertEqual(document.author, "Ann Lee, Bo Chen")
        XCTAssertEqual(document.source, "Continental Daily")
        XCTAssertEqual(document.bodyStart, "BRUSSELS (CD) — ".unicodeScalars.count)
    }

    func testTimeElementInTheArticle() throws {
        let document = try IngestFixtures.document("time-element.html")
        XCTAssertEqual(document.published?.description, "2018-03-08")
        XCTAssertEqual(document.publishedFrom, .time)
        XCTAssertEqual(document.title, "Trump orders steel tariffs")
        XCTAssertFalse(document.text.contains("Old story"))
    }

    func testDateFromTheURL() throws {
        let document = try IngestFixtures.document("url-date.html")
        XCTAssertEqual(document.published?.description, "2019-11-22")
        XCTAssertEqual(document.publishedFrom, .url)
        XCTAssertEqual(document.text, "Chip stocks rose on Friday after the licence news.")
    }

    func testHeadlineOpeningTheTextIsMetadata() throws {
        let html = "<title>Deal reached | Wire</title><article><h1>Deal reached</h1><h2>Talks</h2><p>Text.</p></article>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.title, "Deal reached")
        XCTAssertEqual(document.text, "Talks\n\nText.")
        let only = try HTMLReader().read(html: "<h1>Deal reached</h1>", fallbackID: "x").get()
        XCTAssertEqual(only.text, "Deal reached")
    }

    func testCaptionsAndTimestampsAreMetadata() throws {
        let html = "<article><figure><img src=a.jpg><figcaption>Officials meet (Photo: AP)</figcaption></figure>"
            + "<p class='article-timestamp'>Updated 5:27 am CST, Nov. 20, 2019</p><p>The ministry said.</p>"
            + "<p class='image-credit'>Photo: Hau Dinh</p></article>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.text, "The ministry said.")
        XCTAssertEqual(document.published?.description, "2019-11-20")
        XCTAssertEqual(document.publishedFrom, .byline)
    }

    func testBylineDate() throws {
        let html = "<article><p class='byline'>By Ann Lee | October 26, 2021</p><p>Story text.</p></article>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.published?.description, "2021-10-26")
        XCTAssertEqual(document.publishedFrom, .byline)
        XCTAssertEqual(document.text, "Story text.")
    }

    func testDatelineDatesAPageWithoutMetadata() throws {
        let document = try IngestFixtures.document("dateline-only.html", defaultDate: IngestFixtures.date("2022-10-13"))
        XCTAssertEqual(document.published?.description, "2022-10-12")
        XCTAssertEqual(document.publishedFrom, .dateline)
        XCTAssertEqual(document.text, """
            Oct. 12 08:30 KST

            SEOUL, Oct 12 — SK Hynix said on Wednesday it had received a one-year authorisation.

            Samsung was granted a similar waiver.
            """)
        let offset = document.text.unicodeScalars.count - "SK Hynix said on Wednesday it had received a one-year authorisation.\n\nSamsung was granted a similar waiver.".unicodeScalars.count
        XCTAssertEqual(document.bodyStart, offset)
    }

    func testPageWithoutBody() throws {
        let document = try IngestFixtures.document("no-body.html")
        XCTAssertEqual(document.title, "Fragment")
        XCTAssertEqual(document.text, "NEW YORK — The exchange said it would delist three companies.\n\nTrading will be suspended on Jan. 11.")
    }

    func testTruncatedMarkupIsRecovered() throws {
        let document = try IngestFixtures.document("truncated.html")
        XCTAssertEqual(document.text, "The Senate voted 92 to 5 to ban imports.\n\nThe measure now goes to the House of Rep")
    }

    func testBinaryDataNamedHTMLIsAFailure() {
        XCTAssertEqual(IngestFixtures.failure("binary.html"),
                       InputFailure(input: IngestFixtures.path("binary.html"), reason: "binary file, not text (a NUL byte at offset 8); convert it to UTF-8 text first"))
    }

    func testDeclaredWindows1252() throws {
        let document = try IngestFixtures.document("windows-1252.html")
        XCTAssertEqual(document.title, "Café talks")
        XCTAssertEqual(document.text, "“Not yet,” the minister said – talks resume in Zürich.")
    }

    func testUndeclaredInvalidUTF8IsReadAsWindows1252() throws {
        let bytes = Array("<p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("ok".utf8) + [0x94] + Array("</p>".utf8)
        let document = try HTMLReader().read(bytes, fallbackID: "x").get()
        XCTAssertEqual(document.text, "Café “ok”")
    }

    func testLabelledLatin1ThatIsReallyUTF8() {
        let prepared = HTMLEncoding.prepare(Array("<meta charset=\"iso-8859-1\"><p>café</p>".utf8))
        XCTAssertEqual(prepared.encoding, "UTF-8")
        XCTAssertEqual(HTMLEncoding.declaredEncoding(in: Array("<META HTTP-EQUIV=Content-Type CONTENT='text/html; CHARSET=Shift_JIS'>".utf8)),
                       "shift_jis")
        XCTAssertEqual(HTMLEncoding.declaredEncoding(in: Array("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>".utf8)),
                       "iso-8859-15")
    }

    func testUTF16PageWithByteOrderMark() throws {
        let html = "<html><body><p>Zürich — talks</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertEqual(try HTMLReader().read(bytes, fallbackID: "x").get().text, "Zürich — talks")
    }

    func testEmptyAndTextlessPages() throws {
        XCTAssertEqual(try? HTMLReader().read(Array("  \n".utf8), fallbackID: "x").get().text, nil)
        guard case .failure(let failure) = HTMLReader().read(html: "<html><script>x()</script></html>", fallbackID: "x") else {
            return XCTFail("a page without text must fail")
        }
        XCTAssertEqual(failure.reason, "no text and no title found in the page")
        let titled = HTMLReader().read(html: "<html><title>Japan lifts chip curbs</title><script>x()</script></html>", fallbackID: "x")
        XCTAssertEqual(try titled.get().text, "Japan lifts chip curbs")
    }

    func testNoscriptContentIsTheLastResort() throws {
        let html = "<body><noscript><p>Enable JavaScript to read: the ministry said.</p></noscript></body>"
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().text, "Enable JavaScript to read: the ministry said.")
    }

    func testDeepNestingIsAClearError() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "<p>Deep story.</p>" + String(repeating: "</div>", count: depth)
        guard case .failure(let failure) = HTMLReader().read(html: html, fallbackID: "x") else {
            return XCTFail("100,000 nested <div>s must be refused")
        }
        XCTAssertEqual(failure.reason, "HTML nested more than 5000 elements deep, the limit: not read (raise it with --max-html-depth N)")
        let shallow = String(repeating: "<div>", count: 1_000) + "<p>Deep story.</p>"
        XCTAssertEqual(try HTMLReader().read(html: shallow, fallbackID: "x").get().text, "Deep story.")
    }
}

final class IngestHTMLDateLinesTests: XCTestCase {
    func testDateLinesAtTheTopAreMetadata() {
        let (kept, date) = HTMLDateLines.split([
            "UPDATED: Tue., Nov. 19, 2019", "The ministry said on Friday it would act.", "More text.",
        ])
        XCTAssertEqual(kept, ["The ministry said on Friday it would act.", "More text."])
        XCTAssertEqual(date?.description, "2019-11-19")
    }

    func testLongParagraphsAndYearlessLinesStay() {
        let paragraphs = ["Oct. 12 08:30 KST", "On Nov. 19, 2019 the ministry said it would act, and it did so within a week."]
        XCTAssertEqual(HTMLDateLines.split(paragraphs).kept, paragraphs)
        XCTAssertNil(HTMLDateLines.split(paragraphs).date)
        XCTAssertEqual(HTMLDateLines.split(["Nov. 19, 2019"]).kept, ["Nov. 19, 2019"])
    }
}
