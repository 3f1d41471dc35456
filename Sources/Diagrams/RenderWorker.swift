import Foundation

/// The other end of `WorkerProcess`: the hidden command `journeymap _render-worker`,
/// which draws diagrams in a process of its own, because Graphviz cannot lay out two
/// graphs at once in one process. It lives as long as its caller keeps its input open,
/// so a long-running caller (`serve`) reuses it.
///
/// Each diagram is drawn in a child process forked for it, from the worker as it was
/// once Graphviz had started: a crash in Graphviz ends only the child, and since
/// Graphviz 2.42 can corrupt its memory on one graph and crash on the next, no diagram
/// is drawn in memory another one has left behind. Every diagram meets the same state,
/// so whether it can be drawn depends on its DOT text alone. The child answers through
/// a pipe of its own, which the worker reads to its end: a child that dies mid-answer
/// is reported as a failure of its diagram, never as half a frame. Nothing a child
/// says on standard error is shown.
///
/// Protocol, in frames (`FramePipe`): the worker first sends `R` with the Graphviz
/// release as payload. Each request is `D` with the diagram's name, a NUL byte and its
/// DOT text; each answer, in order, is `S` with the SVG bytes, or `F` with the reason
/// when Graphviz cannot draw that diagram or crashes on it (the worker goes on). On
/// any other failure (no Graphviz plugin, a process that cannot be forked) it sends
/// `E` with a message naming the diagram and exits with status 1. End of input ends
/// the worker with status 0.
public enum RenderWorker {
    /// The hidden subcommand's name.
    public static let commandName = "_render-worker"

    /// Names of diagrams (comma-separated) whose drawing process aborts before drawing:
    /// Graphviz's own crashes corrupt its heap and do not end the process every time,
    /// so the tests of crash isolation plant one.
    public static let crashVariable = "JOURNEYMAP_CRASH_DIAGRAMS"

    enum Kind {
        static let ready = UInt8(ascii: "R"), draw = UInt8(ascii: "D")
        static let svg = UInt8(ascii: "S"), failed = UInt8(ascii: "F"), error = UInt8(ascii: "E")
    }

    /// Serves requests from `input` until it ends, answering on `output`; the exit
    /// status (0, or 1 after an `E` answer, 2 when the caller is gone).
    ///
    /// With `JOURNEYMAP_TIMINGS=1` in the environment it reports on standard error, at
    /// the end, the CPU time of the child processes that drew the diagrams: for
    /// benchmarking. So is `isolated: false`, which draws in the worker itself, without
    /// a child per diagram (and without its protection): what Graphviz alone costs.
    public static func run(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, isolated: Bool = true) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let version: String
        do {
            // Graphviz starts here, once (its plugins loaded, its context made): the
            // state every child starts from.
            let ready = try GraphvizDrawing.draw(Diagram(name: "ready", dot: "digraph \"ready\" {}"))
            version = (try? ready.get()).flatMap(GraphvizDrawing.version(inSVG:)) ?? ""
        } catch {
            _ = FramePipe.write(Kind.error, Array(error.description.utf8), to: output)
            return 1
        }
        guard FramePipe.write(Kind.ready, Array(version.utf8), to: output) else { return 2 }
        var requests = FramePipe(fd: input)
        var clock = RenderClock(enabled: ProcessInfo.processInfo.environment["JOURNEYMAP_TIMINGS"] == "1")
        defer { clock.report() }
        let crashes = Set((ProcessInfo.processInfo.environment[crashVariable] ?? "").split(separator: ",").map(String.init))
        while let frame = requests.read() {
            guard frame.kind == Kind.draw, let nul = frame.payload.firstIndex(of: 0) else {
                _ = FramePipe.write(Kind.error, Array("render worker: a request it cannot read".utf8), to: output)
                return 1
            }
            let diagram = Diagram(name: String(decoding: frame.payload[..<nul], as: UTF8.self),
                                  dot: String(decoding: frame.payload[(nul + 1)...], as: UTF8.self))
            let answer: [UInt8]
            do {
                answer = isolated ? try serve(diagram, crash: crashes.contains(diagram.name), clock: &clock)
                    : try drawHere(diagram)
            } catch {
                _ = FramePipe.write(Kind.error, Array(error.description.utf8), to: output)
                return 1
            }
            guard FramePipe.writeAll(answer, to: output) else { return 2 }
            if answer.first == Kind.error { return 1 }
        }
        return 0
    }

    /// Draws `diagram` in a child process; the answer frame to pass on.
    static func serve(_ diagram: Diagram, crash: Bool, clock: inout RenderClock) throws(DiagramError) -> [UInt8] {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .posix("make a pipe to draw", diagram.name, errno) }
        let child = fork()
        if child == 0 {
            close(fds[0])
            drawAndExit(diagram, crash: crash, answer: fds[1])
        }
        close(fds[1])
        guard child > 0 else {
            close(fds[0])
            throw .posix("start a process to draw", diagram.name, errno)
        }
        // Read before waiting: an SVG larger than the pipe holds would block the child.
        let answer = FramePipe.readToEnd(fds[0])
        close(fds[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw .posix("wait for the process drawing", diagram.name, errno) }
        }
        clock.add(usage)
        let signal = status & 0x7F
        if signal != 0 {
            return FramePipe.encode(Kind.failed, Array(("it crashed, killed by " + signalName(signal)).utf8))
        }
        guard let answer, let frame = FramePipe.decode(answer), [Kind.svg, Kind.failed, Kind.error].contains(frame.kind) else {
            throw DiagramError("the process drawing '\(diagram.name)' gave no answer (exit status \((status >> 8) & 0xFF))")
        }
        return answer
    }

    /// Draws `diagram` in this process; the answer frame.
    static func drawHere(_ diagram: Diagram) throws(DiagramError) -> [UInt8] {
        switch try GraphvizDrawing.draw(diagram) {
        case .success(let svg): return FramePipe.encode(Kind.svg, svg)
        case .failure(let failure): return FramePipe.encode(Kind.failed, Array(failure.reason.utf8))
        }
    }

    /// The child: draws, answers and exits, never returning. Crash signals get their
    /// default action and standard error goes nowhere, so that a crash ends it at once,
    /// silently: the worker reports it.
    private static func drawAndExit(_ diagram: Diagram, crash: Bool, answer: Int32) -> Never {
        for crash in [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP] { signal(crash, SIG_DFL) }
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDERR_FILENO) }
        if crash { abort() }
        let frame: [UInt8]
        var status: Int32 = 0
        do {
            frame = try drawHere(diagram)
        } catch {
            frame = FramePipe.encode(Kind.error, Array(error.description.utf8))
            status = 1
        }
        _ = FramePipe.writeAll(frame, to: answer)
        _exit(status)
    }

    /// `signal 11 (SIGSEGV)`, for the signals a crashing library dies of.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
                                      SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM"]
        return "signal \(signal)" + (names[signal].map { " (\($0))" } ?? "")
    }
}
