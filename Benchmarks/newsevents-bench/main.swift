// newsevents-bench: throughput of the whole pipeline over the Reuters-21578 corpus kept beside the checkout
// (`../shared/data/reuters21578/articles.jsonl` and its `txt/` folder, relative to the repository root).
//
//   swift build -c release --product newsevents-bench && .build/release/newsevents-bench [--jobs N] [--only jsonl|txt]
//       [--through ingest|text|time|entities|events] [--stages-only]
//
// For each corpus: one pass with every stage timed per document in CPU seconds of this thread (ingest, the
// document's code points, each pipeline stage, timeline building and JSON encoding), then the end-to-end run
// the CLI does (`extract --jobs 1` and `--jobs N`), with MB/s (10^6 bytes of input), articles/s, CPU seconds
// and peak resident memory. `--through` keeps the stages up to a layer (`ingest`: none, for profiling the
// readers); `--stages-only` skips the end-to-end runs. CPU time rather than wall time, so other processes on the machine change the figures little.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsEvents

/// This process's resource usage so far.
func usage() -> rusage {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// Seconds of CPU (user + system) this process has used.
func cpuSeconds() -> Double {
    let usage = usage()
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Peak resident set size of this process so far, in MB.
func peakMegabytes() -> Double {
    let usage = usage()
    #if os(Linux)
    return Double(usage.ru_maxrss) / 1024
    #else
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

/// CPU seconds (user + system) this thread has used.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func elapsed(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func format(_ value: Double, _ digits: Int = 2) -> String {
    var text = String(Int((value * pow(10, Double(digits))).rounded()))
    while text.count <= digits { text = "0" + text }
    return digits == 0 ? text : String(text.dropLast(digits)) + "." + String(text.suffix(digits))
}

func row(_ cells: [String], widths: [Int]) -> String {
    zip(cells, widths).enumerated().map { k, pair in
        let (cell, width) = pair
        let pad = String(repeating: " ", count: max(0, width - cell.count))
        return k == 0 ? cell + pad : pad + cell
    }.joined(separator: "  ")
}

/// Bytes of the regular files at `path` (a file, or a folder walked recursively).
func inputBytes(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    if (info.st_mode & S_IFMT) != S_IFDIR { return Int(info.st_size) }
    guard let directory = opendir(path) else { return 0 }
    defer { closedir(directory) }
    var total = 0
    while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name == "." || name == ".." { continue }
        total += inputBytes(path + "/" + name)
    }
    return total
}

/// Every stage timed per document, in CPU seconds of this thread.
func stagePass(_ path: String, pipeline: Pipeline, bytes: Int, ingestOnly: Bool) {
    let stages = ingestOnly ? [] : pipeline.stages
    let names = ["ingest", "code points"] + stages.map { String(describing: type(of: $0)) } + ["timeline", "encode"]
    var seconds = [Double](repeating: 0, count: names.count)
    var documents = 0, failures = 0
    var builder = TimelineBuilder()
    var ingest = IngestRun(reader: DocumentReader())
    let cpuStart = cpuSeconds()
    let start = ContinuousClock.now
    var mark = threadSeconds()
    ingest.read(InputCollector(standardInputIsTerminal: true).collect([path]).inputs) { result in
        var now = threadSeconds()
        seconds[0] += now - mark
        guard case .success(let source) = result else {
            failures += 1
            mark = threadSeconds()
            return
        }
        var document = AnnotatedDocument(source: source)
        var then = threadSeconds()
        seconds[1] += then - now
        for (k, stage) in stages.enumerated() {
            stage.process(&document)
            now = threadSeconds()
            seconds[k + 2] += now - then
            then = now
        }
        builder.add(document: DocumentSummary(document.source), events: document.events)
        seconds[names.count - 2] += threadSeconds() - then
        documents += 1
        mark = threadSeconds()
    }
    let t = threadSeconds()
    let json = TimelineEncoder(format: .json).encode(builder.build())
    seconds[names.count - 1] += threadSeconds() - t
    let total = elapsed(since: start), cpu = cpuSeconds() - cpuStart
    let articles = documents + failures
    print("  per stage, CPU s of one thread (\(documents) documents, \(failures) failures, \(json.utf8.count) bytes of JSON):")
    let widths = [22, 8, 7, 10, 12]
    print("    " + row(["stage", "s", "share", "MB/s", "articles/s"], widths: widths))
    for (name, s) in zip(names, seconds) {
        print("    " + row([name, format(s, 3), format(100 * s / cpu, 1) + "%", format(Double(bytes) / 1e6 / s, 1),
                             format(Double(articles) / s, 0)], widths: widths))
    }
    print("    " + row(["all (CPU)", format(cpu, 3), "100%", format(Double(bytes) / 1e6 / cpu, 2),
                         format(Double(articles) / cpu, 0)], widths: widths) + "   wall \(format(total)) s")
}

/// The run `newsevents extract --jobs N` makes: read, annotate on N threads sharing one pipeline, stream the
/// timeline (the documents as they come, the merged events at the end) into memory.
func endToEnd(_ path: String, pipeline: Pipeline, jobs: Int, bytes: Int) -> Double {
    let cpuStart = cpuSeconds()
    let start = ContinuousClock.now
    var stream = TimelineStream(format: .json)
    var written = 0
    var runner = BatchRunner(pipeline: pipeline, jobs: jobs, defaultDate: nil)
    runner.keepsOnlyEvents = true
    let summary = try? runner.run(arguments: [path], standardInputIsTerminal: true) { item in
        switch item {
        case .document(let document): stream.add(document: DocumentSummary(document.source), events: document.events)
        case .failure(let failure): stream.add(failure: failure)
        }
        if stream.pendingCount >= 1 << 16 { written += stream.takeBytes().count }
    }
    written += stream.finish().count
    let wall = elapsed(since: start), cpu = cpuSeconds() - cpuStart
    let articles = (summary?.documents ?? 0) + (summary?.failures.count ?? 0)
    print("  end to end, --jobs \(jobs): \(format(wall, 3)) s wall, \(format(cpu)) CPU s, "
        + "\(format(Double(bytes) / 1e6 / wall)) MB/s, \(format(Double(articles) / wall, 0)) articles/s, "
        + "\(format(Double(articles) / max(cpu, 0.001), 0)) articles/CPU-s, peak RSS so far \(format(peakMegabytes(), 0)) MB")
    return wall
}

var jobs = 2
var only: String? = nil
var through = Pipeline.Layer.events
var endToEndRuns = true
var ingestOnly = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--jobs": jobs = Int(arguments.popFirst() ?? "") ?? jobs
    case "--only": only = arguments.popFirst()
    case "--through" where arguments.first == "ingest":
        _ = arguments.popFirst()
        (through, ingestOnly, endToEndRuns) = (.text, true, false)
    case "--through" where arguments.first.flatMap(Pipeline.Layer.init(rawValue:)) != nil:
        through = Pipeline.Layer(rawValue: arguments.popFirst()!)!
    case "--stages-only": endToEndRuns = false
    default:
        print("usage: newsevents-bench [--jobs N] [--only jsonl|txt] [--through ingest|text|time|entities|events]"
            + " [--stages-only]   (run from the repository root)")
        exit(2)
    }
}

