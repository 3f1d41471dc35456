import Foundation
import JourneyCore

/// The real file system, for the command line.
public struct DiskFileSystem: MapFileSystem {
    public init() {}

    public func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Hidden files and folders (`.git`, `.obsidian`) are skipped: they are never maps.
    public func markdownFiles(under root: String) throws -> [String] {
        // Path strings, not URLs: a URL and its resource values per file cost more than
        // parsing small maps.
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw LoadError("cannot list the maps folder '\(root)'")
        }
        let prefix = root.hasSuffix("/") ? String(root.dropLast()) : root
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = prefix + "/" + relative
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    public func contents(of path: String) throws -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let fd = fopen(path, "rb") else {
            throw LoadError("cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, fd)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(fd) != 0 { throw LoadError("cannot read '\(path)': \(String(cString: strerror(errno)))") }
                break
            }
        }
        return bytes
    }
}
