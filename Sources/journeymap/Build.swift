import ArgumentParser
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
            builds of the same maps are byte for byte the same.
            """
    )

    @OptionGroup var options: MapsOptions

    @Option(help: "The folder to write the site into.")
    var output = "output"

    @Option(help: "A folder of templates that override the built-in ones, file by file.")
    var templates: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    /// For benchmarks: how many render worker processes (default: one per core; 0 draws
    /// in this process, where a crash in Graphviz ends the build).
    @Option(help: .hidden)
    var renderWorkers: Int?

    func run() throws {
        let action = BuildAction(maps: options.maps, output: output, templates: templates, strict: strict,
                                 workerExecutable: Self.ownExecutable, workers: renderWorkers)
        try action.run(console: .standard).finish()
    }

    /// This executable, to start render workers from: `/proc/self/exe` names it even
    /// when it was found through PATH or a relative path.
    static var ownExecutable: String? {
        if FileManager.default.isExecutableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        return Bundle.main.executablePath
    }
}

/// The hidden `journeymap _render-worker ROOT` that `build` starts to lay out
/// diagrams in parallel (see `RenderWorker`).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RenderWorker.commandName,
        abstract: "Draw diagrams for a running build (internal).",
        shouldDisplay: false
    )

    @Argument(help: "The folder the DOT paths are relative to.")
    var root: String

    func run() throws {
        try RenderWorker.run(root: root).finish()
    }
}
