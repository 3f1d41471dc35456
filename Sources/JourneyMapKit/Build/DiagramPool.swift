import Foundation
import JourneyCore

/// Draws the diagrams of a build in render worker processes (`RenderWorker`, the same
/// executable). Graphviz keeps global state and is not thread-safe, so parallel layout
/// takes processes; and since each worker draws each diagram in a child process of its
/// own, a crash in Graphviz costs that diagram, not the build. One worker per core, at
/// most one per diagram, all taking diagrams from one queue, largest first, so a big
/// diagram never starts last. Each worker has at most two requests in flight, so it
/// never waits for the next.
///
/// A diagram Graphviz cannot draw, or crashes on, is a failed `Outcome`, which the
/// build reports as `diagram-failed`. Anything else (I/O, a worker that cannot start or
/// that dies) stops the queue, and `wait` throws it.
///
/// Without an executable or workers, the diagrams are drawn in this process, one at a
/// time and without that protection: for tests and library callers. A worker that
/// cannot be spawned leaves its share to this process too. The DOT files must be on
/// disk under `root` before `start`; the SVGs are written next to them.
final class DiagramPool: @unchecked Sendable {
    enum Outcome: Equatable, Sendable {
        case drawn([UInt8])
        /// Why Graphviz did not draw it.
        case failed(String)
    }

    private let jobs: [DiagramJob]
    private let root: String
    private let lock = NSLock()
    private let done = DispatchGroup()
    // Guarded by `lock`.
    private var queue: [Int]
    private var failure: BuildError?
    private var drawnHere: [Int: [UInt8]] = [:]
    private var failed: [Int: String] = [:]

    init(jobs: [DiagramJob], root: String) {
        self.jobs = jobs
        self.root = root
        queue = jobs.indices.sorted { jobs[$0].dot.utf8.count > jobs[$1].dot.utf8.count }.reversed()
    }

    /// Starts `workers` workers of `executable` (at most one per diagram), or draws here
    /// without them; returns at once.
    func start(workers: Int, executable: String?) {
        guard let executable, workers > 0 else {
            run { self.drawInProcess(nil) }
            return
        }
        for _ in 0..<min(workers, jobs.count) {
            run { self.drive(executable) }
        }
    }

    /// Waits for every diagram; the outcome of each job, in job order.
    func wait() throws(BuildError) -> [Outcome] {
        done.wait()
        let (failure, drawnHere, failed) = lock.withLock { (self.failure, self.drawnHere, self.failed) }
        if let failure { throw failure }
        let root = root
        let outcomes = Parallel.map(Array(jobs.enumerated())) { index, job -> Result<Outcome, BuildError> in
            if let reason = failed[index] { return .success(.failed(reason)) }
            if let bytes = drawnHere[index] { return .success(.drawn(bytes)) }
            do throws(BuildError) {
                return .success(.drawn(try FileTree.readFile(root + "/" + job.svgPath)))
            } catch {
                return .failure(error)
            }
        }
        return try outcomes.map { result throws(BuildError) in try result.get() }
    }

    /// A thread of its own rather than a dispatch queue: the worker drivers block in
    /// `read`, and a small global pool would starve the others.
    private func run(_ body: @escaping @Sendable () -> Void) {
        done.enter()
        Thread.detachNewThread {
            body()
            self.done.leave()
        }
    }

    private func take() -> Int? {
        lock.withLock { failure == nil ? queue.popLast() : nil }
    }

    private func fail(_ error: BuildError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    /// Marks a diagram failed; an SVG a dying child wrote for it, before it could
    /// answer, goes.
    private func record(_ index: Int, failed reason: String) {
        unlink(root + "/" + jobs[index].svgPath)
        lock.withLock { failed[index] = reason }
    }

    /// Draws `first`, then whatever is left in the queue, in this process.
    private func drawInProcess(_ first: Int?) {
        var next = first ?? take()
        while let index = next {
            let job = jobs[index]
            do throws(BuildError) {
                switch try DiagramJob.render(dot: job.dot, name: job.name) {
                case .success(let svg):
                    try FileTree.writeFile(root + "/" + job.svgPath, svg)
                    lock.withLock { drawnHere[index] = svg }
                case .failure(let failure):
                    record(index, failed: failure.reason)
                }
            } catch {
                fail(error)
            }
            next = take()
        }
    }

    /// Feeds one worker until the queue is empty or something failed.
    private func drive(_ executable: String) {
        guard let first = take() else { return }
        guard let worker = WorkerProcess.spawn(executable: executable, root: root) else {
            return drawInProcess(first)
        }
        defer { worker.finish() }
        guard worker.awaitReady() else {
            return fail(BuildError("a render worker (process \(worker.pid)) could not start (\(worker.finish()))"))
        }
        var inFlight: [Int] = []
        var next: Int? = first
        while true {
            while inFlight.count < 2, let index = next ?? take() {
                next = nil
                inFlight.append(index)
                // A worker that is gone shows when its answer does not come.
                guard worker.send(jobs[index]) else { break }
            }
            guard let current = inFlight.first else { return }
            switch worker.receive() {
            case .ok?:
                inFlight.removeFirst()
            case .failed(let reason)?:
                record(current, failed: reason)
                inFlight.removeFirst()
            case .error(let message)?:
                return fail(BuildError(message))
            case nil:
                return fail(BuildError("a render worker (process \(worker.pid)) stopped (\(worker.finish())) "
                    + "while drawing '\(jobs[current].name)'"))
            }
        }
    }
}
