import XCTest
@testable import NewsEvents

/// Compares `EventScorer` with the Python scorer on random gold/system pairs. Run by hand:
/// `NEWSEVENTS_SCORER_CROSSCHECK=200 swift test --filter TimelineScorerCrossCheck` (the number of rounds);
/// skipped otherwise, or when `python3` or `../shared/eval/score_events.py` is missing.
final class TimelineScorerCrossCheckTests: XCTestCase {
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
    }

    static let words = ["the", "ministry", "granted", "a", "licence", "to", "Huawei", "U.S.", "Commerce", "said", "it",
                        "would", "extend", "ban", "on", "imports", "Japan", "tariffs", "approved", "“deal”", "it’s", "é",
                        "DENIED", "request", "e\u{301}tat", "\u{A0}", "x|y", "\"q\""]
    static let types = ["grant", "denial", "rule", "restriction", "extension"]
    static let dates = ["2019-11-20", "2019-11", "2019-W47", "2019-W48", "2019-Q4", "2019", "XXXX-11-20", "2019-13",
                        "2019-W53", "2020-W53", "2019-11-30", "2019-Q5", ""]
    static let names = ["The U.S. Commerce Department", "u. s. commerce", "Commerce", "Huawei", "huawei technologies",
                        "Japan", "the", "", "A firm", "Ministry (MITI)", "é"]

    func sentence(_ rng: inout Rng) -> String {
        (0..<(3 + rng.int(10))).map { _ in rng.pick(Self.words) }.joined(separator: rng.chance(20) ? "  " : " ")
    }

    func testAgainstPython() throws {
        let env = ProcessInfo.processInfo.environment
        guard let roundsText = env["NEWSEVENTS_SCORER_CROSSCHECK"], let rounds = Int(roundsText) else {
            throw XCTSkip("set NEWSEVENTS_SCORER_CROSSCHECK=N to compare with the Python scorer")
        }
        let script = Fixtures.projectRoot + "/../shared/eval/score_events.py"
        guard FileManager.default.fileExists(atPath: script) else { throw XCTSkip("no \(script)") }
        let dir = NSTemporaryDirectory() + "newsevents-crosscheck-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rng = Rng(state: UInt64(env["NEWSEVENTS_SEED"].flatMap { UInt64($0) } ?? 1))
        var failures = 0
        var seen: [String: Int] = [:]
        for round in 0..<rounds {
            let docIDs = ["d1", "d2", "d3"]
            var gold: [GoldDocument] = []
            var system: [Event] = []
            var sentencesByDoc: [String: [String]] = [:]
            for d in docIDs { sentencesByDoc[d] = (0..<6).map { _ in sentence(&rng) } }
            for d in docIDs where rng.chance(80) {
                var events: [GoldEvent] = []
                for _ in 0..<rng.int(5) {
                    let s = Array(rng.pick(sentencesByDoc[d]!).split(separator: " "))
                    let start = rng.int(max(1, s.count - 1))
                    let phrase = s[start..<min(s.count, start + 1 + rng.int(3))].joined(separator: " ")
                    let hasStatus = rng.chance(85)
                    events.append(GoldEvent(
                        type: rng.pick(Self.types), status: hasStatus ? (rng.chance(10) ? nil : rng.pick(EventStatus.allCases).rawValue) : nil,
                        hasStatus: hasStatus, date: rng.chance(30) ? nil : rng.pick(Self.dates),
                        agent: rng.chance(40) ? [] : [rng.pick(Self.names), rng.pick(Self.names)],
                        recipient: rng.chance(70) ? [] : [rng.pick(Self.names)],
                        target: rng.chance(50) ? [] : [rng.pick(Self.names)],
                        evidence: [phrase.uppercased(), phrase].shuffledFirst(&rng), optional: rng.chance(20)))
                }
                gold.append(GoldDocument(doc: rng.chance(20) ? "txt/\(d).txt" : d, events: events))
            }
            // One spelling per document and round: when two ids of one document (`d2`, `d2.html`) both occur, the
            // Python scorer keeps whichever its set iteration meets last, which depends on PYTHONHASHSEED.
            var spelling: [String: String] = [:]
            for d in docIDs + ["d4"] { spelling[d] = rng.chance(15) ? d + ".html" : d }
            for _ in 0..<rng.int(12) {
                let d = rng.pick(docIDs + ["d4"])
                var sources: [EventSource] = []
                for k in 0..<(1 + rng.int(2)) {
                    let raw = k > 0 && rng.chance(40) ? rng.pick(docIDs) : d
                    let sd = spelling[raw]!
                    let text = rng.chance(80) ? rng.pick(sentencesByDoc[raw] ?? [""]) : sentence(&rng)
                    sources.append(EventSource(document: sd, sentence: rng.chance(20) ? text.lowercased() : text, start: k, end: k + 1, rule: "r"))
                }
                func participant() -> Participant? {
                    rng.chance(40) ? nil : Participant(id: rng.chance(50) ? nil : "x.y", name: rng.pick(Self.names), text: rng.pick(Self.names))
                }
                let date = rng.chance(30) ? nil : rng.pick(Self.dates)
                system.append(Event(
                    type: rng.pick(Self.types), status: rng.pick(EventStatus.allCases),
                    date: date.map { EventDate(value: $0, granularity: .day, text: "", approximate: false) },
                    agent: participant(), recipient: participant(), target: participant(), sources: sources))
            }
            var events = system
            EventIdentifier.assign(&events)
            let goldPath = dir + "/gold.jsonl", sysPath = dir + "/system.json"
            try gold.map(encodeGold).joined(separator: "\n").write(toFile: goldPath, atomically: true, encoding: .utf8)
            try TimelineEncoder(format: .json).encode(Timeline(events: events)).write(toFile: sysPath, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, goldPath, sysPath, "--errors", "100000"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let python = String(decoding: data, as: UTF8.self)
            let report = EventScorer.score(gold: try GoldFile.load(path: goldPath), system: events)
            let swift = report.render(errors: 100000)
            seen["tp", default: 0] += report.overall.tp
            seen["dup", default: 0] += report.duplicates
            for kind in ["MISS", "EXTRA", "TYPE", "DATE", "STATUS", "ROLE"] {
                seen[kind, default: 0] += report.errors.filter { $0.contains(" \(kind) ") }.count
            }
            if python != swift {
                failures += 1
                if failures <= 3 {
                    XCTFail("round \(round) differs:\n--- python\n\(python)\n--- swift\n\(swift)")
                    try? FileManager.default.copyItem(atPath: goldPath, toPath: NSTemporaryDirectory() + "crosscheck-\(round)-gold.jsonl")
                    try? FileManager.default.copyItem(atPath: sysPath, toPath: NSTemporaryDirectory() + "crosscheck-\(round)-system.json")
                }
            }
        }
        XCTAssertEqual(failures, 0)
        print("cross-check: \(rounds) rounds; " + seen.keys.sorted().map { "\($0)=\(seen[$0]!)" }.joined(separator: " "))
        // The random cases must exercise every kind of outcome, or the comparison proves little.
        if rounds >= 50 { XCTAssertTrue(seen.values.allSatisfy { $0 > 0 }, "\(seen)") }
    }

    func encodeGold(_ g: GoldDocument) -> String {
        var w = JSONWriter()
        w.object { w in
            w.key("doc"); w.string(g.doc)
            w.key("events")
            w.array { w in
                for e in g.events {
                    w.object { w in
                        w.key("type"); w.string(e.type)
                        if e.hasStatus { w.key("status"); w.string(e.status) }
                        w.key("date"); w.string(e.date)
                        for role in ["agent", "recipient", "target"] {
                            w.key(role)
                            w.array { w in for n in e.names(of: role) { w.string(n) } }
                        }
                        w.key("evidence")
                        w.array { w in for x in e.evidence { w.string(x) } }
                        w.key("optional"); w.bool(e.optional)
                    }
                }
            }
        }
        return w.output
    }
}

private extension Array where Element == String {
    func shuffledFirst(_ rng: inout TimelineScorerCrossCheckTests.Rng) -> [String] {
        rng.chance(50) ? self : reversed()
    }
}
