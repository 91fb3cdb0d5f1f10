import Testing
@testable import NewsEvents

@Suite struct EntitiesLexiconLoadingTests {
    @Test func projectLexiconsLoadWithoutProblems() {
        let (lexicon, problems) = Lexicon.load(directory: Fixtures.rulesDirectory + "/lexicons")
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(lexicon.entry(id: "us.commerce")?.name == "U.S. Department of Commerce")
        #expect(lexicon.entries.count > 300)
    }

    @Test func entryBlockGivesAliasesDescriptorsAndDates() throws {
        let (lexicon, problems) = EntityFixtures.parse("""
            us.commerce | government | U.S. Department of Commerce
              alias: Commerce Department | DOC {case-sensitive}
              descriptor: department
              valid: 1913-03-04..
            """)
        #expect(problems.isEmpty)
        let entry = try #require(lexicon.entry(id: "us.commerce"))
        #expect(entry.aliases.map(\.text) == ["U.S. Department of Commerce", "Commerce Department", "DOC"])
        #expect(entry.aliases[2].flags == [.caseSensitive])
        #expect(entry.descriptors.contains("department"))
        #expect(entry.valid.start == SimpleDate(year: 1913, month: 3, day: 4))
        #expect(entry.valid.end == nil)
    }

    @Test func yearAndMonthEndsAreInclusive() throws {
        let range = try LexiconParser.parseRange("1987-03..1991").get()
        #expect(range.start == SimpleDate(year: 1987, month: 3, day: 1))
        #expect(range.end == SimpleDate(year: 1992, month: 1, day: 1))
    }
}
