import Foundation
import Testing

/// Makes the entries a maps folder may hold besides plain files and folders: FIFOs,
/// sockets, links, names that are not UTF-8, paths longer than PATH_MAX.
enum OddEntries {
    static func fifo(_ path: String) throws {
        try check(mkfifo(path, 0o644), "mkfifo \(path)")
    }

    static func link(_ path: String, to target: String) throws {
        try check(symlink(target, path), "symlink \(path)")
    }

    static func folder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static func file(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func mode(_ path: String, _ mode: mode_t) throws {
        try check(chmod(path, mode), "chmod \(path)")
    }

    /// A sparse file of `size` bytes.
    static func file(_ path: String, size: Int) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        try check(truncate(path, off_t(size)), "truncate \(path)")
    }

    /// A socket bound at `path` (kept bound only while this process lives; the entry
    /// stays on disk either way).
    static func socket(_ path: String) throws {
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try check(fd < 0 ? -1 : 0, "socket")
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path), "socket path too long: \(path)")
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try check(result, "bind \(path)")
    }

    /// A file (or folder) in `folder` whose name is `name`, raw bytes that need not be UTF-8.
    static func rawName(_ folder: String, _ name: [UInt8], isFolder: Bool = false, text: String = "") throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let result = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { p -> Int32 in
                if isFolder { return mkdir(p.baseAddress!, 0o755) }
                let fd = open(p.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
                guard fd >= 0 else { return -1 }
                defer { close(fd) }
                return write(fd, text, text.utf8.count) == text.utf8.count ? 0 : -1
            }
        }
        try check(result, "create \(name) in \(folder)")
    }

    /// `levels` nested folders of `segment` in `folder`, made relative to open folders so
    /// that the path may grow past PATH_MAX, with `file` holding `text` in the deepest.
    static func deepFolders(_ folder: String, levels: Int, segment: String, file: String, text: String) throws {
        var fd = open(folder, O_RDONLY | O_DIRECTORY)
        try check(fd < 0 ? -1 : 0, "open \(folder)")
        for _ in 0..<levels {
            try check(mkdirat(fd, segment, 0o755), "mkdirat")
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            try check(next < 0 ? -1 : 0, "openat")
            fd = next
        }
        defer { close(fd) }
        let out = openat(fd, file, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        try check(out < 0 ? -1 : 0, "create \(file)")
        defer { close(out) }
        try check(write(out, text, text.utf8.count) == text.utf8.count ? 0 : -1, "write \(file)")
    }

    /// Removes `folder` however deep it goes (FileManager stops at PATH_MAX; rm does not),
    /// with any folder closed by `mode` opened again first.
    static func remove(_ folder: String) {
        let chmod = Process()
        chmod.executableURL = URL(fileURLWithPath: "/bin/chmod")
        chmod.arguments = ["-R", "u+rwx", folder]
        try? chmod.run()
        chmod.waitUntilExit()
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", folder]
        try? rm.run()
        rm.waitUntilExit()
    }

    private static func check(_ result: Int32, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(result == 0, "\(what): \(String(cString: strerror(errno)))", sourceLocation: sourceLocation)
    }
}
