import Foundation

/// Counts for one event type (or for all types).
public struct TypeScore: Sendable, Hashable {
    public var type: String
    public var tp: Int
    public var fp: Int
    public var fn: Int

    public init(type: String, tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.type = type
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0 }
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0 }
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}

/// The result of ``EventScorer/score(gold:system:)``, the figures of `shared/eval/score_events.py`.
public struct ScoreReport: Sendable {
    /// Per type, sorted by type name (code point order).
    public var perType: [TypeScore] = []
    public var overall = TypeScore(type: "ALL")
    /// Unmatched system events that would match an already matched gold event.
    public var duplicates = 0
    /// Non-optional gold events missed but found by a system event of another type.
    public var wrongType = 0
    public var dateStrictCorrect = 0
    public var dateLenientCorrect = 0
    /// Matched pairs whose gold event has a date.
    public var dateCount = 0
    public var statusCorrect = 0
    public var statusCount = 0
    public var roleCorrect = 0
    public var roleCount = 0
    /// `DOC MISS|EXTRA|TYPE|DATE|STATUS|ROLE ...` lines, in the Python scorer's order and wording.
    public var errors: [String] = []
    /// System documents that have no gold (not scored).
    public var extraDocuments = 0

    public init() {}

    public var dateStrictAccuracy: Double { dateCount > 0 ? Double(dateStrictCorrect) / Double(dateCount) : 0 }
    public var dateLenientAccuracy: Double { dateCount > 0 ? Double(dateLenientCorrect) / Double(dateCount) : 0 }
    public var statusAccuracy: Double { statusCount > 0 ? Double(statusCorrect) / Double(statusCount) : 0 }
    public var roleAccuracy: Double { roleCount > 0 ? Double(roleCorrect) / Double(roleCount) : 0 }

    /// The report as the Python scorer prints it, with the first `errors` error lines.
    /// `noteExtraDocuments: false` is its `--only-docs-in-gold`.
    public func render(errors: Int, noteExtraDocuments: Bool = true) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func left(_ s: String, _ width: Int) -> String {
            let n = s.unicodeScalars.count
            return n >= width ? s : s + String(repeating: " ", count: width - n)
        }
        func right(_ s: String, _ width: Int) -> String {
            let n = s.unicodeScalars.count
            return n >= width ? s : String(repeating: " ", count: width - n) + s
        }
        func row(_ t: TypeScore) -> String {
            left(t.type, 14) + " " + right(String(t.tp), 5) + " " + right(String(t.fp), 5) + " "
                + right(String(t.fn), 5) + " " + right(f(t.precision), 6) + " " + right(f(t.recall), 6) + " "
                + right(f(t.f1), 6)
        }
        var out = ""
        if noteExtraDocuments, extraDocuments > 0 {
            out += "note: \(extraDocuments) system documents have no gold and were not scored\n"
        }
        out += left("type", 14) + " " + ["tp", "fp", "fn"].map { right($0, 5) }.joined(separator: " ") + " "
            + ["P", "R", "F1"].map { right($0, 6) }.joined(separator: " ") + "\n"
        for t in perType { out += row(t) + "\n" }
        out += row(overall) + "\n"
        out += "duplicates (same gold event reported again): \(duplicates)\n"
        out += "found with the wrong type: \(wrongType)\n"
        out += "date accuracy strict \(f(dateStrictAccuracy)) lenient \(f(dateLenientAccuracy)) (n=\(dateCount)); "
            + "status accuracy \(f(statusAccuracy)) (n=\(statusCount)); role accuracy \(f(roleAccuracy)) (n=\(roleCount))\n"
        for line in self.errors.prefix(max(0, errors)) { out += "  " + line + "\n" }
        out += "event_f1=\(f(overall.f1)) precision=\(f(overall.precision)) recall=\(f(overall.recall)) "
            + "date_acc=\(f(dateStrictAccuracy)) role_acc=\(f(roleAccuracy)) status_acc=\(f(statusAccuracy)) dups=\(duplicates)\n"
        return out
    }
}

