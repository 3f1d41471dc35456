import Foundation

/// A build's hold on its output folder, from taking the lock to the new tree in place
/// (`install`) or everything removed (`abandon`), with a signal at any moment leading
/// to one of the two (`InterruptCleanup`).
final class OutputSession: Sendable {
    let folder: OutputFolder
    private let lock: OutputLock
    /// Parent folders this build created, removed again on failure.
    private let createdParents: [String]

    private init(folder: OutputFolder, lock: OutputLock, createdParents: [String]) {
        self.folder = folder
        self.lock = lock
        self.createdParents = createdParents
    }

    /// Checks the folder `path` names, creates its missing parents, waits for its lock
    /// (telling `note` once), cleans up after killed builds, inspects the folder,
    /// runs `check` on it and creates the temporary folder. From then on a signal
    /// abandons the session.
    ///
    /// The folder is inspected and checked once before anything is made, so that a
    /// refused folder does not even get a lock file beside it, and again with the lock.
    static func open(_ path: String, homes: [String], interrupts: InterruptCleanup, note: (String) -> Void,
                     check: (OutputFolder) throws(BuildError) -> Void) throws(BuildError) -> OutputSession {
        let target = try OutputFolder.target(of: path, homes: homes)
        try check(OutputFolder.inspect(path, target: target))
        var created: [String] = []
        var waiting = false
        while true {
            let session = try interrupts.hold { () throws(BuildError) -> OutputSession? in
                var lock: OutputLock?
                do throws(BuildError) {
                    created += try OutputFolder.makeParents(of: target)
                    let parents = created
                    interrupts.onInterrupt { OutputFolder.removeFolders(parents) }
                    lock = try OutputLock.tryAcquire(beside: target)
                    guard let lock else { return nil }
                    OutputLitter.clean(target) { note("journeymap: \($0)\n") }
                    let folder = try OutputFolder.inspect(path, target: target)
                    try check(folder)
                    try folder.makeTemporary()
                    let session = OutputSession(folder: folder, lock: lock, createdParents: parents)
                    interrupts.onInterrupt { session.abandon() }
                    return session
                } catch {
                    lock?.release()
                    OutputFolder.removeFolders(created)
                    interrupts.onInterrupt {}
                    throw error
                }
            }
            if let session { return session }
            if !waiting {
                let holder = OutputLock.holder(beside: target).map { " (process \($0))" } ?? ""
                note("journeymap: waiting for another build into '\(path)'\(holder) to finish\n")
                waiting = true
            }
            usleep(100_000)
        }
    }

    /// Puts the new tree in place and lets go of the folder; on failure, `abandon`.
    func install() throws(BuildError) {
        do {
            try folder.install()
        } catch {
            abandon()
            throw error
        }
        lock.release()
    }

    /// Removes the temporary folder and the parents this build created, and lets go.
    func abandon() {
        folder.discard()
        lock.release()
        OutputFolder.removeFolders(createdParents)
    }
}
