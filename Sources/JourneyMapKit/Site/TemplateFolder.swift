import Foundation

/// Reads the files of a `--templates` folder.
///
/// Only regular files are read, and a symbolic link only when it leads to one inside
/// the folder: the files other than templates are copied into the site for anyone to
/// read, so a link to `/etc/shadow` or `~/.ssh/id_ed25519` must not bring that file
/// along. Such a link, one to nothing, and a FIFO, socket or device are errors naming
/// the file (never opened, so nothing hangs); subfolders are not read.
enum TemplateFolder {
    /// Every regular, non-hidden file at the top level of `dir`, sorted by name.
    static func read(_ dir: String) throws -> [TemplateSet.Source] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue,
              let real = RealPath.real(dir) else {
            throw TemplateError(file: dir, message: "the templates folder does not exist or is not a folder")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: dir)
        } catch {
            throw TemplateError(file: dir, message: "cannot list the templates folder: \(error.localizedDescription)")
        }
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        var sources: [TemplateSet.Source] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = base + name
            guard let file = try regularFile(path, inside: real) else { continue }
            sources.append(TemplateSet.Source(name: name, origin: path, bytes: try contents(file, origin: path)))
        }
        return sources
    }

    /// The path to read for the entry `path`: itself, or where its link leads inside
    /// `folder`; nil for a folder.
    static func regularFile(_ path: String, inside folder: String) throws -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw TemplateError(file: path, message: "cannot read the template file: \(String(cString: strerror(errno)))")
        }
        var file = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = RealPath.real(path), stat(target, &info) == 0 else {
                throw TemplateError(file: path, message: "the symbolic link leads to nothing")
            }
            guard RealPath.isSameOrInside(target, folder) else {
                throw TemplateError(file: path, message: "the symbolic link leads to '\(target)', outside the templates "
                    + "folder, and files there are copied into the site; copy the file into the folder instead")
            }
            file = target
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return file
        case S_IFDIR: return nil
        default: throw TemplateError(file: path, message: "not a regular file (a FIFO, socket or device); remove it")
        }
    }

    /// The bytes of the regular file `path`, opened so that nothing else can make it hang.
    static func contents(_ path: String, origin: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        var info = stat()
        guard fd >= 0 else {
            throw TemplateError(file: origin, message: "cannot read the template file: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw TemplateError(file: origin, message: "not a regular file; remove it")
        }
        do {
            return [UInt8](try FileHandle(fileDescriptor: fd, closeOnDealloc: false).readToEnd() ?? Data())
        } catch {
            throw TemplateError(file: origin, message: "cannot read the template file: \(error.localizedDescription)")
        }
    }
}
