import CMarkBridge
import JourneyCore

/// Loads and resolves a maps folder with the real file system and cmark.
public enum ProjectLoader {
    public static func load(maps: String, strict: Bool,
                            fileSystem: any MapFileSystem = DiskFileSystem()) throws -> Project {
        guard fileSystem.isDirectory(maps) else { throw LoadError(missingFolderMessage(maps)) }
        let workspace = try Workspace.load(root: maps, fileSystem: fileSystem, markdown: CMarkParser())
        return Project.resolve(workspace, strict: strict)
    }

    /// Why a maps folder cannot be read when there is none, with the way to start one.
    public static func missingFolderMessage(_ maps: String) -> String {
        "maps folder '\(maps)' does not exist or is not a folder; run 'journeymap init' to start one, or name another with --maps"
    }

    /// What every command that needs clean maps does first: load them, and on an I/O
    /// failure (exit 2) or map errors (exit 1, diagnostics on standard error) say so
    /// and give the status to stop with. Warnings alone are the caller's to print
    /// (`build` prints them with those of its diagrams).
    public static func loadClean(maps: String, strict: Bool, console: Console,
                                 fileSystem: any MapFileSystem) -> Result<Project, ExitStatus> {
        let project: Project
        do {
            project = try load(maps: maps, strict: strict, fileSystem: fileSystem)
        } catch {
            console.err("journeymap: error: \(TerminalText.sanitized(String(describing: error)))\n")
            return .failure(.cannotRun)
        }
        if project.hasErrors {
            printText(project, console: console)
        }
        return project.hasErrors ? .failure(.mapErrors) : .success(project)
    }

    /// Every diagnostic of `project` as text on standard error, with the summary line.
    public static func printText(_ project: Project, console: Console) {
        let formatter = TextDiagnosticFormatter(colour: console.errIsTerminal, sources: project.sources)
        console.err(formatter.format(project.diagnostics, documentsRead: project.documentsRead))
    }
}
