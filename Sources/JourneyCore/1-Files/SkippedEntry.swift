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

extension SkippedEntry {
    /// The `file` error that reports this entry.
    public var diagnostic: Diagnostic {
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
            message = "not read: the path has \(MapFiles.pathLimit) bytes or more, too long for the system\(rest)"
        case .undecodableName:
            message = "not read: the name is not valid UTF-8 (shown with \\x escapes); rename it\(rest)"
        }
        return Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1), message: message)
    }
}
