import Testing
@testable import NewsEvents

/// Names the lexicon does not know, recognised from their shape.
@Suite struct EntitiesUnknownNameTests {
    @Test func companyWithLegalSuffixIsAnActor() throws {
        let mentions = EntityFixtures.tag("Regulators fined Kestrel Dynamics Ltd. for export violations. Kestrel Dynamics appealed.")
        let first = try #require(mentions.first)
        #expect(first.text == "Kestrel Dynamics Ltd.")
        #expect(first.id == "kestrel-dynamics-ltd")
        #expect(first.type == .company)
        // The name without its legal form refers to it later.
        #expect(mentions.last?.text == "Kestrel Dynamics")
        #expect(mentions.last?.id == "kestrel-dynamics-ltd")
    }

    @Test func capitalisedHeadlineWordIsNotAnEntity() {
        var document = Fixtures.tokenized("Kestrel Wins Licence Approval\n\nRegulators gave approval on Monday.")
        EntityTagger(lexicon: EntityFixtures.lexicon).process(&document)
        #expect(document.entities.isEmpty)
    }

    @Test func sentenceInitialCapitalIsNotAnEntity() {
        #expect(EntityFixtures.tag("Yesterday regulators met. Officials gave no details.").isEmpty)
    }

    /// Particles do not count towards a person's four name words: the whole name is kept.
    @Test func particlesDoNotShortenAName() throws {
        let mentions = EntityFixtures.tag("Officials said Minister Jose Maria Garcia de Castro signed the decree.")
        let person = try #require(mentions.first { $0.type == .person })
        #expect(person.text.hasSuffix("Jose Maria Garcia de Castro"))
    }

    @Test func ministryOfX() throws {
        let mentions = EntityFixtures.tag("Indonesia's Ministry of Mines and Energy issued the permit.")
        let ministry = try #require(mentions.first { $0.type == .government })
        #expect(ministry.text == "Ministry of Mines and Energy")
        #expect(ministry.id == "id.ministry-of-mines-and-energy")
    }

    /// The title may stand five capitalised words after the mention's first (the tagger's pre-filter for titles
    /// must look that far, as the search does).
    @Test func titleFiveWordsOnStillOpensAPerson() throws {
        let mentions = EntityFixtures.tag("Officials said International Totalizator Systems Inc Vice President Joel Graff resigned.")
        let person = try #require(mentions.first { $0.type == .person })
        #expect(person.id == "joel-graff")
        #expect(person.text == "International Totalizator Systems Inc Vice President Joel Graff")
    }

    @Test func titledPersonAndLaterSurname() throws {
        let mentions = EntityFixtures.tag(
            "Trade Minister Ingrid Solberg said the ban would start in July. Solberg gave no details.", published: "1987-03-12")
        let minister = try #require(mentions.first)
        #expect(minister.text == "Trade Minister Ingrid Solberg")
        #expect(minister.id == "ingrid-solberg")
        #expect(minister.type == .person)
        #expect(mentions.last?.text == "Solberg")
        #expect(mentions.last?.id == "ingrid-solberg")
    }

    @Test func senatorWithSurnameOnly() throws {
        let mentions = EntityFixtures.tag("The letter was signed by Sen. Jane Doe and others.")
        #expect(mentions.first?.text == "Sen. Jane Doe")
        #expect(mentions.first?.type == .person)
    }
}

@Suite struct EntitiesNamePartTests {
    @Test func shortenedNameRefersToTheFullOne() {
        let mentions = EntityFixtures.tag(
            "Canada's National Energy Board approved the sale to New England states. Utilities welcomed the Energy Board ruling.",
            published: "1987-06-18")
        #expect(mentions.first?.id == "ca.neb")
        #expect(mentions.last?.text == "Energy Board")
        #expect(mentions.last?.id == "ca.neb")
        #expect(!mentions.contains { $0.id == "gb" || $0.id.hasPrefix("group.gb") })
    }
}
