import Glibc
import JourneyCore

/// Lists a maps folder with `open`/`readdir`/`fstatat`: every `.md` regular file, and
/// every `.md` entry or folder that cannot be read, followed or named.
///
/// Hidden entries (a name starting with `.`) are never looked at. Links are followed: a
/// `.md` link to a regular file is listed wherever it points, a link to a folder is read
/// as a folder. Real folders are walked first and links to folders after them, so that a
/// folder reached both ways is read under its own path and the link is the one reported.
/// A folder is read once, known by device and inode: a link back to a folder that holds
/// it (a loop) or to a folder already read is reported, not followed.
struct MapsFolderWalker {
    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// A link to a folder, followed once every real folder has been read.
    private struct FolderLink {
        var path: String
        /// The folders that hold the link, outermost first, with their paths.
        var holders: [(id: FolderID, path: String)]
    }

    private var files: [String] = []
    private var skipped: [SkippedEntry] = []
    private var read: [FolderID: String] = [:]
    private var links: [FolderLink] = []

    /// Throws when `root` itself cannot be listed.
    static func list(_ root: String) throws -> MapListing {
        var walker = MapsFolderWalker()
        let prefix = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let fd = open(prefix, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw LoadError("cannot list the maps folder '\(root)': \(Self.describe(errno))") }
        walker.walk(prefix, fd: fd, holders: [])
        // Following a link may find more links: a queue, in path order at each round.
        while !walker.links.isEmpty {
            let round = walker.links.sorted { $0.path < $1.path }
            walker.links = []
            for link in round { walker.follow(link) }
        }
        return MapListing(files: walker.files.sorted(), skipped: walker.skipped)
    }

    private mutating func follow(_ link: FolderLink) {
        let fd = open(link.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return skip(link.path, Self.failure(errno), folder: true) }
        walk(link.path, fd: fd, holders: link.holders)
    }

    /// Reads the folder open at `fd` (closed here) unless it holds `path` or was read.
    private mutating func walk(_ path: String, fd: Int32, holders: [(id: FolderID, path: String)]) {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = errno
            close(fd)
            return skip(path, .unreadable(Self.describe(error)), folder: true)
        }
        let id = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let holder = holders.first(where: { $0.id == id }) {
            close(fd)
            return skip(path, .folderLoop(holder.path), folder: true)
        }
        if let first = read[id] {
            close(fd)
            return skip(path, .folderReadAs(first), folder: true)
        }
        read[id] = path
        guard let dir = fdopendir(fd) else {
            let error = errno
            close(fd)
            return skip(path, .unreadable(Self.describe(error)), folder: true)
        }
        let inside = holders + [(id, path)]
        var folders: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { skip(path, .unreadable(Self.describe(errno)), folder: true) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            if let folder = visit(name, dType: entry.pointee.d_type, in: path, dirFD: dirfd(dir), holders: inside) {
                folders.append(folder)
            }
        }
        closedir(dir)
        // Opened only now that this folder is closed: one descriptor at a time, however deep.
        for folder in folders {
            let sub = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard sub >= 0 else {
                skip(folder, Self.failure(errno), folder: true)
                continue
            }
            walk(folder, fd: sub, holders: inside)
        }
    }

    /// Lists, queues or reports one entry of a folder; returns the path of a real folder
    /// to walk.
    private mutating func visit(_ name: [UInt8], dType: UInt8, in folder: String, dirFD: Int32,
                                holders: [(id: FolderID, path: String)]) -> String? {
        let isMarkdown = name.count > 3 && name.suffix(3).elementsEqual(".md".utf8)
        let decoded = String(validating: name, as: UTF8.self)
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + (decoded ?? Self.escaped(name))
        var info = stat()
        guard Self.statEntry(name, dirFD, &info, follow: false) == 0 else {
            // Gone since `readdir`: nothing left to read. Otherwise the folder's type from
            // `readdir` tells whether a folder that may hold maps was missed.
            if errno != ENOENT, isMarkdown || dType == DT_DIR { skip(path, Self.failure(errno), folder: !isMarkdown) }
            return nil
        }
        let isLink = info.st_mode & S_IFMT == S_IFLNK
        if isLink, Self.statEntry(name, dirFD, &info, follow: true) != 0 {
            // Any name may be a link to a folder; only a `.md` one is known to be meant.
            if isMarkdown { skip(path, errno == ENOENT ? .danglingLink : Self.failure(errno)) }
            return nil
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFDIR || isMarkdown else { return nil }
        let isFolder = type == S_IFDIR
        if decoded == nil {
            skip(path, .undecodableName, folder: isFolder)
        } else if path.utf8.count >= MapFiles.pathLimit {
            skip(path, .pathTooLong, folder: isFolder)
        } else if !isFolder {
            if type == S_IFREG { files.append(path) } else { skip(path, .notRegular(Self.kind(type))) }
        } else if isLink {
            links.append(FolderLink(path: path, holders: holders))
        } else {
            return path
        }
        return nil
    }

    private mutating func skip(_ path: String, _ reason: SkipReason, folder: Bool = false) {
        skipped.append(SkippedEntry(path, reason, isFolder: folder))
    }

    private static func statEntry(_ name: [UInt8], _ dirFD: Int32, _ info: inout stat, follow: Bool) -> Int32 {
        name.withCString { fstatat(dirFD, $0, &info, follow ? 0 : AT_SYMLINK_NOFOLLOW) }
    }

    /// The reason for a failed `open` or `stat` of an entry.
    static func failure(_ error: Int32) -> SkipReason {
        switch error {
        case ELOOP: return .linkLoop
        case ENOENT: return .danglingLink
        case ENAMETOOLONG: return .pathTooLong
        default: return .unreadable(describe(error))
        }
    }

    static func describe(_ error: Int32) -> String { String(cString: strerror(error)) }

    /// What a file of type `type` (`st_mode & S_IFMT`) is, for a message.
    static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }

    /// `name` as text: UTF-8 where it is valid, each other byte as `\xFF`.
    static func escaped(_ name: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < name.count {
            let lead = name[i]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if i + length <= name.count, let text = String(validating: name[i..<i + length], as: UTF8.self) {
                out += text
                i += length
            } else {
                out += "\\x" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }
}

private extension Array where Element == UInt8 {
    /// The bytes as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (self + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
