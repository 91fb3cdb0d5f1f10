import XCTest
@testable import NewsEvents

final class TimelineIdTests: XCTestCase {
    func testFNV1aKnownValue() {
        // FNV-1a 64 of the empty input is the offset basis; the fields add separators, so check the format
        // and that every field counts.
        let base = EventIdentifier.hash(type: "grant", document: "d", start: 1, rule: "r")
        XCTAssertEqual(base.count, 16)
        XCTAssertTrue(base.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        XCTAssertNotEqual(base, EventIdentifier.hash(type: "denial", document: "d", start: 1, rule: "r"))
        XCTAssertNotEqual(base, EventIdentifier.hash(type: "grant", document: "e", start: 1, rule: "r"))
        XCTAssertNotEqual(base, EventIdentifier.hash(type: "grant", document: "d", start: 2, rule: "r"))
        XCTAssertNotEqual(base, EventIdentifier.hash(type: "grant", document: "d", start: 1, rule: "s"))
        // Field boundaries matter: ("ab","c") is not ("a","bc").
        XCTAssertNotEqual(
            EventIdentifier.hash(type: "ab", document: "c", start: 1, rule: "r"),
            EventIdentifier.hash(type: "a", document: "bc", start: 1, rule: "r"))
    }

    func testFNV1aReferenceValue() {
        // Reference computed independently (Python):
        // h=0xcbf29ce484222325; for b in b"grant\x1fd\x1f1\x1fr\x1f": h=((h^b)*0x100000001b3)%2**64
        XCTAssertEqual(EventIdentifier.hash(type: "grant", document: "d", start: 1, rule: "r"), "cc823d601a652af4")
    }

    func testSameInputSameIds() {
        func run() -> [String] {
            var b = TimelineBuilder()
            b.add(document: DocumentSummary(id: "d1"), events: [
                T.event("grant", agent: T.p("A"), start: 0), T.event("denial", agent: T.p("B"), start: 40),
            ])
            b.add(document: DocumentSummary(id: "d2"), events: [T.event("rule", agent: T.p("C"), doc: "d2", start: 0)])
            return b.build().events.map(\.id)
        }
        XCTAssertEqual(run(), run())
        XCTAssertEqual(Set(run()).count, 3)
    }

    func testIdFollowsFirstSource() {
        let e = T.event("grant", agent: T.p("A"), doc: "d9", start: 17, rule: "grant/x")
        XCTAssertEqual(EventIdentifier.baseID(for: e), EventIdentifier.hash(type: "grant", document: "d9", start: 17, rule: "grant/x"))
    }

    func testClashGetsSuffix() {
        // Two events of one sentence, same type and rule (e.g. two targets): same base id.
        let a = T.event("blacklisting", target: T.p("X"), start: 5, rule: "b/r")
        let b = T.event("blacklisting", target: T.p("Y"), start: 5, rule: "b/r")
        var events = [a, b, a]
        EventIdentifier.assign(&events)
        let base = EventIdentifier.baseID(for: a)
        XCTAssertEqual(events.map(\.id), [base, base + "-2", base + "-3"])
    }
}
