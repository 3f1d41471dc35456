import Foundation

/// The absolute, normalised form of a path that may not exist yet.
///
/// The output folder is replaced by renames next to it, so its name must be its real
/// one: `output/.` or `./output/` typed as is would put the temporary folder inside the
/// output folder, and a relative name would not compare with the real path of the maps
/// folder inside it.
enum RealPath {
    /// `path` made absolute against the current folder, with `.`, `..`, repeated and
    /// trailing slashes and symbolic links resolved, as far as it exists. Its missing
    /// part is appended by name (a `..` there drops the name before it). Nil when the
    /// current folder has no name.
    ///
    /// Each component is resolved as soon as it is appended, so a `..` after a symbolic
    /// link leads to the parent of the folder the link points at, as the system would.
    /// A symbolic link that points at nothing stays as it is, for the caller to refuse.
    static func resolve(_ path: String) -> String? {
        var result: String
        if path.hasPrefix("/") {
            result = "/"
        } else {
            guard let current = real(".") else { return nil }
            result = current
        }
        for part in path.split(separator: "/") {
            switch part {
            case ".":
                continue
            case "..":
                result = parent(of: result)
            default:
                result = result == "/" ? "/" + part : result + "/" + part
                if let resolved = real(result) { result = resolved }
            }
        }
        return result
    }

    /// The real path of an existing `path`, nil when it does not exist.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` less its last component; `/` for `/` and its children.
    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// Whether `inner` is `outer` or lies inside it; both absolute and normalised.
    static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
