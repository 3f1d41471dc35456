import Foundation
@testable import Diagrams
import Testing

/// Drawing diagrams in render worker processes gives the bytes drawing them in this
/// process gives; a diagram Graphviz fails or crashes on fails alone; workers are kept
/// for the next request.
struct WorkerPoolTests {
    static func draw(_ diagrams: [Diagram], workers: Int, executable: String?) throws(DiagramError) -> [DiagramOutcome] {
        try DiagramRenderer(executable: executable, workers: workers).render(diagrams)
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
        let binary = try #require(Samples.binary)
        let diagrams = Samples.chains(13)
        let here = try Self.draw(diagrams, workers: 0, executable: nil)
        let there = try Self.draw(diagrams, workers: 3, executable: binary)
        #expect(here.count == 13)
        #expect(here == there)
        #expect(here.allSatisfy { outcome in
            guard case .drawn(let svg) = outcome else { return false }
            return String(decoding: svg, as: UTF8.self).hasSuffix("</svg>\n")
        })
    }

    /// The worker protocol on its own: `R` with the Graphviz release, then one answer
    /// per request, the SVG in the frame; a diagram Graphviz rejects is answered `F`
    /// and the worker goes on; a request it cannot read ends it with `E`.
    @Test func workerAnswersEachRequest() throws {
        let binary = try #require(Samples.binary)
        let worker = try #require(WorkerProcess.spawn(executable: binary))
        let version = try #require(worker.awaitReady())
        #expect(version == GraphvizDrawing.version)
        #expect(worker.send(Diagram(name: "one", dot: "digraph \"one\" { a -> b }")))
        #expect(worker.send(Diagram(name: "two", dot: "digraph \"two\" { c }")))
        #expect(worker.send(Samples.broken))
        guard case .svg(let one)? = worker.receive(), case .svg(let two)? = worker.receive() else {
            Issue.record("no SVG answers")
            return
        }
        #expect(String(decoding: one, as: UTF8.self).contains("<title>one</title>"))
        #expect(String(decoding: two, as: UTF8.self).contains("<title>two</title>"))
        #expect(worker.receive() == .failed(Samples.brokenReason))
        #expect(FramePipe.write(UInt8(ascii: "X"), [1, 2], to: worker.inputForTests))
        #expect(worker.receive() == .error("render worker: a request it cannot read"))
        #expect(worker.receive() == nil)
        #expect(worker.finish() == "exit status 1")
    }

    /// A diagram Graphviz rejects fails alone, in a worker or in this process; the
    /// others are drawn.
    @Test(arguments: [0, 2])
    func brokenDiagramFailsAlone(workers: Int) throws {
        var diagrams = Samples.chains(15)
        diagrams.insert(Samples.broken, at: 3)
        let outcomes = try Self.draw(diagrams, workers: workers, executable: Samples.binary)
        #expect(outcomes[3] == .failed(Samples.brokenReason))
        #expect(outcomes.enumerated().allSatisfy { i, outcome in
            if case .drawn = outcome { return i != 3 }
            return i == 3
        })
    }

    /// Graphviz crashing on a diagram ends the process drawing it, not the worker or the
    /// caller: that diagram fails, the worker draws the rest.
    @Test(arguments: [1, 2])
    func crashInGraphvizFailsThatDiagramOnly(workers: Int) throws {
        let binary = try #require(Samples.binary)
        var diagrams = Samples.chains(6)
        for (k, at) in [1, 5].enumerated() { diagrams.insert(Diagram(name: "crash-\(k)", dot: Self.crashing), at: at) }
        // Graphviz does not crash on `crashing` every time: the drawing process aborts.
        setenv(RenderWorker.crashVariable, "crash-0,crash-1", 1)
        let outcomes = try Self.draw(diagrams, workers: workers, executable: binary)
        #expect(outcomes.count == 8)
        for (i, outcome) in outcomes.enumerated() {
            if i == 1 || i == 5 {
                // SIGABRT when glibc notices the heap is broken, SIGSEGV when it does not.
                guard case .failed(let reason) = outcome else {
                    Issue.record("\(diagrams[i].name) was drawn")
                    continue
                }
                #expect(reason.hasPrefix("it crashed, killed by signal "), "\(reason)")
            } else if case .failed(let reason) = outcome {
                Issue.record("\(diagrams[i].name) failed: \(reason)")
            }
        }
    }

    /// A worker that cannot even start (here: not journeymap at all) fails the request
    /// instead of failing every diagram.
    @Test func workerThatCannotStartFailsTheRequest() throws {
        #expect(throws: DiagramError.self) { try Self.draw(Samples.chains(3), workers: 2, executable: "/bin/false") }
    }

    /// The workers outlive a request: the next one is drawn by the same processes.
    @Test func workersAreReusedAcrossRequests() throws {
        let binary = try #require(Samples.binary)
        let pool = WorkerPool(executable: binary, size: 2)
        defer { pool.stop() }
        let first = try pool.draw(Samples.chains(6))
        let before = pool.idlePIDs
        #expect(before.count == 2)
        let second = try pool.draw(Samples.chains(6))
        #expect(Set(pool.idlePIDs) == Set(before))
        #expect(first.map { try? $0.get() } == second.map { try? $0.get() })
        #expect(before.allSatisfy { kill($0, 0) == 0 })
        pool.stop()
        #expect(pool.idlePIDs.isEmpty)
    }

    /// The worker's benchmark report: only when asked for, on standard error, counting
    /// the diagrams it drew; its answers on standard output stay the protocol's.
    @Test(arguments: [true, false])
    func workerReportsRenderTimeWhenAsked(_ asked: Bool) throws {
        let binary = try #require(Samples.binary)
        let diagrams = Samples.chains(3)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [RenderWorker.commandName]
        var environment = ProcessInfo.processInfo.environment
        environment["JOURNEYMAP_TIMINGS"] = asked ? "1" : nil
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        for d in diagrams {
            input.fileHandleForWriting.write(Data(FramePipe.encode(RenderWorker.Kind.draw, Array(d.name.utf8) + [0] + Array(d.dot.utf8))))
        }
        try input.fileHandleForWriting.close()
        let answers = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var kinds: [UInt8] = []
        var offset = 0
        while offset + 5 <= answers.count {
            kinds.append(answers[offset])
            offset += 5 + answers[(offset + 1)..<(offset + 5)].reduce(0) { $0 << 8 | Int($1) }
        }
        #expect(offset == answers.count)
        #expect(kinds == Array("RSSS".utf8))
        if asked {
            #expect(report.hasPrefix("timing: render: \(diagrams.count) diagrams, "), "\(report)")
            #expect(report.hasSuffix(" ms CPU\n"))
        } else {
            #expect(report.isEmpty, "\(report)")
        }
    }
}
