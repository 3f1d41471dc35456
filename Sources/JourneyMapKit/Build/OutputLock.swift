import Foundation

/// One build at a time per output folder: an `flock` on `<output>.journeymap-lock`
/// beside it, held from before the folder is inspected until the new one is in place
/// or everything is removed.
///
/// The file exists only while a build holds it (or after one was killed): the holder
/// deletes it before letting go, so nothing is left beside the output folder. That is
/// safe because whoever gets the lock then checks that the file it locked still has
/// that name; if the holder deleted it meanwhile, it tries again with a new file.
final class OutputLock: Sendable {
    let path: String
    private let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    static func path(beside target: String) -> String { target + ".journeymap-lock" }

    /// The lock for the output folder `target` (whose parent must exist), or nil while
    /// another build holds it.
    static func tryAcquire(beside target: String) throws(BuildError) -> OutputLock? {
        let path = path(beside: target)
        while true {
            // Close-on-exec: render workers must not hold the lock after this process.
            let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .posix("create the lock file", path, errno) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK { return nil }
                if code == EINTR { continue }
                throw .posix("lock", path, code)
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                let pid = Array("\(getpid())\n".utf8)
                _ = ftruncate(fd, 0)
                _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                return OutputLock(path: path, fd: fd)
            }
            close(fd)
        }
    }

    /// The process id the holder wrote into the lock file, for the message while waiting.
    static func holder(beside target: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(beside: target)) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return !text.isEmpty && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) ? text : nil
    }

    /// Deletes the lock file, then lets go.
    func release() {
        unlink(path)
        close(fd)
    }
}
