import XCTest
@testable import NewsEvents

final class TemporalTaggerTests: XCTestCase {
    private func timexes(_ text: String, published: String?) -> [Timex] {
        let (time, problems) = TimeResources.load(directory: Fixtures.rulesDirectory + "/time")
        precondition(problems.isEmpty, "\(problems)")
        var document = AnnotatedDocument(source: SourceDocument(id: "t", published: published.flatMap { SimpleDate(iso: $0) }, text: text))
        Tokenizer(resources: Fixtures.text).process(&document)
        SentenceSplitter(resources: Fixtures.text).process(&document)
        TemporalTagger(resources: time).process(&document)
        return document.timexes
    }

    private func value(_ text: String, _ published: String?) -> String? {
        timexes(text, published: published).first?.value
    }

    func testWeekdaysAcrossMonthAndYearBoundaries() {
        XCTAssertEqual(value("Ministers met on Monday.", "2020-01-01"), "2019-12-30")
        XCTAssertEqual(value("Ministers met on Saturday.", "2019-03-01"), "2019-02-23")
        XCTAssertEqual(value("Ministers will meet on Monday.", "2019-12-31"), "2020-01-06")
        XCTAssertEqual(value("They met last Wednesday.", "2019-11-20"), "2019-11-13")
    }

    func testIsoWeeksAcrossYearEnds() {
        XCTAssertEqual(value("It acted earlier this week.", "2019-12-31"), "2020-W01")
        XCTAssertEqual(value("It acted last week.", "2021-01-05"), "2020-W53")
        XCTAssertEqual(value("It acted this week.", "2021-01-03"), "2020-W53")
    }

    func testMonthsResolveByTense() {
        XCTAssertEqual(value("Huawei was blacklisted in May.", "2019-11-22"), "2019-05")
        XCTAssertEqual(value("The ban takes effect in May.", "2019-11-22"), "2020-05")
        XCTAssertEqual(value("Exports rose in December.", "2020-01-10"), "2019-12")
        XCTAssertEqual(value("The tariffs will be lifted on April 17.", "1987-04-07"), "1987-04-17")
    }

    func testPartialValuesWithoutPublicationDate() {
        XCTAssertEqual(value("The licence was granted on Nov. 20.", nil), "XXXX-11-20")
        XCTAssertEqual(value("Ministers met on Tuesday.", nil), "XXXX-WXX-2")
        XCTAssertNil(value("The order came yesterday.", nil))
    }

    func testDurations() {
        let found = timexes("It extended the licence for another 90 days.", published: "2019-11-22")
        XCTAssertEqual(found.map(\.type), [.duration])
        XCTAssertEqual(found.map(\.value), ["P90D"])
        XCTAssertEqual(found.map(\.text), ["90 days"])
        XCTAssertEqual(value("It won a two-year licence.", "1987-03-16"), "P2Y")
        XCTAssertEqual(value("Sales fell over the past two years.", "1987-03-16"), "P2Y")
    }

    func testSeasonsGiveTheYear() {
        XCTAssertEqual(value("Japan bought more chips last fall.", "1987-03-02"), "1986-FA")
        let dater = EventDater()
        let timex = Timex(tokens: 0..<2, span: Span(start: 0, end: 9), text: "last fall", type: .date, value: "1986-FA")
        XCTAssertEqual(dater.eventDate(from: timex)?.value, "1986")
        XCTAssertEqual(dater.eventDate(from: timex)?.granularity, .year)
    }

    func testNumbersThatAreNotDates() {
        for text in ["The tariffs cost $13 million.", "Output rose 1.5 pct.", "It ranked No. 2.", "Boeing sold five 747 jets.",
                     "It bought 1,000 tonnes.", "It sold 1987 tonnes of sugar.", "You may go now"] {
            XCTAssertTrue(timexes(text, published: "2019-11-22").allSatisfy { $0.value == "PRESENT_REF" }, text)
        }
    }

    func testOffsetsAreCodePoints() {
        let text = "Café owners met on Nov. 20."
        let found = timexes(text, published: "2019-11-22")
        XCTAssertEqual(found.first?.span, Span(start: 19, end: 26))
        XCTAssertEqual(found.first?.text, "Nov. 20")
    }
}
