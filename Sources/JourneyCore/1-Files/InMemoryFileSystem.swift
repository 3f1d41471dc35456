/// A file system held in memory: the core's tests use it.
///
/// `problems` stand for what a disk may hold besides files (a FIFO, a broken link, a
/// folder that cannot be listed): those named `.md` and folders are listed as skipped,
/// a read of one gives its reason, and the files under a skipped folder are not listed.
public struct InMemoryFileSystem: MapFileSystem {
    public var files: [String: [UInt8]]
    public var problems: [SkippedEntry]

    public init(_ files: [String: String], problems: [SkippedEntry] = []) {
        self.init(bytes: files.mapValues { Array($0.utf8) }, problems: problems)
    }

    public init(bytes: [String: [UInt8]], problems: [SkippedEntry] = []) {
        files = bytes
        self.problems = problems
    }

    public func isDirectory(_ path: String) -> Bool {
        files.keys.contains { $0.hasPrefix(path + "/") } || problems.contains { $0.path.hasPrefix(path + "/") }
    }

    public func markdownFiles(under root: String) throws -> MapListing {
        let hidden = problems.filter(\.isFolder).map { $0.path + "/" }
        let listed = files.keys.filter { path in
            path.hasPrefix(root + "/") && path.hasSuffix(".md") && !hidden.contains { path.hasPrefix($0) }
        }
        // As on disk: problems are listed for `.md` entries and folders, not for other files.
        let skipped = problems.filter { $0.path.hasPrefix(root + "/") && ($0.isFolder || $0.path.hasSuffix(".md")) }
        return MapListing(files: listed.sorted(), skipped: skipped)
    }

    public func contents(of path: String) -> FileContents {
        if let problem = problems.first(where: { $0.path == path }) { return .skipped(problem.reason) }
        return files[path].map { .bytes($0) } ?? .missing
    }
}
