import Foundation

extension OutputFolder {
    /// Creates the empty temporary folder, and the parents of the output folder that
    /// are missing. Returns the parents it created, for `discard`.
    func makeTemporary() throws(BuildError) -> [String] {
        var created: [String] = []
        var missing: [String] = []
        var parent = (target as NSString).deletingLastPathComponent
        while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
            missing.append(parent)
            parent = (parent as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
                let code = errno
                Self.removeFolders(created)
                throw .posix("create the folder", folder, code)
            }
            created.append(folder)
        }
        // A folder of this name is left over from a killed build with our process id.
        try? FileManager.default.removeItem(atPath: temporary)
        guard mkdir(temporary, 0o777) == 0 else {
            let code = errno
            Self.removeFolders(created)
            throw .posix("create the temporary folder", temporary, code)
        }
        return created
    }

    /// Removes the temporary folder and the parents `makeTemporary` created: what a
    /// failed build does, leaving everything as it was.
    ///
    /// The folder is renamed before it is deleted: threads or render workers still
    /// writing into it (after an interrupt) then fail instead of creating files in a
    /// folder being deleted, which would survive the deletion.
    func discard(createdParents: [String]) {
        let doomed = target + ".journeymap-discarded-\(getpid())"
        let gone = rename(temporary, doomed) == 0 ? doomed : temporary
        try? FileManager.default.removeItem(atPath: gone)
        Self.removeFolders(createdParents)
    }

    /// Puts the finished temporary folder in place of the output folder: the user's
    /// entries move into it, the old folder moves aside, the new one takes its name,
    /// the old one is deleted. A failing step undoes the steps before it.
    func install() throws(BuildError) {
        var moved: [String] = []
        func moveBack() {
            for name in moved.reversed() { rename(temporary + "/" + name, target + "/" + name) }
        }
        for name in keptEntries {
            guard rename(target + "/" + name, temporary + "/" + name) == 0 else {
                let code = errno
                moveBack()
                throw .posix("move '\(name)' into the new output folder from", path, code)
            }
            moved.append(name)
        }
        if exists {
            guard rename(target, retired) == 0 else {
                let code = errno
                moveBack()
                throw .posix("move the old output folder aside to", retired, code)
            }
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            if exists { rename(retired, target) }
            moveBack()
            throw .posix("put the new output folder in place at", path, code)
        }
        if exists { try? FileManager.default.removeItem(atPath: retired) }
    }

    /// Removes empty folders, deepest first.
    private static func removeFolders(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }
}
