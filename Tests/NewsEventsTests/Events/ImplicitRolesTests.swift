import XCTest
@testable import NewsEvents

/// Roles filled from the sentence's grammar (control, holders) and from the story (family, addressee),
/// with the bundled rules and `rules/roles/roles.txt`.
final class ImplicitRolesTests: XCTestCase {
    func testTheUrgedActorActsTheInfinitive() {
        let found = EventFixtures.events("A bipartisan group of 15 senators wrote to President Donald Trump on Tuesday urging him to suspend the licences.")
        let suspension = found.first { $0.type == "revocation" }
        XCTAssertEqual(suspension?.status, .proposed)
        XCTAssertEqual(suspension?.agent?.id, "us.president.trump")
    }

    func testAnUnnamedUrgedPartyKeepsItsWords() {
        let found = EventFixtures.events("The United States has asked its COCOM partners to tighten controls on exports of machine tools.", published: "1987-07-01")
        let restriction = found.first { $0.type == "restriction" }
        XCTAssertEqual(restriction?.agent?.name, "COCOM partners")
        XCTAssertNil(restriction?.agent?.id)
    }

    func testThePossessorOfADecisionActsIt() {
        let found = EventFixtures.events("Traders said Pakistan's decision to suspend tea import licences hit Kenyan growers.", published: "1987-06-01")
        XCTAssertEqual(found.first { $0.type == "revocation" }?.agent?.id, "pk")
    }

    func testAHolderPhraseNamesTheRecipient() {
        let found = EventFixtures.events("Commerce is weighing whether to revoke further licences held by Intel Corp., a person familiar with the matter said.", published: "2024-05-08")
        XCTAssertEqual(found.first { $0.type == "revocation" }?.recipient?.id, "intel")
    }

    func testTheOwnerOfWhatIsApprovedReceivesTheGrant() {
        for text in ["The Federal Reserve approved Intel's application to build a chip plant in Ohio.",
                     "The Federal Reserve approved the application of Intel to build a chip plant in Ohio."] {
            let found = EventFixtures.events(text, published: "2024-05-08")
            XCTAssertEqual(found.first { $0.type == "grant" }?.recipient?.id, "intel", text)
        }
    }

    func testAnAuthorityOwningWhatIsApprovedIsNoRecipient() {
        let found = EventFixtures.events("The Senate approved the Commerce Department's plan to license chip exports to Huawei.", published: "2024-05-08")
        XCTAssertNotEqual(found.first { $0.type == "grant" }?.recipient?.id, "us.commerce")
    }

    func testAnAuthorityNamedInThePassivesSentenceIsItsAgent() {
        let found = EventFixtures.events("Acme Corp agreed to pay a 200,000 dlr civil penalty to the Environmental Protection Agency.", published: "1987-03-05")
        let penalty = found.first { $0.type == "penalty" }
        XCTAssertNotNil(penalty)
        XCTAssertEqual(penalty?.agent?.name.contains("Environmental Protection"), true, "\(String(describing: penalty?.agent))")
    }

    func testTheAgentIsNeverItsOwnTarget() {
        var events = [Event(type: "restriction", status: .occurred, agent: Participant(id: "tw", name: "Taiwan", text: "Taiwan"),
                            target: Participant(id: "tw", name: "Taiwan", text: "its"), sources: [])]
        ImplicitRoles(cues: RoleCues()).withoutSelfRoles(&events)
        XCTAssertNil(events[0].target)
        XCTAssertEqual(events[0].agent?.id, "tw")
    }

    func testARequestIsAddressedToTheAuthorityOfItsStory() throws {
        let found = EventFixtures.events("""
            The U.S. Commerce Department granted Microsoft Corp. a licence to export software to Huawei Technologies Co. \
            Microsoft had applied for the licence over the summer.
            """)
        let request = try XCTUnwrap(found.first { $0.type == "request" })
        XCTAssertEqual(request.recipient?.id, "us.commerce")
        XCTAssertEqual(request.recipient?.inferred, true)
        XCTAssertEqual(request.target?.id, "huawei")
        XCTAssertEqual(request.target?.inferred, true)
    }

    func testOnlyAnObjectThatRefersBackTakesTheStorysTarget() {
        let found = EventFixtures.events("""
            The Treasury lifted sanctions on Rusal on Sunday. Separately, the Commerce Department opened investigations \
            into steel imports.
            """, published: "2019-01-28")
        let investigation = found.first { $0.type == "investigation" }
        XCTAssertNotNil(investigation)
        XCTAssertNil(investigation?.target)
    }

    func testRoleCuesReportUnknownSectionsAndTypes() {
        let file = DataFile(path: "roles.txt", text: "[controll]\nurge\n[family]\nlicence grant\n[addressee]\nrequets\n")
        let (cues, problems) = RoleCues.parse(file)
        XCTAssertEqual(problems.map(\.line), [2, 4])
        XCTAssertTrue(problems[0].message.contains("did you mean 'control'"), problems[0].message)
        XCTAssertTrue(problems[1].message.contains("NAME: TYPE"), problems[1].message)
        let unknown = cues.unknownTypes(known: ["request", "grant"], file: "roles.txt")
        XCTAssertEqual(unknown.count, 1)
        XCTAssertTrue(unknown[0].message.contains("did you mean 'request'"), unknown[0].message)
    }
}
