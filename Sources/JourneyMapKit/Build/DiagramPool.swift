import Foundation
import JourneyCore

/// Draws the diagrams of a build on every core.
///
/// Graphviz keeps global state and is not thread-safe, so parallel layout takes
/// processes: `workers` render workers (`RenderWorker`, the same executable) plus one
/// thread of this process, all taking diagrams from one queue, largest first, so a
/// big diagram never starts last. Each worker has at most two requests in flight, so
/// it never waits for the next. The DOT files must be on disk under `root` before
/// `start`; every consumer writes the SVG next to its DOT file.
///
/// The first failure stops the queue; `wait` reports it.
final class DiagramPool: @unchecked Sendable {
    private let jobs: [DiagramJob]
    private let root: String
    private let lock = NSLock()
    private let done = DispatchGroup()
    // Guarded by `lock`.
    private var queue: [Int]
    private var failure: BuildError?
    private var drawnHere: [Int: [UInt8]] = [:]

    init(jobs: [DiagramJob], root: String) {
        self.jobs = jobs
        self.root = root
        queue = jobs.indices.sorted { jobs[$0].dot.utf8.count > jobs[$1].dot.utf8.count }.reversed()
    }

    /// Starts the consumers and returns at once.
    func start(workers: Int, executable: String?) {
        if let executable {
            for _ in 0..<max(0, workers) {
                run { self.drive(WorkerProcess.spawn(executable: executable, root: self.root)) }
            }
        }
        run { self.drawInProcess() }
    }

    /// Waits for every diagram; returns the SVG bytes of each job, in job order.
    func wait() throws(BuildError) -> [[UInt8]] {
        done.wait()
        lock.lock()
        let failure = failure
        let drawnHere = drawnHere
        lock.unlock()
        if let failure { throw failure }
        let root = root
        let svgs = Parallel.map(Array(jobs.enumerated())) { index, job -> Result<[UInt8], BuildError> in
            if let bytes = drawnHere[index] { return .success(bytes) }
            do throws(BuildError) {
                return .success(try FileTree.readFile(root + "/" + job.svgPath))
            } catch {
                return .failure(error)
            }
        }
        return try svgs.map { result throws(BuildError) in try result.get() }
    }

    /// A thread of its own rather than a dispatch queue: the worker drivers block in
    /// `read`, and a small global pool would starve the in-process consumer.
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

    private func drawInProcess() {
        while let index = take() {
            let job = jobs[index]
            do throws(BuildError) {
                let svg = try DiagramJob.render(dot: job.dot, name: job.name)
                try FileTree.writeFile(root + "/" + job.svgPath, svg)
                lock.withLock { drawnHere[index] = svg }
            } catch {
                fail(error)
            }
        }
    }

    /// Feeds one worker until the queue is empty or something failed.
    private func drive(_ worker: WorkerProcess?) {
        guard let worker else { return }
        var inFlight: [Int] = []
        defer { worker.finish() }
        do throws(BuildError) {
            while true {
                while inFlight.count < 2, let index = take() {
                    guard worker.send(jobs[index]) else {
                        throw BuildError("a render worker (process \(worker.pid)) stopped early (\(worker.finish()))")
                    }
                    inFlight.append(index)
                }
                guard !inFlight.isEmpty else { return }
                let answer: String?
                do {
                    answer = try worker.receive()
                } catch {
                    throw BuildError("\(error) while drawing '\(jobs[inFlight[0]].name)'")
                }
                if let answer { throw BuildError(answer) }
                inFlight.removeFirst()
            }
        } catch {
            fail(error)
        }
    }
}
