import XCTest
@testable import NewsEvents

/// `rules/dates/dating.txt`: its sections, its diagnostics, and that the bundled file feeds the dater.
final class DatingCuesTests: XCTestCase {
    func testSectionsFillTheirWordSets() {
        let file = DataFile(path: "dating.txt", text: "[clause]\nSince\n[superlatives]\nlargest\n[dated-nouns]\ndeadline\n[foreign-introducers]\nuntil\n")
        let (cues, problems) = DatingCues.parse(file)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(cues.clauseWords, ["since"], "words are lower-cased")
        XCTAssertEqual(cues.superlatives, ["largest"])
        XCTAssertEqual(cues.datedNouns, ["deadline"])
        XCTAssertEqual(cues.foreignIntroducers, ["until"])
        let reporting = DatingCues.parse(DataFile(path: "dating.txt", text: "[reporting]\nSaid\ntold\n")).0
        XCTAssertEqual(reporting.reporting, ["said", "told"])
        let effective = DatingCues.parse(DataFile(path: "dating.txt", text: "[effective]\nTake effect\nwith effect from\n[not-done]\nwill\n")).0
        XCTAssertEqual(effective.effective, [["take", "effect"], ["with", "effect", "from"]], "phrases, one a line")
        XCTAssertEqual(effective.notDone, ["will"])
    }

    func testUnknownSectionsAndPhrasesAreReportedWithTheirLine() {
        let file = DataFile(path: "dating.txt", text: "[superlative]\nlargest\n[dated-nouns]\nMarch deadline\n")
        let (cues, problems) = DatingCues.parse(file)
        XCTAssertEqual(problems.map(\.line), [2, 4])
        XCTAssertTrue(problems[0].message.contains("did you mean 'superlatives'"), problems[0].message)
        XCTAssertTrue(problems[1].message.contains("one word per line"), problems[1].message)
        XCTAssertTrue(cues.superlatives.isEmpty && cues.datedNouns.isEmpty)
    }

    func testTheBundledFileIsLoadedWithTheRules() {
        let cues = RuleExamplesTests.knowledge.datingCues
        XCTAssertTrue(cues.clauseWords.contains("since"))
        XCTAssertTrue(cues.foreignIntroducers.contains("until"))
        XCTAssertTrue(cues.superlatives.contains("largest"))
        XCTAssertTrue(cues.datedNouns.contains("deadline"))
        XCTAssertTrue(cues.reporting.contains("said"))
        XCTAssertTrue(cues.determiners.contains("the"))
        XCTAssertTrue(cues.timeToComeBefore.contains("effective"))
        XCTAssertTrue(cues.effective.contains(["take", "effect"]))
        XCTAssertTrue(cues.notDone.contains("not"))
    }

    /// Without the file's dated nouns, "a November order" would date the ban as "in November" does.
    func testADateBeforeADatedNounDatesTheNounNotTheEvent() {
        func date(_ text: String) -> String? {
            EventFixtures.events(text, published: "2019-12-05").first { $0.type == "restriction" }?.date?.value
        }
        XCTAssertEqual(date("The Indian government banned exports of rice in November."), "2019-11")
        XCTAssertNil(date("The Indian government banned exports of rice under a November order."))
    }

    /// `[background-clause]`: an undated event told as the time of another is background, dated null; the same
    /// word opening the sentence tells the news itself (publication date).
    func testAnEventInASinceOrAfterClauseIsBackground() {
        func event(_ text: String) -> Event? {
            EventFixtures.events(text, published: "1987-03-05").first { $0.type == "restriction" }
        }
        let since = event("Exports to the United States had fallen by half since the sanctions were imposed.")
        XCTAssertNotNil(since)
        XCTAssertNil(since?.date)
        XCTAssertNil(event("Sales of the chips slumped only weeks after the ministry banned imports of cheap steel.")?.date)
        XCTAssertEqual(event("The sanctions were imposed on Ruritania.")?.date?.value, "1987-03-05")
        XCTAssertEqual(event("After two years of talks the government imposed import quotas on textiles.")?.date?.value, "1987-03-05")
    }

    /// `[ongoing]`: an undated investigation told as in progress is a state, not the day's news; a bare
    /// progressive keeps the publication date.
    func testAnOngoingInvestigationIsBackground() {
        func date(_ text: String) -> String? {
            EventFixtures.events(text, published: "1987-03-05").first { $0.type == "investigation" }?.date?.value
        }
        XCTAssertEqual(date("The Securities and Exchange Commission is also investigating the company."), "1987-03-05")
        XCTAssertNil(date("The bank said the Federal Reserve is continuing to investigate the loans."))
        XCTAssertEqual(date("The Securities and Exchange Commission opened an investigation into the company."), "1987-03-05")
    }

    /// `[ongoing]` "currently": a measure told as in force is a state, not the day's news.
    func testAMeasureCurrentlyInForceIsBackground() {
        func date(_ text: String, type: String) -> String? {
            EventFixtures.events(text, published: "1987-03-05").first { $0.type == type }?.date?.value
        }
        XCTAssertNil(date("The bank said the Federal Communications Commission is currently allowing Kestrel Corp to recover its costs.", type: "grant"))
        XCTAssertEqual(date("The bank said the Federal Communications Commission allowed Kestrel Corp to recover its costs.", type: "grant"), "1987-03-05")
    }
}
