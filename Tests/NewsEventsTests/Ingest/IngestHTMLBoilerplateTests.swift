import XCTest
@testable import NewsEvents

final class IngestHTMLBoilerplateTests: XCTestCase {
    func testClassNamesThatMarkBoilerplate() {
        for names in ["main-nav", "navbar", "site-menu", "footer-links", "sidebar", "related-stories", "share-tools",
                      "shareBar", "social", "cookie-banner", "gdpr-consent", "newsletter-signup", "promo", "comments",
                      "breadcrumb", "subscribe-box", "ad-slot", "top-ad", "mostread", "most-read"] {
            XCTAssertTrue(HTMLBoilerplate.classNamesBoilerplate(names), names)
        }
    }

    func testClassNamesThatDoNot() {
        for names in ["article-header", "article-body", "story", "content", "navy-seal", "shareholders", "commentary",
                      "headline", "address", "admin-note", "lead", "advantage", "header"] {
            XCTAssertFalse(HTMLBoilerplate.classNamesBoilerplate(names), names)
        }
    }

    func testBylinesAndSiteHeadersAreMetadataNotBoilerplate() throws {
        let tree = try XCTUnwrap(HTMLTree.parse(Array("<header>Site</header><p class='byline'>By Ann</p><footer>F</footer>".utf8),
                                                encoding: "UTF-8"))
        let exclusions = tree.nodes.indices.filter { !tree.nodes[$0].isText }.map { index in
            (tree.nodes[index].name, HTMLBoilerplate.exclusion(of: index, in: tree, insideArticle: false))
        }
        XCTAssertEqual(exclusions.filter { $0.1 != nil }.map { "\($0.0):\($0.1!)" }, ["header:metadata", "p:metadata", "footer:boilerplate"])
        XCTAssertFalse(HTMLBoilerplate.classNamesBoilerplate("byline"))
    }

    func testClassNameWords() {
        XCTAssertEqual(ClassNameWords.split("shareBar__item-2"), ["share", "bar", "item", "sharebaritem"])
        XCTAssertEqual(ClassNameWords.split("story"), ["story"])
    }

    func testWrapperNamedLikeBoilerplateKeepsTheStory() throws {
        let story = String(repeating: "The agency granted the licence on Friday. ", count: 10)
        let html = "<body><div class='page-with-sidebar'><div class='story'><p>\(story)</p></div>"
            + "<div class='sidebar'><p>Other stories</p></div></div></body>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertTrue(document.text.hasPrefix("The agency granted"))
        XCTAssertFalse(document.text.contains("Other stories"))
    }

    func testHeaderInsideTheArticleIsKept() throws {
        let html = "<body><header><p>Site header</p></header><article><header><h2>Kicker</h2></header>"
            + "<p>Story text that is long enough to matter.</p></article></body>"
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().text,
                       "Kicker\n\nStory text that is long enough to matter.")
    }

    func testLinkListsInsideTheContentAreDropped() throws {
        let html = "<article><p>The ministry said on Friday it would grant the licence.</p>"
            + "<ul><li><a href='/1'>Commerce revokes licence</a></li><li><a href='/2'>EU fines Apple</a></li></ul>"
            + "<p>Read the <a href='/d'>decision</a> in full, the ministry said.</p></article>"
        let document = try HTMLReader().read(html: html, fallbackID: "x").get()
        XCTAssertFalse(document.text.contains("EU fines Apple"))
        XCTAssertTrue(document.text.contains("Read the decision in full"))
    }

    func testHiddenElementsAreDropped() throws {
        let html = "<article><p>Visible story.</p><p style='display: none'>Hidden</p><p hidden>Also hidden</p></article>"
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().text, "Visible story.")
    }

    func testDensestContainerWithoutSemanticMarkup() throws {
        let html = "<body><div><a href='/'>Home</a> <a href='/n'>News</a></div>"
            + "<div id='x1'><p>First paragraph of the story, long enough.</p><p>Second paragraph of the story.</p></div>"
            + "<div><p>Short note.</p></div></body>"
        XCTAssertEqual(try HTMLReader().read(html: html, fallbackID: "x").get().text,
                       "First paragraph of the story, long enough.\n\nSecond paragraph of the story.")
    }

    /// The verdict on the bytes agrees with judging the words of ``ClassNameWords``.
    func testClassNameVerdictAgreesWithItsWords() {
        func reference(_ name: String) -> ClassNameVerdict {
            var verdict = ClassNameVerdict()
            let words = ClassNameWords.split(name)
            let lower = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            verdict.embed = words.contains("embed")
            verdict.boilerplateWord = words.contains(where: HTMLBoilerplate.isBoilerplateWord)
                || lower.hasPrefix("ad-") || lower.hasPrefix("ads-")
            verdict.byline = words.contains { $0.contains("byline") }
            verdict.metadataWord = words.contains(where: HTMLBoilerplate.metadataWords.contains)
            verdict.dateBearing = HTMLDateElements.bylineNameParts.contains { lower.contains($0) }
            return verdict
        }
        for name in ["shareBar__item-2", "sub-scribe", "most-read", "Ad-slot", "ADS-top", "adsense", "navigate", "navBar",
                     "social-media-embed", "articleByline", "post-date", "newsDatum", "entry-meta", "commentary",
                     "shareholders", "menuitem", "node-promoted", "caf\u{E9}-menu", "\u{C9}tiquette", "x", "-", "2",
                     "timeStamp", "PUBLISHED", "credits", "gallery-slideshow", "a-very-long-class-name-with-no-meaning",
                     "trendingNow", "outbrainWidget", "tagline", "submitted-by", "autorBox", "createdAt"] {
            XCTAssertEqual(ClassNameVerdict(name: name), reference(name), name)
            XCTAssertEqual(ClassNameVerdict(names: " \(name)\t"), reference(name), name)
        }
    }
}
