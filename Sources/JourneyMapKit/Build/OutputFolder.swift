import Foundation

/// The output folder of a build, and the rules for replacing it.
///
/// A build never writes into the output folder: it fills a sibling folder and swaps it
/// in when everything is written, so a failed build leaves the folder as it was. The
/// whole folder is replaced, hence the rules about whose folder it is:
/// - a missing folder is created (with missing parent folders);
/// - a folder holding the marker `.journeymap-output` was written by the tool and is
///   replaced;
/// - a folder holding nothing but `carriedNames` (`.git`, `.gitkeep`, `.gitignore`,
///   `.nojekyll`: a gh-pages worktree) counts as empty and is replaced;
/// - any other folder, including one with other dot-entries (`.bashrc`, `.ssh`), a
///   file, or a symbolic link to neither is refused (exit 2);
/// - so are, whatever they hold, `/`, the home folder, the current folder and any
///   folder holding one of them, and a folder holding the maps or the templates.
///
/// However the folder is spelt (relative, `out/.`, `./out/`, `a/../out`), the folder
/// replaced is its real path (`RealPath`), and the temporary folder is its sibling there.
///
/// Entries whose names start with `.` belong to the user, except the tool's own (the
/// marker, and the diagram record earlier versions wrote): they are moved into every new
/// build, so `output/.git` survives. The tool itself writes no other such name. The
/// folder's permissions are kept too.
struct OutputFolder {
    static let markerName = ".journeymap-output"
    /// The marker's text; fixed, so that two builds are byte for byte the same.
    static let markerText = """
        This folder is written by `journeymap build`, which replaces all of it on every build.
        Files and folders whose names start with '.' are kept; anything else put here is lost.

        """
    /// The names starting with `.` that every build writes anew, not carried over.
    static let ownNames: Set = [markerName, legacyDiagramRecord]
    /// The record of the diagrams that versions before the diagram cache wrote: dropped.
    static let legacyDiagramRecord = ".journeymap-diagrams"
    /// The only entries a folder without the marker may hold to be replaced.
    static let carriedNames = [".git", ".gitignore", ".gitkeep", ".nojekyll"]

    /// The folder as given on the command line, for messages.
    let path: String
    /// The folder the build replaces: `path` made absolute and real (`RealPath`), so
    /// that the temporary folder is a true sibling and comparisons with other real
    /// paths hold.
    let target: String
    /// The permission bits of `target`, when it exists; nil when it does not.
    let mode: mode_t?
    var exists: Bool { mode != nil }
    /// Names of the user's entries to carry over (`OutputLitter.isUserEntry`).
    let keptEntries: [String]
    /// Whether an earlier build wrote the folder (it has the marker).
    var builtBefore = false

    /// Where the new build is written: a sibling, so the final renames never cross file
    /// systems.
    var temporary: String { OutputLitter.name(target, .tmp) }

    /// `path` resolved, and checked for the folders never replaced whatever they hold.
    static func target(of path: String, homes: [String]) throws(BuildError) -> String {
        guard !path.isEmpty else { throw BuildError("the output folder is an empty path; give --output a folder") }
        guard let target = RealPath.resolve(path) else { throw .posix("find the current folder for", path, errno) }
        if target == "/" {
            throw BuildError("the output folder cannot be '/'; choose another --output")
        }
        // The shell that started the build would be left in a deleted folder.
        if let current = RealPath.real("."), RealPath.isSameOrInside(current, target) {
            let relation = current == target ? "is" : "holds"
            throw BuildError("the output folder '\(path)' \(relation) the current folder, which a build cannot "
                + "replace; choose another --output, such as a folder inside the current one")
        }
        for home in homes.compactMap(RealPath.real) where RealPath.isSameOrInside(home, target) {
            let relation = home == target ? "is" : "holds"
            throw BuildError("the output folder '\(path)' \(relation) your home folder '\(home)', which a build "
                + "would replace as a whole; choose another --output, such as a folder inside it")
        }
        return target
    }

    /// The home folder: `HOME` and the one the user database names, where they exist.
    static func homes(environment: [String: String]) -> [String] {
        var homes: [String] = []
        if let home = environment["HOME"], home.hasPrefix("/") { homes.append(home) }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir, dir.pointee != 0 {
            homes.append(String(cString: dir))
        }
        return homes
    }

    /// Looks at `path` and decides whether the build may replace it.
    static func inspect(_ path: String, homes: [String] = []) throws(BuildError) -> OutputFolder {
        try inspect(path, target: target(of: path, homes: homes))
    }

    /// Looks at `target`, the real path of `path` (`target(of:homes:)`).
    static func inspect(_ path: String, target: String) throws(BuildError) -> OutputFolder {
        var info = stat()
        if lstat(target, &info) != 0 {
            guard errno == ENOENT else { throw .posix("look at the output folder", path, errno) }
            return OutputFolder(path: path, target: target, mode: nil, keptEntries: [])
        }
        // `RealPath` resolves every link it can, so a link left is one to nothing.
        if info.st_mode & S_IFMT == S_IFLNK {
            throw BuildError("the output folder '\(path)' is a symbolic link to nothing; "
                + "point it at a folder or choose another --output")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw BuildError("the output '\(path)' is a file, not a folder; choose another --output")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        } catch {
            throw .io("list the output folder", path, error)
        }
        let builtBefore = names.contains(markerName)
        let foreign = names.filter { !ownNames.contains($0) && !carriedNames.contains($0) }
        if !foreign.isEmpty && !builtBefore {
            let examples = foreign.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            throw BuildError("""
                the output folder '\(path)' holds files that journeymap did not write (\(examples)\
                \(foreign.count > 3 ? ", ..." : "")) and no \(markerName) marker; a build replaces \
                the whole output folder, so it only replaces a folder it created or an empty one. \
                Choose another --output, or empty the folder (\(carriedNames.joined(separator: ", ")) may stay)
                """)
        }
        return OutputFolder(path: path, target: target, mode: info.st_mode & 0o7777,
                            keptEntries: names.filter(OutputLitter.isUserEntry), builtBefore: builtBefore)
    }

    /// Refuses an output folder that holds `folder` (the maps or the templates): the
    /// swap would delete it.
    func refuseToHold(_ folder: String, as what: String) throws(BuildError) {
        guard exists, let inside = RealPath.real(folder), RealPath.isSameOrInside(inside, target) else { return }
        throw BuildError("the \(what) '\(folder)' is inside the output folder '\(path)', which a build replaces "
            + "as a whole; choose another --output")
    }
}
