import XCTest
@testable import NewsEvents

/// Each publication-date heuristic of web pages, pinned on a page written for it.
final class IngestPublicationDateTests: XCTestCase {
    private func published(_ html: String, file: StaticString = #filePath, line: UInt = #line) throws -> (String?, PublishedSource?) {
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        return (document.published?.description, document.publishedFrom)
    }

    private func assertPublished(_ html: String, _ date: String, _ source: PublishedSource,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let (found, from) = try published(html)
        XCTAssertEqual(found, date, file: file, line: line)
        XCTAssertEqual(from, source, file: file, line: line)
    }

    private let story = "<article><p>The ministry granted the licence on Friday.</p></article>"

    func testPublicationMetaTags() throws {
        for (attribute, key, value) in [
            ("property", "article:published_time", "2019-11-22T17:02:00-05:00"),
            ("property", "og:published_time", "2019-11-22"),
            ("name", "DC.date.issued", "2019-11-22"),
            ("name", "pubdate", "20191122"),
            ("name", "parsely-pub-date", "2019-11-22T22:02:00Z"),
            ("name", "sailthru.date", "Fri, 22 Nov 2019 17:02:00 -0500"),
            ("name", "sw-pubdate", "2019-11-22"),
            ("property", "og:video:upload_date", "2019-11-22"),
        ] {
            try assertPublished("<meta \(attribute)='\(key)' content='\(value)'>" + story, "2019-11-22", .meta)
        }
    }

    func testOriginalDateIsPreferredOverTheModifiedOne() throws {
        let html = "<meta property='article:modified_time' content='2019-12-02'>"
            + "<meta property='article:published_time' content='2019-11-22'>" + story
        try assertPublished(html, "2019-11-22", .meta)
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.updated?.description, "2019-12-02")
        // Only a modified time: the publication is no later, the last resort before --date.
        try assertPublished("<meta property='article:modified_time' content='2019-12-02'>" + story, "2019-12-02", .meta)
    }

    func testJSONLDInAnArrayAndWithoutAType() throws {
        let array = #"<script type="application/ld+json">[{"@type": "Organization", "name": "Wire"},"#
            + #"{"@type": ["NewsArticle"], "datePublished": "2019-11-22T10:00:00+01:00"}]</script>"#
        try assertPublished(array + story, "2019-11-22", .jsonld)
        let untyped = #"<script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2019-11-22"}</script>"#
        try assertPublished(untyped + story, "2019-11-22", .jsonld)
        try assertPublished(#"<script>{"datePublished": "2019-11-22"}</script>"# + "<p>Text.</p><p>Published Nov. 23, 2019</p>",
                            "2019-11-23", .byline)
    }

    func testTimeAndItemprop() throws {
        try assertPublished("<article><span itemprop='datePublished' content='2019-11-22'>Friday</span><p>Text.</p></article>",
                            "2019-11-22", .time)
        try assertPublished("<article><time datetime='2019-11-22T17:02'>5:02 PM</time><p>Text.</p></article>", "2019-11-22", .time)
        // A <time> in a related-stories list dates nothing, unless there is nothing else at all.
        try assertPublished("<article><p>Text.</p></article><aside class='related'><time datetime='2019-01-05'>Jan 5</time></aside>",
                            "2019-01-05", .time)
        try assertPublished("<meta property='og:url' content='https://x.example/2019/11/22/story'><article><p>Text.</p></article>"
                            + "<aside class='related'><time datetime='2019-01-05'>Jan 5</time></aside>", "2019-11-22", .url)
    }

    func testVisibleBylinesInSeveralLanguages() throws {
        for (byline, date) in [
            ("Published 22 November 2019", "2019-11-22"),
            ("Nov. 22, 2019 5:02 PM ET", "2019-11-22"),
            ("Veröffentlicht am 22.11.2019, 17:02 Uhr", "2019-11-22"),
            ("Publié le 22 novembre 2019 à 17h02", "2019-11-22"),
            ("Pubblicato il 22 novembre 2019", "2019-11-22"),
            ("Publicado el 22 de noviembre de 2019", "2019-11-22"),
            ("2019年11月22日", "2019-11-22"),
            ("By Ann Lee, 8.5.12", "2012-05-08"),
        ] {
            try assertPublished("<article><p class='post-date'>\(byline)</p><p>The ministry granted the licence.</p></article>",
                                date, .byline)
        }
    }

    func testGenericDateMetaYieldsToAnEarlierByline() throws {
        let document = try IngestFixtures.document("pages/generic-meta-and-byline.html")
        XCTAssertEqual(document.published?.description, "2021-10-13")
        XCTAssertEqual(document.publishedFrom, .byline)
        // Alone, or with a later byline (a "last updated" line), the generic meta tag stands.
        try assertPublished("<meta name='date' content='2021-10-15'>" + story, "2021-10-15", .meta)
        try assertPublished("<meta name='date' content='2021-10-15'><article><p class='post-date'>20.10.2021</p><p>Text.</p></article>",
                            "2021-10-15", .meta)
    }

    func testUTCTimeNearMidnightTakesTheSitesLocalDay() throws {
        let document = try IngestFixtures.document("pages/utc-and-local-time.html")
        XCTAssertEqual(document.published?.description, "2023-11-08")
        XCTAssertEqual(document.publishedFrom, .meta)
        // A visible byline on the neighbouring day is the local day too.
        try assertPublished("<meta property='article:published_time' content='2021-11-04T23:00Z'>"
                            + "<article><p class='post-date'>05.11.2021</p><p>Text.</p></article>", "2021-11-05", .byline)
        // In the afternoon, UTC and local days agree: the byline a day later is something else.
        try assertPublished("<meta property='article:published_time' content='2023-11-02T15:27:17+00:00'>"
                            + "<article><p class='post-date'>November 3, 2023</p><p>Text.</p></article>", "2023-11-02", .meta)
        XCTAssertEqual(UTCTimestamp.utcHour("2023-11-09T03:28:35Z"), 3)
        XCTAssertNil(UTCTimestamp.utcHour("2023-11-08T22:28:35-05:00"))
    }

    func testDateShownWithTheHeadline() throws {
        let document = try IngestFixtures.document("pages/date-under-headline.html")
        XCTAssertEqual(document.published?.description, "2018-02-15")
        XCTAssertEqual(document.publishedFrom, .byline)
        // A date inside a sentence after the headline is not the story's date.
        let (date, _) = try published("<h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr "
                                      + "im Gasthaus statt, alle sind eingeladen.</p>")
        XCTAssertNil(date)
        XCTAssertEqual(PublishedDateParser.leadingDate(in: "(18.01.2018) Deutschlands Schweine"), SimpleDate(iso: "2018-01-18"))
        XCTAssertNil(PublishedDateParser.leadingDate(in: "Am 15.12.2016 trafen sich"))
    }

    func testDateFromTheURLPatterns() {
        XCTAssertEqual(URLDate.parse("https://x.example/news/2019/11/22/licence")?.description, "2019-11-22")
        XCTAssertEqual(URLDate.parse("https://x.example/themen/2021-11-19/reformstau")?.description, "2021-11-19")
        XCTAssertNil(URLDate.parse("https://x.example/2019/11/"))
    }

    func testPageWithoutVisibleTextIsReadAsItsDescription() throws {
        let html = "<meta property='og:description' content='The ministry granted the licence.'>"
            + "<meta property='article:published_time' content='2020-01-20T10:00:08+08:00'><body><div id='app'></div></body>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.text, "The ministry granted the licence.")
        XCTAssertEqual(document.published?.description, "2020-01-20")
    }
}
