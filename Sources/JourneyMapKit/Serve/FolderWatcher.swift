import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches the maps folder, every folder under it, and the templates folder, with
/// inotify, and reports what changed after a quiet spell of `debounce` seconds, so an
/// editor's temporary file, write and rename arrive as one change. When the latest event
/// is a Markdown file written and closed, or renamed into place, the save is complete:
/// the quiet spell is then `settle`, a few milliseconds, enough for the files of one
/// "save all" to arrive together.
///
/// inotify watches one folder per watch: each folder gets its own (a link to a folder
/// too, once per folder), a folder that appears gets one as it appears, and a folder
/// that appears, goes or moves makes the next change "look at every file" (its files
/// came or went without events of their own). Hidden folders (`.git`) are not watched:
/// they hold no maps. When the maps or templates folder itself goes away, the watcher
/// looks for it again every second.
final class FolderWatcher: @unchecked Sendable {
    let maps: String
    let templates: String?
    let debounce: Double
    let settle: Double
    private let onChange: @Sendable (LiveSiteBuilder.Change) -> Void
    private let fd: Int32
    private var stopPipe: [Int32] = [-1, -1]
    /// Watch descriptor -> the folder it watches, as a path under `maps` or `templates`.
    private var folders: [Int32: String] = [:]
    private var thread: Thread?
    /// Whether the latest event was a Markdown file written and closed, or moved in.
    private var complete = false

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    init(maps: String, templates: String?, debounce: Double = 0.03, settle: Double = 0.005,
         onChange: @escaping @Sendable (LiveSiteBuilder.Change) -> Void) throws(BuildError) {
        self.maps = Self.trimmed(maps)
        self.templates = templates.map(Self.trimmed)
        self.debounce = debounce
        self.settle = min(settle, debounce)
        self.onChange = onChange
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw .posix("watch", maps, errno) }
        guard pipe(&stopPipe) == 0 else {
            close(fd)
            throw .posix("watch", maps, errno)
        }
        for end in stopPipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        watchTree(self.maps)
        if let templates = self.templates { watch(templates) }
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "journeymap folder watcher"
        self.thread = thread
        thread.start()
    }

    /// Ends the watching thread; no change is reported after it returns.
    func stop() {
        _ = write(stopPipe[1], "x", 1)
        while thread?.isFinished == false { usleep(1000) }
        close(fd)
        close(stopPipe[0])
        close(stopPipe[1])
    }

    private func run() {
        var pending: LiveSiteBuilder.Change?
        var quietAt = 0.0
        var firstAt = 0.0
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let now = Self.now()
            let timeout = pending == nil ? 1000 : Int32(max(0, (min(quietAt, firstAt + 10 * debounce) - now) * 1000).rounded(.up))
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready > 0, fds[1].revents != 0 { return }
            if ready > 0, fds[0].revents != 0, let change = readEvents(&buffer) {
                if pending == nil { firstAt = Self.now() }
                pending = pending.map { var p = $0; p.merge(change); return p } ?? change
                quietAt = Self.now() + (complete ? settle : debounce)
            }
            if pending == nil, let change = watchAgain() { pending = change; quietAt = Self.now(); firstAt = quietAt }
            if let change = pending, Self.now() >= min(quietAt, firstAt + 10 * debounce) {
                pending = nil
                onChange(change)
            }
        }
    }

    /// Reads every queued event; the change they make, if any.
    private func readEvents(_ buffer: inout [UInt8]) -> LiveSiteBuilder.Change? {
        var change: LiveSiteBuilder.Change?
        func add(_ c: LiveSiteBuilder.Change) { change = change.map { var m = $0; m.merge(c); return m } ?? c }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self), raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if let c = handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)) { add(c) }
            }
        }
        return change
    }

    private func handle(wd: Int32, mask: UInt32, name: String) -> LiveSiteBuilder.Change? {
        complete = mask & UInt32(IN_ISDIR) == 0 && mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
            && name.hasSuffix(".md") && !name.hasPrefix(".")
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .everything }
        guard let folder = folders[wd] else { return nil }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return nil
        }
        if folder == templates {
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { forget(folder) }
            return LiveSiteBuilder.Change(paths: [], templates: true)
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            forget(folder)
            return LiveSiteBuilder.Change(paths: nil)
        }
        let path = folder + "/" + name
        var info = stat()
        let linkToFolder = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        guard mask & UInt32(IN_ISDIR) != 0 || linkToFolder else { return LiveSiteBuilder.Change(paths: [path]) }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !name.hasPrefix(".") { watchTree(path) }
        if mask & UInt32(IN_MOVED_FROM) != 0 { forget(path) }
        return LiveSiteBuilder.Change(paths: nil)
    }

    /// Watches `folder` and every folder under it, links to folders included (the maps
    /// folder's listing follows them), each folder once.
    private func watchTree(_ folder: String) {
        var seen: Set<[UInt64]> = []
        watchTree(folder, seen: &seen)
    }

    private func watchTree(_ folder: String, seen: inout Set<[UInt64]>) {
        var info = stat()
        guard stat(folder, &info) == 0, seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
              watch(folder) else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { watchTree(path, seen: &seen) }
        }
    }

    @discardableResult
    private func watch(_ folder: String) -> Bool {
        let wd = inotify_add_watch(fd, folder, Self.mask)
        guard wd >= 0 else { return false }
        folders[wd] = folder
        return true
    }

    /// Stops watching `folder` and the folders under it (after it moved away).
    private func forget(_ folder: String) {
        for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    /// Watches the maps or templates folder again once it is back.
    private func watchAgain() -> LiveSiteBuilder.Change? {
        var change: LiveSiteBuilder.Change?
        if !folders.values.contains(maps), FileManager.default.fileExists(atPath: maps) {
            watchTree(maps)
            if folders.values.contains(maps) { change = LiveSiteBuilder.Change(paths: nil) }
        }
        if let templates, !folders.values.contains(templates), watch(templates) {
            change = change.map { var c = $0; c.templates = true; return c } ?? LiveSiteBuilder.Change(paths: [], templates: true)
        }
        return change
    }

    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    private static func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
