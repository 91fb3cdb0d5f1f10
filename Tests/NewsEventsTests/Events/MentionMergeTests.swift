import XCTest
@testable import NewsEvents

/// A later definite mention of an action is that action again: `Events/MentionMerge.swift` and its knowledge,
/// `[anaphors]`, `[not-anaphors]`, `[mention-families]` and `[mention-nouns]` in `rules/dates/dating.txt`.
final class MentionMergeTests: XCTestCase {
    private let merger = ActionMerger(cues: RuleExamplesTests.knowledge.datingCues)
    private let published = SimpleDate(iso: "2024-05-08")

    private func event(_ status: EventStatus = .occurred, type: String = "restriction", object: String?,
                       date: String? = nil, text: String = "", agent: String = "Chile",
                       sentence: String, at start: Int) -> Event {
        Event(type: type, status: status,
              date: date.map { EventDate(value: $0, granularity: .day, text: text, approximate: false) },
              agent: Participant(id: nil, name: agent, text: agent), object: object,
              sources: [EventSource(document: "d", sentence: sentence, start: start, end: start + sentence.count,
                                    rule: "\(type)/r\(start)")])
    }

    private var imposed: Event {
        event(object: "tariffs", date: "2024-05-06", text: "on Monday",
              sentence: "Chile imposed tariffs on Peruvian wine on Monday.", at: 0)
    }

    private func count(_ events: Event...) -> Int { merger.merged(events, published: published).count }

    /// "Chile imposed tariffs on Peruvian wine on Monday. ... The tariffs are to be collected at the border.":
    /// one restriction, occurred, dated Monday; the later mention's publication date is ignored.
    func testADefiniteLaterMentionJoinsTheEarlierEvent() throws {
        let later = event(.planned, object: "tariffs", date: "2024-05-08",
                          sentence: "The tariffs are to be collected at the border, officials said.", at: 120)
        let merged = merger.merged([imposed, later], published: published)
        let only = try XCTUnwrap(merged.first)
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(only.status, .occurred, "the earlier mention's status stays")
        XCTAssertEqual(only.date?.value, "2024-05-06", "the earlier mention's date stays")
        XCTAssertEqual(only.sources.map(\.start), [0, 120])
    }

    func testAFamilyNounAndADemonstrativeCount() {
        XCTAssertEqual(count(imposed, event(object: "these sanctions",
                                            sentence: "Growers said these sanctions would cost them dearly.", at: 90)), 1)
        XCTAssertEqual(count(event(.proposed, type: "relief", object: "curbs", agent: "Ruritania",
                                   sentence: "Peru urged Ruritania to remove curbs on its wine.", at: 0),
                             event(.proposed, type: "relief", object: "its restrictions", agent: "Ruritania",
                                   sentence: "Ruritania should reduce its restrictions soon, Peru said.", at: 60)), 1)
        XCTAssertEqual(count(event(type: "rule", object: "legislation", sentence: "The senate passed legislation on water.", at: 0),
                             event(type: "rule", object: "bill", sentence: "Farmers welcomed the bill.", at: 60)), 1)
    }

    func testAnotherActionStaysApart() {
        // Another action named by the words before the head, no definite word at all, or another stated date.
        XCTAssertEqual(count(imposed, event(.planned, object: "the new tariffs",
                                            sentence: "Chile said the new tariffs would double in June.", at: 90)), 2)
        XCTAssertEqual(count(imposed, event(.planned, object: "tariffs",
                                            sentence: "Chile said it would also impose tariffs on Peruvian fruit.", at: 90)), 2)
        XCTAssertEqual(count(imposed, event(object: "the tariffs", date: "2021-03", text: "in March 2021",
                                            sentence: "Peru recalled the tariffs Chile imposed in March 2021.", at: 90)), 2)
        // Another agent.
        XCTAssertEqual(count(imposed, event(object: "the tariffs", agent: "Peru",
                                            sentence: "Peru matched the tariffs within hours.", at: 90)), 2)
        // Another noun family.
        XCTAssertEqual(count(imposed, event(object: "the quota",
                                            sentence: "The quota on copper stays in place.", at: 90)), 2)
    }

