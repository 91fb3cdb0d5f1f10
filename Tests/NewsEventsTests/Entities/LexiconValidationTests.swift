import Testing
@testable import NewsEvents

/// Lexicon problems are reported as FILE:LINE:COL diagnostics; what is valid is kept.
@Suite struct EntitiesLexiconValidationTests {
    func problems(_ text: String) -> [String] {
        EntityFixtures.parse(text, path: "x.lex").1.map(\.description)
    }

    @Test func duplicateID() {
        let found = problems("""
            acme | company | Acme
            acme | company | Acme Again
            """)
        #expect(found == ["x.lex:2:1: error: duplicate id 'acme' (first defined at x.lex:1)"])
    }

    @Test func aliasClaimedByTwoActorsWarns() {
        let found = problems("""
            a | company | Alpha
              alias: Shared Name
            b | company | Beta
              alias: Shared Name
            """)
        #expect(found == ["x.lex:4:10: warning: alias 'Shared Name' also names 'a' (x.lex:2); give them disjoint dates or drop one"])
    }

    @Test func disjointDatesMayShareAnAlias() {
        let found = problems("""
            a | person | Alpha
              office: Chief @ 1980..1989-01-20
            b | person | Beta
              office: Chief @ 1989-01-20..
            """)
        #expect(found.isEmpty)
    }

    @Test func badDates() {
        let found = problems("""
            a | company | Alpha
              valid: 1987-13-01..
            b | company | Beta
              valid: 1990..1980
            """)
        #expect(found == [
            "x.lex:2:10: error: bad date '1987-13-01' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            "x.lex:4:10: error: empty date range '1990..1980': it ends before it starts",
        ])
    }

    @Test func unknownTypeSuggestsTheClosest() {
        #expect(problems("x.dept | goverment | X Department") == [
            "x.lex:1:10: error: unknown type 'goverment' (did you mean 'government'?)"
        ])
    }

    @Test func unknownKeyAndFlag() {
        let found = problems("""
            a | company | Alpha
              alais: Alfa
              alias: Alfa {stand-alone}
            """)
        #expect(found == [
            "x.lex:2:3: error: unknown key 'alais' (did you mean 'alias'?)",
            "x.lex:3:16: error: unknown flag 'stand-alone' (did you mean 'standalone'?)",
        ])
    }
}
