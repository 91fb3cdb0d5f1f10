import XCTest
@testable import NewsEvents

final class KnowledgeLoadingTests: XCTestCase {
    /// Compiling the event rules on a second thread gives the same rules and the same problems, in order.
    func testLoadingOnTwoThreadsEqualsLoadingOnOne() throws {
        let folder = try IngestTemporaryFolder()
        try folder.write("events/broken.rules", """
            rule broken-one
              type: grant
              pattern: trigger:[lemma=grant
              example: "The Department granted a licence."
            """)
        try folder.write("events/fine.rules", """
            rule fine-one
              type: grant
              pattern: trigger:[lemma=bestow]
              example: "The Department bestowed a licence."
              counter: "The Department refused a licence."
            """)
        let directories = [Fixtures.rulesDirectory, folder.path]
        let (one, oneProblems) = Knowledge.load(directories: directories, threads: 1)
        let (two, twoProblems) = Knowledge.load(directories: directories, threads: 2)
        XCTAssertFalse(oneProblems.isEmpty, "the broken rule is reported")
        XCTAssertEqual(twoProblems.map(\.description), oneProblems.map(\.description))
        XCTAssertEqual(two.rules.rules.map(\.id), one.rules.rules.map(\.id))
        XCTAssertEqual(two.rules.rules.last?.id, "fine/fine-one", "the other file of the folder loads")
        XCTAssertEqual(two.lexicon.entries.count, one.lexicon.entries.count)
        let text = "The Commerce Department granted Microsoft a licence on Nov. 20 to export software to Huawei."
        let source = SourceDocument(id: "t", published: SimpleDate(iso: "2019-11-22"), text: text)
        XCTAssertEqual(Pipeline(knowledge: two).annotate(source).events, Pipeline(knowledge: one).annotate(source).events)
    }

    /// Rules loaded on two threads carry their selector, made there (the same as made later); a change to the
    /// rules or classes drops it.
    func testTheSelectorMadeInAdvanceIsDroppedWhenTheRulesChange() {
        let (two, _) = Knowledge.load(directories: [Fixtures.rulesDirectory], threads: 2)
        let (one, _) = Knowledge.load(directories: [Fixtures.rulesDirectory], threads: 1)
        XCTAssertNotNil(two.rules.selection)
        XCTAssertNil(one.rules.selection)
        XCTAssertEqual(two.threads, 2)
        let prepared = RuleSelector(rules: two.rules), made = RuleSelector(rules: one.rules)
        XCTAssertEqual(prepared.wordList, made.wordList)
        XCTAssertEqual(prepared.classList, made.classList)
        XCTAssertEqual(prepared.events.map(\.needs), made.events.map(\.needs))
        XCTAssertEqual(prepared.suppressions.map(\.needs), made.suppressions.map(\.needs))
        var fewer = two.rules
        fewer.rules.removeLast()
        XCTAssertNil(fewer.selection)
        var more = two.rules
        more.classes["EXTRA"] = ["word"]
        XCTAssertNil(more.selection)
    }
}
