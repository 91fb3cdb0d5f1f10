import Testing
@testable import NewsEvents

/// "NAME (ACRONYM)" and "NAME, ACRONYM," make the acronym an alias for the rest of the document.
@Suite struct EntitiesAcronymDefinitionTests {
    @Test func parenthesisedAcronymOfUnknownBody() throws {
        let mentions = EntityFixtures.tag(
            "The Kestrel Export Licensing Authority (KELA) said on Monday it would review the rules. Later KELA denied the request.")
        let uses = mentions.filter { $0.text == "KELA" }
        #expect(uses.count == 2)
        #expect(uses.allSatisfy { $0.id == "kestrel-export-licensing-authority" && $0.type == .government })
    }

    @Test func bisIsDefinedInText() throws {
        var (lexicon, problems) = EntityFixtures.parse("""
            us.commerce | government | U.S. Department of Commerce
              alias: Commerce Department
            """)
        #expect(problems.isEmpty)
        lexicon.finish()
        let mentions = EntityFixtures.tag(
            "The Commerce Department's Bureau of Industry and Security (BIS) published the rule. BIS said more would follow.",
            lexicon: lexicon)
        let later = try #require(mentions.last { $0.text == "BIS" })
        #expect(later.id == "bureau-of-industry-and-security")
    }

    @Test func commaAcronymNeedsMatchingInitials() {
        let mentions = EntityFixtures.tag("Pakistan's Corporate Law Authority, CLA, has begun an enquiry. The CLA would report.")
        #expect(mentions.filter { $0.text == "CLA" }.count == 2)
        let other = EntityFixtures.tag("The Corporate Law Authority, XYZ, has begun an enquiry. XYZ would report.")
        #expect(!other.contains { $0.text == "XYZ" })
    }
}
