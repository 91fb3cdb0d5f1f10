import Testing
@testable import NewsEvents

/// Entries and aliases valid between dates are chosen by the document's publication date.
@Suite struct EntitiesOfficeHolderTests {
    let text = "The talks failed. Officials said the President would decide on the tariffs next week."

    @Test func thePresidentIn1987IsReagan() throws {
        let president = try #require(EntityFixtures.mention("President", in: EntityFixtures.tag(text, published: "1987-04-07")))
        #expect(president.id == "us.president.reagan")
        #expect(president.name == "Ronald Reagan")
        #expect(president.type == .person)
    }

    @Test func thePresidentIn2019IsTrump() throws {
        let president = try #require(EntityFixtures.mention("President", in: EntityFixtures.tag(text, published: "2019-11-22")))
        #expect(president.id == "us.president.trump")
    }

    @Test func mitiBecameMetiIn2001() {
        let old = EntityFixtures.tag("Officials of Japan's Trade Ministry met.", published: "1987-04-07")
        let new = EntityFixtures.tag("Officials of Japan's Trade Ministry met.", published: "2019-04-07")
        #expect(old.contains { $0.id == "jp.miti" })
        #expect(new.contains { $0.id == "jp.meti" })
    }

    @Test func titleAndKnownNameAreOnePerson() throws {
        let mentions = EntityFixtures.tag("It was announced by Commerce Secretary Wilbur Ross on Monday.", published: "2019-05-20")
        let ross = try #require(mentions.first { $0.type == .person })
        #expect(ross.text == "Commerce Secretary Wilbur Ross")
        #expect(ross.id == "us.commerce.ross")
    }
}
