import XCTest
@testable import NewsEvents

final class TimelineMergingTests: XCTestCase {
    let commerce = T.p("U.S. Department of Commerce", id: "us.commerce", text: "Commerce")
    let huawei = T.p("Huawei", id: "huawei")

    func build(_ docs: [(String, [Event])]) -> Timeline {
        var builder = TimelineBuilder()
        for (id, events) in docs { builder.add(document: DocumentSummary(id: id), events: events) }
        return builder.build()
    }

    func testSameEventInTwoSentencesMerges() {
        let a = T.event("blacklisting", date: T.date("2019-05-15"), agent: commerce, target: huawei, start: 0)
        let b = T.event("blacklisting", date: T.date("2019-05-15"), agent: commerce, target: huawei, start: 100)
        let timeline = build([("d1", [a, b])])
        XCTAssertEqual(timeline.events.count, 1)
        XCTAssertEqual(timeline.events[0].sources.map(\.start), [0, 100])
    }

    func testAcrossDocumentsMergesWithSourcesInDocumentOrder() {
        let later = T.event("blacklisting", date: T.date("2019-05-15"), agent: commerce, target: huawei, doc: "d2", start: 5)
        let earlier = T.event("blacklisting", date: T.date("2019-05"), agent: commerce, target: huawei, doc: "d1", start: 50)
        let timeline = build([("d1", [earlier]), ("d2", [later])])
        XCTAssertEqual(timeline.events.count, 1)
        XCTAssertEqual(timeline.events[0].sources.map(\.document), ["d1", "d2"])
        // The more specific date wins.
        XCTAssertEqual(timeline.events[0].date?.value, "2019-05-15")
    }

    func testDifferentTypeDoesNotMerge() {
        let a = T.event("blacklisting", agent: commerce, target: huawei, start: 0)
        let b = T.event("delisting", agent: commerce, target: huawei, start: 100)
        XCTAssertEqual(build([("d1", [a, b])]).events.count, 2)
    }

    func testDifferentStatusDoesNotMerge() {
        let a = T.event("extension", .occurred, agent: commerce, target: huawei, start: 0)
        let b = T.event("extension", .negated, agent: commerce, target: huawei, start: 100)
        let c = T.event("extension", .planned, agent: commerce, target: huawei, start: 200)
        XCTAssertEqual(build([("d1", [a, b, c])]).events.count, 3)
    }

    func testSameSentenceDoesNotMerge() {
        let a = T.event("grant", agent: commerce, recipient: huawei, start: 10, rule: "grant/a")
        let b = T.event("grant", agent: commerce, recipient: huawei, start: 10, rule: "grant/b")
        XCTAssertEqual(build([("d1", [a, b])]).events.count, 2)
        // ... but the same offset in another document is another sentence.
        let c = T.event("grant", agent: commerce, recipient: huawei, doc: "d2", start: 10)
        XCTAssertEqual(build([("d1", [a]), ("d2", [c])]).events.count, 1)
    }

    func testConflictingParticipantsDoNotMerge() {
        let a = T.event("blacklisting", agent: commerce, target: huawei, start: 0)
        let b = T.event("blacklisting", agent: commerce, target: T.p("ZTE", id: "zte"), start: 100)
        XCTAssertEqual(build([("d1", [a, b])]).events.count, 2)
    }

    func testNoSharedParticipantDoesNotMerge() {
        let a = T.event("rule", agent: commerce, start: 0)
        let b = T.event("rule", target: huawei, start: 100)
        let c = T.event("rule", start: 200)
        let d = T.event("rule", start: 300)
        XCTAssertEqual(build([("d1", [a, b, c, d])]).events.count, 4)
    }

    func testFoldedNameMatchesWithoutIds() {
        let a = T.event("penalty", agent: T.p("the U.S. Treasury"), target: T.p("Acme Corp."), start: 0)
        let b = T.event("penalty", agent: T.p("U.S. Treasury"), target: T.p("acme corp"), start: 100)
        XCTAssertEqual(build([("d1", [a, b])]).events.count, 1)
    }

    func testIncompatibleDatesDoNotMerge() {
        let a = T.event("grant", date: T.date("2019-05-15"), agent: commerce, recipient: huawei, start: 0)
        let b = T.event("grant", date: T.date("2019-06", .month), agent: commerce, recipient: huawei, start: 100)
        XCTAssertEqual(build([("d1", [a, b])]).events.count, 2)
        let c = T.event("grant", date: T.date("2019-W20", .week), agent: commerce, recipient: huawei, start: 200)
        // 2019-W20 is May 13-19: contains the 15th.
        XCTAssertEqual(build([("d1", [a, c])]).events.count, 1)
    }

