import XCTest
@testable import NewsEvents

/// Amounts and counts in events' attributes.
final class QuantitiesTests: XCTestCase {
    private func attributes(_ text: String, type: String) -> [String: AttributeValue]? {
        EventFixtures.events(text, published: "2019-11-22").first { $0.type == type }?.attributes
    }

    func testAmountsInTheirWrittenForms() {
        XCTAssertEqual(attributes("ZTE agreed to pay a $1.19 billion penalty.", type: "penalty")?["amount"], .string("$1.19 billion"))
        XCTAssertEqual(attributes("The FAA fined Delta Air Lines Inc 140,400 dlrs.", type: "penalty")?["amount"], .string("140,400 dlrs"))
        XCTAssertEqual(attributes("Canada responded with duties on about C$16.6 billion of American products.", type: "restriction")?["amount"],
                       .string("C$16.6 billion"))
    }

    func testCountsOfPartiesAndOfThings() {
        let found = attributes("The Commerce Department added 68 affiliates of Huawei to the Entity List.", type: "blacklisting")
        XCTAssertEqual(found?["count"], .int(68))
        XCTAssertNil(found?["amount"])
        let approved = attributes("The Commerce Department approved about 150 licence applications.", type: "grant")
        XCTAssertEqual(approved?["count"], .int(150))
        XCTAssertEqual(approved?["countText"], .string("about 150"))
    }

    func testYearsPercentagesAndMoneyAreNoCounts() {
        let found = attributes("The United States imposed 25 percent tariffs on $50 billion of Chinese goods in 2018.", type: "restriction")
        XCTAssertNil(found?["count"])
        XCTAssertEqual(found?["amount"], .string("$50 billion"))
    }

    /// The day of "on March 9" or the number of "for 90 days" belongs to a temporal expression, not to a count.
    func testNumbersOfDatesAreNoCounts() {
        XCTAssertNil(attributes("The Commerce Department on March 9 granted Acme Corp a licence to export chips.", type: "grant")?["count"])
        let extended = attributes("The Commerce Department extended 12 licences for 90 days.", type: "extension")
        XCTAssertEqual(extended?["count"], .int(12))
    }
}
