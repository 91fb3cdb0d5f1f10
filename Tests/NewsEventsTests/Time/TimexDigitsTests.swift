import XCTest
@testable import NewsEvents

/// Calendar values written as bytes read as the parts padded and joined.
final class TimexDigitsTests: XCTestCase {
    func testCalendarValuesEqualPaddedParts() {
        for year in [nil, 0, 7, 98, 987, 1998, 2019, 9999, 10000, -5] as [Int?] {
            for month in [0, 1, 9, 10, 12, 99, 100] {
                for day in [nil, 1, 9, 10, 31, 99, 123] as [Int?] {
                    let yearText = year.map { TimexValue.pad($0, 4) } ?? "XXXX"
                    let expected = "\(yearText)-\(TimexValue.pad(month, 2))" + (day.map { "-\(TimexValue.pad($0, 2))" } ?? "")
                    XCTAssertEqual(TimexDigits.calendar(year: year, month: month, day: day), expected)
                }
            }
        }
    }

    func testYearsEqualPaddedYears() {
        for year in [0, 5, 42, 987, 1998, 9999, 10000, -3] {
            XCTAssertEqual(TimexDigits.year(year), TimexValue.pad(year, 4))
        }
        XCTAssertEqual(TimexDigits.calendar(year: 1998, month: 3, day: 7), "1998-03-07")
    }
}
