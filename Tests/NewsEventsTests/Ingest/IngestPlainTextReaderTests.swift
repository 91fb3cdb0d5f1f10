import XCTest
@testable import NewsEvents

final class IngestPlainTextReaderTests: XCTestCase {
    private func read(_ text: String, defaultDate: String? = nil) throws -> SourceDocument {
        try PlainTextReader(defaultDate: defaultDate.map(IngestFixtures.date)).read(text, fallbackID: "doc").get()
    }

    func testHeaderBlockFixture() throws {
        let document = try IngestFixtures.document("header-block.txt")
        XCTAssertEqual(document.id, "reuters-5259")
        XCTAssertEqual(document.path, IngestFixtures.path("header-block.txt"))
        XCTAssertEqual(document.title, "REAGAN LIFTS PART OF TARIFFS ON JAPANESE GOODS")
        XCTAssertEqual(document.published?.description, "1987-06-08")
        XCTAssertEqual(document.publishedFrom, .header)
        XCTAssertEqual(document.source, "Ledger Wire Service")
        XCTAssertEqual(document.author, "Ledger staff")
        XCTAssertTrue(document.text.hasPrefix("VENICE, June 8 - President Reagan today lifted 51 mln dlrs of the\n300"))
        XCTAssertEqual(document.bodyStart, "VENICE, June 8 - ".count)
    }

    func testIdFallsBackToTheFileStem() throws {
        XCTAssertEqual(try IngestFixtures.document("windows-1252.txt").id, "windows-1252")
    }

    func testDatelineDatesTheDocumentWithTheYearOfTheDateOption() throws {
        let document = try read("WASHINGTON, Nov 22 (Reuters) - The U.S. said.", defaultDate: "2019-12-01")
        XCTAssertEqual(document.published?.description, "2019-11-22")
        XCTAssertEqual(document.publishedFrom, .dateline)
        XCTAssertEqual(document.bodyStart, 31)
        XCTAssertEqual(document.text, "WASHINGTON, Nov 22 (Reuters) - The U.S. said.")
    }

    func testDatelineWithItsOwnYear() throws {
        let document = try read("LONDON, Nov. 22, 2019 (Reuters) - Britain said.")
        XCTAssertEqual(document.published?.description, "2019-11-22")
        XCTAssertEqual(document.publishedFrom, .dateline)
    }

    func testDatelineWithoutAnyYearLeavesTheDateUnknown() throws {
        let document = try read("WASHINGTON, Nov 22 (Reuters) - The U.S. said.")
        XCTAssertNil(document.published)
        XCTAssertNil(document.publishedFrom)
        XCTAssertEqual(document.bodyStart, 31)
    }

    func testHeaderDateBeatsDateline() throws {
        let document = try read("Published: 2019-11-23\n\nWASHINGTON, Nov 22 - Text.", defaultDate: "2000-01-01")
        XCTAssertEqual(document.published?.description, "2019-11-23")
        XCTAssertEqual(document.publishedFrom, .header)
    }

    func testUnparseableHeaderDateFallsBackDownTheChain() throws {
        let document = try read("Date: sometime last week\nURL: https://x.example/2019/11/20/a\n\nThe ministry said.")
        XCTAssertEqual(document.published?.description, "2019-11-20")
        XCTAssertEqual(document.publishedFrom, .url)
        let option = try read("Date: ???\n\nThe ministry said.", defaultDate: "2019-11-22")
        XCTAssertEqual(option.published?.description, "2019-11-22")
        XCTAssertEqual(option.publishedFrom, .option)
    }

    func testHeadlineBeforeADatelineBecomesTheTitle() throws {
        let document = try read("U.S. reaches deal with ZTE\n\nWASHINGTON, June 7, 2018 (Reuters) - ZTE agreed.")
        XCTAssertEqual(document.title, "U.S. reaches deal with ZTE")
        XCTAssertEqual(document.bodyStart, "U.S. reaches deal with ZTE\n\nWASHINGTON, June 7, 2018 (Reuters) - ".count)
    }

    func testBlankLinesAroundTheBodyAreDropped() throws {
        let document = try read("Title: T\n\n\n   \n    Indented first line.\nSecond.\n\n  \n")
        XCTAssertEqual(document.text, "    Indented first line.\nSecond.")
    }

    func testEmptyDocuments() {
        XCTAssertEqual(IngestFixtures.failure("empty.txt"),
                       InputFailure(input: IngestFixtures.path("empty.txt"), reason: "empty document: no title and no text"))
        XCTAssertThrowsError(try read("Published: 1987-02-26\nSource: Reuters\n\n\n"))
        XCTAssertThrowsError(try read(""))
    }

    /// About 2,500 Reuters articles are a headline alone: the headline is the text (it states the event).
    func testTitleWithoutBodyIsReadAsTheTitle() throws {
        let document = try read("Title: U.S. LIFTS CURBS ON JAPANESE CHIPS\nPublished: 1987-06-08\nSource: Reuters\n\n\n")
        XCTAssertEqual(document.text, "U.S. LIFTS CURBS ON JAPANESE CHIPS")
        XCTAssertEqual(document.title, "U.S. LIFTS CURBS ON JAPANESE CHIPS")
        XCTAssertEqual(document.published?.description, "1987-06-08")
        XCTAssertEqual(document.bodyStart, 0)
    }

    func testOffsetsCountCodePoints() throws {
        let document = try read("ZÜRICH, März 3 — Die Bank 👍 sagte.")
        XCTAssertEqual(document.bodyStart, 17)
        XCTAssertEqual(Array(document.text.unicodeScalars)[document.bodyStart], "D")
    }
}
