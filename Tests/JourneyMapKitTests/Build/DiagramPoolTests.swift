import Foundation
import JourneyCore
@testable import JourneyMapKit
import Testing

/// Drawing diagrams in render worker processes gives the bytes drawing them in this
/// process gives; a diagram Graphviz fails or crashes on fails alone.
struct DiagramPoolTests {
    /// The diagram jobs of `count` journeys plus the overview, DOT files on disk under `root`.
    static func jobs(_ count: Int, root: String) throws -> [DiagramJob] {
        let box = try BuildSandbox(BuildMaps.many(count))
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let project = try ProjectLoader.load(maps: box.path("maps"), strict: false)
        let site = SiteBuild(project: project, templates: try TemplateSet.defaults(), generatedAt: nil,
                             tree: FileTree(root: root), timings: BuildTimings(environment: [:], report: { _ in }))
        let jobs = site.diagramJobs()
        for job in jobs { try site.tree.write(job.dotPath, job.dot) }
        return jobs
    }

    static func draw(_ jobs: [DiagramJob], root: String, workers: Int, executable: String?) throws(BuildError) -> [DiagramPool.Outcome] {
        let pool = DiagramPool(jobs: jobs, root: root)
        pool.start(workers: workers, executable: executable)
        return try pool.wait()
    }

    /// Graphviz 2.42 frees memory twice on this graph (labelled edges that take no part in
    /// ranking, between nodes of one rank) and the process aborts.
    static let crashing = """
        digraph "crash" {
        j0 -> j1 [label="x", constraint=false]
        j0 -> j2 [label="x", constraint=false]
        j0 -> j1 [label="x", constraint=false]
        j1 -> j2 [label="x", constraint=false]
        j1 -> j0 [label="x", constraint=false]
        j1 -> j2 [label="x", constraint=false]
        j2 -> j0 [label="x", constraint=false]
        j2 -> j1 [label="x", constraint=false]
        j2 -> j0 [label="x", constraint=false]
        }

        """

