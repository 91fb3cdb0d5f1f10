import XCTest
@testable import NewsEvents

/// Events/BackgroundDating.swift: forms of telling that leave an event without a publication date, and the
/// dateline's date, which dates an event only when nothing else does.
final class BackgroundDatingTests: XCTestCase {
    private func event(_ type: String, in text: String, published: String = "1987-03-05") -> Event? {
        EventFixtures.events(text, published: published).first { $0.type == type }
    }

    func testTheNewSectionsFillTheirSets() {
        let text = "[conditions]\nif\nAs long as\n[possibility]\nmight\n[ongoing-before-participle]\nbeen\n[not-participle]\nis\n[standing-nouns]\nprobe\n[circumstance]\nwith\n"
        let (cues, problems) = DatingCues.parse(DataFile(path: "dating.txt", text: text))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(cues.conditions, [["if"], ["as", "long", "as"]], "phrases, one a line, lower-cased")
        XCTAssertEqual(cues.possibility, ["might"])
        XCTAssertEqual(cues.ongoingBeforeParticiple, ["been"])
        XCTAssertEqual(cues.notParticiple, ["is"])
        XCTAssertEqual(cues.standingNouns, ["probe"])
        XCTAssertEqual(cues.circumstance, ["with"])
        let bundled = RuleExamplesTests.knowledge.datingCues
        XCTAssertTrue(bundled.conditions.contains(["as", "soon", "as"]))
        XCTAssertTrue(bundled.possibility.contains("must"))
        XCTAssertTrue(bundled.standingNouns.contains("investigation"))
    }

    /// `[conditions]`: a promise or threat on a condition is no action of a day; the promise without one is.
    func testAProposalOnAConditionIsUndated() {
        let conditional = event("relief", in: "Britain said it would lift the ban on wine imports from Chile as soon as the inspections end.")
        XCTAssertEqual(conditional?.status, .proposed)
        XCTAssertNotNil(conditional)
        XCTAssertNil(conditional?.date)
        let threat = event("restriction", in: "The European Community might impose new tariffs on Japanese goods if the talks fail.")
        XCTAssertNotNil(threat)
        XCTAssertNil(threat?.date)
        let promise = event("relief", in: "Britain said it would lift the ban on wine imports from Chile.")
        XCTAssertEqual(promise?.date?.value, "1987-03-05")
    }

    /// `[possibility]`: a required or possible step is not a proposal made that day.
    func testARequiredApprovalIsUndated() {
        let required = event("grant", in: "The purchase of the two stations must be approved by the Federal Communications Commission.")
        XCTAssertEqual(required?.status, .proposed)
        XCTAssertNil(required?.date)
        let urged = event("relief", in: "The farmers urged the ministry to lift its ban on wine imports.")
        XCTAssertEqual(urged?.date?.value, "1987-03-05", "an urging is the day's news")
    }

    /// `[ongoing-before-participle]`, `[not-participle]`: a participle after a noun or "been" tells a state in
    /// progress; a bare progressive stays the day's news.
    func testAParticipleAfterANounTellsAnOngoingState() {
        let participle = event("investigation", in: "The Senate committee investigating the port deal said it would call three witnesses.")
        XCTAssertNotNil(participle)
        XCTAssertNil(participle?.date)
        let progressive = event("investigation", in: "The Securities and Exchange Commission is also investigating the company.")
        XCTAssertEqual(progressive?.date?.value, "1987-03-05")
    }

    /// `[standing-nouns]`, `[circumstance]`: a probe named inside a phrase of another statement is a standing state.
    func testAProbeInACircumstancePhraseIsBackground() {
        let cooperating = event("investigation", in: "The broker said it is cooperating with an investigation by the Securities and Exchange Commission.")
        XCTAssertNotNil(cooperating)
        XCTAssertNil(cooperating?.date)
        let opened = event("investigation", in: "The Securities and Exchange Commission opened an investigation into the company.")
        XCTAssertEqual(opened?.date?.value, "1987-03-05")
    }

    /// The dateline's date yields to a day of the event's clause ("yesterday"); alone, it still dates the event.
    func testTheDatelineGivesWayToTheEventsOwnDate() {
        func date(_ body: String) -> String? {
            let text = "LONDON, March 20 - " + body
            let document = SourceDocument(id: "t", published: SimpleDate(iso: "1987-03-20"), text: text, bodyStart: 19)
            return EventFixtures.pipeline.annotate(document).events.first { $0.type == "grant" }?.date?.value
        }
        XCTAssertEqual(date("The European Community authorised the export of 25,000 tonnes of barley yesterday, traders said."), "1987-03-19")
        XCTAssertEqual(date("The European Community authorised the export of 25,000 tonnes of barley, traders said."), "1987-03-20")
    }
}
