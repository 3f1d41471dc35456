import Foundation

/// Files that `init` and `new` create: all of them or none, and never over anything
/// that exists. Every path is checked before the first is written; each file is
/// created exclusively (`O_EXCL`), so one that appears meanwhile is not overwritten
/// either, and a failure removes what this call created.
struct NewFiles {
    var files: [(path: String, text: String)]

    /// The paths that exist already, of any kind (a dangling symbolic link too).
    func existing() -> [String] {
        files.map(\.path).filter(Self.exists)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates the folders and files; returns the files' paths.
    @discardableResult
    func create() throws(BuildError) -> [String] {
        var folders: [String] = []
        var written: [String] = []
        do throws(BuildError) {
            for (path, text) in files {
                try Self.makeParents(of: path, created: &folders)
                try Self.write(text, to: path)
                written.append(path)
            }
        } catch {
            for path in written.reversed() { unlink(path) }
            for folder in folders.reversed() { rmdir(folder) }
            throw error
        }
        return written
    }

    private static func makeParents(of path: String, created: inout [String]) throws(BuildError) {
        var folder = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (i, part) in parts.enumerated() {
            folder += (i == 0 ? "" : "/") + part
            guard !folder.isEmpty, folder != ".", !exists(folder) else { continue }
            guard mkdir(folder, 0o777) == 0 else { throw .posix("create the folder", folder, errno) }
            created.append(folder)
        }
    }

    private static func write(_ text: String, to path: String) throws(BuildError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .posix("create", path, errno) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let code = errno
                unlink(path)
                throw .posix("write", path, code)
            }
            offset += n
        }
    }
}
