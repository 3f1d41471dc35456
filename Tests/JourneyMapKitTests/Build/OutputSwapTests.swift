import Foundation
@testable import JourneyMapKit
import Testing

/// The swap of the new tree into the output folder, and what a killed build leaves
/// beside it (`OutputLitter`), set up by hand as the kill would have left it.
struct OutputSwapTests {
    /// The id of a process that has ended.
    static func deadPid() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A sandbox with a built `output` holding the user's `.git`.
    static func builtWithGit() throws -> BuildSandbox {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build().status == .ok)
        try box.write("output/.git/HEAD", "ref: refs/heads/gh-pages\n")
        return box
    }

    /// Builds again, expecting success with nothing beside the output folder and the
    /// user's `.git` in it; standard error.
    static func rebuildCleanly(_ box: BuildSandbox) -> String {
        let outcome = box.build()
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(box.names() == ["maps", "output"])
        #expect(box.read("output/.git/HEAD") == "ref: refs/heads/gh-pages\n")
        return outcome.err
    }

    /// At every instant of a rebuild the output folder is a whole tree, the old or the
    /// new one: a thread looking at it all the while never finds it missing.
    @Test func outputFolderIsNeverMissingDuringRebuilds() throws {
        let box = try Self.builtWithGit()
        let marker = box.path("output/" + OutputFolder.markerName)
        let watcher = Watcher { access(marker, F_OK) == 0 }
        for _ in 0..<20 { _ = Self.rebuildCleanly(box) }
        #expect(watcher.stop() == 0)
    }

    /// Killed after moving the user's `.git` into the temporary folder: the next build
    /// moves it back, then carries it into its own tree.
    @Test func carriedEntryIsMovedBackByTheNextBuild() throws {
        let box = try Self.builtWithGit()
        let litter = "output.journeymap-tmp-\(try Self.deadPid())"
        try box.write(litter + "/" + OutputFolder.markerName, OutputFolder.markerText)
        try box.write(litter + "/index.html", "half a build")
        try FileManager.default.moveItem(atPath: box.path("output/.git"), toPath: box.path(litter + "/.git"))
        let err = Self.rebuildCleanly(box)
        #expect(err.contains("journeymap: removed '\(box.path(litter))', left by an interrupted build"))
    }

    /// Killed between the two renames where folders cannot be exchanged: no output
    /// folder, the old one aside. The next build puts it back and replaces it.
    @Test func oldTreeAsideIsPutBack() throws {
        let box = try Self.builtWithGit()
        let pid = try Self.deadPid()
        try box.write("new-tree/" + OutputFolder.markerName, OutputFolder.markerText)
        try FileManager.default.moveItem(atPath: box.path("output/.git"), toPath: box.path("new-tree/.git"))
        try FileManager.default.moveItem(atPath: box.path("output"), toPath: box.path("output.journeymap-old-\(pid)"))
        try FileManager.default.moveItem(atPath: box.path("new-tree"), toPath: box.path("output.journeymap-tmp-\(pid)"))
        #expect(Self.rebuildCleanly(box).contains("back in place as '\(box.path("output"))'"))
    }

    /// A deletion cut short, and the lock file of a killed build: removed.
    @Test func halfDeletedFolderAndStaleLockAreRemoved() throws {
        let box = try Self.builtWithGit()
        let litter = "output.journeymap-discarded-\(try Self.deadPid())"
        try box.write(litter + "/" + OutputFolder.markerName, OutputFolder.markerText)
        try box.write(litter + "/journeys/j.svg", "<svg/>")
        try box.write("output.journeymap-lock", "1\n")
        #expect(Self.rebuildCleanly(box).contains("journeymap: removed '\(box.path(litter))'"))
    }

    /// Left alone: a folder of a running process, one named like the tool's that holds
    /// something the tool does not write, and a user's `.git` where the output folder
    /// has one too.
    @Test func whatIsNotSurelyLitterIsLeft() throws {
        let box = try Self.builtWithGit()
        let dead = try Self.deadPid()
        // Process 1 always runs.
        try box.write("output.journeymap-tmp-1/" + OutputFolder.markerName, OutputFolder.markerText)
        try box.write("output.journeymap-old-\(dead)/notes.txt", "mine")
        try box.write("output.journeymap-discarded-\(dead)/" + OutputFolder.markerName, OutputFolder.markerText)
        try box.write("output.journeymap-discarded-\(dead)/.git/HEAD", "another head\n")
        try box.write("output.journeymap-tmp-x/notes.txt", "mine")
        let outcome = box.build()
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(outcome.err.contains("left '\(box.path("output.journeymap-old-\(dead)"))': named like a folder of journeymap's"))
        #expect(outcome.err.contains("left '\(box.path("output.journeymap-discarded-\(dead)"))/.git'"))
        #expect(box.names() == ["maps", "output", "output.journeymap-discarded-\(dead)", "output.journeymap-old-\(dead)",
                                "output.journeymap-tmp-1", "output.journeymap-tmp-x"])
        #expect(box.read("output.journeymap-discarded-\(dead)/.git/HEAD") == "another head\n")
        #expect(box.read("output/.git/HEAD") == "ref: refs/heads/gh-pages\n")
    }

    @Test(arguments: [
        ("site.journeymap-tmp-12", OutputLitter.Kind.tmp, pid_t(12)),
        ("site.journeymap-old-7", .old, 7),
        ("site.journeymap-discarded-4194304", .discarded, 4194304),
    ] as [(String, OutputLitter.Kind, pid_t)])
    func litterNames(_ name: String, _ kind: OutputLitter.Kind, _ pid: pid_t) {
        #expect(OutputLitter.parse(name, base: "site")?.kind == kind)
        #expect(OutputLitter.parse(name, base: "site")?.pid == pid)
    }

    @Test(arguments: ["site.journeymap-lock", "site.journeymap-tmp-", "site.journeymap-tmp-+5", "site.journeymap-tmp-1x",
                      "site.journeymap-new-5", "other.journeymap-tmp-5", "site.journeymap-tmp-99999999999"])
    func notLitterNames(_ name: String) {
        #expect(OutputLitter.parse(name, base: "site") == nil)
    }
}

/// Calls `check` on a thread of its own until `stop`, counting the times it was false.
final class Watcher: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var failures = 0
    private let done = DispatchSemaphore(value: 0)

    init(_ check: @escaping @Sendable () -> Bool) {
        Thread.detachNewThread {
            while self.lock.withLock({ self.running }) {
                if !check() { self.lock.withLock { self.failures += 1 } }
            }
            self.done.signal()
        }
    }

    /// Stops the thread; the number of failed checks.
    func stop() -> Int {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { failures }
    }
}
