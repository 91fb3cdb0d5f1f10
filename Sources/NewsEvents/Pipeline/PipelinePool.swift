import Dispatch

/// The pipelines a run's worker threads annotate with: the run's own, and up to one more per extra thread,
/// each made by ``BatchRunner/replicate`` with tables of its own. A worker takes a pipeline for its share of a
/// batch and puts it back after, so no two threads use one pipeline at a time: the reference counts of its
/// tables (retained and released for every document, sometimes every token) then stay in one core's cache
/// instead of bouncing between cores, and workers do not slow each other down.
///
/// Replicas are made on a thread of their own, only once a run is long enough to need them
/// (``makeReplicas()``); until one is ready, workers wait for the pipelines there are.
/// ```swift
/// let pool = PipelinePool(pipeline, replicas: 1, replicate: { Pipeline(knowledge: reloaded) })
/// pool.makeReplicas()
/// let mine = pool.take()      // a pipeline no other thread is using
/// _ = mine.annotate(source)
/// pool.put(mine)
/// pool.finish()               // waits for replicas still being made
/// ```
final class PipelinePool: @unchecked Sendable {
    private var free: [Pipeline]
    private let available: DispatchSemaphore
    private let lock = DispatchSemaphore(value: 1)
    private let replicas: Int
    private let replicate: (@Sendable () -> Pipeline)?
    /// The pipeline every worker shares when there are no replicas.
    private let shared: Pipeline?
    private var started = false
    private let making = DispatchGroup()

    /// `replicas` more pipelines from `replicate` (none without it: every worker then shares `pipeline`).
    init(_ pipeline: Pipeline, replicas: Int, replicate: (@Sendable () -> Pipeline)?) {
        self.replicate = replicate
        self.replicas = replicate == nil ? 0 : max(0, replicas)
        // Without replicas, one shared pipeline serves as many workers as come.
        free = self.replicas == 0 ? [] : [pipeline]
        available = DispatchSemaphore(value: self.replicas == 0 ? 0 : 1)
        shared = self.replicas == 0 ? pipeline : nil
    }

    /// Starts making the replicas, once (later calls do nothing).
    func makeReplicas() {
        lock.wait()
        let start = !started && replicas > 0
        started = true
        lock.signal()
        guard start, let replicate else { return }
        for _ in 0..<replicas {
            DispatchQueue.global().async(group: making) { self.put(replicate()) }
        }
    }

    /// A pipeline for this thread alone until ``put(_:)``; waits while every one is in use.
    func take() -> Pipeline {
        if let shared { return shared }
        available.wait()
        lock.wait()
        defer { lock.signal() }
        return free.removeLast()
    }

    /// Gives back a pipeline from ``take()``.
    func put(_ pipeline: Pipeline) {
        guard shared == nil else { return }
        lock.wait()
        free.append(pipeline)
        lock.signal()
        available.signal()
    }

    /// Waits for the replicas still being made, so no work outlives the run.
    func finish() {
        making.wait()
    }
}
