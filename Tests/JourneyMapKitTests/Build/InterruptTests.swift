import Foundation
@testable import JourneyMapKit
import Testing

/// Builds interrupted through the binary: SIGINT and SIGTERM clean up and exit 130 and
/// 143, with the output folder the old tree or the new one and nothing beside it; what
/// SIGKILL leaves, the next build removes. Each signal is sent at a point of the build's
/// progress seen on disk, never after a set time.
@Suite(.serialized) struct InterruptTests {
    /// Enough journeys for a build to take a while, with render workers.
    static let journeys = 64

    /// A sandbox whose `output` an earlier build wrote, holding the user's `.git`; the
    /// maps then changed, so the next build writes a different tree.
    static func rebuiltSandbox() throws -> (box: BuildSandbox, before: [String: [UInt8]]) {
        let box = try BuildSandbox(BuildMaps.many(journeys))
        #expect(try box.run(["build"]).status == 0)
        try box.write("output/.git/HEAD", "ref: refs/heads/gh-pages\n")
        for (path, text) in BuildMaps.many(journeys) where path != "maps/people.md" {
            try box.write(path, text.replacingOccurrences(of: "Trail journey", with: "Mountain journey"))
        }
        return (box, try #require(box.snapshot("output")))
    }

    /// Points of a build's progress, as seen in the sandbox.
    enum Moment: String, CaseIterable, CustomTestStringConvertible {
        /// The temporary folder exists.
        case started
        /// Diagrams are being drawn into it.
        case drawing
        /// Pages are being written into it.
        case writingPages
        /// The new tree is in place and the old one being deleted.
        case deletingOldTree

        var testDescription: String { rawValue }

        func reached(_ box: BuildSandbox, pid: pid_t) -> Bool {
            let temporary = "output.journeymap-tmp-\(pid)/journeys"
            switch self {
            case .started: return box.exists("output.journeymap-tmp-\(pid)")
            case .drawing: return box.names(in: temporary).contains { $0.hasSuffix(".svg") }
            case .writingPages: return box.names(in: temporary).contains { $0.hasSuffix(".html") }
            case .deletingOldTree: return box.exists("output.journeymap-discarded-\(pid)")
            }
        }
    }

    /// Starts a build and sends `signal` when `moment` is reached; nil when the build
    /// ended first.
    static func interrupt(_ box: BuildSandbox, at moment: Moment, with signal: Int32) throws -> (status: Int32, err: String)? {
        let running = try box.start(["build"])
        while running.process.isRunning {
            if moment.reached(box, pid: running.pid) {
                kill(running.pid, signal)
                return running.wait()
            }
            usleep(200)
        }
        _ = running.wait()
        return nil
    }

    @Test(arguments: [SIGINT, SIGTERM], Moment.allCases)
    func signalCleansUpAndExits(_ signal: Int32, _ moment: Moment) throws {
        var attempts = 0
        while true {
            attempts += 1
            let (box, before) = try Self.rebuiltSandbox()
            guard let outcome = try Self.interrupt(box, at: moment, with: signal) else {
                // Only the deletion of the old tree is short enough to be missed at times.
                if moment == .deletingOldTree && attempts < 5 { continue }
                Issue.record("the build ended before \(moment)")
                return
            }
            #expect(outcome.status == 128 + signal, "\(outcome.err)")
            #expect(!outcome.err.contains("journeymap: error"), "\(outcome.err)")
            #expect(box.names() == ["maps", "output"])
            // The old tree, or (a signal that came during the swap waits for it) the
            // whole new one: the same files, with the new titles.
            let after = try #require(box.snapshot("output"))
            let old = after == before
            let new = Set(after.keys) == Set(before.keys) && box.read("output/index.html")?.contains("Mountain journey") == true
            #expect(old || new)
            if moment == .deletingOldTree { #expect(new) }
            #expect(box.read("output/.git/HEAD") == "ref: refs/heads/gh-pages\n")
            return
        }
    }

    /// A first build interrupted: no output folder, nothing beside it.
    @Test func interruptedFirstBuildLeavesNothing() throws {
        let box = try BuildSandbox(BuildMaps.many(Self.journeys))
        let outcome = try #require(try Self.interrupt(box, at: .drawing, with: SIGINT))
        #expect(outcome.status == 130, "\(outcome.err)")
        #expect(box.names() == ["maps"])
    }

    /// SIGHUP ends a build (129) unless `nohup` started it, which ignores SIGHUP. (The
    /// other case sets SIGHUP's default action: tests running builds in this process
    /// ignore it meanwhile, and a child would inherit that.)
    @Test(arguments: [["/usr/bin/env", "--default-signal=HUP"], ["/usr/bin/nohup"]])
    func hangupEndsTheBuildUnlessIgnored(_ launcher: [String]) throws {
        let nohup = launcher == ["/usr/bin/nohup"]
        let box = try BuildSandbox(BuildMaps.many(Self.journeys))
        let running = try box.start(["build"], launcher: launcher)
        while running.process.isRunning && !Moment.drawing.reached(box, pid: running.pid) { usleep(200) }
        kill(running.pid, SIGHUP)
        let outcome = running.wait()
        #expect(outcome.status == (nohup ? 0 : 129), "\(outcome.err)")
        #expect(box.names() == (nohup ? ["maps", "output"] : ["maps"]))
    }

    /// SIGKILL cannot be handled: the temporary folder and the lock file stay, and the
    /// next build removes them, keeping the user's entries.
    @Test(arguments: [Moment.drawing, .writingPages])
    func killedBuildIsCleanedUpByTheNext(_ moment: Moment) throws {
        let (box, _) = try Self.rebuiltSandbox()
        _ = try #require(try Self.interrupt(box, at: moment, with: SIGKILL))
        #expect(box.names().contains { $0.hasPrefix("output.journeymap-tmp-") })
        let next = try box.run(["build"])
        #expect(next.status == 0, "\(next.err)")
        #expect(next.err.contains("journeymap: removed '\(box.path("output.journeymap-tmp-"))"), "\(next.err)")
        #expect(box.names() == ["maps", "output"])
        #expect(box.read("output/index.html")?.contains("Mountain journey") == true)
        #expect(box.read("output/.git/HEAD") == "ref: refs/heads/gh-pages\n")
    }
}

/// `export dot --output` interrupted: every file old or new, no partial file, 130.
@Suite(.serialized) struct ExportInterruptTests {
    @Test func interruptedExportLeavesNoPartialFile() throws {
        for attempt in 1...5 {
            let box = try BuildSandbox(BuildMaps.many(400))
            let running = try box.start(["export", "dot", "--output", "dot"])
            var sent = false
            while running.process.isRunning && !sent {
                if box.names(in: "dot").contains(where: { $0.hasSuffix(".dot") }) {
                    kill(running.pid, SIGINT)
                    sent = true
                }
                usleep(100)
            }
            let outcome = running.wait()
            guard sent else {
                if attempt == 5 { Issue.record("every export ended before a file was written") }
                continue
            }
            #expect(outcome.status == 130, "\(outcome.err)")
            #expect(!box.names(in: "dot").contains { $0.hasPrefix(".") })
            return
        }
    }
}
