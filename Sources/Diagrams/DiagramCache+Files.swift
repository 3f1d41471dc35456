import Foundation
import JourneyCore

/// Reading, writing and trimming the entries of a `DiagramCache`.
extension DiagramCache {
    /// The cached SVG of each diagram, nil where there is none; a damaged entry is
    /// removed. A hit is marked used.
    func lookUp(_ dots: [String], graphviz: String) -> [[UInt8]?] {
        guard !isBroken else { return dots.map { _ in nil } }
        return Parallel.map(dots) { dot -> [UInt8]? in
            let path = self.path(Self.key(dot: dot, graphviz: graphviz, tool: self.toolVersion))
            guard let bytes = self.read(path) else { return nil }
            guard let svg = self.svg(in: bytes, dot: dot, graphviz: graphviz) else {
                unlink(path)
                return nil
            }
            utimensat(AT_FDCWD, path, nil, 0)
            return svg
        }
    }

    /// The bytes of the file at `path`; nil when there is none, and on failure (which
    /// turns the cache off).
    private func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno != ENOENT && errno != ENOTDIR { fail("read", entries, errno) }
            return nil
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// Stores the SVGs drawn for `dots`, then drops the least recently used entries
    /// past the limit.
    func store(_ drawn: [(dot: String, svg: [UInt8])], graphviz: String) {
        guard !drawn.isEmpty, !isBroken else { return }
        guard makeFolder() else { return }
        Parallel.forEach(drawn) { item in
            let key = Self.key(dot: item.dot, graphviz: graphviz, tool: self.toolVersion)
            self.write(self.entry(dot: item.dot, svg: item.svg, graphviz: graphviz), to: self.path(key))
        }
        trim()
    }

    /// Creates the cache's folder and its missing parents (`~/.cache` may not exist).
    private func makeFolder() -> Bool {
        var path = entries.hasPrefix("/") ? "" : "."
        for part in entries.split(separator: "/") {
            path += "/" + part
            guard mkdir(path, 0o755) != 0, errno != EEXIST else { continue }
            fail("create", folder, errno)
            return false
        }
        return true
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it into place.
    private func write(_ bytes: [UInt8], to path: String) {
        let number = nextNumber()
        let temporary = entries + "/" + Self.temporaryPrefix + "\(getpid())-\(number)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return fail("write", entries, errno) }
        var done = 0
        var code: Int32 = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { code = n < 0 ? errno : ENOSPC; break }
            done += n
        }
        if close(fd) != 0 && code == 0 { code = errno }
        if code == 0 && rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            fail("write", entries, code)
        }
    }

    /// Drops the least recently used entries until the rest fit in `limit`, and
    /// temporary files older than an hour.
    func trim() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: entries) else { return }
        let now = time(nil)
        var files: [(path: String, size: Int, used: Int)] = []
        for name in names {
            let path = entries + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if name.hasPrefix(Self.temporaryPrefix) {
                if now - info.st_mtim.tv_sec > 3600 { unlink(path) }
                continue
            }
            guard name.hasSuffix(".entry") else { continue }
            files.append((path, Int(info.st_size), info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec))
        }
        var total = files.reduce(0) { $0 + $1.size }
        guard total > limit else { return }
        for file in files.sorted(by: { ($0.used, $0.path) < ($1.used, $1.path) }) where total > limit {
            unlink(file.path)
            total -= file.size
        }
    }
}
