import Foundation

/// Writes an export's files into a folder of the user's (`export dot --output`),
/// which holds other files too, so it is never replaced as a whole.
///
/// The folder is created when missing. A file of the same name is replaced only when
/// it is an earlier export of the same graph: a regular file whose first line is the
/// new text's first line (`digraph "flow-<id>" {`). Anything else of that name (a file
/// of the user's, a symbolic link, a folder, a FIFO) is refused with its reason before
/// any file is written; a link is never followed. Each file is written beside its name
/// as `.<name>.partial` and renamed over it, so a reader never sees half a file; an
/// interrupt removes the partial file, leaving every file old or new.
enum ExportFolder {
    struct File {
        var name: String
        var bytes: [UInt8]
    }

    static func write(_ files: [File], to folder: String, command: String) throws(BuildError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BuildError("cannot create the output folder '\(folder)': \(error.localizedDescription)")
        }
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            if let reason = refusal(path, replacing: file.bytes) {
                throw BuildError("cannot write '\(path)': \(reason); \(command) replaces only the files it wrote. "
                    + "Move it away or choose another --output")
            }
        }
        let interrupts = InterruptCleanup()
        defer { interrupts.cancel() }
        // Without the flush to disk per file that Foundation's atomic writes make,
        // which took longer than making the graphs.
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            let partial = (folder as NSString).appendingPathComponent("." + file.name + ".partial")
            interrupts.onInterrupt { unlink(partial) }
            // One a killed export left, or a link planted there: removed, not followed.
            unlink(partial)
            do throws(BuildError) {
                try FileTree.writeFile(partial, file.bytes, exclusive: true)
                guard rename(partial, path) == 0 else { throw .posix("write", path, errno) }
            } catch {
                unlink(partial)
                throw error
            }
        }
        interrupts.onInterrupt {}
    }

    /// Why the entry at `path` may not be replaced by `bytes`; nil when it may (or
    /// there is none).
    static func refusal(_ path: String, replacing bytes: [UInt8]) -> String? {
        var info = stat()
        if lstat(path, &info) != 0 {
            return errno == ENOENT ? nil : String(cString: strerror(errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return "it is a symbolic link"
        case S_IFDIR: return "it is a folder"
        default: return "it is not a regular file"
        }
        let firstLine = Array(bytes.prefix { $0 != UInt8(ascii: "\n") }) + [UInt8(ascii: "\n")]
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: firstLine.count)
        let count = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count == firstLine.count, head == firstLine else {
            return "the file there is not an earlier export of this graph (its first line differs)"
        }
        return nil
    }
}
