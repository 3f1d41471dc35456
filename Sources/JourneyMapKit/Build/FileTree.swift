import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the files of a build under one root folder, creating subfolders as needed.
///
/// Paths are relative and checked: no `..`, no empty component, and no component
/// starting with `.` (such names belong to the user, see `OutputFolder`), so nothing
/// a template or a map produces can write outside the root or over a kept file. Two
/// writes to one path are refused rather than the second winning silently.
final class FileTree: @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var folders: Set<String> = [""]
    private var written: Set<String> = []

    init(root: String) { self.root = root }

    /// Every path written so far.
    var paths: Set<String> { lock.withLock { written } }

    /// Writes `bytes` to `path` (relative to the root).
    func write(_ path: String, _ bytes: [UInt8]) throws(BuildError) {
        try claim(path)
        try Self.writeFile(root + "/" + path, bytes)
    }

    func write(_ path: String, _ text: String) throws(BuildError) {
        try write(path, Array(text.utf8))
    }

    /// Reserves `path` and creates its folders; the caller then writes it.
    func claim(_ path: String) throws(BuildError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != ".." && !$0.hasPrefix(".") }) else {
            throw BuildError("cannot write '\(path)': not a plain relative path inside the output folder")
        }
        lock.lock()
        defer { lock.unlock() }
        guard written.insert(path).inserted else {
            throw BuildError("cannot write '\(path)' twice in one build: two pages or files share that name")
        }
        var folder = ""
        for part in parts.dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            guard !folders.contains(folder) else { continue }
            let full = root + "/" + folder
            guard mkdir(full, 0o777) == 0 || errno == EEXIST else { throw .posix("create the folder", full, errno) }
            folders.insert(folder)
        }
    }

    /// Writes a whole file with plain system calls: thousands of small files, no
    /// temporary copies (the whole folder is temporary until the swap). `exclusive`
    /// fails where anything is in the way, a symbolic link included, rather than write
    /// through it.
    static func writeFile(_ full: String, _ bytes: [UInt8], exclusive: Bool = false) throws(BuildError) {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL | O_NOFOLLOW : O_TRUNC)
        let fd = creating.withLock { open(full, flags, 0o666) }
        guard fd >= 0 else { throw .posix("write", full, errno) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw .posix("write", full, code)
            }
            offset += n
        }
        guard close(fd) == 0 else { throw .posix("write", full, errno) }
    }

    /// Held while a file is created. The kernel creates one file at a time in a folder
    /// anyway (its lock on the folder), and most of a build's thousands of files go into
    /// `journeys/`; a thread waiting here sleeps, where one waiting on the folder's lock
    /// spins. On ext4 without a journal, creating a file shortly after many deletions
    /// (a rebuild deletes the old folder) holds that lock a long while, and the spinning
    /// thread doubled the system time of a rebuild.
    static let creating = NSLock()

    /// Reads a whole file.
    static func readFile(_ full: String) throws(BuildError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: full) else {
            throw BuildError("cannot read '\(full)'")
        }
        return [UInt8](data)
    }
}
