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

    /// A pronoun, the text it stands in, and the actor it must resolve to.
    struct PronounCase: Sendable, CustomTestStringConvertible {
        var pronoun: String
        var text: String
        var published: String
        var id: String
        var testDescription: String { "\(pronoun) in \(text.prefix(40))" }
    }

    static let pronounCases: [PronounCase] = [
        // After a reporting verb, a subject pronoun is the subject of its sentence.
        PronounCase(pronoun: "it", text: "Washington raised tariffs on Chinese goods. Beijing hit back on Monday, saying it would raise tariffs.",
                    published: "2019-05-16", id: "cn"),
        // Actors inside a relative clause are not the subject.
        PronounCase(pronoun: "it", text: "ZTE Corp., which buys parts from Intel Corp., said it was assessing the order.",
                    published: "2018-04-16", id: "zte"),
        // A reduced relative clause: noun, pronoun, past verb.
        PronounCase(pronoun: "it", text: "The fine, the largest the European Commission has imposed, tops the 2.42 billion euros it levied on Google.",
                    published: "2018-07-18", id: "eu.commission"),
        // Object pronouns are taken wherever they stand.
        PronounCase(pronoun: "him", text: "Fifteen senators wrote to President Donald Trump on Tuesday urging him to suspend the licences.",
                    published: "2019-11-22", id: "us.president.trump"),
        // "it was" before a verb in -ing is no expletive.
        PronounCase(pronoun: "it", text: "ZTE Corp. said it was assessing the order.", published: "2018-04-16", id: "zte"),
    ]

    @Test(arguments: pronounCases) func pronounResolves(_ example: PronounCase) throws {
        let mentions = EntityFixtures.tag(example.text, published: example.published)
        let mention = try #require(mentions.first { $0.text == example.pronoun })
        #expect(mention.kind == .pronoun)
        #expect(mention.id == example.id)
    }
}
