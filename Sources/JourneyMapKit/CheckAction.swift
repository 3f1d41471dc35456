import JourneyCore

/// `journeymap check`: validate a maps folder and print every diagnostic.
public struct CheckAction: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github, sarif
    }

    public var maps: String
    public var strict: Bool
    public var format: Format

    public init(maps: String, strict: Bool, format: Format) {
        self.maps = maps
        self.strict = strict
        self.format = format
    }

    /// Text goes to standard error like a compiler's; JSON, workflow commands and SARIF
    /// go to standard output, where scripts and the GitHub runner read them.
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let project: Project
        do {
            project = try ProjectLoader.load(maps: maps, strict: strict, fileSystem: fileSystem)
        } catch {
            console.err("journeymap: error: \(TerminalText.sanitized(String(describing: error)))\n")
            return .cannotRun
        }
        let diagnostics = project.diagnostics
        switch format {
        case .text:
            ProjectLoader.printText(project, console: console)
        case .json:
            console.out(JSONDiagnosticFormatter().format(diagnostics))
        case .github:
            console.out(GitHubDiagnosticFormatter().format(diagnostics))
            console.err(TextDiagnosticFormatter.summary(diagnostics, documentsRead: project.documentsRead) + "\n")
        case .sarif:
            console.out(SARIFDiagnosticFormatter(toolVersion: ToolVersion.current, sources: project.sources).format(diagnostics))
            console.err(TextDiagnosticFormatter.summary(diagnostics, documentsRead: project.documentsRead) + "\n")
        }
        return project.hasErrors ? .mapErrors : .ok
    }
}