/// Scores system events against gold documents exactly as `shared/eval/score_events.py` does:
///
/// - System events are grouped by every document their sources name, keyed by `ScoreText.docKey`. When two
///   different ids of the output fold to one key (`d2` and `d2.html`), Python keeps the list of whichever id its
///   dict met last, and for an event naming several documents that order comes from iterating a `set`, so it
///   depends on `PYTHONHASHSEED`; here the order is that of the sources. Outside that case the figures and the
///   printed report are byte-identical to Python's (see `TimelineScorerCrossCheckTests`).
/// - For each gold document, gold events are taken non-optional first (stable). Each takes the first unmatched
///   system event of the same type with a hit: one of its source sentences (of this document), `fold`ed,
///   contains one of the gold evidence phrases, `fold`ed. Matching is one-to-one and greedy.
/// - Non-optional matched gold: tp; date (when gold has one) strict equality and lenient containment
///   (``CalendarSpan``); status (missing gold status = `occurred`); each gold role that is non-empty: a system
///   name, text or id, `nameFold`ed, equals a gold name or one contains the other. Unmatched: fn (TYPE when a
///   system event of any type hits it, else MISS).
/// - An unmatched system event that hits a gold event of its type (optional or not) is a duplicate; otherwise
///   a false positive (EXTRA). Optional gold events neither reward nor punish.
public enum EventScorer {
    public static func score(gold: [GoldDocument], system: [Event]) -> ScoreReport {
        // load_system + {doc_key(k): v}
        var rawOrder: [String] = []
        var byRaw: [String: [Event]] = [:]
        for event in system {
            var docs: [String] = []
            for s in event.sources where !s.document.isEmpty && !docs.contains(s.document) { docs.append(s.document) }
            for d in docs {
                if byRaw[d] == nil { rawOrder.append(d) }
                byRaw[d, default: []].append(event)
            }
        }
        var byDoc: [String: [Event]] = [:]
        for raw in rawOrder { byDoc[ScoreText.docKey(raw)] = byRaw[raw] }

        var report = ScoreReport()
        var perType: [String: TypeScore] = [:]
        func bump(_ type: String, tp: Int = 0, fp: Int = 0, fn: Int = 0) {
            var t = perType[type] ?? TypeScore(type: type)
            t.tp += tp
            t.fp += fp
            t.fn += fn
            perType[type] = t
        }
        var tp = 0, fp = 0, fn = 0
        let goldDocs = Set(gold.map { ScoreText.docKey($0.doc) })

        for g in gold {
            let d = ScoreText.docKey(g.doc)
            let preds = byDoc[d] ?? []
            let gevs = g.events.filter { !$0.optional } + g.events.filter(\.optional)
            let evidence = gevs.map { $0.evidence.map { Array(ScoreText.foldScalars($0)) } }
            let sentences = preds.map { pe in
                pe.sources.filter { ScoreText.docKey($0.document) == d }.map { ScoreText.foldScalars($0.sentence) }
            }
            func hits(_ gi: Int, _ pi: Int) -> Bool {
                evidence[gi].contains { ev in sentences[pi].contains { ScoreText.contains($0, ev) } }
            }
            func firstEvidence(_ ge: GoldEvent) -> String { ge.evidence.first ?? "" }

            var matchedPred = Set<Int>()
            var matchedGold: [Int: Int] = [:]
            for gi in gevs.indices {
                for pi in preds.indices where !matchedPred.contains(pi) && ScoreText.same(preds[pi].type, gevs[gi].type) {
                    if hits(gi, pi) {
                        matchedPred.insert(pi)
                        matchedGold[gi] = pi
                        break
                    }
                }
            }
            for (gi, ge) in gevs.enumerated() where !ge.optional {
                if let pi = matchedGold[gi] {
                    tp += 1
                    bump(ge.type, tp: 1)
                    let pe = preds[pi]
                    if let gd = ge.date, !gd.isEmpty {
                        report.dateCount += 1
                        let pv = pe.date?.value
                        if dateOK(gold: gd, pred: pv, strict: true) { report.dateStrictCorrect += 1 }
                        if dateOK(gold: gd, pred: pv, strict: false) {
                            report.dateLenientCorrect += 1
                        } else {
                            report.errors.append("\(d) DATE gold=\(gd) got=\(pv ?? "None")  [\(firstEvidence(ge))]")
                        }
                    }
                    report.statusCount += 1
                    if let gs = ge.effectiveStatus, ScoreText.same(pe.status.rawValue, gs) {
                        report.statusCorrect += 1
                    } else {
                        report.errors.append(
                            "\(d) STATUS gold=\(ge.status ?? "None") got=\(pe.status.rawValue)  [\(firstEvidence(ge))]")
                    }
                    for role in ["agent", "recipient", "target"] {
                        let names = ge.names(of: role)
                        guard !names.isEmpty else { continue }
                        report.roleCount += 1
                        let al = names.map(ScoreText.nameFold)
                        let got = roleNames(pe, role).map(ScoreText.nameFold)
                        if roleMatches(gold: al, got: got) {
                            report.roleCorrect += 1
                        } else {
                            report.errors.append(
                                "\(d) ROLE \(role) gold=\(names[0]) got=\(pythonList(got))  [\(firstEvidence(ge))]")
                        }
                    }
                } else {
                    fn += 1
                    bump(ge.type, fn: 1)
                    let hitters = preds.indices.filter { hits(gi, $0) }
                    if !hitters.isEmpty {
                        report.wrongType += 1
                        var types: [String] = []
                        for pi in hitters where !types.contains(where: { ScoreText.same($0, preds[pi].type) }) {
                            types.append(preds[pi].type)
                        }
                        types.sort(by: ScoreText.precedes)
                        report.errors.append("\(d) TYPE gold=\(ge.type) got=\(pythonList(types))  [\(firstEvidence(ge))]")
                    } else {
                        report.errors.append("\(d) MISS \(ge.type) \(ge.status ?? "None")  [\(firstEvidence(ge))]")
                    }
                }
            }
            for pi in preds.indices where !matchedPred.contains(pi) {
                let pe = preds[pi]
                if gevs.indices.contains(where: { ScoreText.same(gevs[$0].type, pe.type) && hits($0, pi) }) {
                    report.duplicates += 1
                    continue
                }
                fp += 1
                bump(pe.type, fp: 1)
                let sentence = pe.sources.first?.sentence ?? ""
                let collapsed = ScoreText.collapseSpaces(Array(sentence.unicodeScalars))
                report.errors.append("\(d) EXTRA \(pe.type)  [\(ScoreText.string(Array(collapsed.prefix(120))))]")
            }
        }
        report.extraDocuments = byDoc.keys.filter { !goldDocs.contains($0) }.count
        report.perType = perType.values.sorted { ScoreText.precedes($0.type, $1.type) }
        report.overall = TypeScore(type: "ALL", tp: tp, fp: fp, fn: fn)
        return report
    }

