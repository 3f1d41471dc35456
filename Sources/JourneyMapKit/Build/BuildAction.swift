import Foundation
import Diagrams
import JourneyCore
import JourneyOutputs

/// `journeymap build`: check the maps, then write the site into the output folder.
///
/// With map errors the diagnostics are printed and nothing is written (exit 1). The
/// site is written into a temporary sibling of the output folder and swapped in only
/// when every file is written, so a failed build of any kind leaves the output folder
/// exactly as it was; `OutputFolder` has the rules about which folders it replaces.
/// Two builds of the same maps are byte for byte the same: the only date in a build is
/// `SOURCE_DATE_EPOCH`'s.
public struct BuildAction: Sendable {
    public var maps: String
    public var output: String
    /// A folder whose templates override the built-in ones, file by file.
    public var templates: String?
    public var strict: Bool
    /// The `journeymap` executable, started as render workers (`RenderWorker`) to lay
    /// out the diagrams, in parallel and out of harm's way (`DiagramPool`); nil draws
    /// every diagram in this process, where a crash in Graphviz ends the build.
    public var workerExecutable: String?
    /// How many render workers to start (at most one per diagram); nil for one per
    /// active processor, 0 to draw in this process.
    public var workers: Int?
    /// The diagram cache's folder (`--cache`); nil for the default one
    /// (`DiagramCache.defaultFolder`).
    public var cache: String?
    /// `--no-cache`: every diagram drawn, the cache neither read nor written.
    public var noCache: Bool
    /// Where `SOURCE_DATE_EPOCH` is read from.
    public var environment: [String: String]

    public init(maps: String = "maps", output: String = "output", templates: String? = nil, strict: Bool = false,
                workerExecutable: String? = nil, workers: Int? = nil, cache: String? = nil, noCache: Bool = false,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.maps = maps
        self.output = output
        self.templates = templates
        self.strict = strict
        self.workerExecutable = workerExecutable
        self.workers = workers
        self.cache = cache
        self.noCache = noCache
        self.environment = environment
    }

    /// Diagnostics and the summary go to standard error, as with `check`, once the
    /// diagrams are drawn, with the warnings of any Graphviz could not draw
    /// (`diagram-failed`); so does the reason when the build cannot run (exit 2). A
    /// diagram that failed is an error under `--strict` (or `checks:`): exit 1, the
    /// output folder left as it was.
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let timings = BuildTimings(environment: environment, report: console.err)
        let project: Project
        switch ProjectLoader.loadClean(maps: maps, strict: strict, console: console, fileSystem: fileSystem) {
        case .success(let loaded): project = loaded
        case .failure(let status): return status
        }
        timings.mark("maps loaded and checked")
        var reported = project
        do {
            reported.diagnostics = (project.diagnostics + (try build(project, timings: timings, note: console.err))).sorted(by: Diagnostic.sortKey)
        } catch {
            ProjectLoader.printText(project, console: console)
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        ProjectLoader.printText(reported, console: console)
        return reported.hasErrors ? .mapErrors : .ok
    }

    /// Everything after the check: may throw only before the swap, leaving the output
    /// folder untouched. `note` tells of waiting for another build and of what killed
    /// builds left. Returns the diagrams' diagnostics; with an error among them nothing
    /// is swapped in either.
    func build(_ project: Project, timings: BuildTimings, note: @escaping @Sendable (String) -> Void) throws(BuildError) -> [Diagnostic] {
        let generatedAt = try SourceDateEpoch.generatedAt(environment)
        let templateSet = try SiteBuild.loadTemplates(templates)
        timings.mark("templates loaded")
        let interrupts = InterruptCleanup()
        defer { interrupts.cancel() }
        let session = try OutputSession.open(output, homes: OutputFolder.homes(environment: environment),
                                             interrupts: interrupts, note: note) { folder throws(BuildError) in
            try folder.refuseToHold(maps, as: "maps folder")
            if let templates { try folder.refuseToHold(templates, as: "templates folder") }
        }
        let folder = session.folder
        var failure: BuildError?
        var diagrams: [Diagnostic] = []
        do {
            // The site names maps relative to the maps folder; the command line as given.
            let shown = project.withMapPathsRelative()
            let site = SiteBuild(project: shown, templates: templateSet, generatedAt: generatedAt,
                                 tree: FileTree(root: folder.temporary), timings: timings, strict: strict)
            let renderer = DiagramRenderer(executable: workerExecutable, workers: workerCount,
                                           cache: Self.diagramCache(cache, off: noCache, environment: environment, note: note))
            defer { renderer.stop() }
            let given = Dictionary(zip(shown.journeys.map(\.document.file), project.journeys.map(\.document.file))) { a, _ in a }
            diagrams = try site.write(renderer: renderer).map { d in
                var d = d
                d.file = given[d.file] ?? d.file
                return d
            }
        } catch {
            failure = error
        }
        let refused = diagrams.contains { $0.severity == .error }
        try interrupts.hold { () throws(BuildError) in
            defer { interrupts.onInterrupt {} }
            if let failure {
                session.abandon()
                throw failure
            }
            if refused { return session.abandon() }
            try session.install()
        }
        if !refused { timings.mark("output folder swapped in") }
        return diagrams
    }

    /// The diagram cache in `folder`, or in the default folder; nil with `off`, or
    /// when there is no default folder (neither `XDG_CACHE_HOME` nor `HOME` set). Its
    /// failures are told to `note` once and never fail the build.
    static func diagramCache(_ folder: String?, off: Bool, environment: [String: String],
                             note: @escaping @Sendable (String) -> Void) -> DiagramCache? {
        guard !off, let folder = folder ?? DiagramCache.defaultFolder(environment: environment) else { return nil }
        return DiagramCache(folder: folder, toolVersion: ToolVersion.current, note: note)
    }

    /// The number of render workers for this machine.
    var workerCount: Int {
        max(0, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
