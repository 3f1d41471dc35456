import Foundation

extension OutputFolder {
    /// Creates the parents of the output folder that are missing. Returns those it
    /// created, for `removeFolders`.
    static func makeParents(of target: String) throws(BuildError) -> [String] {
        var missing: [String] = []
        var parent = (target as NSString).deletingLastPathComponent
        while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
            missing.append(parent)
            parent = (parent as NSString).deletingLastPathComponent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
                let code = errno
                removeFolders(created)
                throw .posix("create the folder", folder, code)
            }
            created.append(folder)
        }
        return created
    }

    /// Removes empty folders, deepest first.
    static func removeFolders(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }

    /// Creates the temporary folder with the marker in it, so that it is recognised as
    /// the tool's from the start (`OutputLitter`).
    func makeTemporary() throws(BuildError) {
        guard mkdir(temporary, 0o777) == 0 else { throw .posix("create the temporary folder", temporary, errno) }
        do {
            try FileTree.writeFile(temporary + "/" + Self.markerName, Array(Self.markerText.utf8))
        } catch {
            rmdir(temporary)
            throw error
        }
    }

    /// Removes the temporary folder: what a failed build does.
    func discard() {
        OutputLitter.discard(temporary, target: target)
    }

    /// Puts the finished temporary folder in place of the output folder.
    ///
    /// The user's entries move into the new tree one by one (each is always in exactly
    /// one of the two; a killed build's are moved back by the next, `OutputLitter`), the
    /// new tree gets the old one's permissions, and the two trade places in one step
    /// (`Rename.exchange`), so that the output folder is at every instant the old tree
    /// or the new one. Where the system cannot exchange, the old tree moves aside and
    /// the new one takes its name. The old tree is then deleted. A failing step undoes
    /// the steps before it.
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
        guard let mode else {
            if let code = Rename.withoutReplacing(temporary, target) {
                throw .posix("put the new output folder in place at", path, code)
            }
            return
        }
        guard chmod(temporary, mode) == 0 else {
            let code = errno
            moveBack()
            throw .posix("give the new output folder the permissions of", path, code)
        }
        guard let code = Rename.exchange(temporary, target) else {
            OutputLitter.discard(temporary, target: target)
            return
        }
        guard Rename.cannotExchange(code) else {
            moveBack()
            throw .posix("swap the new output folder in at", path, code)
        }
        try replaceInTwoSteps(moveBack: moveBack)
    }

    /// The old tree aside, the new one in its place: for file systems that cannot
    /// exchange two folders. A build killed between the two leaves no output folder;
    /// the next puts the old one back (`OutputLitter`).
    private func replaceInTwoSteps(moveBack: () -> Void) throws(BuildError) {
        let retired = OutputLitter.name(target, .old)
        guard rename(target, retired) == 0 else {
            let code = errno
            moveBack()
            throw .posix("move the old output folder aside to", retired, code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            rename(retired, target)
            moveBack()
            throw .posix("put the new output folder in place at", path, code)
        }
        OutputLitter.discard(retired, target: target)
    }
}
