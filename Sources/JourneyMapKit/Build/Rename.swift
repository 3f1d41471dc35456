import CLinux
import Foundation

/// The two renames of Linux's `renameat2` that the output folder needs: exchanging two
/// folders in one step, and moving an entry without replacing one of the same name.
enum Rename {
    /// Swaps the names of `a` and `b`: at every instant each name is one tree or the
    /// other. Nil on success, else the `errno`.
    static func exchange(_ a: String, _ b: String) -> Int32? {
        clinux_rename(a, b, UInt32(CLINUX_RENAME_EXCHANGE)) == 0 ? nil : errno
    }

    /// Whether `exchange` failed only because this system or file system cannot
    /// exchange (an old kernel, a file system without the flag, a mount point): then
    /// the renames one after the other are the best there is.
    static func cannotExchange(_ code: Int32) -> Bool {
        [EINVAL, ENOSYS, EXDEV, EBUSY].contains(code)
    }

    /// Renames `from` to `to` unless `to` exists (plain `rename` would replace a file or
    /// an empty folder there). Nil on success, else the `errno` (`EEXIST` when `to`
    /// exists).
    static func withoutReplacing(_ from: String, _ to: String) -> Int32? {
        if clinux_rename(from, to, UInt32(CLINUX_RENAME_NOREPLACE)) == 0 { return nil }
        guard errno == EINVAL || errno == ENOSYS else { return errno }
        // Without the flag: a look first, which leaves a moment for a race.
        var info = stat()
        if lstat(to, &info) == 0 { return EEXIST }
        return rename(from, to) == 0 ? nil : errno
    }
}
