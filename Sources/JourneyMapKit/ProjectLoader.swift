import CMarkBridge
import JourneyCore

/// Loads and resolves a maps folder with the real file system and cmark.
public enum ProjectLoader {
    public static func load(maps: String, strict: Bool,
                            fileSystem: any MapFileSystem = DiskFileSystem()) throws -> Project {
        let workspace = try Workspace.load(root: maps, fileSystem: fileSystem, markdown: CMarkParser())
        return Project.resolve(workspace, strict: strict)
    }
}
