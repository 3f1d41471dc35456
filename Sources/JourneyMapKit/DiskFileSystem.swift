import Glibc
import JourneyCore

/// The real file system, for the command line.
///
/// Reads only regular files, never more than `MapFiles.sizeLimit` bytes of one: a FIFO,
/// a device or a socket is reported without being opened, and a file is opened
/// non-blocking and checked again on the open descriptor, so that one swapped for a
/// FIFO in between cannot block the read.
public struct DiskFileSystem: MapFileSystem {
    public init() {}

    public func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// See `MapsFolderWalker`.
    public func markdownFiles(under root: String) throws -> MapListing {
        try MapsFolderWalker.list(root)
    }

    public func contents(of path: String) -> FileContents {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            var link = stat()
            if error == ENOENT { return lstat(path, &link) == 0 ? .skipped(.danglingLink) : .missing }
            return .skipped(MapsFolderWalker.failure(error))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .skipped(.notRegular(MapsFolderWalker.kind(info.st_mode & S_IFMT))) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let error = errno
            return error == ENOENT ? .missing : .skipped(MapsFolderWalker.failure(error))
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { return .skipped(.unreadable(MapsFolderWalker.describe(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .skipped(.notRegular(MapsFolderWalker.kind(info.st_mode & S_IFMT))) }
        guard info.st_size <= MapFiles.sizeLimit else { return .skipped(.tooLarge) }
        return Self.read(fd, expected: Int(info.st_size))
    }

    /// Reads to the end, or to one byte past the limit for a file that grew meanwhile.
    private static func read(_ fd: Int32, expected: Int) -> FileContents {
        let limit = MapFiles.sizeLimit
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 4096), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .skipped(.tooLarge) }
                bytes += repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return .skipped(.unreadable(MapsFolderWalker.describe(errno)))
            }
            count += n
        }
        guard count <= limit else { return .skipped(.tooLarge) }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }
}
