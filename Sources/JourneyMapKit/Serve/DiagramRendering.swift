import Foundation
import JourneyCore

/// Draws diagrams: DOT texts in, SVG texts out, one result per text and in order.
///
/// `serve` asks only for the diagrams whose DOT text changed; the implementation
/// decides where they are drawn.
protocol DiagramRendering: Sendable {
    func render(_ dots: [String]) -> [Result<String, BuildError>]
}

/// Draws a few diagrams in this process, one after the other (Graphviz is not
/// thread-safe), and many with a `DiagramPool` of render workers, as `build` does. A
/// large diagram (the overview of many journeys) is drawn by a render worker of its
/// own, so that this process's Graphviz stays free for the small ones meanwhile.
/// Workers get diagrams through files: each request gets a folder inside `scratch`
/// (never the maps folder), removed when it is drawn.
final class LocalDiagramRenderer: DiagramRendering, @unchecked Sendable {
    let executable: String?
    let workers: Int
    let scratch: String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var batches = 0

    init(executable: String?, workers: Int, scratch: String) {
        self.executable = executable
        self.workers = workers
        self.scratch = scratch
    }

    /// From this many bytes of DOT text on, a diagram alone goes to a worker.
    static let largeDiagram = 100_000

    func render(_ dots: [String]) -> [Result<String, BuildError>] {
        guard dots.count >= BuildAction.workerThreshold, workers > 0, let executable else {
            return dots.enumerated().map { i, dot in
                Result { () throws(BuildError) in
                    let name = "diagram \(i + 1)"
                    if dot.utf8.count >= Self.largeDiagram, let executable {
                        return try renderAlone(dot, name: name, executable: executable)
                    }
                    return String(decoding: try DiagramJob.render(dot: dot, name: name), as: UTF8.self)
                }
            }
        }
        do throws(BuildError) {
            let svgs = try renderWithWorkers(dots, executable: executable)
            return svgs.map { .success(String(decoding: $0, as: UTF8.self)) }
        } catch {
            return dots.map { _ in .failure(error) }
        }
    }

    private func renderAlone(_ dot: String, name: String, executable: String) throws(BuildError) -> String {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let job = DiagramJob(name: name, dotPath: "0.dot", dot: dot)
        try FileTree.writeFile(folder + "/" + job.dotPath, Array(dot.utf8))
        guard let worker = WorkerProcess.spawn(executable: executable, root: folder) else {
            return String(decoding: try DiagramJob.render(dot: dot, name: name), as: UTF8.self)
        }
        // A lower priority: the pages of the next edit come before the overview.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(worker.pid), 10)
        defer { worker.finish() }
        guard worker.send(job) else { throw BuildError("a render worker (process \(worker.pid)) stopped early") }
        if let failure = try worker.receive() { throw BuildError(failure) }
        return String(decoding: try FileTree.readFile(folder + "/" + job.svgPath), as: UTF8.self)
    }

    private func makeFolder() throws(BuildError) -> String {
        let folder = scratch + "/batch-" + String(lock.withLock { batches += 1; return batches })
        guard mkdir(folder, 0o700) == 0 else { throw .posix("create the folder", folder, errno) }
        return folder
    }

    private func renderWithWorkers(_ dots: [String], executable: String) throws(BuildError) -> [[UInt8]] {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let jobs = dots.enumerated().map { i, dot in DiagramJob(name: "diagram \(i + 1)", dotPath: "\(i).dot", dot: dot) }
        try Parallel.forEach(jobs) { job throws(BuildError) in
            try FileTree.writeFile(folder + "/" + job.dotPath, Array(job.dot.utf8))
        }
        let pool = DiagramPool(jobs: jobs, root: folder)
        pool.start(workers: workers, executable: executable)
        return try pool.wait()
    }
}
