import XCTest
@testable import NewsEvents

/// Events that need an authority are dropped when the party acting, named in their sentence, is a company.
final class AuthorityFilterTests: XCTestCase {
    private func document(_ text: String) -> AnnotatedDocument {
        var document = Fixtures.tokenized(text)
        let words = document.tokens.map(\.text)
        func mention(_ name: String, _ type: EntityType, id: String) -> EntityMention {
            let first = words.firstIndex(of: name)!
            let token = document.tokens[first]
            return EntityMention(tokens: first..<(first + 1), span: token.span, text: name, type: type, id: id, name: name)
        }
        document.entities = [
            mention("Acme", .company, id: "acme"), mention("Ofcom", .government, id: "uk.ofcom"),
        ]
        return document
    }

    private func event(_ type: String, agent: String?, recipient: String? = nil, inferred: Bool = false,
                       in document: AnnotatedDocument) -> Event {
        let sentence = document.sentences[0]
        return Event(
            type: type, status: .occurred,
            agent: agent.map { Participant(id: $0.lowercased() == "ofcom" ? "uk.ofcom" : $0.lowercased(), name: $0, text: $0, inferred: inferred) },
            recipient: recipient.map { Participant(id: $0.lowercased(), name: $0, text: $0) },
            sources: [EventSource(document: document.id, sentence: "", start: sentence.span.start, end: sentence.span.end, rule: "t/t")])
    }

    func testACompanyExtendingItsOwnProgrammeIsNoExtension() {
        let doc = document("Acme extended its programme after Ofcom spoke.")
        let kept = AuthorityFilter().filter([event("extension", agent: "Acme", in: doc)], in: doc)
        XCTAssertTrue(kept.isEmpty)
    }

    func testAnAuthorityAgentIsKept() {
        let doc = document("Ofcom extended the licence held by Acme.")
        XCTAssertEqual(AuthorityFilter().filter([event("extension", agent: "Ofcom", in: doc)], in: doc).count, 1)
    }

    func testRequestsAndAgreementsMayHaveCompanyAgents() {
        let doc = document("Acme applied for a licence from Ofcom.")
        XCTAssertEqual(AuthorityFilter().filter([event("request", agent: "Acme", in: doc)], in: doc).count, 1)
    }

    func testAnInferredAgentIsNotJudged() {
        let doc = document("Acme said the licence was extended before Ofcom spoke.")
        let kept = AuthorityFilter().filter([event("extension", agent: "Acme", inferred: true, in: doc)], in: doc)
        XCTAssertEqual(kept.count, 1)
    }

    func testABusinessLetterToACompanyIsDropped() {
        let doc = document("In a letter to Acme, its rival offered a higher price and Ofcom said nothing.")
        XCTAssertTrue(AuthorityFilter().filter([event("letter", agent: nil, recipient: "Acme", in: doc)], in: doc).isEmpty)
        XCTAssertEqual(AuthorityFilter().filter([event("letter", agent: "Ofcom", recipient: "Acme", in: doc)], in: doc).count, 1)
    }

    func testAnUnaddressedCompanyLetterIsDropped() {
        let doc = document("Acme said in a letter it cut the amount available for raises.", actors: [("Acme", .company, "acme")])
        let acme = Participant(id: "acme", name: "Acme", text: "Acme")
        XCTAssertTrue(AuthorityFilter().filter([event("letter", agent: nil, sentence: 0, in: doc)], in: doc).isEmpty)
        XCTAssertTrue(AuthorityFilter().filter([event("letter", agent: acme, sentence: 0, in: doc)], in: doc).isEmpty)
    }

    func testAnUnaddressedLetterNamingAnAuthorityIsKept() {
        let doc = document("Acme said in a letter that Ofcom had misread the rules.")
        XCTAssertEqual(AuthorityFilter().filter([event("letter", agent: "Acme", in: doc)], in: doc).count, 1)
        let official = document("Ofcom said in a letter that Acme had misread the rules.")
        XCTAssertEqual(AuthorityFilter().filter([event("letter", agent: "Ofcom", in: official)], in: official).count, 1)
    }

    func testThePipelineDropsARevocationUrgedOnACompany() {
        let found = EventFixtures.events("Shareholders urged Acme Corp to suspend the licence. The Senate urged the Commerce Department to suspend the licence.")
        XCTAssertEqual(found.map(\.type), ["revocation"])
        XCTAssertEqual(found.first?.agent?.id, "us.commerce")
    }

