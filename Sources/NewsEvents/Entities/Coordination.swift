/// Parties named together ("Liptons and Brooke Bond", "China Mobile, China Telecom and China Unicom") and the
/// definite plural that refers back to them ("the companies", "the three telecom groups").
///
/// While tagging, every name that follows another of the same type across "and", "or" or a comma joins its
/// coordination. A definite group ("the" + optional number + head noun of `[coordination-nouns]` in
/// `descriptors.lex`) whose head fits the coordination's type, within ``EntityTagger/descriptionWindow``
/// sentences, is that coordination: one mention whose id joins the parties' ids with `+` and whose name
/// lists them ("Liptons and Brooke Bond"). A number must equal the count of parties.
/// ```
/// Importers Liptons and Brooke Bond were asked for data. ... the companies' licences
///   -> "the companies" = liptons+brooke-bond, "Liptons and Brooke Bond"
/// ```
extension TaggingRun {
    /// Parties named together, in order, and the sentence of the last one.
    struct CoordinatedParties {
        var actors: [Actor]
        var sentence: Int
        /// The token after the last party: where a further conjunct would have to start.
        var end: Int
    }

    static let conjunctions: Set<String> = ["and", "or", ","]

    /// Records `candidate` in the coordination it continues, or starts one with the mention before it.
    func noteCoordination(_ candidate: Candidate) {
        // The previous mention read in place (a copy retains its strings).
        guard candidate.kind == .name, let p = mentions.indices.last, mentions[p].kind == .name,
              mentions[p].type == candidate.actor.type else { return }
        let previousEnd = mentions[p].tokens.upperBound
        guard previousEnd < candidate.range.lowerBound, candidate.range.lowerBound - previousEnd <= 2,
              (previousEnd..<candidate.range.lowerBound).allSatisfy({ looks[$0].facts.contains(.conjunction) }),
              mentions[p].id != candidate.actor.id
        else { return }
        if var last = coordinations.last, last.end == previousEnd {
            last.actors.append(candidate.actor)
            last.sentence = sentence
            last.end = candidate.range.upperBound
            coordinations[coordinations.count - 1] = last
        } else if let before = history.last?.actor {
            coordinations.append(CoordinatedParties(actors: [before, candidate.actor], sentence: sentence, end: candidate.range.upperBound))
        }
    }

    /// The latest coordination whose type the plural `noun` names, within the description window.
    func coordinated(noun: String, count: Int?) -> Actor? {
        guard let type = tables.grammar.coordinationNouns[noun] else { return nil }
        let oldest = sentence - descriptionWindow
        guard let parties = coordinations.last(where: {
            $0.sentence >= oldest && $0.actors.first?.type == type && (count == nil || count == $0.actors.count)
        }) else { return nil }
        let names = parties.actors.map(\.name)
        let name = names.count == 2
            ? names[0] + " and " + names[1]
            : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        return Actor(id: parties.actors.map(\.id).joined(separator: "+"), name: name, type: .group,
                     descriptors: ["group", noun], country: nil)
    }
}
