import Dispatch

/// Runs the pipeline over every input of a command line: reads documents in input order, annotates them
/// on `jobs` threads, and hands each result to a sink in input order, so output is the same whatever
/// the number of jobs. Memory holds one batch of documents at a time, not the whole run.
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
        var ingest = IngestRun(reader: DocumentReader(defaultDate: defaultDate, limits: limits))
        var pending: [Result<SourceDocument, InputFailure>] = []
        // With several jobs, a batch is annotated while the next one is read: reading is not held up by
        // annotating, nor annotating by reading.
        var inFlight: BatchWork? = nil
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
            if jobs == 1 {
                deliver(annotate(pending))
                return
            }
            let started = start(pending)
            if let previous = inFlight { deliver(previous.wait()) }
            inFlight = started
        }
        ingest.read(collected.inputs) { result in
            pending.append(result)
            if pending.count >= batchSize { flush() }
        }
        flush()
        if let last = inFlight { deliver(last.wait()) }
        if let sinkError { throw sinkError }
        return summary
    }

    /// Annotates a batch on this thread; failures pass through in place.
    func annotate(_ batch: [Result<SourceDocument, InputFailure>]) -> [Item] {
        let work = BatchWork(batch: batch)
        work.annotate(with: pipeline)
        return work.wait()
    }

    /// Starts annotating a batch on `jobs` threads; `wait()` gives the results in batch order.
    func start(_ batch: [Result<SourceDocument, InputFailure>]) -> BatchWork {
        let work = BatchWork(batch: batch)
        // Documents are handed out one at a time so a long document does not hold up a whole share.
        for _ in 0..<min(jobs, batch.count) {
            DispatchQueue.global().async(group: work.group) { [pipeline] in work.annotate(with: pipeline) }
        }
        return work
    }
}

/// One batch being annotated: its documents, one result slot per document, and the next document to take.
/// Each worker thread writes only the slots of the documents it took.
final class BatchWork: @unchecked Sendable {
    let batch: [Result<SourceDocument, InputFailure>]
    let results: ResultSlots
    let next = AtomicCounter()
    let group = DispatchGroup()

    init(batch: [Result<SourceDocument, InputFailure>]) {
        self.batch = batch
        self.results = ResultSlots(count: batch.count)
    }

    /// Takes documents until none is left.
    func annotate(with pipeline: Pipeline?) {
        while true {
            let index = next.increment()
            guard index < batch.count else { break }
            switch batch[index] {
            case .success(let source):
                results.slots[index] = .document(pipeline?.annotate(source) ?? AnnotatedDocument(source: source))
            case .failure(let failure): results.slots[index] = .failure(failure)
            }
        }
    }

    /// The results in batch order, once every worker is done.
    func wait() -> [BatchRunner.Item] {
        group.wait()
        return results.slots.map { $0! }
    }
}

/// One slot per document of a batch; each worker thread writes only the slots of the documents it took.
final class ResultSlots: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<BatchRunner.Item?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
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
