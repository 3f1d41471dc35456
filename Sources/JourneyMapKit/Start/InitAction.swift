import Foundation

/// `journeymap init [DIR]`: starts a project in `DIR` (default `.`): `DIR/maps/` with
/// the starter files (`StarterFiles`) and `DIR/.github/workflows/journeymap.yml`.
///
/// Refuses (exit 2) when any of those files exists, or when `DIR/maps` exists and is
/// not an empty folder, and then writes nothing: every path is checked before the
/// first file is written.
public struct InitAction: Sendable {
    public var directory: String

    public init(directory: String = ".") { self.directory = directory }

    public func run(console: Console) -> ExitStatus {
        let base = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let files = NewFiles(files: StarterFiles.files.map { (path: base + "/" + $0.path, text: $0.text) })
        var refused = files.existing()
        let maps = base + "/maps"
        if NewFiles.exists(maps), !Self.isEmptyFolder(maps), !refused.contains(where: { $0.hasPrefix(maps + "/") }) {
            refused.insert(maps, at: 0)
        }
        guard refused.isEmpty else {
            console.err("journeymap: error: init writes only files that do not exist yet, and these do: "
                        + refused.map { "'\($0)'" }.joined(separator: ", ") + "; nothing was written\n")
            return .cannotRun
        }
        let created: [String]
        do {
            created = try files.create()
        } catch {
            console.err("journeymap: error: \(error); nothing was written\n")
            return .cannotRun
        }
        let mapsArgument = base == "." ? "" : " --maps \(maps)"
        console.out(created.map { "created \($0)\n" }.joined() + """

            Next:
              journeymap check\(mapsArgument)           # 0 errors, 0 warnings
              journeymap serve\(mapsArgument) --open    # the site, reloading as you edit
              journeymap new journey "Your journey"\(mapsArgument)

            Before pushing, set JOURNEYMAP_REPOSITORY in \(base)/\(StarterFiles.workflowFile)
            and choose GitHub Actions as the Pages source in the repository settings.

            """)
        return .ok
    }

    static func isEmptyFolder(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        return (try? FileManager.default.contentsOfDirectory(atPath: path).isEmpty) ?? false
    }
}
