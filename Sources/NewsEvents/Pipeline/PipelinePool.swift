import Dispatch

/// The pipelines a run's worker threads annotate with: the run's own, and up to one more per extra thread,
/// each made by ``BatchRunner/replicate`` with tables of its own. A worker takes a pipeline for its share of a
/// batch and puts it back after, so while there are enough, no two threads use one pipeline at a time: the
/// reference counts of its tables (retained and released for every document, sometimes every token) then stay
/// in one core's cache instead of bouncing between cores, and workers do not slow each other down.
///
/// Replicas are made on a thread of their own, only once a run is long enough to need them
/// (``makeReplicas()``). A worker never waits for one: while none is free it shares the run's own pipeline,
/// as every worker does without replicas. A replica still being made when the run ends is dropped when done.
/// ```swift
/// let pool = PipelinePool(pipeline, replicas: 1, replicate: { Pipeline(knowledge: reloaded) })
/// pool.makeReplicas()
/// let lease = pool.take()     // a pipeline, `lease.own` when no other thread is using it
/// _ = lease.pipeline.annotate(source)
/// pool.put(lease)
/// ```
final class PipelinePool: @unchecked Sendable {
    /// A pipeline taken from the pool: ``own`` when this thread alone uses it until ``PipelinePool/put(_:)``.
    struct Lease {
        let pipeline: Pipeline
        let own: Bool
    }

    /// The run's own pipeline: shared by workers that find no free one.
    private let first: Pipeline
    /// Pipelines no thread holds.
    private var free: [Pipeline]
    private let lock = DispatchSemaphore(value: 1)
    private let replicas: Int
    private let replicate: (@Sendable () -> Pipeline)?
    private var started = false

    /// `replicas` more pipelines from `replicate` (none without it: every worker then shares `pipeline`).
    init(_ pipeline: Pipeline, replicas: Int, replicate: (@Sendable () -> Pipeline)?) {
        self.first = pipeline
        self.replicate = replicate
        self.replicas = replicate == nil ? 0 : max(0, replicas)
        free = [pipeline]
    }

    /// Starts making the replicas, once (later calls do nothing).
    func makeReplicas() {
        lock.wait()
        let start = !started && replicas > 0
        started = true
        lock.signal()
        guard start, let replicate else { return }
        for _ in 0..<replicas {
            DispatchQueue.global().async { self.put(Lease(pipeline: replicate(), own: true)) }
        }
    }

    /// A free pipeline for this thread alone, or the run's own one, shared, when none is free.
    func take() -> Lease {
        lock.wait()
        defer { lock.signal() }
        guard let pipeline = free.popLast() else { return Lease(pipeline: first, own: false) }
        return Lease(pipeline: pipeline, own: true)
    }

    /// Gives back a pipeline from ``take()`` (a shared one was never taken out).
    func put(_ lease: Lease) {
        guard lease.own else { return }
        lock.wait()
        free.append(lease.pipeline)
        lock.signal()
    }
}
