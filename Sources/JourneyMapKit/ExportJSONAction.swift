import JourneyCore

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
        do {
            project = try ProjectLoader.load(maps: maps, strict: strict, fileSystem: fileSystem)
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        if project.hasErrors {
            let formatter = TextDiagnosticFormatter(colour: console.errIsTerminal, sources: project.sources)
            console.err(formatter.format(project.diagnostics, documentsRead: project.documentsRead))
            return .mapErrors
        }
        console.out(JSONExporter.export(project))
        return .ok
    }
}
