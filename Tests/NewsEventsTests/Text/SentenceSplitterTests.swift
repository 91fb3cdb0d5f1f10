import XCTest
@testable import NewsEvents

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let document = Fixtures.tokenized(text)
        return document.sentences.map { document.text(of: $0.span) }
    }

    func testAbbreviationsDoNotEndSentences() {
        XCTAssertEqual(
            sentences("Sen. Rubio wrote to the U.S. Commerce Department on Jan. 5. It replied to No. 2 Acme Corp. in May."),
            ["Sen. Rubio wrote to the U.S. Commerce Department on Jan. 5.", "It replied to No. 2 Acme Corp. in May."])
    }

    func testAStopInsideATickerEndsNoSentence() {
        XCTAssertEqual(
            sentences("Cathay Pacific Airways Ltd <CAPH.HK> has won a licence. It flies to Toronto."),
            ["Cathay Pacific Airways Ltd <CAPH.HK> has won a licence.", "It flies to Toronto."])
    }

    func testAUnitAbbreviationEndsTheSentenceBeforeAName() {
        XCTAssertEqual(
            sentences("The FAA fined Delta 140,400 dlrs. Eastern was fined 9.5 mln dlrs."),
            ["The FAA fined Delta 140,400 dlrs.", "Eastern was fined 9.5 mln dlrs."])
    }

    func testAbbreviationBeforeAnOpenerEndsTheSentence() {
        XCTAssertEqual(
            sentences("The chips were sold to Acme Corp. The company said it would appeal."),
            ["The chips were sold to Acme Corp.", "The company said it would appeal."])
        XCTAssertEqual(
            sentences("Exports went to the U.S. It was the largest market."),
            ["Exports went to the U.S.", "It was the largest market."])
    }

    func testHardWrappedLinesStayTogether() {
        let text = "WASHINGTON, April 7 - The United States will impose\ntariffs on Japanese goods, officials\nsaid. Japan objected."
        XCTAssertEqual(sentences(text).count, 2)
    }

    func testHeadlineWithoutFullStop() {
        let result = sentences("US EXTENDS HUAWEI LICENCE\nWASHINGTON, Nov 22 - The Department extended it.")
        XCTAssertEqual(result, ["US EXTENDS HUAWEI LICENCE", "WASHINGTON, Nov 22 - The Department extended it."])
        XCTAssertTrue(Fixtures.tokenized("Commerce Grants Licence To Microsoft\n\nBody text here.").sentences[0].isHeadline)
    }

    func testQuotesStayWithTheirSentence() {
        XCTAssertEqual(sentences("\"We will appeal.\" The firm said."), ["\"We will appeal.\"", "The firm said."])
    }
}
