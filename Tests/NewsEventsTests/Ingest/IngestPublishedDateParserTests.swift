import XCTest
@testable import NewsEvents

final class IngestPublishedDateParserTests: XCTestCase {
    private func assertParses(_ text: String, _ expected: String, line: UInt = #line) {
        XCTAssertEqual(PublishedDateParser.parse(text)?.description, expected, text, line: line)
    }

    func testISOForms() {
        assertParses("1987-04-07", "1987-04-07")
        assertParses("1987-04-07T15:01:01", "1987-04-07")
        assertParses("2019-11-22T10:00:00Z", "2019-11-22")
        assertParses("2020-08-17T16:20:00-04:00", "2020-08-17")
        assertParses("2019-11-22T10:00:00.000+0530", "2019-11-22")
        assertParses("2019-11-22 10:00:00", "2019-11-22")
        assertParses("  2019-11-22", "2019-11-22")
    }

    func testWrittenForms() {
        assertParses("April 7, 1987", "1987-04-07")
        assertParses("7 April 1987", "1987-04-07")
        assertParses("Nov. 22, 2019", "2019-11-22")
        assertParses("Sept. 3, 2019", "2019-09-03")
        assertParses("November 22nd, 2019", "2019-11-22")
        assertParses("Published on Friday, November 22, 2019 at 4:20 PM ET", "2019-11-22")
        assertParses("22. November 2019", "2019-11-22")
        assertParses("22 de noviembre de 2019", "2019-11-22")
    }

    func testNumericForms() {
        assertParses("2019/11/22", "2019-11-22")
        assertParses("22.11.2019", "2019-11-22")
        assertParses("20191122", "2019-11-22")
        assertParses("11/22/2019", "2019-11-22")
        assertParses("22/11/2019", "2019-11-22")
        assertParses("2019年11月22日", "2019-11-22")
    }

    func testRFC2822() {
        assertParses("Fri, 22 Nov 2019 10:00:00 GMT", "2019-11-22")
        assertParses("Fri, 22 Nov 2019 10:00:00 +0000", "2019-11-22")
        assertParses("Mon Jan 20 09:49:32 UTC 2020", "2020-01-20")
    }

    func testAmbiguousOrInvalidTextGivesNil() {
        for text in ["03/04/2019", "2019-02-30", "November 2019", "Nov 22, 19", "yesterday", "", "2019",
                     "1574416800", "Nov 22 2019 and more words", "32 Jan 2019"] {
            XCTAssertNil(PublishedDateParser.parse(text), text)
        }
    }

    func testPartsWithoutAYear() {
        XCTAssertEqual(PublishedDateParser.parts("Nov 22"), DateParts(year: nil, month: 11, day: 22))
        XCTAssertEqual(PublishedDateParser.parts("7 April"), DateParts(year: nil, month: 4, day: 7))
        XCTAssertEqual(PublishedDateParser.parts("Feb 29"), DateParts(year: nil, month: 2, day: 29))
        XCTAssertNil(PublishedDateParser.parts("Feb 30"))
        XCTAssertNil(PublishedDateParser.parts("WASHINGTON"))
    }

    func testFirstDateInABylineText() {
        XCTAssertEqual(PublishedDateParser.firstDate(in: "By Marcus Bell | October 26, 2021")?.description, "2021-10-26")
        XCTAssertEqual(PublishedDateParser.firstDate(in: "Veröffentlicht am 26.02.2020, 14:00 Uhr")?.description, "2020-02-26")
        XCTAssertNil(PublishedDateParser.firstDate(in: "By Marcus Bell, 300 words"))
    }

    func testYearlessPartsResolveToTheClosestYear() {
        let parts = DateParts(year: nil, month: 12, day: 31)
        XCTAssertEqual(parts.resolved(near: IngestFixtures.date("2020-01-02"))?.description, "2019-12-31")
        XCTAssertEqual(parts.resolved(near: IngestFixtures.date("2020-11-02"))?.description, "2020-12-31")
        XCTAssertNil(parts.resolved(near: nil))
        XCTAssertEqual(DateParts(year: nil, month: 2, day: 29).resolved(near: IngestFixtures.date("2021-03-01"))?.description,
                       "2020-02-29")
        XCTAssertEqual(parts.description, "XXXX-12-31")
    }

    func testURLDates() {
        XCTAssertEqual(URLDate.parse("https://example.com/business/2019/11/22/huawei")?.description, "2019-11-22")
        XCTAssertEqual(URLDate.parse("https://example.com/2019-11-22-huawei-licence")?.description, "2019-11-22")
        XCTAssertEqual(URLDate.parse("/news/2019/1/5/x")?.description, "2019-01-05")
        XCTAssertNil(URLDate.parse("https://example.com/2019/11/"))
        XCTAssertNil(URLDate.parse("https://2019.example.com/11/22/"))
        XCTAssertNil(URLDate.parse("https://example.com/a?date=2019/11/22"))
    }
}
