import Testing
@testable import NewsEvents

/// Countries: names, capitals standing for governments, national adjectives.
@Suite struct EntitiesCountryMentionTests {
    @Test func washingtonIsTheUSGovernment() throws {
        let mentions = EntityFixtures.tag("Yeutter said Washington was suspending the complaint.", published: "1987-03-20")
        let washington = try #require(EntityFixtures.mention("Washington", in: mentions))
        #expect(washington.id == "us")
        #expect(washington.type == .country)
        #expect(washington.kind == .name)
    }

    @Test func capitalAfterInIsAPlace() {
        let mentions = EntityFixtures.tag("The talks ended earlier today in Tokyo.")
        #expect(!mentions.contains { $0.text == "Tokyo" })
    }

    @Test func datelineIsNotAnActor() {
        let mentions = EntityFixtures.tag("WASHINGTON, March 20 - Japan has agreed to drop barriers.")
        #expect(mentions.map(\.text) == ["Japan"])
    }

    /// After a dateline's dash the body starts: a capitalised article there opens a description, not a name.
    @Test func descriptionRightAfterADateline() throws {
        let mentions = EntityFixtures.tag("JAKARTA, March 20 - The Indonesian government banned the export of raw rattan.",
                                          published: "1987-03-20")
        let government = try #require(mentions.first)
        #expect(government.text == "The Indonesian government")
        #expect(government.id == "id")
    }

    /// A dateline's capital makes "the government" that country's until the story names countries of its own.
    @Test func datelineCapitalGivesTheGovernment() {
        let bare = EntityFixtures.tag("JAKARTA, March 20 - The government banned the export of raw rattan.", published: "1987-03-20")
        #expect(bare.map(\.id) == ["id"])
        #expect(bare.map(\.text) == ["The government"], "the dateline itself is no mention")
        let named = EntityFixtures.tag("TOKYO, March 20 - The U.S. said the U.S. would act. The government said it would retaliate.",
                                       published: "1987-03-20")
        #expect(named.first { $0.text == "The government" }?.id == "us", "two U.S. mentions outweigh the dateline")
    }

    @Test func japaneseIsADemonym() throws {
        let mentions = EntityFixtures.tag("Tariffs on Japanese electronics take effect April 17.")
        let japanese = try #require(EntityFixtures.mention("Japanese", in: mentions))
        #expect(japanese.id == "jp")
        #expect(japanese.kind == .demonym)
        #expect(japanese.type == .country)
    }

    @Test func usAsAdjectiveIsADemonym() {
        let mentions = EntityFixtures.tag("The quotas hit U.S. shipments. The U.S. said it would retaliate.")
        #expect(mentions.first?.kind == .demonym)
        #expect(mentions.first { $0.text == "U.S." && $0.kind == .name } != nil)
    }

    @Test func countryGovernmentIsOneMention() throws {
        let mentions = EntityFixtures.tag("The licence came from the Swedish government on Monday.")
        let government = try #require(mentions.first)
        #expect(government.text == "Swedish government")
        #expect(government.id == "se.government" || government.id == "se")
    }
}
