import JourneyCore
import JourneyOutputs

/// `journeymap export json`: the resolved model on standard output.
public struct ExportJSONAction: Sendable {
    public var maps: String
    public var strict: Bool

    public init(maps: String, strict: Bool = false) {
        self.maps = maps
        self.strict = strict
    }

    /// With errors, nothing goes to standard output: diagnostics go to standard error, exit 1.
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let project: Project
        switch ProjectLoader.loadClean(maps: maps, strict: strict, console: console, fileSystem: fileSystem) {
        case .success(let loaded): project = loaded
        case .failure(let status): return status
        }
        console.out(JSONExporter.export(project))
        return .ok
    }
}
