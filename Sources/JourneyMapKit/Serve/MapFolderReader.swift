import CMarkBridge
import Foundation
import JourneyCore

/// A maps folder as `serve` keeps it between builds: every map file's parse with the
/// file's size, modification time and a hash of its bytes. A file is read again only
/// when it looks changed on disk, and parsed again only when its bytes did change, so
/// an editor that saves without changing anything costs one read.
final class MapFolderReader {
    let root: String
    private let markdown = CMarkParser()
    private var settingsFile: CachedBytes?
    private var settings: Workspace.Settings
    private var files: [String: CachedFile] = [:]
    /// What the last full listing left out, reported as `build` reports it.
    private var skipped: [SkippedEntry] = []

    /// What identifies a version of a file on disk without reading it.
    struct Stamp: Equatable {
        var size: Int
        var modified: timespec
        var inode: UInt

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.inode == b.inode
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    struct CachedBytes {
        var stamp: Stamp
        var hash: Int
    }

    struct CachedFile {
        var bytes: CachedBytes
        var file: Workspace.ParsedFile
    }

    struct Snapshot {
        var workspace: Workspace
        /// Files whose parse changed since the last read; nil when every file's may
        /// have (the first read, or new settings).
        var changed: Set<String>?
    }

    init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        settings = Workspace.Settings(root: self.root, contents: .missing)
    }

    /// Reads what changed. `hint` names the paths an event said changed; nil looks at
    /// every file (the first time, after a folder came or went, after lost events).
    func read(hint: Set<String>?) throws -> Snapshot {
        guard DiskFileSystem().isDirectory(root) else { throw LoadError(ProjectLoader.missingFolderMessage(root)) }
        let settingsChanged = try readSettings()
        var changed: Set<String> = []
        var paths: [String]
        let whole = hint == nil || settingsChanged || files.isEmpty
            || hint!.contains { isMapPath($0) && Self.stamp($0) == nil && Self.exists($0) }
        if whole {
            // Also when a changed path is there but is no regular file: the listing
            // reports such entries.
            let listing = try DiskFileSystem().markdownFiles(under: root)
            paths = listing.files
            skipped = listing.skipped
            for gone in Set(files.keys).subtracting(paths) {
                files[gone] = nil
                changed.insert(gone)
            }
        } else {
            paths = hint!.filter(isMapPath).sorted()
        }
        let parser = settings.parser(markdown: markdown)
        for path in paths {
            guard let stamp = Self.stamp(path) else {
                if files.removeValue(forKey: path) != nil { changed.insert(path) }
                continue
            }
            let cached = files[path]
            if !settingsChanged, cached?.bytes.stamp == stamp { continue }
            let contents = Workspace.limited(DiskFileSystem().contents(of: path))
            let hash = Self.hash(contents)
            if !settingsChanged, let cached, cached.bytes.hash == hash, hash != 0 {
                files[path]?.bytes.stamp = stamp
                continue
            }
            let file = Workspace.parseFile(path, parser: parser, contents: contents)
            files[path] = CachedFile(bytes: CachedBytes(stamp: stamp, hash: hash), file: file)
            changed.insert(path)
        }
        let parsed = files.keys.sorted().map { (path: $0, file: files[$0]!.file) }
        let workspace = Workspace.assemble(root: root, settings: settings, skipped: skipped, parsed: parsed)
        return Snapshot(workspace: workspace, changed: settingsChanged ? nil : changed)
    }

    /// Reads `journeymap.yml` again when it looks changed; true when its bytes did.
    private func readSettings() throws -> Bool {
        let path = Workspace.Settings.path(root: root)
        guard let stamp = Self.stamp(path) else {
            let contents = Self.exists(path) ? Workspace.limited(DiskFileSystem().contents(of: path)) : .missing
            defer { settingsFile = nil }
            if settingsFile == nil, contents == .missing { return false }
            settings = Workspace.Settings(root: root, contents: contents)
            return true
        }
        if settingsFile?.stamp == stamp { return false }
        let contents = Workspace.limited(DiskFileSystem().contents(of: path))
        let hash = Self.hash(contents)
        defer { settingsFile = CachedBytes(stamp: stamp, hash: hash) }
        if settingsFile?.hash == hash, hash != 0 { return false }
        settings = Workspace.Settings(root: root, contents: contents)
        return true
    }

    /// A Markdown file inside the folder and outside hidden folders, as
    /// `DiskFileSystem.markdownFiles` lists them.
    func isMapPath(_ path: String) -> Bool {
        guard path.hasSuffix(".md"), path.hasPrefix(root + "/") else { return false }
        return !path.dropFirst(root.count + 1).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The stamp of a regular file (followed through symbolic links), nil for anything else.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(size: Int(info.st_size), modified: info.st_mtim, inode: UInt(info.st_ino))
    }

    /// Whether anything is at `path`, a link to nothing included.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A file's bytes hashed; 0 when it was not read.
    static func hash(_ contents: FileContents) -> Int {
        if case .bytes(let bytes) = contents { return hash(bytes) }
        return 0
    }

    /// Stable within one process, which is all the cache needs.
    static func hash(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
