import Testing
@testable import NewsEvents

/// Counted, quantified or national collectives are groups.
@Suite struct EntitiesGroupTests {
    @Test func bipartisanGroupOfSenators() throws {
        let mentions = EntityFixtures.tag("A bipartisan group of 15 senators wrote to the Commerce Department on Tuesday.")
        let group = try #require(mentions.first)
        #expect(group.text == "A bipartisan group of 15 senators")
        #expect(group.id == "group.senators")
        #expect(group.name == "senators")
        #expect(group.type == .group)
        #expect(group.kind == .group)
    }

    @Test func nationalAndQuantifiedGroups() {
        let mentions = EntityFixtures.tag("Some suppliers and American companies complained, and lawmakers agreed with U.S. firms.")
        #expect(mentions.map(\.id) == ["group.suppliers", "group.us.companies", "group.lawmakers", "group.us.firms"])
        #expect(mentions.allSatisfy { $0.kind == .group })
    }

    @Test func japaneseChipmakers() {
        let mentions = EntityFixtures.tag("The rules hurt Japanese chipmakers.")
        #expect(mentions.first?.id == "group.jp.chipmakers")
        #expect(mentions.first?.name == "Japanese chipmakers")
    }
}
