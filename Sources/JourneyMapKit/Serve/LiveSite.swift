import Foundation

/// What `serve` serves, shared between the builder and the request handlers: every
/// file of the last good site in memory by its path, the problems of the latest build
/// when it failed, and a version that grows with every change either way.
///
/// Requests map to this table and to nothing else: there is no file system behind it,
/// so no request path can reach a file outside the site.
final class LiveSite: @unchecked Sendable {
    /// Why the latest build did not replace the site, ready to show over every page.
    struct Problems: Sendable, Equatable {
        /// One line: `2 errors in maps/cart.md`.
        var summary: String
        /// Escaped markup of the findings (see `ErrorOverlay`).
        var html: String
    }

    struct Lookup: Sendable {
        var file: Data?
        var problems: Problems?
        var version: Int
        /// Whether a build has succeeded yet.
        var hasSite: Bool
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var files: [String: Data] = [:]
    private var problems: Problems?
    private var version = 0
    private var hasSite = false

    func lookup(_ path: String) -> Lookup {
        lock.withLock { Lookup(file: files[path], problems: problems, version: version, hasSite: hasSite) }
    }

    var currentVersion: Int { lock.withLock { version } }

    var paths: [String] { lock.withLock { Array(files.keys) } }

    /// Puts `changed` in place and drops `removed`; clears the problems. Returns the
    /// new version and whether problems were shown until now.
    func publish(_ changed: [String: [UInt8]], removed: some Sequence<String>) -> (version: Int, clearedProblems: Bool) {
        lock.withLock {
            for (path, bytes) in changed { files[path] = Data(bytes) }
            for path in removed { files[path] = nil }
            let cleared = problems != nil
            problems = nil
            hasSite = true
            version += 1
            return (version, cleared)
        }
    }

    /// Shows `problems` over every page; the files stay. Returns the new version, or
    /// nil when the same problems were shown already.
    func show(_ problems: Problems) -> Int? {
        lock.withLock {
            guard self.problems != problems else { return nil }
            self.problems = problems
            version += 1
            return version
        }
    }
}
