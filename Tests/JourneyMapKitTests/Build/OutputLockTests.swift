import Foundation
@testable import JourneyMapKit
import Testing

/// One build at a time per output folder, with no lock file left behind.
struct OutputLockTests {
    @Test func secondHolderWaitsAndNoFileIsLeft() throws {
        let box = try BuildSandbox()
        let target = box.path("site")
        let first = try #require(try OutputLock.tryAcquire(beside: target))
        #expect(box.names() == ["site.journeymap-lock"])
        #expect(OutputLock.holder(beside: target) == "\(getpid())")
        #expect(try OutputLock.tryAcquire(beside: target) == nil)
        first.release()
        #expect(box.names().isEmpty)
        let second = try #require(try OutputLock.tryAcquire(beside: target))
        second.release()
        #expect(box.names().isEmpty)
    }

    /// A link planted at the lock file's name is not followed.
    @Test func linkAtTheLockFileIsRefused() throws {
        let box = try BuildSandbox()
        try box.write("victim", "mine")
        try FileManager.default.createSymbolicLink(atPath: box.path("site.journeymap-lock"), withDestinationPath: box.path("victim"))
        #expect(throws: BuildError.self) { try OutputLock.tryAcquire(beside: box.path("site")) }
        #expect(box.read("victim") == "mine")
    }

    /// Two builds into one folder at once: the second waits for the first, both succeed,
    /// nothing is left beside the folder.
    @Test func concurrentBuildsTakeTurns() throws {
        let box = try BuildSandbox(BuildMaps.many(48))
        try box.write("output/.gitkeep", "")
        let first = try box.start(["build"])
        while first.process.isRunning && !box.exists("output.journeymap-tmp-\(first.pid)") { usleep(200) }
        let second = try box.run(["build"])
        let firstOutcome = first.wait()
        #expect(firstOutcome.status == 0, "\(firstOutcome.err)")
        #expect(second.status == 0, "\(second.err)")
        #expect(second.err.contains("journeymap: waiting for another build into 'output' (process \(first.pid)) to finish"))
        #expect(box.names() == ["maps", "output"])
        #expect(box.read("output/.gitkeep") == "")
    }
}
