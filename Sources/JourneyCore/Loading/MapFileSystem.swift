/// File access the loader needs, injected so the core is testable without a disk.
public protocol MapFileSystem: Sendable {
    /// Whether `path` is an existing directory.
    func isDirectory(_ path: String) -> Bool
    /// Every file under `root` whose name ends in `.md`, recursively, as paths that start
    /// with `root` (so diagnostics show paths as the user gave them).
    func markdownFiles(under root: String) throws -> [String]
    /// The bytes of a file, or nil when it does not exist.
    func contents(of path: String) throws -> [UInt8]?
}

/// A file system held in memory: the core's tests use it.
public struct InMemoryFileSystem: MapFileSystem {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { files = bytes }

    public func isDirectory(_ path: String) -> Bool {
        files.keys.contains { $0.hasPrefix(path + "/") }
    }

    public func markdownFiles(under root: String) throws -> [String] {
        files.keys.filter { $0.hasPrefix(root + "/") && $0.hasSuffix(".md") }.sorted()
    }

    public func contents(of path: String) throws -> [UInt8]? { files[path] }
}

/// An I/O failure: exit status 2, not a diagnostic about the maps.
public struct LoadError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