    /// A negated or a merely proposed mention next to a done action tells another action.
    func testStatusesFarApartStayApart() {
        XCTAssertEqual(count(imposed, event(.negated, object: "the tariffs",
                                            sentence: "Chile did not extend the tariffs to Bolivia.", at: 90)), 2)
        XCTAssertEqual(count(imposed, event(.proposed, object: "the tariffs",
                                            sentence: "Growers urged Chile to double the tariffs.", at: 90)), 2)
        XCTAssertTrue(MentionMerge.neighbours(.planned, .proposed))
        XCTAssertFalse(MentionMerge.neighbours(.occurred, .proposed))
    }

    /// "The regulator opened an investigation into the bank. ... the probe by the regulator": an event without
    /// an object joins the only earlier event of its type; with two earlier ones the antecedent is unclear.
    func testAnObjectlessMentionNeedsOneAntecedent() {
        let opened = event(type: "investigation", object: "the bank's accounts", agent: "the regulator",
                           sentence: "The regulator opened an investigation into the bank's accounts.", at: 0)
        let probe = event(type: "investigation", object: nil, agent: "state regulator",
                          sentence: "A lawyer said the probe by the state regulator had widened.", at: 80)
        XCTAssertEqual(count(opened, probe), 1, "'state regulator' ends with 'regulator': one party")
        var untold = probe
        untold.status = .negated
        untold.sources[0].sentence = "The bank did not comment on the regulator's probe."
        XCTAssertEqual(count(opened, untold), 1, "the probe is taken as given: the negation is the comment's")
        let other = event(type: "investigation", object: "the broker", agent: "the regulator",
                          sentence: "The regulator is also investigating the broker.", at: 40)
        XCTAssertEqual(count(opened, other, probe), 3)
        let further = event(type: "investigation", object: nil, agent: "state regulator",
                            sentence: "A lawyer said a further probe had begun.", at: 80)
        XCTAssertEqual(count(opened, further), 2, "no definite word before the noun")
    }

    /// "Ruritania is expected to extend its accord with Peru. ... Ruritania will renew the accord in June.": an
    /// action to come announced today and dated later by when it takes effect; the merged event takes June.
    func testAnAnnouncedActionTakesItsLaterStatedDate() throws {
        let expected = event(.planned, type: "extension", object: "its accord", date: "2024-05-08", agent: "Ruritania",
                             sentence: "Ruritania is expected to extend its accord with Peru.", at: 0)
        let june = EventDate(value: "2024-06", granularity: .month, text: "in June", approximate: false)
        var renewed = event(.planned, type: "extension", object: "the accord", agent: "Ruritania",
                            sentence: "Ruritania will renew the accord in June, an official said.", at: 70)
        renewed.date = june
        let merged = merger.merged([expected, renewed], published: published)
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(try XCTUnwrap(merged.first).date, june)
        // Done on the day of the news and dated in June: two actions.
        var done = expected
        done.status = .occurred
        var doneLater = renewed
        doneLater.status = .occurred
        XCTAssertEqual(count(done, doneLater), 2)
    }

    /// "Chile agreed on Wednesday to lift its tariffs on wine. ... Chile will drop its duties by Friday.": the
    /// later mention tells when the relief takes effect, so the one relief is planned for Friday.
    func testADayToComeDatesTheActionToldToday() throws {
        let agreed = event(type: "relief", object: "its tariffs", date: "2024-05-08", text: "Wednesday",
                           sentence: "Chile agreed on Wednesday to lift its tariffs on wine.", at: 0)
        let friday = event(.planned, type: "relief", object: "its duties", date: "2024-05-10", text: "by Friday",
                           sentence: "Chile will drop its duties by Friday.", at: 60)
        let merged = merger.merged([agreed, friday], published: published)
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(try XCTUnwrap(merged.first).date?.value, "2024-05-10")
        XCTAssertEqual(try XCTUnwrap(merged.first).status, .planned)
        // Lifted on Monday (a day of its own, before the news): the day to come tells another step.
        let monday = event(type: "relief", object: "its tariffs", date: "2024-05-06", text: "on Monday",
                           sentence: "Chile lifted its tariffs on wine on Monday.", at: 0)
        XCTAssertEqual(count(monday, friday), 2)
        XCTAssertFalse(MentionMerge.takesEffectLater(monday, friday, published: published))
    }

