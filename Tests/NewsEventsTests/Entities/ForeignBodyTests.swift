import Testing
@testable import NewsEvents

/// A national body's alias beside another country names that country's body ("the Supreme Court of Cyprus").
@Suite struct EntitiesForeignBodyTests {
    private func ids(_ text: String) -> [String?] {
        EntityFixtures.tag(text, published: "1987-06-18").map(\.id)
    }

    @Test func ofAnotherCountryIsNotTheUSCourt() {
        #expect(!ids("The court said the Supreme Court of Cyprus has rejected a plea.").contains("us.supreme-court"))
        #expect(!ids("The plea went to the Supreme Court of the Philippines on Monday.").contains("us.supreme-court"))
    }

    @Test func anotherCountryBeforeIsNotTheUSCourt() {
        #expect(!ids("Lawyers said Cyprus's Supreme Court rejected the plea.").contains("us.supreme-court"))
        #expect(!ids("Lawyers said the Indian Supreme Court rejected the plea.").contains("us.supreme-court"))
    }

    @Test func itsOwnCountryOrNoneKeepsTheAlias() {
        #expect(ids("Lawyers said the Supreme Court rejected the plea.").contains("us.supreme-court"))
        #expect(ids("Lawyers said the Supreme Court of the United States rejected the plea.").contains("us.supreme-court"))
    }
}