    /// A document whose named words are actors of the given types (each name one token, found where it first stands).
    private func document(_ text: String, actors: [(String, EntityType, String)]) -> AnnotatedDocument {
        var document = Fixtures.tokenized(text)
        let words = document.tokens.map(\.text)
        document.entities = actors.map { name, type, id in
            let first = words.firstIndex(of: name)!
            let token = document.tokens[first]
            return EntityMention(tokens: first..<(first + 1), span: token.span, text: name, type: type, id: id, name: name)
        }
        return document
    }

    private func event(_ type: String, agent: Participant?, recipient: Participant? = nil, sentence k: Int,
                       in document: AnnotatedDocument) -> Event {
        let sentence = document.sentences[k]
        return Event(type: type, status: .occurred, agent: agent, recipient: recipient,
                     sources: [EventSource(document: document.id, sentence: "", start: sentence.span.start, end: sentence.span.end, rule: "t/t")])
    }

    func testACountryNamedAsWhereACompanyIsDoesNotAct() {
        let doc = document("Acme of Sweden, which owns 64 pct of Zenith, has approved the acquisition.",
                           actors: [("Acme", .company, "acme"), ("Sweden", .country, "se"), ("Zenith", .company, "zenith")])
        let agent = Participant(id: "se", name: "Sweden", text: "Sweden")
        XCTAssertTrue(AuthorityFilter().filter([event("grant", agent: agent, sentence: 0, in: doc)], in: doc).isEmpty)
        let state = document("Sweden has approved the acquisition of Zenith by Acme.",
                             actors: [("Sweden", .country, "se"), ("Zenith", .company, "zenith"), ("Acme", .company, "acme")])
        XCTAssertEqual(AuthorityFilter().filter([event("grant", agent: agent, sentence: 0, in: state)], in: state).count, 1)
    }

    func testACountryAfterABracketedCompanyDoesNotAct() {
        let doc = document("Acme and <Zenith> of Sweden extended an agreement under which Acme sells its printers.",
                           actors: [("Acme", .company, "acme"), ("Zenith", .company, "zenith"), ("Sweden", .country, "se")])
        let agent = Participant(id: "se", name: "Sweden", text: "Sweden")
        XCTAssertTrue(AuthorityFilter().filter([event("extension", agent: agent, sentence: 0, in: doc)], in: doc).isEmpty)
    }

    /// "United States" cut from "United States Postal Service" (the company found from "Postal Service") stands for
    /// the company: as an agent, and in the test whether a sentence names an authority.
    func testACountryCutFromACompanysNameStandsForTheCompany() {
        let actors: [(String, EntityType, String)] = [("Acme", .company, "acme"), ("Ruritania", .country, "rr"), ("Posts", .company, "rr.posts")]
        let doc = document("Acme signed a sales contract with Ruritania Posts last year.", actors: actors)
        let ruritania = Participant(id: "rr", name: "Ruritania", text: "Ruritania")
        XCTAssertTrue(AuthorityFilter().filter([event("agreement", agent: ruritania, sentence: 0, in: doc)], in: doc).isEmpty)
        XCTAssertTrue(AuthorityFilter().filter([event("extension", agent: ruritania, sentence: 0, in: doc)], in: doc).isEmpty)
        let state = document("Acme signed a sales contract with Ruritania last year.", actors: Array(actors.prefix(2)))
        XCTAssertEqual(AuthorityFilter().filter([event("agreement", agent: ruritania, sentence: 0, in: state)], in: state).count, 1)
        XCTAssertEqual(AuthorityFilter().filter([event("extension", agent: ruritania, sentence: 0, in: state)], in: state).count, 1)
    }

    /// The participant test classes each party as its sentence names it.
    func testPartiesAreClassedAsTheirSentenceNamesThem() {
        let doc = document("Smith and Reagan wrote to Acme and the farmers while Ruritania watched.",
                           actors: [("Smith", .person, "john-smith"), ("Reagan", .person, "us.president.reagan"), ("Acme", .company, "acme"),
                                    ("farmers", .group, "group.farmers"), ("Ruritania", .country, "rr")])
        let letter = event("letter", agent: nil, sentence: 0, in: doc)
        let filter = AuthorityFilter()
        func party(_ id: String, inferred: Bool = false) -> AuthorityFilter.Party? {
            filter.party(Participant(id: id, name: id, text: id, inferred: inferred), in: letter, document: doc)
        }
        XCTAssertEqual(party("john-smith"), .privatePerson)
        XCTAssertEqual(party("us.president.reagan"), .official)
        XCTAssertEqual(party("acme"), .company)
        XCTAssertEqual(party("group.farmers"), .group)
        XCTAssertEqual(party("rr"), .authority)
        XCTAssertNil(party("acme", inferred: true), "a party taken from the story is not judged")
        XCTAssertNil(party("zenith"), "not named in the sentence")
    }