    /// "Canada and France concluded a fishing accord. ... Under this accord, Canada and France also agreed to
    /// ...": an agreement's agents are all its parties, so two named parties do not disagree when both mentions
    /// name both; a third party named in one mention only does.
    func testAgreementPartiesNamedInBothMentionsAgree() {
        let concluded = event(type: "agreement", object: "a fishing accord", agent: "France",
                              sentence: "Canada and France concluded a fishing accord in January.", at: 0)
        let under = event(type: "agreement", object: nil, agent: "Canada",
                          sentence: "Under this accord, Canada and France also agreed to refer disputes to arbitration.", at: 60)
        XCTAssertEqual(count(concluded, under), 1)
        var other = under
        other.sources[0].sentence = "Under this accord, Canada and Spain also agreed to refer disputes to arbitration."
        XCTAssertEqual(count(concluded, other), 2)
    }

    /// "Chile will impose tariffs on Peruvian wine. ... talks may not avert the 50 pct duties": a restriction
    /// named by its noun alone joins the only earlier restriction (`[mention-nouns]`); "The court rejected a plea
    /// by the bank ... the court had dismissed the appeal" is one denial (`[mention-families]`).
    func testARestrictionNounAndAPleaFamilyJoin() {
        let planned = event(.planned, object: "tariffs", sentence: "Chile will impose tariffs on Peruvian wine.", at: 0)
        XCTAssertEqual(count(planned, event(.proposed, object: nil, sentence: "Talks may not avert the 50 pct duties.", at: 50)), 1)
        XCTAssertEqual(count(planned, event(.proposed, object: nil, sentence: "Talks may avert new duties.", at: 50)), 2)
        let rejected = event(type: "denial", object: "a plea", agent: "the court",
                             sentence: "The court rejected a plea by the bank.", at: 0)
        XCTAssertEqual(count(rejected, event(type: "denial", object: "the appeal", agent: "the court",
                                             sentence: "A clerk said the court had dismissed the appeal.", at: 40)), 1)
    }

    /// "Chile will impose tariffs on wine. ... Growers put the impact of the tariffs at 10 mln dlrs.": the
    /// object names the action in a definite complement.
    func testADefiniteComplementNamesTheAction() {
        let policy = MentionMerge(cues: RuleExamplesTests.knowledge.datingCues)
        XCTAssertEqual(policy.complementHead("the impact of the tariffs on wine"), "tariffs")
        XCTAssertNil(policy.complementHead("the impact of new tariffs"), "no definite complement")
        XCTAssertNil(policy.complementHead("the impact of the new tariffs"), "another action")
        XCTAssertNil(policy.complementHead("an estimate of the tariffs"), "no definite object")
        let planned = event(.planned, object: "tariffs", sentence: "Chile will impose tariffs on wine.", at: 0)
        XCTAssertEqual(count(planned, event(object: "the impact of the tariffs",
                                            sentence: "Growers put the impact of the tariffs at 10 mln dlrs.", at: 40)), 1)
        XCTAssertEqual(count(planned, event(object: "the impact of the quotas",
                                            sentence: "Growers put the impact of the quotas at 10 mln dlrs.", at: 40)), 2)
    }

    func testWordsAndSequences() {
        XCTAssertEqual(MentionMerge.words("the U.S. tariffs"), ["the", "u", "s", "tariffs"])
        XCTAssertEqual(MentionMerge.firstIndex(of: ["the", "tariffs"], in: ["so", "the", "tariffs", "end"]), 1)
        XCTAssertNil(MentionMerge.firstIndex(of: ["duties"], in: ["so", "the", "tariffs"]))
    }

    func testTheCuesComeFromTheDataFile() {
        let cues = DatingCues.parse(DataFile(
            path: "dating.txt",
            text: "[anaphors]\nthe\n[not-anaphors]\nnew\n[mention-families]\ntariffs sanctions\n[mention-nouns]\ninvestigation probe inquiry\n")).0
        XCTAssertEqual(cues.anaphors, ["the"])
        XCTAssertEqual(cues.notAnaphors, ["new"])
        XCTAssertTrue(MentionMerge(cues: cues).oneAction("tariffs", "sanctions"))
        XCTAssertFalse(MentionMerge(cues: cues).oneAction("tariffs", "quota"))
        XCTAssertEqual(cues.mentionNouns["investigation"], ["probe", "inquiry"])
    }

    func testExplainShowsTheMerge() throws {
        let merged = try ActionMergerTests.firstMerged(
            in: "Chile imposed tariffs on Peruvian wine on Monday. Peru protested. The tariffs will be imposed in two steps, officials said.",
            published: "2024-05-08")
        XCTAssertEqual(merged.sentences, [1, 3])
        XCTAssertEqual(merged.event.status, .occurred)
    }
}
