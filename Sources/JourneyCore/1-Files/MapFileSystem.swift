/// File access the loader needs, injected so the core is testable without a disk.
///
/// Only regular files are read. Whatever a listing or a read leaves out (a special file,
/// a broken link, a folder that cannot be listed, a name that cannot be shown) comes
/// back as data, and the loader reports each as a `file` error: nothing is skipped
/// silently.
public protocol MapFileSystem: Sendable {
    /// Whether `path` is an existing directory.
    func isDirectory(_ path: String) -> Bool
    /// Every file under `root` whose name ends in `.md`, recursively, as paths that start
    /// with `root` (so diagnostics show paths as the user gave them), and every `.md`
    /// entry or folder that could not be listed, followed or named. Throws only when
    /// `root` itself cannot be listed.
    func markdownFiles(under root: String) throws -> MapListing
    /// The bytes of a regular file (or of the regular file a link leads to).
    func contents(of path: String) -> FileContents
}

/// What a maps folder holds: the map files to read and the entries left out.
public struct MapListing: Sendable, Equatable {
    public var files: [String]
    public var skipped: [SkippedEntry]

    public init(files: [String], skipped: [SkippedEntry] = []) {
        self.files = files
        self.skipped = skipped
    }
}

/// Fixed limits on what is read.
public enum MapFiles {
    /// No map file or `journeymap.yml` is read beyond 16 MiB: a larger file is a `file`
    /// error. A fixed rule, not a setting: it bounds memory, whatever a link points at.
    public static let sizeLimit = 16 * 1024 * 1024
    /// The longest path the system takes, its terminating NUL included (Linux PATH_MAX).
    public static let pathLimit = 4096
}

/// The bytes of a file, or why there are none.
public enum FileContents: Sendable, Equatable {
    case bytes([UInt8])
    /// Nothing at that path.
    case missing
    case skipped(SkipReason)
}

/// An I/O failure: exit status 2, not a diagnostic about the maps.
public struct LoadError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
