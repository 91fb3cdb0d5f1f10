import XCTest
@testable import NewsEvents

/// The anchoring the events stage reads from the time rules: offsets after an earlier date, relations to an
/// earlier event, ordinals.
final class TimeAnchoringTests: XCTestCase {
    private let anchoring = TimeAnchoring(resources: TimeFixtures.resources)

    func testDaysAfterAnEarlierDate() {
        XCTAssertEqual(anchoring.daysAfterEarlierDate("four days later"), 4)
        XCTAssertEqual(anchoring.daysAfterEarlierDate("Two weeks after"), 14)
        XCTAssertEqual(anchoring.daysAfterEarlierDate("10 days later"), 10)
        XCTAssertNil(anchoring.daysAfterEarlierDate("two years later"))
        XCTAssertNil(anchoring.daysAfterEarlierDate("four days ago"))
        XCTAssertEqual(TimeAnchoring.date("2019-05-16", plus: 4), "2019-05-20")
        XCTAssertEqual(TimeAnchoring.date("2019-12-30", plus: 4), "2020-01-03")
        XCTAssertNil(TimeAnchoring.date("2019-05", plus: 4))
    }

    func testRelationToAnEarlierEvent() {
        func relation(_ text: String) -> TimeAnchoring.EventRelation? {
            anchoring.eventRelation(Fixtures.tokenized(text).tokens)
        }
        XCTAssertEqual(relation("A few days after the blacklisting, the government allowed U.S. firms to deal with Huawei."),
                       .after(noun: "blacklist"))  // the lemma, which event types start with
        XCTAssertEqual(relation("In the same month, the agency extended the licence."), .samePeriod)
        XCTAssertNil(relation("The agency extended the licence."))
    }

    func testOrdinals() {
        XCTAssertEqual(anchoring.ordinal("third"), 3)
        XCTAssertEqual(anchoring.ordinal("3rd"), 3)
        XCTAssertEqual(anchoring.ordinal("tenth"), 10)
        XCTAssertNil(anchoring.ordinal("extension"))
    }

    func testEventsStageReadsTheTimeRules() {
        let extractor = EventExtractor(rules: RuleSet(), cues: StatusCues(), time: TimeFixtures.resources)
        XCTAssertEqual(extractor.roles.anchoring.ordinal("second"), 2)
        XCTAssertEqual(extractor.dater.anchoring.daysAfterEarlierDate("three days later"), 3)
    }
}
