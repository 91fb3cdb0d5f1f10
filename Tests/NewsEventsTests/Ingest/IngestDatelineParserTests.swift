import XCTest
@testable import NewsEvents

final class IngestDatelineParserTests: XCTestCase {
    private func assertDateline(_ text: String, place: String, date: String?, agency: String?, body: String,
                                line: UInt = #line) {
        guard let dateline = DatelineParser.parse(text) else { return XCTFail("no dateline in \(text)", line: line) }
        XCTAssertEqual(dateline.place, place, line: line)
        XCTAssertEqual(dateline.date?.description, date, line: line)
        XCTAssertEqual(dateline.agency, agency, line: line)
        XCTAssertEqual(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(dateline.bodyStart))), body, line: line)
    }

    func testReutersWithoutYear() {
        assertDateline("WASHINGTON, Nov 22 (Reuters) - The U.S. said", place: "WASHINGTON", date: "XXXX-11-22",
                       agency: "Reuters", body: "The U.S. said")
    }

    func testPlainMonthDay() {
        assertDateline("WASHINGTON, April 7 - The Senate voted", place: "WASHINGTON", date: "XXXX-04-07",
                       agency: nil, body: "The Senate voted")
        assertDateline("SALVADOR, Feb 26 -Brazil said", place: "SALVADOR", date: "XXXX-02-26", agency: nil,
                       body: "Brazil said")
    }

    func testDateWithYear() {
        assertDateline("LONDON, Nov. 22, 2019 (Reuters) - Britain said", place: "LONDON", date: "2019-11-22",
                       agency: "Reuters", body: "Britain said")
    }

    func testAgencyWithoutDate() {
        assertDateline("TOKYO (AP) — Japan’s ministry", place: "TOKYO", date: nil, agency: "AP", body: "Japan’s ministry")
    }

    func testPressReleaseWire() {
        assertDateline("BRUSSELS, March 3 /PRNewswire/ -- Acme announced", place: "BRUSSELS", date: "XXXX-03-03",
                       agency: "PRNewswire", body: "Acme announced")
    }

    func testMultiWordPlaceAndQualifier() {
        assertDateline("NEW YORK — U.S. stocks rose", place: "NEW YORK", date: nil, agency: nil, body: "U.S. stocks rose")
        assertDateline("SPRINGFIELD, Ill., Nov 22 (AP) – Officials said", place: "SPRINGFIELD, Ill.",
                       date: "XXXX-11-22", agency: "AP", body: "Officials said")
        assertDateline("  ST. LOUIS, Jan. 15 - Prices fell", place: "ST. LOUIS", date: "XXXX-01-15", agency: nil,
                       body: "Prices fell")
    }

    func testTitleCasePlaceNeedsADateOrAgency() {
        assertDateline("Washington, Nov 22 - Officials said", place: "Washington", date: "XXXX-11-22", agency: nil,
                       body: "Officials said")
        XCTAssertNil(DatelineParser.parse("Washington - Officials said"))
    }

    func testSentencesAreNotDatelines() {
        XCTAssertNil(DatelineParser.parse("The ministry said - again - that talks would resume."))
        XCTAssertNil(DatelineParser.parse("WILKES-BARRE officials said the plant would close."))
        XCTAssertNil(DatelineParser.parse("NEW YORK -based banks said they would lend."))
        XCTAssertNil(DatelineParser.parse("WASHINGTON, the capital, said\n- something"))
        XCTAssertNil(DatelineParser.parse("Shares of Toshiba, which fell 3 pct - the most in a year - rose"))
        XCTAssertNil(DatelineParser.parse(""))
    }

    func testLocatorSkipsAHeadline() throws {
        let text = "U.S. reaches deal with ZTE\n\nWASHINGTON, June 7, 2018 (Reuters) - ZTE Corp. has agreed"
        let found = try XCTUnwrap(DatelineLocator.find(in: text))
        XCTAssertEqual(found.headline, "U.S. reaches deal with ZTE")
        XCTAssertEqual(found.dateline.date?.description, "2018-06-07")
        XCTAssertEqual(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(found.dateline.bodyStart))),
                       "ZTE Corp. has agreed")
    }

    func testLocatorStopsAtBodyText() {
        let long = String(repeating: "Body text goes on. ", count: 20)
        XCTAssertNil(DatelineLocator.find(in: long + "\n\nWASHINGTON, June 7 - Later paragraph"))
    }

    func testCommaSegmentsAreThoseOfSplit() {
        for text in ["LONDON, Nov. 22, 2019", "", ",", "a,,b,", "SÃO PAULO, March 3", "x,\u{301}y, z", "ST. LOUIS"] {
            XCTAssertEqual(DatelineHead.commaSegments(text[...]), text.split(separator: ",", omittingEmptySubsequences: false), text)
        }
    }
}
