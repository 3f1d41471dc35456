import Foundation

/// Render worker processes (`RenderWorker`, the same executable), kept alive between
/// requests so that a long-running caller pays for their start once. Graphviz keeps
/// global state and is not thread-safe, so parallel layout takes processes; and since
/// each worker draws each diagram in a child process of its own, a crash in Graphviz
/// costs that diagram, not the caller.
///
/// A request takes up to `size` workers (one per core, at most one per diagram), idle
/// ones first, all taking diagrams from one queue, largest first, so a big diagram
/// never starts last. Each worker has at most two requests in flight, so it never
/// waits for the next. Requests may overlap (`serve` draws a large overview in the
/// background): each takes workers of its own, and at most `size` stay idle after.
///
/// A worker that cannot be spawned leaves its share to this process. A worker that
/// cannot start, dies or reports an error stops the request, which throws; that worker
/// is not used again.
final class WorkerPool: @unchecked Sendable {
    let executable: String
    let size: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var idle: [WorkerProcess] = []

    init(executable: String, size: Int) {
        self.executable = executable
        self.size = max(1, size)
    }

    deinit { stop() }

    /// Ends the idle workers.
    func stop() {
        let workers = lock.withLock { defer { idle = [] }; return idle }
        for worker in workers { worker.finish() }
    }

    /// The process ids of the idle workers, for tests.
    var idlePIDs: [pid_t] { lock.withLock { idle.map(\.pid) } }

    /// Draws `diagrams`: one result each, in order. `lowPriority` draws them in a
    /// worker of its own at a lower priority, ended afterwards, so that other requests
    /// need not wait for them.
    func draw(_ diagrams: [Diagram], lowPriority: Bool = false) throws(DiagramError) -> [Result<[UInt8], DiagramFailure>] {
        guard !diagrams.isEmpty else { return [] }
        let batch = Batch(diagrams)
        let drivers = lowPriority ? 1 : min(size, diagrams.count)
        if drivers == 1 {
            drive(batch, lowPriority: lowPriority)
        } else {
            let done = DispatchGroup()
            for _ in 0..<drivers {
                done.enter()
                // A thread of its own rather than a dispatch queue: the drivers block in
                // `read`, and a small global pool would starve the others.
                Thread.detachNewThread {
                    self.drive(batch, lowPriority: false)
                    done.leave()
                }
            }
            done.wait()
        }
        return try batch.results()
    }

    /// The queue and the answers of one request.
    private final class Batch: @unchecked Sendable {
        let diagrams: [Diagram]
        private let lock = NSLock()
        // Guarded by `lock`.
        private var queue: [Int]
        private var answers: [Result<[UInt8], DiagramFailure>?]
        private var failure: DiagramError?

        init(_ diagrams: [Diagram]) {
            self.diagrams = diagrams
            queue = diagrams.indices.sorted { diagrams[$0].dot.utf8.count > diagrams[$1].dot.utf8.count }.reversed()
            answers = Array(repeating: nil, count: diagrams.count)
        }

        func take() -> Int? { lock.withLock { failure == nil ? queue.popLast() : nil } }
        func fail(_ error: DiagramError) { lock.withLock { if failure == nil { failure = error } } }
        var failed: Bool { lock.withLock { failure != nil } }
        func answer(_ index: Int, _ result: Result<[UInt8], DiagramFailure>) { lock.withLock { answers[index] = result } }

        func results() throws(DiagramError) -> [Result<[UInt8], DiagramFailure>] {
            let (failure, answers) = lock.withLock { (self.failure, self.answers) }
            if let failure { throw failure }
            return answers.map { $0! }
        }
    }

    /// An idle worker, or a new one that said it is ready; nil when none can be
    /// spawned. Throws when one was spawned but could not start.
    private func checkOut(lowPriority: Bool) throws(DiagramError) -> WorkerProcess? {
        if !lowPriority, let worker = lock.withLock({ idle.popLast() }) { return worker }
        guard let worker = WorkerProcess.spawn(executable: executable) else { return nil }
        if lowPriority { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(worker.pid), 10) }
        guard worker.awaitReady() != nil else {
            throw DiagramError("a render worker (process \(worker.pid)) could not start (\(worker.finish()))")
        }
        return worker
    }

    /// Keeps `worker` for the next request, unless enough are idle already.
    private func checkIn(_ worker: WorkerProcess) {
        let kept = lock.withLock { () -> Bool in
            guard idle.count < size else { return false }
            idle.append(worker)
            return true
        }
        if !kept { worker.finish() }
    }

    /// Feeds one worker until the queue is empty or the request failed.
    private func drive(_ batch: Batch, lowPriority: Bool) {
        guard let first = batch.take() else { return }
        let worker: WorkerProcess
        do throws(DiagramError) {
            guard let spawned = try checkOut(lowPriority: lowPriority) else { return drawHere(batch, first: first) }
            worker = spawned
        } catch {
            return batch.fail(error)
        }
        var inFlight: [Int] = []
        var next: Int? = first
        while true {
            while inFlight.count < 2, let index = next ?? batch.take() {
                next = nil
                inFlight.append(index)
                // A worker that is gone shows when its answer does not come.
                guard worker.send(batch.diagrams[index]) else { break }
            }
            guard let current = inFlight.first else { break }
            switch worker.receive() {
            case .svg(let svg)?:
                batch.answer(current, .success(svg))
            case .failed(let reason)?:
                batch.answer(current, .failure(DiagramFailure(reason)))
            case .error(let message)?:
                worker.finish()
                return batch.fail(DiagramError(message))
            case nil:
                batch.fail(DiagramError("a render worker (process \(worker.pid)) stopped (\(worker.finish())) "
                    + "while drawing '\(batch.diagrams[current].name)'"))
                return
            }
            inFlight.removeFirst()
        }
        if lowPriority { worker.finish() } else { checkIn(worker) }
    }

    /// Draws `first`, then whatever is left in the queue, in this process, without the
    /// protection of a worker.
    private func drawHere(_ batch: Batch, first: Int) {
        var next: Int? = first
        while let index = next {
            do throws(DiagramError) {
                batch.answer(index, try GraphvizDrawing.draw(batch.diagrams[index]))
            } catch {
                return batch.fail(error)
            }
            next = batch.take()
        }
    }
}