    @Test func workersDrawTheSameBytesAsThisProcess() throws {
        let binary = try #require(BuildSandbox.binary)
        let box = try BuildSandbox()
        let jobs = try Self.jobs(12, root: box.path("a"))
        _ = try Self.jobs(12, root: box.path("b"))
        let here = try Self.draw(jobs, root: box.path("a"), workers: 0, executable: nil)
        let there = try Self.draw(jobs, root: box.path("b"), workers: 3, executable: binary)
        #expect(here.count == 13)
        #expect(here == there)
        for job in jobs {
            #expect(box.read("a/" + job.svgPath) == box.read("b/" + job.svgPath), "\(job.svgPath)")
        }
        #expect(here.allSatisfy { outcome in
            guard case .drawn(let svg) = outcome else { return false }
            return String(decoding: svg, as: UTF8.self).hasSuffix("</svg>\n")
        })
    }

    /// The worker protocol on its own: `ready`, then one answer per request, `.svg` next
    /// to `.dot`; a diagram Graphviz rejects is answered `failed` and the worker goes on;
    /// an I/O failure ends it.
    @Test func workerAnswersEachRequest() throws {
        let binary = try #require(BuildSandbox.binary)
        let box = try BuildSandbox()
        try box.write("one.dot", "digraph \"one\" { a -> b }")
        try box.write("sub/two.dot", "digraph \"two\" { c }")
        try box.write("three.dot", "digraph { a -> }")
        let worker = try #require(WorkerProcess.spawn(executable: binary, root: box.folder))
        #expect(worker.awaitReady())
        #expect(worker.send(DiagramJob(name: "one", dotPath: "one.dot", dot: "")))
        #expect(worker.send(DiagramJob(name: "two", dotPath: "sub/two.dot", dot: "")))
        #expect(worker.send(DiagramJob(name: "three", dotPath: "three.dot", dot: "")))
        #expect(worker.send(DiagramJob(name: "missing", dotPath: "missing.dot", dot: "")))
        #expect(worker.receive() == .ok)
        #expect(worker.receive() == .ok)
        #expect(worker.receive() == .failed("it rejected the DOT text: syntax error in line 1 near '}'"))
        let error = worker.receive()
        guard case .error(let message)? = error else {
            Issue.record("a missing DOT file gave \(String(describing: error))")
            return
        }
        #expect(message.contains("missing.dot"))
        #expect(worker.receive() == nil)
        #expect(worker.finish() == "exit status 1")
        #expect(!box.exists("three.svg"))
        #expect(try #require(box.read("one.svg")).contains("<title>one</title>"))
        #expect(try #require(box.read("sub/two.svg")).contains("<title>two</title>"))
    }

    /// A diagram Graphviz rejects fails alone, in a worker or in this process; the
    /// others are drawn.
    @Test(arguments: [0, 2])
    func brokenDiagramFailsAlone(workers: Int) throws {
        let box = try BuildSandbox()
        var jobs = try Self.jobs(15, root: box.folder)
        let broken = DiagramJob(name: "broken-journey", dotPath: "journeys/broken-journey.dot", dot: "digraph { a -> }")
        try box.write(broken.dotPath, broken.dot)
        jobs.insert(broken, at: 3)
        let outcomes = try Self.draw(jobs, root: box.folder, workers: workers, executable: BuildSandbox.binary)
        #expect(outcomes[3] == .failed("it rejected the DOT text: syntax error in line 1 near '}'"))
        #expect(outcomes.enumerated().allSatisfy { i, outcome in
            if case .drawn = outcome { return i != 3 }
            return i == 3
        })
    }

    /// Graphviz crashing on a diagram ends the process drawing it, not the worker or the
    /// build: that diagram fails, the worker draws the rest.
    @Test(arguments: [1, 2])
    func crashInGraphvizFailsThatDiagramOnly(workers: Int) throws {
        let binary = try #require(BuildSandbox.binary)
        let box = try BuildSandbox()
        var jobs = try Self.jobs(6, root: box.folder)
        for (k, at) in [1, 5].enumerated() {
            let crash = DiagramJob(name: "crash-\(k)", dotPath: "journeys/crash-\(k).dot", dot: Self.crashing)
            try box.write(crash.dotPath, crash.dot)
            jobs.insert(crash, at: at)
        }
        // Graphviz does not crash on `crashing` every time: the drawing process aborts.
        setenv(RenderWorker.crashVariable, "crash-0,crash-1", 1)
        let outcomes = try Self.draw(jobs, root: box.folder, workers: workers, executable: binary)
        #expect(outcomes.count == 9)
        for (i, outcome) in outcomes.enumerated() {
            if i == 1 || i == 5 {
                // SIGABRT when glibc notices the heap is broken, SIGSEGV when it does not.
                guard case .failed(let reason) = outcome else {
                    Issue.record("\(jobs[i].name) was drawn")
                    continue
                }
                #expect(reason.hasPrefix("it crashed, killed by signal "), "\(reason)")
            } else if case .failed(let reason) = outcome {
                Issue.record("\(jobs[i].name) failed: \(reason)")
            }
        }
        #expect(!box.exists("journeys/crash-0.svg"))
        #expect(box.exists("journeys/trail-0.svg"))
    }

    /// A worker that cannot even start (here: not journeymap at all) fails the build
    /// instead of failing every diagram.
    @Test func workerThatCannotStartFailsTheBuild() throws {
        let box = try BuildSandbox()
        let jobs = try Self.jobs(3, root: box.folder)
        #expect(throws: BuildError.self) { try Self.draw(jobs, root: box.folder, workers: 2, executable: "/bin/false") }
    }

    /// The worker's benchmark report: only when asked for, on standard error, counting
    /// the diagrams it drew; its answers on standard output stay the protocol's.
    @Test(arguments: [true, false])
    func workerReportsRenderTimeWhenAsked(_ asked: Bool) throws {
        let binary = try #require(BuildSandbox.binary)
        let box = try BuildSandbox()
        let jobs = try Self.jobs(3, root: box.path("w"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [RenderWorker.commandName, box.path("w")]
        var environment = ProcessInfo.processInfo.environment
        environment["JOURNEYMAP_TIMINGS"] = asked ? "1" : nil
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        input.fileHandleForWriting.write(Data(jobs.map { "\($0.name)\t\($0.dotPath)\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let answers = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(answers == "ready\n" + String(repeating: "ok\n", count: jobs.count))
        if asked {
            #expect(report.hasPrefix("timing: render: \(jobs.count) diagrams, "), "\(report)")
            #expect(report.hasSuffix(" ms CPU\n"))
        } else {
            #expect(report.isEmpty, "\(report)")
        }
    }
}