    func testAPrivatePersonsLetterToACompanyIsDropped() {
        let doc = document("Smith said in a letter to Acme that a merger would help, and Reagan wrote to Acme too.",
                           actors: [("Smith", .person, "john-smith"), ("Acme", .company, "acme"), ("Reagan", .person, "us.president.reagan")])
        let acme = Participant(id: "acme", name: "Acme", text: "Acme")
        let smith = Participant(id: "john-smith", name: "Smith", text: "Smith")
        let reagan = Participant(id: "us.president.reagan", name: "Reagan", text: "Reagan")
        XCTAssertTrue(AuthorityFilter().filter([event("letter", agent: smith, recipient: acme, sentence: 0, in: doc)], in: doc).isEmpty)
        XCTAssertEqual(AuthorityFilter().filter([event("letter", agent: reagan, recipient: acme, sentence: 0, in: doc)], in: doc).count, 1)
    }

    func testACompanyGroupsLetterToAPrivatePersonIsDropped() {
        let doc = document("In a letter to Acme chairman Smith, the Kestrel group asked for seats on the board.",
                           actors: [("Acme", .company, "acme"), ("Smith", .person, "john-smith"), ("Kestrel", .company, "kestrel")])
        let smith = Participant(id: "john-smith", name: "Smith", text: "Smith")
        let kestrel = Participant(id: "kestrel", name: "Kestrel", text: "Kestrel")
        XCTAssertTrue(AuthorityFilter().filter([event("letter", agent: kestrel, recipient: smith, sentence: 0, in: doc)], in: doc).isEmpty)
        let envoy = document("In a letter to Secretary General Perez, envoy Ahmed protested the attacks.",
                             actors: [("Perez", .person, "perez"), ("Ahmed", .person, "ahmed")])
        let perez = Participant(id: "perez", name: "Perez", text: "Perez")
        let ahmed = Participant(id: "ahmed", name: "Ahmed", text: "Ahmed")
        XCTAssertEqual(AuthorityFilter().filter([event("letter", agent: ahmed, recipient: perez, sentence: 0, in: envoy)], in: envoy).count, 1)
    }

    func testAnAgreementOnlyHopedForWithNoPartyIsDropped() {
        let doc = document("He said he hoped an accord could be reached by Monday.", actors: [])
        var hoped = event("agreement", agent: nil, sentence: 0, in: doc)
        hoped.status = .proposed
        XCTAssertTrue(AuthorityFilter().filter([hoped], in: doc).isEmpty)
        let plain = document("He said an accord was reached in December by the producers.", actors: [])
        var reached = event("agreement", agent: nil, sentence: 0, in: plain)
        XCTAssertEqual(AuthorityFilter().filter([reached], in: plain).count, 1, "a reported accord keeps its parties in the story")
        reached.status = .negated
        XCTAssertTrue(AuthorityFilter().filter([reached], in: plain).isEmpty)
    }

    func testAnExtensionAmongCompaniesWithNoAgentIsDropped() {
        let doc = document("Acme said it and Zenith agreed to a second extension of two dates in their purchase agreement.",
                           actors: [("Acme", .company, "acme"), ("Zenith", .company, "zenith")])
        let filter = AuthorityFilter(ownBusiness: ["extension": 2])
        XCTAssertTrue(filter.filter([event("extension", agent: nil, sentence: 0, in: doc)], in: doc).isEmpty)
        let ruled = document("Acme said Ofcom granted a second extension of the deadline.",
                             actors: [("Acme", .company, "acme"), ("Ofcom", .government, "uk.ofcom")])
        XCTAssertEqual(filter.filter([event("extension", agent: nil, sentence: 0, in: ruled)], in: ruled).count, 1)
        // Without the `[own-business]` entry the extension stays.
        XCTAssertEqual(AuthorityFilter().filter([event("extension", agent: nil, sentence: 0, in: doc)], in: doc).count, 1)
    }

