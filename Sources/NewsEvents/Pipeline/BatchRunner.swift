import Dispatch

/// Runs the pipeline over every input of a command line: cuts the inputs into units in input order (JSONL
/// lines, files: ``ReadUnit``), reads and annotates them in batches on `jobs` threads, and hands each result to
/// a sink in input order, so output is the same whatever the number of jobs. Document ids are made unique in
/// input order before a document is annotated. Memory holds a few batches at a time, not the whole run.
///
/// ```swift
/// let runner = BatchRunner(pipeline: pipeline, jobs: 2, defaultDate: nil)
/// let summary = try runner.run(arguments: ["corpus/"]) { item in
///     if case .document(let document) = item { print(document.events.count) }
/// }
/// summary.failures   // inputs that could not be read, each also given to the sink
/// ```
public struct BatchRunner: Sendable {
    /// One result, in input order.
    public enum Item: Sendable {
        case document(AnnotatedDocument)
        case failure(InputFailure)
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var documents = 0
        public var events = 0
        public var failures: [InputFailure] = []
    }

    /// The analysis; `nil` stops after the ingest stage (documents with their text and metadata only).
    public let pipeline: Pipeline?
    public let jobs: Int
    public let defaultDate: SimpleDate?
    /// The largest document and deepest HTML page read (`--max-document-bytes`, `--max-html-depth`).
    public let limits: ReadLimits
    /// Documents annotated together before results are handed on.
    public var batchSize: Int
    /// The sink reads only each document's source and events (`extract`, `eval`): the other layers (code
    /// points, tokens, sentences, timexes, actors) are dropped by the worker that made them, so they are freed
    /// there, in parallel, not one after another on the thread that runs the sink.
    public var keepsOnlyEvents = false

    public init(pipeline: Pipeline?, jobs: Int, defaultDate: SimpleDate?, limits: ReadLimits = ReadLimits()) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.defaultDate = defaultDate
        self.limits = limits
        self.batchSize = max(1, jobs) * 32
    }

    public func run(arguments: [String], standardInputIsTerminal: Bool? = nil, sink: (Item) throws -> Void) throws -> Summary {
        let collected = InputCollector(standardInputIsTerminal: standardInputIsTerminal).collect(arguments)
        var summary = Summary()
        for failure in collected.failures {
            summary.failures.append(failure)
            try sink(.failure(failure))
        }
        // The closures below capture only these, never `self` (copying the runner per unit cost 10% of a run).
        let jobs = jobs, batchSize = batchSize
        let reader = DocumentReader(defaultDate: defaultDate, limits: limits)
        let stages = BatchStages(reader: reader, pipeline: pipeline, keepsOnlyEvents: keepsOnlyEvents)
        let ids = DocumentIDs()
        // One serial queue a worker: batches reach every worker in input order, and no more than `jobs` tasks
        // ever run at once (the global queue ran the next batch's tasks beside the current one's on extra
        // threads, which the cores then shared).
        let workers = (0..<jobs).map { DispatchQueue(label: "newsevents.worker.\($0)") }
        var pending: [ReadUnit] = []
        // This thread only cuts inputs into units (JSONL lines, file names); the units are read, named and
        // annotated in batches on the workers. With several jobs a batch is worked on while the next one is
        // cut: cutting is not held up by annotating, nor annotating by cutting.
        var inFlight: BatchWork? = nil
        var lastNamed: DispatchGroup? = nil
        var sinkError: Error? = nil
        func deliver(_ annotated: [Item]) {
            guard sinkError == nil else { return }
            do {
                for item in annotated {
                    switch item {
                    case .document(let document):
                        summary.documents += 1
                        summary.events += document.events.count
                    case .failure(let failure):
                        summary.failures.append(failure)
                    }
                    try sink(item)
                }
            } catch {
                sinkError = error
            }
        }
        func flush() {
            defer { pending.removeAll(keepingCapacity: true) }
            guard sinkError == nil, !pending.isEmpty else { return }
            let work = BatchWork(units: pending, stages: stages, ids: ids, after: lastNamed)
            lastNamed = work.named
            if jobs == 1 {
                work.work()
                deliver(work.wait())
                return
            }
            work.start(on: workers)
            if let previous = inFlight { deliver(previous.wait()) }
            inFlight = work
        }
        for input in collected.inputs {
            reader.units(of: input) { unit in
                pending.append(unit)
                if pending.count >= batchSize { flush() }
            }
        }
        flush()
        if let last = inFlight { deliver(last.wait()) }
        if let sinkError { throw sinkError }
        return summary
    }
}

