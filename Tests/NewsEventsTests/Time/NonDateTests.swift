import XCTest
@testable import NewsEvents

/// Numbers that are no dates stay untagged.
final class NonDateTests: XCTestCase {
    func testMoneyPercentagesCountsAndModels() {
        for text in ["It cost $13.", "Prices rose 1.5 pct.", "He was ranked No. 2.", "It ordered 747 jets.",
                     "About 1,000 people came.", "It sold 1990 shares.", "Officials may decide."] {
            XCTAssertEqual(TimeFixtures.tag(text, published: "2019-11-22").map(\.text), [], text)
        }
    }

    func testYearIsStillTaggedNextToThem() {
        let timexes = TimeFixtures.tag("In 1987 it ordered 747 jets for $13 billion.", published: "1988-01-01")
        XCTAssertEqual(timexes.map(\.text), ["1987"])
    }

    func testReferencesToPresentPastAndFuture() {
        XCTAssertEqual(TimeFixtures.timex("now", in: "It is now closed.", published: nil)?.value, "PRESENT_REF")
        XCTAssertEqual(TimeFixtures.timex("recently", in: "It recently acted.", published: nil)?.value, "PAST_REF")
        XCTAssertEqual(TimeFixtures.timex("the future", in: "in the future", published: nil)?.value, "FUTURE_REF")
    }
}
