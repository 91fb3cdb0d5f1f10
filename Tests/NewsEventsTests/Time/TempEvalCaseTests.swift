import XCTest
@testable import NewsEvents

/// Error classes found on the TempEval-3 training data, fixed the TimeML way: each case is one class, not one text.
final class TempEvalCaseTests: XCTestCase {
    func testMonthWithAShiftedYearIsOneExpression() {
        TimeFixtures.check([
            TimeCase("But in [June last year], the leadership fell out.", "1998-02-19", "1997-06"),
            TimeCase("It was approved in [early October this year].", "1998-12-03", "1998-10"),
            TimeCase("They join in [April next year].", "1998-12-03", "1999-04"),
        ])
        // "this year" is not tagged a second time.
        XCTAssertEqual(TimeFixtures.tag("It began in February this year.", published: "1998-12-03").count, 1)
    }

    func testVagueSpansAndReferences() {
        TimeFixtures.check([
            TimeCase("The plan was drafted [several years ago].", "1998-02-13", "PAST_REF"),
            TimeCase("The industry has been troubled for [years].", "1998-09-07", "PXY"),
            TimeCase("Troops will arrive within [weeks].", "1990-08-15", "PXW"),
            TimeCase("the challenges of [the near term]", "1989-10-30", "FUTURE_REF"),
            TimeCase("It hurts more [these days].", "1989-10-30", "PRESENT_REF"),
            TimeCase("the government's [decades-long] battle", "2000-01-15", "PXY"),
            TimeCase("their third [day-long] meeting", "2000-04-03", "P1D"),
        ])
    }

    func testPossessiveWeekdayHasCome() {
        // 2000-01-07 is a Friday; "would" alone would put Wednesday ahead.
        let timex = TimeFixtures.timex(
            "Wednesday", in: "They would look for ways around Wednesday's ruling.", published: "2000-01-07")
        XCTAssertEqual(timex?.value, "2000-01-05")
    }

    func testDeadlineJustPassedStaysInItsYear() {
        let passed = TimeFixtures.timex("Jan. 14", in: "It was told to return the boy by Jan. 14.", published: "2000-01-15")
        XCTAssertEqual(passed?.value, "2000-01-14")
        // A month further back in a future context is next year's.
        let ahead = TimeFixtures.timex("Nov. 2", in: "The rule will take effect on Nov. 2.", published: "2000-12-20")
        XCTAssertEqual(ahead?.value, "2001-11-02")
    }

    func testAgesAreNoDecades() {
        for text in ["He was in his 30s then.", "Both were in their early 40s.", "She was in her mid-40s."] {
            XCTAssertEqual(TimeFixtures.tag(text, published: "1999-05-06").map(\.text), [], text)
        }
        XCTAssertEqual(TimeFixtures.timex("the 1980s", in: "Prices fell in the 1980s.", published: nil)?.value, "198")
    }
}
