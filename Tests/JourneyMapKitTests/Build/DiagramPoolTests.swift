import Foundation
import JourneyCore
@testable import JourneyMapKit
import Testing

/// Drawing diagrams in render worker processes gives the bytes drawing them in this
/// process gives, and a worker's failure names the diagram.
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

    static func draw(_ jobs: [DiagramJob], root: String, workers: Int, executable: String?) throws(BuildError) -> [[UInt8]] {
        let pool = DiagramPool(jobs: jobs, root: root)
        pool.start(workers: workers, executable: executable)
        return try pool.wait()
    }

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
        #expect(here.allSatisfy { String(decoding: $0, as: UTF8.self).hasSuffix("</svg>\n") })
    }

    /// The worker protocol on its own: one answer per request, `.svg` next to `.dot`.
    @Test func workerAnswersEachRequest() throws {
        let binary = try #require(BuildSandbox.binary)
        let box = try BuildSandbox()
        try box.write("one.dot", "digraph \"one\" { a -> b }")
        try box.write("sub/two.dot", "digraph \"two\" { c }")
        let worker = try #require(WorkerProcess.spawn(executable: binary, root: box.folder))
        #expect(worker.send(DiagramJob(name: "one", dotPath: "one.dot", dot: "")))
        #expect(worker.send(DiagramJob(name: "two", dotPath: "sub/two.dot", dot: "")))
        #expect(try worker.receive() == nil)
        #expect(try worker.receive() == nil)
        #expect(worker.finish() == "exit status 0")
        #expect(try #require(box.read("one.svg")).contains("<title>one</title>"))
        #expect(try #require(box.read("sub/two.svg")).contains("<title>two</title>"))
    }

    /// Graphviz's error in a worker reaches the build, naming the diagram; the other
    /// diagrams' workers are stopped, and nothing hangs.
    @Test(arguments: [0, 2])
    func brokenDiagramNamesItself(workers: Int) throws {
        let box = try BuildSandbox()
        var jobs = try Self.jobs(BuildAction.workerThreshold, root: box.folder)
        let broken = DiagramJob(name: "broken-journey", dotPath: "journeys/broken-journey.dot", dot: "digraph { a -> }")
        try box.write(broken.dotPath, broken.dot)
        jobs.insert(broken, at: 3)
        do {
            _ = try Self.draw(jobs, root: box.folder, workers: workers, executable: BuildSandbox.binary)
            Issue.record("a broken diagram was drawn")
        } catch {
            #expect(error.description.contains("cannot draw 'broken-journey': Graphviz rejected the DOT text"))
        }
    }

    /// A worker that cannot even start its job (here: not journeymap at all) fails the
    /// build instead of leaving diagrams undrawn.
    @Test func deadWorkerFailsTheBuild() throws {
        let box = try BuildSandbox()
        let jobs = try Self.jobs(BuildAction.workerThreshold, root: box.folder)
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
        #expect(answers == String(repeating: "ok\n", count: jobs.count))
        if asked {
            #expect(report.hasPrefix("timing: render: \(jobs.count) diagrams, "), "\(report)")
            #expect(report.hasSuffix(" ms CPU\n"))
        } else {
            #expect(report.isEmpty, "\(report)")
        }
    }
}
