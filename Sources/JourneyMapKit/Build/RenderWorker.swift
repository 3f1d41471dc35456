import Foundation

/// The other end of `WorkerProcess`: the hidden command `journeymap _render-worker
/// ROOT`, which draws diagrams for a build in a process of its own, because Graphviz
/// cannot lay out two graphs at once in one process.
///
/// Each diagram is drawn in a child process forked for it, from the worker as it was
/// once Graphviz had started: a crash in Graphviz ends only the child, and since
/// Graphviz 2.42 can corrupt its memory on one graph and crash on the next, no diagram
/// is drawn in memory another one has left behind. Every diagram meets the same state,
/// so whether it can be drawn depends on its DOT text alone. A child that dies is
/// reported as a failure of its diagram; nothing it says on standard error is shown.
///
/// Protocol, one line each way per diagram, after the worker's first line `ready`: the
/// build writes `NAME<TAB>DOT-PATH` (the path relative to ROOT, ending in `.dot`); the
/// worker reads the DOT file, writes the SVG next to it (`.svg` for `.dot`) and answers
/// `ok`. When Graphviz cannot draw that diagram, or crashes on it, it answers
/// `failed<TAB>REASON` and goes on; on any other failure (I/O, no Graphviz plugin) it
/// answers `error<TAB>MESSAGE` (naming the diagram) and exits with status 1. End of
/// input ends the worker with status 0.
public enum RenderWorker {
    /// The hidden subcommand's name.
    public static let commandName = "_render-worker"

    /// Serves requests from `input` until it ends, answering on `output`.
    ///
    /// With `JOURNEYMAP_TIMINGS=1` in the environment it reports on standard error, at
    /// the end, the CPU time of the child processes that drew the diagrams (the render,
    /// and the SVG written), apart from its own start and the DOT files read: for
    /// benchmarking.
    public static func run(root: String, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> ExitStatus {
        signal(SIGPIPE, SIG_IGN)
        do {
            // Graphviz starts here, once (its plugins loaded, its context made): the
            // state every child starts from.
            _ = try DiagramJob.render(dot: "digraph \"ready\" {}", name: "ready")
        } catch {
            _ = LinePipe.writeLine("error\t" + DiagramJob.oneLine(error.description), to: output)
            return .mapErrors
        }
        guard LinePipe.writeLine("ready", to: output) else { return .cannotRun }
        var requests = LinePipe(fd: input)
        var clock = RenderClock(enabled: ProcessInfo.processInfo.environment["JOURNEYMAP_TIMINGS"] == "1")
        defer { clock.report() }
        while let line = requests.readLine() {
            guard !line.isEmpty else { continue }
            let answer: String
            do {
                answer = try serve(line, root: root, output: output, clock: &clock)
            } catch {
                _ = LinePipe.writeLine("error\t" + DiagramJob.oneLine(error.description), to: output)
                return .mapErrors
            }
            guard answer.isEmpty || LinePipe.writeLine(answer, to: output) else { return .cannotRun }
        }
        return .ok
    }

    /// Draws the request `line` in a child process: "" when the child answered (it
    /// drew the diagram or Graphviz refused it), the `failed` answer when it died.
    static func serve(_ line: String, root: String, output: Int32, clock: inout RenderClock) throws(BuildError) -> String {
        let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard fields.count == 2 else { throw BuildError("render worker: bad request '\(line)'") }
        let name = String(fields[0]), dotPath = String(fields[1])
        let dot = String(decoding: try FileTree.readFile(root + "/" + dotPath), as: UTF8.self)
        let child = fork()
        if child == 0 { drawAndExit(dot, name: name, svgPath: root + "/" + DiagramJob.svgPath(forDot: dotPath), output: output) }
        guard child > 0 else { throw .posix("start a process to draw", name, errno) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw .posix("wait for the process drawing", name, errno) }
        }
        clock.add(usage)
        let signal = status & 0x7F
        if signal != 0 { return "failed\tit crashed, killed by " + WorkerProcess.signalName(signal) }
        guard (status >> 8) & 0xFF == 0 else { throw BuildError("cannot draw '\(name)' (see the message above)") }
        return ""
    }

    /// Names of diagrams (comma-separated) whose drawing process aborts before drawing.
    static let crashVariable = "JOURNEYMAP_CRASH_DIAGRAMS"

    /// The child: draws, answers and exits, never returning. Crash signals get their
    /// default action and standard error goes nowhere, so that a crash ends it at once,
    /// silently: the worker reports it.
    private static func drawAndExit(_ dot: String, name: String, svgPath: String, output: Int32) -> Never {
        for crash in [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP] { signal(crash, SIG_DFL) }
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDERR_FILENO) }
        // A crash on demand, for the tests of crash isolation: Graphviz's own crashes
        // corrupt its heap and do not end the process every time.
        if let planted = ProcessInfo.processInfo.environment[crashVariable],
           planted.split(separator: ",").contains(Substring(name)) {
            abort()
        }
        var status: Int32 = 0
        let answer: String
        do {
            switch try DiagramJob.render(dot: dot, name: name) {
            case .success(let svg):
                try FileTree.writeFile(svgPath, svg)
                answer = "ok"
            case .failure(let failure):
                answer = "failed\t" + failure.reason
            }
        } catch {
            answer = "error\t" + DiagramJob.oneLine(error.description)
            status = 1
        }
        _ = LinePipe.writeLine(answer, to: output)
        _exit(status)
    }
}
