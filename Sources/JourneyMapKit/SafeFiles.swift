import Foundation
import JourneyCore
#if canImport(Glibc)
import Glibc
#endif

/// Writing single files beside a user's own: each is written under a hidden temporary
/// name in the same folder and then put in place in one step, so nobody sees half a
/// file, and nothing is left behind when a write fails.
enum SafeFiles {
    /// What is at a path, without following a symbolic link.
    enum Entry: Equatable {
        case missing
        case regular(mode: mode_t)
        /// A symbolic link, a folder, a device...
        case other
    }

    static func entry(_ path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFREG ? .regular(mode: info.st_mode & 0o7777) : .other
    }

    /// Creates `path` with `bytes`; fails, touching nothing, when anything is there.
    static func createNew(_ path: String, _ bytes: [UInt8]) throws {
        let partial = try writePartial(beside: path, bytes, mode: nil)
        defer { unlink(partial) }
        // link() never replaces: the file appears whole, or not at all.
        guard link(partial, path) == 0 else { throw error("create", path, errno) }
    }

    /// Writes `path`, replacing a regular file there (keeping its mode); refuses
    /// anything else (a symbolic link is replaced neither by the file nor followed).
    static func replaceRegular(_ path: String, _ bytes: [UInt8]) throws {
        let mode: mode_t?
        switch entry(path) {
        case .missing: mode = nil
        case .regular(let m): mode = m
        case .other: throw LoadError("'\(path)' is not a regular file; it is left alone")
        }
        let partial = try writePartial(beside: path, bytes, mode: mode)
        guard rename(partial, path) == 0 else {
            let code = errno
            unlink(partial)
            throw error("write", path, code)
        }
    }

    /// A new hidden file `.<name>.partial` in the folder of `path` holding `bytes`.
    private static func writePartial(beside path: String, _ bytes: [UInt8], mode: mode_t?) throws -> String {
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial").path
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw error("write", partial, errno) }
        var offset = 0
        var failure: Int32?
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += n
        }
        if failure == nil, let mode, fchmod(fd, mode) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(partial)
            throw error("write", partial, failure)
        }
        return partial
    }

    private static func error(_ action: String, _ path: String, _ code: Int32) -> LoadError {
        LoadError("cannot \(action) '\(path)': \(String(cString: strerror(code)))")
    }
}
