import XCTest
@testable import NewsEvents

/// Heuristics for pages that state their date or their layout in unusual ways, each pinned by a fixture page.
final class IngestHTMLPageHeuristicsTests: XCTestCase {
    /// `withSidebar`, `has-comments`: a boilerplate word after a layout modifier describes the element's layout.
    func testLayoutModifiersAreNotBoilerplate() {
        for names in ["p-body-main p-body-main--withSidebar", "page-with-sidebar", "has-comments", "layout--no-ads"] {
            XCTAssertFalse(ClassNameVerdict(names: names).boilerplate, names)
        }
        for names in ["p-body-sidebar", "sidebar-with-ads", "comments", "withSidebar sidebar"] {
            XCTAssertTrue(ClassNameVerdict(names: names).boilerplate, names)
        }
    }

    /// The story, without `<p>` paragraphs, sits in a wrapper named `p-body-main--withSidebar`.
    func testStoryInAWrapperWithASidebar() throws {
        let document = try IngestFixtures.document("sidebar-layout.html")
        XCTAssertEqual(document.text, """
            The government lifted the quota on rice imports on Tuesday.

            Traders said prices would fall within weeks.

            The quota had been in force since 2019.
            """)
    }

    /// A page with no other date: the footer's "zuletzt am 29. Januar 2020 ... geändert".
    func testLastChangeLineDatesAnUndatedPage() throws {
        let document = try IngestFixtures.document("last-change.html")
        XCTAssertEqual(document.published, IngestFixtures.date("2020-01-29"))
        XCTAssertEqual(document.publishedFrom, .byline)
        XCTAssertFalse(document.text.contains("zuletzt"))
    }

    /// The label and the date in sibling elements: `<label>Letzte Änderung:</label><div>14.01.2022 ...</div>`.
    func testLastChangeLabelBesideItsDate() throws {
        XCTAssertEqual(try IngestFixtures.document("last-change-label.html").published, IngestFixtures.date("2022-01-14"))
    }

    /// A last-change line is the last resort: any other date of the page comes first.
    func testLastChangeLineYieldsToOtherDates() throws {
        let html = """
            <meta property="article:published_time" content="2019-05-16"><h1>Deal</h1><p>Signed.</p>
            <footer><p>Last modified on 2 June 2020</p></footer>
            """
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertEqual(document.published, IngestFixtures.date("2019-05-16"))
        XCTAssertEqual(document.publishedFrom, .meta)
    }

    func testPlaceBeforeALeadingDate() {
        XCTAssertEqual(PublishedDateParser.leadingDate(in: "Karlsruhe, (12.11.2021). Traditionell gedenken"),
                       IngestFixtures.date("2021-11-12"))
        XCTAssertEqual(PublishedDateParser.leadingDate(in: "Bad Homburg, 03.02.2020 - Die Stadt"), IngestFixtures.date("2020-02-03"))
        XCTAssertNil(PublishedDateParser.leadingDate(in: "Berlin, the capital, 12.11.2021"))
        XCTAssertNil(PublishedDateParser.leadingDate(in: "Paris, 2019 was a good year"))
        XCTAssertNil(PublishedDateParser.leadingDate(in: "Am 15.12.2016 trafen sich"))
    }

    /// "Karlsruhe, (12.11.2021). Traditionally ..." opens the story under the headline.
    func testPlaceDatelineUnderTheHeadline() throws {
        let document = try IngestFixtures.document("place-dateline.html")
        XCTAssertEqual(document.published, IngestFixtures.date("2021-11-12"))
        XCTAssertEqual(document.publishedFrom, .byline)
    }
}