    func testPartialDateMatchesFullDate() {
        XCTAssertTrue(EventMerger.datesCompatible("XXXX-05-15", "2019-05-15"))
        XCTAssertFalse(EventMerger.datesCompatible("XXXX-05-16", "2019-05-15"))
        XCTAssertTrue(EventMerger.datesCompatible("2019", "2019-Q2"))
        XCTAssertFalse(EventMerger.datesCompatible("2018", "2019-Q2"))
        let a = T.event("grant", date: T.date("XXXX-05-15"), agent: commerce, recipient: huawei, start: 0)
        let b = T.event("grant", date: T.date("2019-05-15"), agent: commerce, recipient: huawei, doc: "d2", start: 0)
        let t = build([("d1", [a]), ("d2", [b])])
        XCTAssertEqual(t.events.count, 1)
        XCTAssertEqual(t.events[0].date?.value, "2019-05-15")
    }

    func testUndatedMergesOnlyWhenParticipantsClearlyAgree() {
        let dated = T.event("grant", date: T.date("2019-05-15"), agent: commerce, recipient: huawei, start: 0)
        // Agent alone is not enough for an undated mention.
        let agentOnly = T.event("grant", agent: commerce, start: 100)
        XCTAssertEqual(build([("d1", [dated, agentOnly])]).events.count, 2)
        // The recipient agreeing is.
        let recipientOnly = T.event("grant", recipient: huawei, start: 200)
        let merged = build([("d1", [dated, recipientOnly])])
        XCTAssertEqual(merged.events.count, 1)
        XCTAssertEqual(merged.events[0].date?.value, "2019-05-15")
        // Two undated mentions need the same: an agent alone does not tie them (two undated SEC probes of
        // different companies in two reports are two probes) ...
        let u1 = T.event("grant", agent: commerce, start: 300)
        let u2 = T.event("grant", agent: commerce, doc: "d2", start: 400)
        XCTAssertEqual(build([("d1", [u1]), ("d2", [u2])]).events.count, 2)
        // ... the recipient does.
        let r1 = T.event("grant", agent: commerce, recipient: huawei, start: 300)
        let r2 = T.event("grant", recipient: huawei, doc: "d2", start: 400)
        XCTAssertEqual(build([("d1", [r1]), ("d2", [r2])]).events.count, 1)
    }

    func testMergeFillsRolesAndKeepsFirstObject() {
        let a = T.event("extension", date: T.date("2019-11", .month), agent: nil, target: huawei, object: nil, start: 0)
        var b = T.event("extension", date: T.date("2019-11-18"), agent: commerce, target: huawei, object: "licence", start: 50)
        b.duration = "P90D"
        b.attributes = ["ordinal": .int(3)]
        var c = T.event("extension", date: T.date("2019-11-18"), target: huawei, object: "other licence", start: 90)
        c.attributes = ["ordinal": .int(4)]
        let t = build([("d1", [c, b, a])])  // given out of order: the builder takes them by offset
        XCTAssertEqual(t.events.count, 1)
        let e = t.events[0]
        XCTAssertEqual(e.agent?.id, "us.commerce")
        XCTAssertEqual(e.object, "licence")
        XCTAssertEqual(e.duration, "P90D")
        XCTAssertEqual(e.attributes["ordinal"], .int(3))
        XCTAssertEqual(e.date?.value, "2019-11-18")
        XCTAssertEqual(e.sources.map(\.start), [0, 50, 90])
    }

    func testMoreSpecificDate() {
        XCTAssertEqual(EventMerger.moreSpecific(T.date("2019", .year), T.date("2019-W47", .week))?.value, "2019-W47")
        XCTAssertEqual(EventMerger.moreSpecific(T.date("2019-11", .month), T.date("2019-W47", .week))?.value, "2019-W47")
        XCTAssertEqual(EventMerger.moreSpecific(T.date("XXXX-11-20"), T.date("2019-11-20"))?.value, "2019-11-20")
        XCTAssertEqual(EventMerger.moreSpecific(nil, T.date("2019-Q4", .quarter))?.value, "2019-Q4")
        let approx = T.date("2019-11-20", approximate: true), exact = T.date("2019-11-20")
        XCTAssertFalse(EventMerger.moreSpecific(approx, exact)!.approximate)
        // "Earlier this week" in the text beats the publication date taken by convention for the day's news.
        let stated = EventDate(value: "2019-W47", granularity: .week, text: "this week", approximate: true)
        XCTAssertEqual(EventMerger.moreSpecific(T.date("2019-11-22"), stated)?.value, "2019-W47")
        XCTAssertEqual(EventMerger.moreSpecific(stated, T.date("2019-11-22"))?.value, "2019-W47")
    }