    func testACompanysOwnRejectionWithNoAgentIsDropped() {
        let doc = document("Acme said it may seek a buyer after its rejection of the offer.", actors: [("Acme", .company, "acme")])
        let filter = AuthorityFilter(ownBusiness: ["denial": 1, "extension": 2])
        XCTAssertTrue(filter.filter([event("denial", agent: nil, sentence: 0, in: doc)], in: doc).isEmpty)
        // One company is not enough for an extension: it may hold a licence an unnamed authority extended.
        XCTAssertEqual(filter.filter([event("extension", agent: nil, sentence: 0, in: doc)], in: doc).count, 1)
        let ruled = document("Acme said Ofcom rejected its application.",
                             actors: [("Acme", .company, "acme"), ("Ofcom", .government, "uk.ofcom")])
        XCTAssertEqual(filter.filter([event("denial", agent: nil, sentence: 0, in: ruled)], in: ruled).count, 1)
        // The company denied is the recipient, not the one who denies.
        let applicant = document("The application by Acme was rejected.", actors: [("Acme", .company, "acme")])
        var denied = event("denial", agent: nil, sentence: 0, in: applicant)
        denied.recipient = Participant(id: "acme", name: "Acme", text: "Acme")
        XCTAssertEqual(filter.filter([denied], in: applicant).count, 1)
    }

    func testTheBundledRolesListTheOwnBusinessTypes() {
        let counts = RuleExamplesTests.knowledge.roleCues.ownBusiness
        XCTAssertEqual(counts["denial"], 1)
        XCTAssertEqual(counts["investigation"], 1)
        XCTAssertEqual(counts["extension"], 2)
        XCTAssertNil(counts["grant"], "a company receiving an approval names the recipient, not the authority")
    }

    func testOwnBusinessEntriesAreParsedAndCheckedForTheirCount() {
        let (cues, problems) = RoleCues.parse(DataFile(path: "roles.txt", text: "[own-business]\ndenial 1\nrevocation two\n"))
        XCTAssertEqual(cues.ownBusiness, ["denial": 1])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.contains("TYPE COUNT"), problems[0].message)
    }

    /// An agreement in a story whose headline names a loan or a debt is a financial accord, even when its own
    /// sentence names no money; a headline naming none, or only part of a phrase, keeps it.
    func testAnAgreementInALoanStoryIsDropped() {
        let filter = AuthorityFilter(financialStory: [["loan"], ["with", "banks"]])
        func titled(_ title: String?) -> AnnotatedDocument {
            var doc = document("Ofcom signed the accord with Acme last week.")
            doc.source.title = title
            return doc
        }
        let loan = titled("RURITANIA SIGNS FOR 500 MLN DLR LOAN")
        XCTAssertEqual(filter.financialCue(in: loan), ["loan"])
        XCTAssertTrue(filter.filter([event("agreement", agent: "Ofcom", in: loan)], in: loan).isEmpty)
        let banks = titled("RURITANIA ACCORD WITH BANKS BROUGHT COMPROMISE")
        XCTAssertEqual(filter.financialCue(in: banks), ["with", "banks"])
        for kept in [titled("RURITANIA SIGNS TEXTILE PACT"), titled("RURITANIA BANKS WITH OFCOM"), titled("LOANSHARKS"), titled(nil)] {
            XCTAssertEqual(filter.filter([event("agreement", agent: "Ofcom", in: kept)], in: kept).count, 1, kept.source.title ?? "")
        }
        // Only agreements: a restriction in a loan story is the authority's act.
        XCTAssertEqual(filter.filter([event("restriction", agent: "Ofcom", in: loan)], in: loan).count, 1)
    }

    func testFinancialStoryPhrasesAreParsedAndBundled() {
        let (cues, problems) = RoleCues.parse(DataFile(path: "roles.txt", text: "[financial-story]\nLoan\nwith banks\n"))
        XCTAssertEqual(cues.financialStory, [["loan"], ["with", "banks"]])
        XCTAssertTrue(problems.isEmpty)
        let bundled = RuleExamplesTests.knowledge.roleCues.financialStory
        XCTAssertTrue(bundled.contains(["debt"]) && bundled.contains(["creditors"]), "\(bundled)")
        XCTAssertFalse(bundled.contains(["credit"]), "export credit agreements are trade agreements")
    }
}