    /// `role_names`: a participant's name, text and id (those present).
    static func roleNames(_ event: Event, _ role: String) -> [String] {
        let p: Participant?
        switch role {
        case "agent": p = event.agent
        case "recipient": p = event.recipient
        default: p = event.target
        }
        guard let p else { return [] }
        return [p.name, p.text] + (p.id.map { [$0] } ?? [])
    }

    /// `any(x in al or any(x and (x in a or a in x) for a in al) for x in got)` on folded names.
    public static func roleMatches(gold al: [String], got: [String]) -> Bool {
        got.contains { x in
            al.contains { ScoreText.same(x, $0) }
                || (!x.isEmpty && al.contains { ScoreText.contains($0, x) || ScoreText.contains(x, $0) })
        }
    }

    /// `date_ok`: equal values; or, when lenient, one calendar span contains the other.
    public static func dateOK(gold: String, pred: String?, strict: Bool) -> Bool {
        guard let pred else { return false }
        if ScoreText.same(gold, pred) { return true }
        if strict { return false }
        guard let g = CalendarSpan(gold), let p = CalendarSpan(pred) else { return false }
        return g.contains(p) || p.contains(g)
    }

    /// Python's `repr` of a list of strings.
    static func pythonList(_ items: [String]) -> String {
        "[" + items.map(pythonRepr).joined(separator: ", ") + "]"
    }

    static func pythonRepr(_ s: String) -> String {
        let quote: Unicode.Scalar = s.unicodeScalars.contains("'") && !s.unicodeScalars.contains("\"") ? "\"" : "'"
        var out = String(Character(quote))
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c == quote {
                    out += "\\" + String(Character(c))
                } else if c.value < 0x20 || c.value == 0x7F {
                    let hex = String(c.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }
}