let data = "../shared/data/reuters21578"
let corpora = [("jsonl", data + "/articles.jsonl"), ("txt", data + "/txt")].filter { only == nil || $0.0 == only }
guard let rules = RulesLocator.bundled() else {
    print("newsevents-bench: no rules/ folder found (run from the repository root or set NEWSEVENTS_RULES)")
    exit(2)
}
let loadStart = ContinuousClock.now
let (knowledge, _) = Knowledge.load(directories: [rules])
let pipeline = Pipeline(knowledge: knowledge, through: through)
print("rules loaded in \(format(elapsed(since: loadStart), 3)) s")
var ran = false
for (name, path) in corpora {
    let bytes = inputBytes(path)
    guard bytes > 0 else {
        print("\(name): \(path) is absent (the corpus lives in ../shared beside the checkout): skipped")
        continue
    }
    ran = true
    print("\(name): \(path), \(format(Double(bytes) / 1e6)) MB")
    stagePass(path, pipeline: pipeline, bytes: bytes, ingestOnly: ingestOnly)
    guard endToEndRuns else { continue }
    let one = endToEnd(path, pipeline: pipeline, jobs: 1, bytes: bytes)
    if jobs > 1 {
        let many = endToEnd(path, pipeline: pipeline, jobs: jobs, bytes: bytes)
        print("  --jobs \(jobs) speed-up over --jobs 1: \(format(one / many))x")
    }
}
print("peak RSS: \(format(peakMegabytes(), 0)) MB")
exit(ran ? 0 : 2)
