import Testing
@testable import NewsEvents

/// The document's own aliases (``DocumentAliases``) and the country tally (``CountryTally``): their small tables
/// find what a dictionary would.
@Suite struct EntitiesDocumentAliasTableTests {
    private let bis = Actor(id: "bis", name: "Bureau of Industry and Security", type: .government)
    private let kela = Actor(id: "kela", name: "Kestrel Export Licensing Authority", type: .government)

    @Test func findsTheLongestAliasAmongManyKeys() {
        var aliases = DocumentAliases()
        // Enough first keys that the table grows several times.
        for n in 0..<100 { aliases.add(first: "name\(n)", rest: [], for: kela) }
        aliases.add(first: "bureau", rest: [], for: kela)
        aliases.add(first: "bureau", rest: ["of", "industry"], for: bis)
        aliases.add(first: "bureau", rest: ["of", "industry"], for: kela)  // the same keys: kept as first added
        let keys = ["bureau", "of", "industry"]
        let found = aliases.longest(startingWith: "bureau", limit: 3) { keys[$0] }
        #expect(found?.count == 3)
        #expect(found?.actor.id == "bis")
        #expect(aliases.longest(startingWith: "bureau", limit: 2) { keys[$0] }?.count == 1)
        #expect(aliases.longest(startingWith: "name42", limit: 1) { _ in "" }?.actor.id == "kela")
        #expect(aliases.longest(startingWith: "name100", limit: 1) { _ in "" } == nil)
    }

    @Test func keysWrittenWithOtherBytesAreTheSameKey() {
        // U+037E GREEK QUESTION MARK is canonically a semicolon: the `String`s are equal.
        var aliases = DocumentAliases()
        aliases.add(first: "a\u{037E}b", rest: [], for: bis)
        #expect(aliases.longest(startingWith: "a;b", limit: 1) { _ in "" }?.actor.id == "bis")
        var ascii = DocumentAliases()
        ascii.add(first: "a;b", rest: [], for: kela)
        #expect(ascii.longest(startingWith: "a\u{037E}b", limit: 1) { _ in "" }?.actor.id == "kela")
        #expect(DocumentAliases.keyHash("café") == nil)
        #expect(DocumentAliases.keyHash("cafe") != nil)
    }

    @Test func countryTallyTakesTheMostNamedThenTheFirst() {
        let us = Actor(id: "us", name: "United States", type: .country)
        let cn = Actor(id: "cn", name: "China", type: .country)
        var tally = CountryTally()
        #expect(tally.main == nil)
        tally.add("us", weight: 1, first: 1, actor: us)
        tally.add("cn", weight: 1, first: 2, actor: cn)
        #expect(tally.main?.id == "us")
        tally.add("cn", weight: 2, first: 5, actor: cn)
        #expect(tally.main?.id == "cn")
    }
}
