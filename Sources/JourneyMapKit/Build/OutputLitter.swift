import Foundation

/// The folders a build makes beside the output folder, and their removal, also of
/// those a killed build left.
///
/// Their names say what they are and which process made them:
/// `<output>.journeymap-tmp-<pid>` (the new tree being written; after the swap, the old
/// tree), `<output>.journeymap-discarded-<pid>` (a tree being deleted) and
/// `<output>.journeymap-old-<pid>` (the old tree, moved aside where the system cannot
/// exchange two folders in one step). Each holds the marker until the last moment of
/// its deletion, or nothing but the tool's own entries.
///
/// With the output folder's lock held (`OutputLock`), such a folder of a process that
/// is no longer running is litter of a killed build: the user's entries in it (a
/// `.git` being carried into the new tree) go back into the output folder, an old tree
/// whose output folder is missing is put back, and the rest is deleted. Nothing is
/// deleted that is not recognisably the tool's.
enum OutputLitter {
    enum Kind: String, CaseIterable {
        // In the order they are cleaned: an old tree is put back before user entries
        // move into it.
        case old, tmp, discarded
    }

    static func name(_ target: String, _ kind: Kind, pid: pid_t = getpid()) -> String {
        target + ".journeymap-\(kind.rawValue)-\(pid)"
    }

    /// Whether `name` in the output folder is the user's: a dot name not the tool's own.
    static func isUserEntry(_ name: String) -> Bool {
        name.hasPrefix(".") && !OutputFolder.ownNames.contains(name)
    }

    /// Cleans up after killed builds into `target`; `note` tells the user what was done
    /// and what was left, and why.
    static func clean(_ target: String, note: (String) -> Void) {
        let parent = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        let found = names.compactMap { name in parse(name, base: base).map { (name: name, kind: $0.kind, pid: $0.pid) } }
        for kind in Kind.allCases {
            for litter in found.sorted(by: { $0.name < $1.name }) where litter.kind == kind && !running(litter.pid) {
                let path = parent + "/" + litter.name
                guard isOurs(path) else {
                    note("left '\(path)': named like a folder of journeymap's, but it holds more than the tool writes")
                    continue
                }
                var info = stat()
                if kind == .old, lstat(target, &info) != 0, errno == ENOENT, rename(path, target) == 0 {
                    note("put '\(path)', left by an interrupted build, back in place as '\(target)'")
                    continue
                }
                for entry in userEntries(path) {
                    if let code = Rename.withoutReplacing(path + "/" + entry, target + "/" + entry) {
                        note("left '\(path)/\(entry)', carried by an interrupted build: cannot move it back to '\(target)': "
                            + String(cString: strerror(code)))
                    }
                }
                if remove(path) { note("removed '\(path)', left by an interrupted build") }
            }
        }
    }

    /// `(kind, pid)` when `name` is a litter name of the output folder named `base`.
    static func parse(_ name: String, base: String) -> (kind: Kind, pid: pid_t)? {
        let prefix = base + ".journeymap-"
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.lastIndex(of: "-"), let kind = Kind(rawValue: String(rest[..<dash])) else { return nil }
        let digits = rest[rest.index(after: dash)...]
        guard !digits.isEmpty, digits.count < 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let pid = pid_t(digits) else { return nil }
        return (kind, pid)
    }

    /// Whether process `pid` runs, other than this one (the lock being ours, a folder
    /// with our own id is from an earlier process that had it). A process id taken by
    /// an unrelated process since only delays the cleanup.
    static func running(_ pid: pid_t) -> Bool {
        pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// A real folder (not a link) holding the marker, or nothing but the tool's own
    /// entries (a folder just made, or a deletion's last step).
    static func isOurs(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return names.contains(OutputFolder.markerName) || names.allSatisfy(OutputFolder.ownNames.contains)
    }

    static func userEntries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter(isUserEntry).sorted()
    }

    /// Deletes a folder of the tool's: everything but the user's entries, the marker
    /// last so that a deletion cut short is still recognised, then the folder. False
    /// when something is left (a user's entry, or what could not be deleted).
    @discardableResult
    static func remove(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var kept = false
        for name in names where name != OutputFolder.markerName {
            if isUserEntry(name) {
                kept = true
            } else {
                try? FileManager.default.removeItem(atPath: path + "/" + name)
            }
        }
        guard !kept else { return false }
        unlink(path + "/" + OutputFolder.markerName)
        return rmdir(path) == 0
    }

    /// Renames the folder `path` to this process's discarded name, then deletes it:
    /// threads or render workers still writing into it by its old name fail instead of
    /// making files in a folder being deleted, and a deletion cut short is recognised.
    static func discard(_ path: String, target: String) {
        let doomed = name(target, .discarded)
        remove(rename(path, doomed) == 0 ? doomed : path)
    }
}
