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

/// An entry of the maps folder that was not read, and why.
public struct SkippedEntry: Sendable, Equatable {
    /// The path as shown: starting with the maps folder as given, bytes that are not
    /// UTF-8 written `\xFF`.
    public var path: String
    public var reason: SkipReason
    /// A folder, whose maps are then not read either.
    public var isFolder: Bool

    public init(_ path: String, _ reason: SkipReason, isFolder: Bool = false) {
        self.path = path
        self.reason = reason
        self.isFolder = isFolder
    }
}

/// Why an entry was not read.
public enum SkipReason: Sendable, Equatable {
    /// A FIFO, device, socket or folder where a file was expected, described (`a FIFO (named pipe)`).
    case notRegular(String)
    /// Larger than `MapFiles.sizeLimit`.
    case tooLarge
    /// A link to nothing.
    case danglingLink
    /// A link that leads round a loop of links.
    case linkLoop
    /// A link to a folder that holds it (the path of that folder).
    case folderLoop(String)
    /// A link to a folder already read under another path (that path).
    case folderReadAs(String)
    /// The system refused (its message).
    case unreadable(String)
    /// Longer than the system takes for a path.
    case pathTooLong
    /// A name that is not UTF-8.
    case undecodableName
}

/// Fixed limits on what is read.
public enum MapFiles {
    /// No map file or `journeymap.yml` is read beyond 16 MiB: a larger file is a `file`
    /// error. A fixed rule, not a setting: it bounds memory, whatever a link points at.
    public static let sizeLimit = 16 * 1024 * 1024
    /// The longest path the system takes, its terminating NUL included (Linux PATH_MAX).
    public static let pathLimit = 4096
}

extension SkippedEntry {
    /// The `file` error that reports this entry.
    var diagnostic: Diagnostic {
        let rest = isFolder ? "; the maps in it are not read" : ""
        let message: String
        switch reason {
        case .notRegular(let kind):
            message = "not read: not a regular file but \(kind); only regular files and links to them are read"
        case .tooLarge:
            message = "not read: the file is larger than 16 MiB, the most journeymap reads"
        case .danglingLink:
            message = "not read: the link leads to nothing (its target does not exist)"
        case .linkLoop:
            message = "not read: the link leads round a loop of links"
        case .folderLoop(let holder):
            message = "not followed: the link leads back to '\(holder)', a folder that holds it"
        case .folderReadAs(let first):
            message = "not followed: the link leads to the folder already read as '\(first)'"
        case .unreadable(let why):
            message = (isFolder ? "cannot list the folder: " : "cannot read the file: ") + why + rest
        case .pathTooLong:
            message = "not read: the path is longer than the \(MapFiles.pathLimit) bytes the system takes\(rest)"
        case .undecodableName:
            message = "not read: the name is not valid UTF-8 (shown with \\x escapes); rename it\(rest)"
        }
        return Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1), message: message)
    }
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
