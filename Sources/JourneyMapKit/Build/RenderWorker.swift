import Foundation

/// The other end of `WorkerProcess`: the hidden command `journeymap _render-worker
/// ROOT`, which draws diagrams for a build in a process of its own, because Graphviz
/// cannot lay out two graphs at once in one process.
///
/// Protocol, one line each way per diagram: the build writes `NAME<TAB>DOT-PATH`
/// (the path relative to ROOT, ending in `.dot`); the worker reads the DOT file,
/// writes the SVG next to it (`.svg` for `.dot`) and answers `ok`. On failure it
/// answers `error<TAB>MESSAGE` (the message names the diagram, on one line) and exits
/// with status 1. End of input ends the worker with status 0.
public enum RenderWorker {
    /// The hidden subcommand's name.
    public static let commandName = "_render-worker"

    /// Serves requests from `input` until it ends, answering on `output`.
    ///
    /// With `JOURNEYMAP_TIMINGS=1` in the environment it reports on standard error, at
    /// the end, the CPU time its Graphviz renders took (DOT text in, SVG bytes out), apart
    /// from process start and file reads and writes: for benchmarking.
    public static func run(root: String, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> ExitStatus {
        signal(SIGPIPE, SIG_IGN)
        var requests = LinePipe(fd: input)
        var clock = RenderClock(enabled: ProcessInfo.processInfo.environment["JOURNEYMAP_TIMINGS"] == "1")
        defer { clock.report() }
        while let line = requests.readLine() {
            guard !line.isEmpty else { continue }
            do {
                try draw(line, root: root, clock: &clock)
                guard LinePipe.writeLine("ok", to: output) else { return .cannotRun }
            } catch {
                let message = error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
                _ = LinePipe.writeLine("error\t" + message, to: output)
                return .mapErrors
            }
        }
        return .ok
    }

    /// Handles one request line.
    static func draw(_ line: String, root: String, clock: inout RenderClock) throws(BuildError) {
        let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard fields.count == 2 else { throw BuildError("render worker: bad request '\(line)'") }
        let name = String(fields[0])
        let dotPath = root + "/" + fields[1]
        let dot = String(decoding: try FileTree.readFile(dotPath), as: UTF8.self)
        let svg = try clock.time { () throws(BuildError) in try DiagramJob.render(dot: dot, name: name) }
        try FileTree.writeFile(root + "/" + DiagramJob.svgPath(forDot: String(fields[1])), svg)
    }
}
