import Foundation
import JourneyCore

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
    /// out diagrams on every core; nil draws every diagram in this process.
    public var workerExecutable: String?
    /// How many render workers to start; nil for one per active processor. Fewer than
    /// `BuildAction.workerThreshold` diagrams are always drawn in this process.
    public var workers: Int?
    /// Where `SOURCE_DATE_EPOCH` is read from.
    public var environment: [String: String]

    /// Below this many diagrams, starting workers costs more than it saves.
    public static let workerThreshold = 16

    public init(maps: String = "maps", output: String = "output", templates: String? = nil, strict: Bool = false,
                workerExecutable: String? = nil, workers: Int? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.maps = maps
        self.output = output
        self.templates = templates
        self.strict = strict
        self.workerExecutable = workerExecutable
        self.workers = workers
        self.environment = environment
    }

    /// Diagnostics and the summary go to standard error, as with `check`; so does the
    /// reason when the build cannot run (exit 2).
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let timings = BuildTimings(environment: environment, report: console.err)
        let project: Project
        switch ProjectLoader.loadClean(maps: maps, strict: strict, console: console, fileSystem: fileSystem,
                                       printWarnings: true) {
        case .success(let loaded): project = loaded
        case .failure(let status): return status
        }
        timings.mark("maps loaded and checked")
        do {
            try build(project, timings: timings, note: console.err)
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        return .ok
    }

    /// Everything after the check: may throw only before the swap, leaving the output
    /// folder untouched. `note` tells of waiting for another build and of what killed
    /// builds left.
    func build(_ project: Project, timings: BuildTimings, note: (String) -> Void) throws(BuildError) {
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
        do {
            let site = SiteBuild(project: project.withMapPathsRelative(), templates: templateSet, generatedAt: generatedAt,
                                 tree: FileTree(root: folder.temporary), timings: timings,
                                 previous: folder.builtBefore ? folder.target : nil)
            try site.write(workers: workerCount, executable: workerExecutable)
        } catch {
            failure = error
        }
        try interrupts.hold { () throws(BuildError) in
            defer { interrupts.onInterrupt {} }
            if let failure {
                session.abandon()
                throw failure
            }
            try session.install()
        }
        timings.mark("output folder swapped in")
    }

    /// The number of render workers for this machine.
    var workerCount: Int {
        max(0, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
