import XCTest
@testable import NewsEvents

final class TimelineSortingTests: XCTestCase {
    func testFirstDays() {
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019-11-20")?.description, "2019-11-20")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019-W47")?.description, "2019-11-18")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019-11")?.description, "2019-11-01")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019-Q4")?.description, "2019-10-01")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019")?.description, "2019-01-01")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2020-W01")?.description, "2019-12-30")
        XCTAssertEqual(TimelineOrdering.firstDay(of: "2019-W47-3")?.description, "2019-11-20")
        XCTAssertNil(TimelineOrdering.firstDay(of: "XXXX-11-20"))
        XCTAssertNil(TimelineOrdering.firstDay(of: "2019-SU"))
    }

    func testMixedGranularitiesByFirstDay() {
        let values = ["2019-11-20", "2019", "2019-W47", "2019-Q4", "2019-11", "2019-10-15"]
        let events = values.enumerated().map { T.event("grant", date: T.date($0.element), agent: T.p("A\($0.offset)"), start: $0.offset * 10) }
        let sorted = TimelineOrdering.sort(events, documentOrder: ["d1": 0])
        // 2019 (Jan 1), 2019-Q4 (Oct 1), 2019-10-15, 2019-11 (Nov 1), 2019-W47 (Nov 18), 2019-11-20
        XCTAssertEqual(sorted.compactMap(\.date?.value), ["2019", "2019-Q4", "2019-10-15", "2019-11", "2019-W47", "2019-11-20"])
    }

    func testPartialAfterFullBeforeUndated() {
        let events = [
            T.event("grant", date: nil, start: 0),
            T.event("grant", date: T.date("XXXX-11-20"), start: 10),
            T.event("grant", date: T.date("2030-01-01"), start: 20),
            T.event("grant", date: T.date("XXXX-03-01"), start: 30),
        ]
        let sorted = TimelineOrdering.sort(events, documentOrder: ["d1": 0])
        XCTAssertEqual(sorted.map { $0.date?.value ?? "-" }, ["2030-01-01", "XXXX-03-01", "XXXX-11-20", "-"])
    }

    func testSameDateByDocumentOrderThenOffset() {
        let events = [
            T.event("grant", date: T.date("2019-11-20"), doc: "b", start: 0),
            T.event("grant", date: T.date("2019-11-20"), doc: "a", start: 90),
            T.event("grant", date: T.date("2019-11-20"), doc: "a", start: 10),
        ]
        // Document "b" was added first: document order is the order of adding, not the id's.
        let sorted = TimelineOrdering.sort(events, documentOrder: ["b": 0, "a": 1])
        XCTAssertEqual(sorted.map { "\($0.sources[0].document)@\($0.sources[0].start)" }, ["b@0", "a@10", "a@90"])
    }

    func testUndatedByDocumentOrder() {
        var builder = TimelineBuilder()
        builder.add(document: DocumentSummary(id: "z"), events: [T.event("rule", agent: T.p("Z"), doc: "z", start: 5)])
        builder.add(document: DocumentSummary(id: "a"), events: [
            T.event("rule", agent: T.p("A"), doc: "a", start: 50),
            T.event("rule", date: T.date("1987-04-07"), agent: T.p("B"), doc: "a", start: 70),
        ])
        let timeline = builder.build()
        XCTAssertEqual(timeline.documents.map(\.id), ["z", "a"])
        XCTAssertEqual(timeline.events.map { $0.agent!.name }, ["B", "Z", "A"])
    }

    func testCalendarSpanValidity() {
        XCTAssertNil(CalendarSpan("2019-13"))
        XCTAssertNil(CalendarSpan("2019-02-30"))
        XCTAssertNil(CalendarSpan("2019-W53"))  // 2019 has 52 ISO weeks
        XCTAssertEqual(CalendarSpan("2020-W53")?.first.description, "2020-12-28")
        XCTAssertNil(CalendarSpan("2019-Q5"))
        XCTAssertNil(CalendarSpan("0000"))
        XCTAssertEqual(CalendarSpan("2019-Q1")?.last.description, "2019-03-31")
        XCTAssertEqual(CalendarSpan("2020-02")?.last.description, "2020-02-29")
        XCTAssertEqual(CalendarSpan("2019-W47")?.last.description, "2019-11-24")
    }
}