/// What a batch's workers share: the reader of units and the pipeline of the analysis (`nil`: documents are not
/// annotated), and whether results keep only their source and events (``BatchRunner/keepsOnlyEvents``).
/// A class: workers hold one reference to it, not a copy of every table (each copy retained them all).
final class BatchStages: Sendable {
    let reader: DocumentReader
    let pipeline: Pipeline?
    let keepsOnlyEvents: Bool

    init(reader: DocumentReader, pipeline: Pipeline?, keepsOnlyEvents: Bool) {
        self.reader = reader
        self.pipeline = pipeline
        self.keepsOnlyEvents = keepsOnlyEvents
    }

    /// The analysis of `source` (none without a pipeline), with only what the sink reads.
    func annotate(_ source: SourceDocument) -> AnnotatedDocument {
        guard let pipeline else { return AnnotatedDocument(source: source) }
        var document = pipeline.annotate(source)
        if keepsOnlyEvents {
            document.scalars = []
            document.tokens = []
            document.sentences = []
            document.timexes = []
            document.entities = []
        }
        return document
    }
}

/// The document ids of a run, kept unique across batches (see ``DocumentIDAllocator``); batches take theirs in
/// input order.
final class DocumentIDs: @unchecked Sendable {
    var allocator = DocumentIDAllocator()
}

/// One batch: its units, read into documents, named, then annotated, each step by whichever worker is free.
///
/// Workers first read units (one at a time, so a long document does not hold up a whole share); the worker
/// that reads the last one makes the ids of the batch unique, in input order and after the batch before it
/// (ids depend on every earlier document); then every worker annotates documents until none is left.
final class BatchWork: @unchecked Sendable {
    let units: [ReadUnit]
    let stages: BatchStages
    let ids: DocumentIDs
    /// Left once the batch before this one has its ids.
    let previous: DispatchGroup?
    /// Left once this batch has its ids.
    let named = DispatchGroup()
    let documents: Slots<Result<SourceDocument, InputFailure>>
    let results: Slots<BatchRunner.Item>
    let nextRead = AtomicCounter()
    let read = AtomicCounter()
    let nextAnnotation = AtomicCounter()
    let group = DispatchGroup()

    init(units: [ReadUnit], stages: BatchStages, ids: DocumentIDs, after previous: DispatchGroup?) {
        self.units = units
        self.stages = stages
        self.ids = ids
        self.previous = previous
        self.documents = Slots(count: units.count)
        self.results = Slots(count: units.count)
        named.enter()
    }

    /// Gives the batch to each worker, after the batches they already have; ``wait()`` gives the results.
    func start(on workers: [DispatchQueue]) {
        for worker in workers.prefix(units.count) {
            worker.async(group: group) { [self] in work() }
        }
    }

    /// One worker's share: reads units until none is left, then annotates documents until none is left.
    func work() {
        while true {
            let index = nextRead.increment()
            guard index < units.count else { break }
            documents.slots[index] = stages.reader.read(units[index])
            if read.increment() == units.count - 1 { name() }
        }
        named.wait()
        let stages = self.stages
        while true {
            let index = nextAnnotation.increment()
            guard index < units.count else { break }
            switch documents.take(index) {
            case .success(let source):
                results.slots[index] = .document(stages.annotate(source))
            case .failure(let failure):
                results.slots[index] = .failure(failure)
            }
        }
    }

    /// Makes the ids of the batch unique, once the batch before it has its ids.
    private func name() {
        previous?.wait()
        for index in 0..<units.count {
            guard case .success(var document) = documents.slots[index] else { continue }
            documents.slots[index] = nil
            document.id = ids.allocator.allocate(document.id)
            documents.slots[index] = .success(document)
        }
        named.leave()
    }

    /// The results in batch order, once every worker is done.
    func wait() -> [BatchRunner.Item] {
        group.wait()
        return results.slots.map { $0! }
    }
}

/// One slot per unit of a batch; each worker thread writes only the slots of the units it took.
final class Slots<Value>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    /// The value of a slot, leaving it empty.
    func take(_ index: Int) -> Value {
        let value = slots[index]!
        slots[index] = nil
        return value
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}

/// A counter shared by worker threads.
final class AtomicCounter: @unchecked Sendable {
    private var value = -1
    private let lock = DispatchSemaphore(value: 1)

    /// The next value, starting at 0.
    func increment() -> Int {
        lock.wait()
        defer { lock.signal() }
        value += 1
        return value
    }
}