    func testDuplicateSourcesAreDropped() {
        let a = T.event("grant", agent: commerce, recipient: huawei, doc: "d1", start: 0)
        let merged = EventMerger.merge(a, a)
        XCTAssertEqual(merged.sources.count, 1)
    }

    /// Merging two ordered source lists in one pass gives what sorting them together gives.
    func testMergedSourcesEqualSortingTheUnion() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let order = ["d0": 0, "d1": 1, "d2": 2]
        func source() -> EventSource {
            EventSource(document: "d\(next(4))", sentence: "s", start: next(5) * 10, end: 100, rule: "r\(next(2))")
        }
        for _ in 0..<300 {
            let a = EventMerger.sortedSources((0..<next(6)).map { _ in source() }, documentOrder: order)
            let b = EventMerger.sortedSources((0..<next(6)).map { _ in source() }, documentOrder: order)
            XCTAssertEqual(EventMerger.mergedSources(a, b, documentOrder: order),
                           EventMerger.sortedSources(a + b, documentOrder: order))
            let shuffled = (0..<next(6)).map { _ in source() }
            XCTAssertEqual(EventMerger.mergedSources(shuffled, b, documentOrder: order),
                           EventMerger.sortedSources(shuffled + b, documentOrder: order), "unordered input is ordered first")
        }
    }

    func testIndexFindsCandidatesLackingARole() {
        // The later mention names a target the earlier one lacks (found through the "no target" index).
        let day = T.date("2019-05-15")
        let a = T.event("grant", date: day, agent: commerce, start: 0)
        let b = T.event("grant", date: day, agent: commerce, target: huawei, start: 100)
        // A third names only the target: found through the target filled in by the merge.
        let c = T.event("grant", date: day, target: huawei, start: 200)
        let t = build([("d1", [a, b, c])])
        XCTAssertEqual(t.events.count, 1)
        XCTAssertEqual(t.events[0].sources.count, 3)
    }

    /// The indexed merger gives the same result as the policy applied first-fit to every earlier event.
    func testIndexedMergingEqualsBruteForce() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let people: [Participant?] = [nil, commerce, huawei, T.p("ZTE", id: "zte"), T.p("the U.S. Commerce Dept"), T.p("huawei")]
        let dates: [EventDate?] = [nil, T.date("2019-11-20"), T.date("2019-11", .month), T.date("2019-W47", .week), T.date("2019-12-01")]
        var events: [Event] = []
        for i in 0..<150 {
            events.append(T.event(
                ["grant", "denial"][next(2)], [EventStatus.occurred, .planned][next(2)], date: dates[next(dates.count)],
                agent: people[next(people.count)], recipient: people[next(people.count)], target: people[next(people.count)],
                doc: "d\(next(3))", start: i * 10))
        }
        var merger = EventMerger()
        for d in ["d0", "d1", "d2"] { merger.register(document: d) }
        var brute: [Event] = []
        for e in events {
            merger.add(e)
            if let i = brute.firstIndex(where: { EventMerger.canMerge($0, e) }) {
                brute[i] = EventMerger.merge(brute[i], e, documentOrder: merger.order)
            } else {
                var copy = e
                copy.sources = EventMerger.sortedSources(e.sources, documentOrder: merger.order)
                brute.append(copy)
            }
        }
        XCTAssertEqual(merger.events, brute)
        XCTAssertLessThan(brute.count, events.count)
    }

    func testManyMentionsInLaterDocumentsAreAppendedInOrder() {
        var merger = EventMerger()
        for d in 0..<2_000 { merger.register(document: "d\(d)") }
        // Later documents first, then one earlier document and a repeat: those take the general merge.
        for d in 1..<2_000 {
            merger.add(T.event("blacklisting", agent: commerce, target: huawei, doc: "d\(d)", start: 7))
        }
        merger.add(T.event("blacklisting", agent: commerce, target: huawei, doc: "d0", start: 3))
        merger.add(T.event("blacklisting", agent: commerce, target: huawei, doc: "d5", start: 1))
        XCTAssertEqual(merger.events.count, 1)
        let sources = merger.events[0].sources
        XCTAssertEqual(sources.count, 2_001)
        XCTAssertEqual(sources.prefix(7).map { "\($0.document):\($0.start)" }, ["d0:3", "d1:7", "d2:7", "d3:7", "d4:7", "d5:1", "d5:7"])
        XCTAssertEqual(sources.last.map { "\($0.document):\($0.start)" }, "d1999:7")
    }
}
