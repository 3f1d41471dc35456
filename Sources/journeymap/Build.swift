import ArgumentParser
import Diagrams
import Foundation
import JourneyMapKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the maps, then write the site into the output folder.",
        discussion: """
            The output folder is replaced as a whole, and only when the build succeeds: \
            with map errors (exit 1) or any other failure (exit 2) it is left as it was. \
            It must be missing, empty (.git, .gitignore, .gitkeep and .nojekyll aside; \
            they are kept), or written by an earlier build (it holds .journeymap-output); \
            never the home folder. Interrupted, a build cleans up and exits 130 (SIGINT) \
            or 143 (SIGTERM). \
            Set SOURCE_DATE_EPOCH to stamp the pages with that date; without it two \
            builds of the same maps are byte for byte the same. \
            Diagrams are kept in a cache folder (default $XDG_CACHE_HOME/journeymap, \
            else ~/.cache/journeymap) and reused by any later build; see docs/site.md.
            """
    )

    @OptionGroup var options: MapsOptions

    @Option(help: "The folder to write the site into.")
    var output = "output"

    @Option(help: "A folder of templates that override the built-in ones, file by file.")
    var templates: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp("The folder of the diagram cache (default: $XDG_CACHE_HOME/journeymap, else ~/.cache/journeymap).",
                               valueName: "dir"))
    var cache: String?

    @Flag(help: "Draw every diagram; neither read nor write the diagram cache.")
    var noCache = false

    /// For benchmarks: how many render worker processes (default: one per core; 0 draws
    /// in this process, where a crash in Graphviz ends the build).
    @Option(help: .hidden)
    var renderWorkers: Int?

    /// For benchmarks: build this many times in this one process, telling the
    /// process's resident memory after each build on standard error.
    @Option(help: .hidden)
    var repeatBuild = 1

    func run() throws {
        for round in 1..<max(1, repeatBuild) {
            _ = makeAction().run(console: .standard)
            FileHandle.standardError.write(Data("bench: build \(round): \(Self.residentKiB()) KiB resident\n".utf8))
        }
        try makeAction().run(console: .standard).finish()
        if repeatBuild > 1 {
            FileHandle.standardError.write(Data("bench: build \(repeatBuild): \(Self.residentKiB()) KiB resident\n".utf8))
        }
    }

    /// `VmRSS` of this process, from `/proc/self/status`.
    static func residentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    func makeAction() -> BuildAction {
        BuildAction(maps: options.maps, output: output, templates: templates, strict: strict,
                    workerExecutable: Self.ownExecutable, workers: renderWorkers, cache: cache, noCache: noCache)
    }

    /// This executable, to start render workers from: `/proc/self/exe` names it even
    /// when it was found through PATH or a relative path.
    static var ownExecutable: String? {
        if FileManager.default.isExecutableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        return Bundle.main.executablePath
    }
}

/// The hidden `journeymap _render-worker` that `build` and `serve` start to lay out
/// diagrams in parallel (see `RenderWorker`): frames on standard input and output.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RenderWorker.commandName,
        abstract: "Draw diagrams for a running build (internal).",
        shouldDisplay: false
    )

    /// For benchmarks: draw in the worker itself, without a child process per diagram.
    @Flag(help: .hidden)
    var inProcess = false

    func run() throws {
        let status = RenderWorker.run(isolated: !inProcess)
        if status != 0 { throw ExitCode(status) }
    }
}
