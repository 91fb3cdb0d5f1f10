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

    func testASCIIHeadsReadAsTheGeneralReaderDoes() {
        let heads = [
            "WASHINGTON, Nov 22 (Reuters)", "LONDON, Nov. 22, 2019 (Reuters)", "TOKYO (AP)", "BRUSSELS, March 3 /PRNewswire/",
            "SPRINGFIELD, Ill., Nov 22 (AP)", "  ST. LOUIS, Jan. 15 ", "Washington, Nov 22", "Washington", "NEW YORK",
            "The ministry said", "WILKES-BARRE officials", "A, B, C, D", "PARIS, France, March 4, 1987 (Reuters)",
            "BONN, 1987", "BONN, March 4, +987", "X (Reuters)", "ROME ( Reuters )", "ROME ()", "ROME (1AP)", "ROME /",
            "ROME, ", ", ROME", "ROME,\tMarch 3", "O'HARE, March 3", "AT&T, Jan 2", "ROME, Sept 31", "ROME, 3 March",
            "ROME, March 3 1987", "ROME, Tuesday", "ROME, Italy, Europe, Earth, Moon", "ROME (Reuters) (AP)", "\t",
        ]
        for head in heads {
            let scalars = Array(head.unicodeScalars)[...]
            XCTAssertTrue(ASCIIDatelineHead.reads(scalars), head)
            let fast = ASCIIDatelineHead.parse(scalars), general = DatelineHead.parse(scalars)
            XCTAssertEqual(fast?.place, general?.place, head)
            XCTAssertEqual(fast?.date, general?.date, head)
            XCTAssertEqual(fast?.agency, general?.agency, head)
            XCTAssertEqual(fast == nil, general == nil, head)
        }
        XCTAssertFalse(ASCIIDatelineHead.reads(Array("SÃO PAULO, March 3".unicodeScalars)[...]))
        XCTAssertFalse(ASCIIDatelineHead.reads(Array("ROME\r, March 3".unicodeScalars)[...]))
    }

    func testLeadingScalarsDecodeUTF8() {
        let text = "aé東😀b"
        XCTAssertEqual(DatelineLocator.leadingScalars(of: text, limit: 10), Array(text.unicodeScalars))
        XCTAssertEqual(DatelineLocator.leadingScalars(of: text, limit: 3), Array(text.unicodeScalars.prefix(3)))
        XCTAssertEqual(DatelineLocator.leadingScalars(of: "", limit: 3), [])
        // Runs of ASCII long enough for eight bytes at a time, cut at any limit.
        let long = "WASHINGTON, Nov 22 (Reuters) - caf\u{E9} sixteen bytes!"
        for limit in 0...long.unicodeScalars.count + 2 {
            XCTAssertEqual(DatelineLocator.leadingScalars(of: long, limit: limit), Array(long.unicodeScalars.prefix(limit)))
        }
    }

    func testMonthAndDayReadAsTheDateParserDoes() {
        for segment in ["Nov 22", "April 7", "Feb. 26", "SEPT 3", "Nov.22", "Nov22", "Sept 31", "Feb 30", "Nov 0",
                        "Nov 123", "Nov 22nd", "Tuesday 3", "Nov  7", "Nov", "22 Nov", "März 3", "x 1", "Nov 07",
                        "December 31", "Decembers 3", "Nov-22", "Nov 2"] {
            let bytes = Array(segment.utf8)[...]
            let expected = PublishedDateParser.parts(segment)
            if let quick = ASCIIDatelineHead.monthAndDay(bytes) {
                XCTAssertEqual(quick, expected, segment)
            }
        }
        // The outer optional says whether the bytes are a month and a day, the inner whether they make a date.
        let november: DateParts?? = ASCIIDatelineHead.monthAndDay(Array("Nov 22".utf8)[...])
        XCTAssertEqual(november.flatMap { $0 }, DateParts(year: nil, month: 11, day: 22))
        let september: DateParts?? = ASCIIDatelineHead.monthAndDay(Array("Sept 31".utf8)[...])
        XCTAssertTrue(september != nil && september! == nil, "Sept 31 reads as a month and day that is no date")
        for notAMonthAndDay in ["Tuesday 3", "Nov 22nd"] {
            let read: DateParts?? = ASCIIDatelineHead.monthAndDay(Array(notAMonthAndDay.utf8)[...])
            XCTAssertTrue(read == nil, notAMonthAndDay)
        }
    }

    func testParagraphEndsAreCappedOnlyWhenAsked() {
        var paragraphs = ParagraphRanges(Array("Title\n  \nBody line\nmore\n\nlast".unicodeScalars))
        XCTAssertEqual(paragraphs.nextStart(), 0)
        XCTAssertEqual(paragraphs.end(from: 0), 5)
        paragraphs.pass(0..<5)
        XCTAssertEqual(paragraphs.nextStart(), 9)
        XCTAssertEqual(paragraphs.end(from: 9, cap: 12), 12)
        XCTAssertEqual(paragraphs.end(from: 9), 23)
        paragraphs.pass(9..<23)
        XCTAssertEqual(paragraphs.nextStart(), 25)
        XCTAssertEqual(paragraphs.end(from: 25), 29)
        paragraphs.pass(25..<29)
        XCTAssertNil(paragraphs.nextStart())
    }
}
