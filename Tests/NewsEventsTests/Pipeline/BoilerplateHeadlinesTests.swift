import XCTest
@testable import NewsEvents

/// Menus, tickers, related-story lists and footers full of event-like headlines ("Commerce Department grants
/// Huawei licence") must not become events: the whole pipeline, from the page to the timeline, finds none.
final class BoilerplateHeadlinesTests: XCTestCase {
    func testPageFurnitureMakesNoEvents() throws {
        let (knowledge, problems) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        XCTAssertEqual(problems.filter { $0.severity == .error }.count, 0)
        let page = Fixtures.projectRoot + "/Tests/NewsEventsTests/Fixtures/Ingest/pages/menu-headlines.html"
        var documents: [AnnotatedDocument] = []
        let runner = BatchRunner(pipeline: Pipeline(knowledge: knowledge), jobs: 1, defaultDate: nil)
        let summary = try runner.run(arguments: [page], standardInputIsTerminal: true) { item in
            if case .document(let document) = item { documents.append(document) }
        }
        XCTAssertEqual(summary.failures.count, 0)
        let document = try XCTUnwrap(documents.first)
        XCTAssertEqual(document.source.published?.description, "2019-11-22")
        XCTAssertTrue(document.text.hasPrefix("Heavy snow closed three mountain passes"))
        for furniture in ["Huawei", "Google", "Rusal", "ZTE", "Qualcomm", "blacklisted", "Related stories"] {
            XCTAssertFalse(document.text.contains(furniture), furniture)
        }
        XCTAssertEqual(document.events.count, 0)
        XCTAssertEqual(summary.events, 0)
    }

    func testTheSameSentencesInTheArticleDoMakeEvents() throws {
        let (knowledge, _) = Knowledge.load(directories: [Fixtures.rulesDirectory])
        let html = "<article><p>The Commerce Department granted Huawei a licence to buy American chips on Monday.</p></article>"
        let source = try HTMLReader(defaultDate: SimpleDate(iso: "2019-11-22")).read(html: html, fallbackID: "x").get()
        XCTAssertGreaterThan(Pipeline(knowledge: knowledge).annotate(source).events.count, 0)
    }
}
