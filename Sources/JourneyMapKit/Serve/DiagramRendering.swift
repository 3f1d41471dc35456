import Foundation
import JourneyCore

/// Draws diagrams: DOT texts in (each with a name for messages, a journey id or
/// `overview`), SVG texts out, one result per diagram and in order. A
/// diagram Graphviz cannot draw is a `DiagramJob.Failure` (`diagram-failed`); what
/// stops every diagram (no Graphviz, a worker that cannot start) is thrown.
///
/// `serve` asks only for the diagrams whose DOT text changed; the implementation
/// decides where they are drawn.
protocol DiagramRendering: Sendable {
    func render(_ diagrams: [(name: String, dot: String)]) throws(BuildError) -> [Result<String, DiagramJob.Failure>]
}

/// Draws diagrams in render workers (`RenderWorker`), which draw each one in a child
/// process so that a Graphviz crash costs that diagram only, as `build` does:
///
/// - a few at a time by one warm worker, started once and kept for the next edit;
/// - a batch of many (the first build, new settings) by a `DiagramPool`, one worker per core;
/// - a large diagram (the overview of many journeys) by a worker of its own, at a lower
///   priority, so that the next edit's diagrams need not wait for it.
///
/// Workers get diagrams through files in folders inside `scratch` (never the maps
/// folder). Without an executable every diagram is drawn in this process (tests).
final class LocalDiagramRenderer: DiagramRendering, @unchecked Sendable {
    let executable: String?
    let workers: Int
    let scratch: String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var folders = 0
    /// Held while the warm worker draws: one request at a time.
    private let warmLock = NSLock()
    // Guarded by `warmLock`.
    private var warm: (worker: WorkerProcess, folder: String)?

    /// From this many diagrams on, a request goes to a pool of workers.
    static let batch = 16
    /// From this many bytes of DOT text on, a diagram alone goes to a worker of its own.
    static let largeDiagram = 100_000

    init(executable: String?, workers: Int, scratch: String) {
        self.executable = executable
        self.workers = workers
        self.scratch = scratch
    }

    func render(_ diagrams: [(name: String, dot: String)]) throws(BuildError) -> [Result<String, DiagramJob.Failure>] {
        let jobs = diagrams.enumerated().map { i, d in DiagramJob(name: d.name, dotPath: "\(i).dot", dot: d.dot) }
        guard let executable, workers > 0 else {
            var results: [Result<String, DiagramJob.Failure>] = []
            for job in jobs {
                results.append(try DiagramJob.render(dot: job.dot, name: job.name).map { String(decoding: $0, as: UTF8.self) })
            }
            return results
        }
        if jobs.count >= Self.batch { return try renderInPool(jobs, executable: executable) }
        var results: [Result<String, DiagramJob.Failure>] = []
        for job in jobs {
            results.append(job.dot.utf8.count >= Self.largeDiagram
                ? try renderAlone(job, executable: executable)
                : try renderWarm(job, executable: executable))
        }
        return results
    }

    /// Ends the warm worker (when serve stops).
    func stop() {
        warmLock.withLock {
            warm?.worker.finish()
            warm = nil
        }
    }

    private func renderWarm(_ job: DiagramJob, executable: String) throws(BuildError) -> Result<String, DiagramJob.Failure> {
        warmLock.lock()
        defer { warmLock.unlock() }
        if warm == nil {
            let folder = try makeFolder()
            guard let worker = try Self.start(executable, root: folder) else {
                return try DiagramJob.render(dot: job.dot, name: job.name).map { String(decoding: $0, as: UTF8.self) }
            }
            warm = (worker, folder)
        }
        let (worker, folder) = warm!
        do throws(BuildError) {
            return try Self.draw(job, by: worker, in: folder)
        } catch {
            // A worker that failed is not asked again: the next request starts another.
            worker.finish()
            warm = nil
            throw error
        }
    }

    private func renderAlone(_ job: DiagramJob, executable: String) throws(BuildError) -> Result<String, DiagramJob.Failure> {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let worker = try Self.start(executable, root: folder) else {
            return try DiagramJob.render(dot: job.dot, name: job.name).map { String(decoding: $0, as: UTF8.self) }
        }
        defer { worker.finish() }
        // A lower priority: the pages of the next edit come before the overview.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(worker.pid), 10)
        return try Self.draw(job, by: worker, in: folder)
    }

    private func renderInPool(_ jobs: [DiagramJob], executable: String) throws(BuildError) -> [Result<String, DiagramJob.Failure>] {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Parallel.forEach(jobs) { job throws(BuildError) in
            try FileTree.writeFile(folder + "/" + job.dotPath, Array(job.dot.utf8))
        }
        let pool = DiagramPool(jobs: jobs, root: folder)
        pool.start(workers: workers, executable: executable)
        return try pool.wait().map { outcome in
            switch outcome {
            case .drawn(let svg): return .success(String(decoding: svg, as: UTF8.self))
            case .failed(let reason): return .failure(DiagramJob.Failure(reason: reason))
            }
        }
    }

    /// A worker that said it is ready; nil when none could be started.
    private static func start(_ executable: String, root: String) throws(BuildError) -> WorkerProcess? {
        guard let worker = WorkerProcess.spawn(executable: executable, root: root) else { return nil }
        guard worker.awaitReady() else {
            throw BuildError("a render worker (process \(worker.pid)) could not start (\(worker.finish()))")
        }
        return worker
    }

    private static func draw(_ job: DiagramJob, by worker: WorkerProcess, in folder: String) throws(BuildError)
        -> Result<String, DiagramJob.Failure> {
        try FileTree.writeFile(folder + "/" + job.dotPath, Array(job.dot.utf8))
        guard worker.send(job) else { throw BuildError("a render worker (process \(worker.pid)) stopped (\(worker.finish()))") }
        switch worker.receive() {
        case .ok?:
            return .success(String(decoding: try FileTree.readFile(folder + "/" + job.svgPath), as: UTF8.self))
        case .failed(let reason)?:
            return .failure(DiagramJob.Failure(reason: reason))
        case .error(let message)?:
            throw BuildError(message)
        case nil:
            throw BuildError("a render worker (process \(worker.pid)) stopped (\(worker.finish())) while drawing a diagram")
        }
    }

    private func makeFolder() throws(BuildError) -> String {
        let folder = scratch + "/diagrams-" + String(lock.withLock { folders += 1; return folders })
        guard mkdir(folder, 0o700) == 0 else { throw .posix("create the folder", folder, errno) }
        return folder
    }
}
