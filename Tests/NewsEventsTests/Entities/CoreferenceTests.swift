import Testing
@testable import NewsEvents

/// Descriptions and pronouns resolve to the last compatible actor; unresolved ones are not mentions.
@Suite struct EntitiesCoreferenceTests {
    @Test func theDepartmentIsTheLastDepartment() throws {
        let mentions = EntityFixtures.tag(
            "The U.S. Commerce Department added Huawei to the Entity List. The Department said licences would be needed.",
            published: "2019-05-16")
        let department = try #require(mentions.first { $0.kind == .description })
        #expect(department.text == "The Department")
        #expect(department.id == "us.commerce")
        #expect(department.type == .government)
    }

    @Test func theAgencySkipsCompaniesAndFindsTheAgency() throws {
        let mentions = EntityFixtures.tag(
            "The Federal Aviation Administration fined Delta Air Lines Inc. The agency said the fine was final.")
        let agency = try #require(mentions.first { $0.text == "The agency" })
        #expect(agency.id == "us.faa")
        #expect(agency.kind == .description)
    }

    @Test func theChineseFirmIsTheChineseCompany() throws {
        let mentions = EntityFixtures.tag(
            "Huawei and Micron were named. Officials said the Chinese firm had been warned.", published: "2019-05-16")
        let firm = try #require(mentions.first { $0.kind == .description })
        #expect(firm.id == "huawei")
    }

    @Test func theAirlineAndItsOwner() throws {
        let mentions = EntityFixtures.tag(
            "Cathay Pacific Airways Ltd has won a licence. The airline had sought a right to add Toronto to its licence.")
        #expect(mentions.first { $0.text == "The airline" }?.id == "cathay-pacific")
        #expect(mentions.first { $0.text == "its" }?.kind == .pronoun)
        #expect(mentions.first { $0.text == "its" }?.id == "cathay-pacific")
    }

    @Test func itInSubjectPositionIsTheLastOrganisation() throws {
        let mentions = EntityFixtures.tag(
            "Senator Jane Doe criticised the Commerce Department. It extended the licence for 90 days.", published: "2019-11-20")
        let it = try #require(mentions.first { $0.text == "It" })
        #expect(it.kind == .pronoun)
        #expect(it.id == "us.commerce")
    }

    @Test func expletiveItIsNoMention() {
        let mentions = EntityFixtures.tag("The Commerce Department met. It is expected that licences will follow.")
        #expect(!mentions.contains { $0.text == "It" })
    }

    @Test func unresolvedDescriptionIsLeftOut() {
        let mentions = EntityFixtures.tag("The agency said the rules would change.")
        #expect(mentions.isEmpty)
    }

    @Test func theGovernmentIsTheMainCountry() throws {
        let mentions = EntityFixtures.tag(
            "Sweden announced sanctions against South Africa. Sweden said the boycott would start in July. The government gave firms until October.")
        let government = try #require(mentions.first { $0.text == "The government" })
        #expect(government.id == "se")
    }

    @Test func theyIsTheLastGroup() throws {
        let mentions = EntityFixtures.tag("A bipartisan group of 15 senators wrote to the Commerce Department. They asked for a review.")
        let they = try #require(mentions.first { $0.text == "They" })
        #expect(they.id == "group.senators")
    }
}
