import Foundation
import Testing
import TestSupport
import Yams

/// `journeymap init` and `journeymap new`, run as a newcomer runs them.
@Suite struct InitTests {
    static let targets = ["maps/first-order.md", "maps/people.md", "maps/journeymap.yml", ".github/workflows/journeymap.yml"]

    /// Every file and folder under the sandbox, with its bytes.
    static func snapshot(_ sandbox: CLIRunner) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: sandbox.folder.path) ?? [] where !path.hasPrefix(".std") {
            files[path] = FileManager.default.contents(atPath: sandbox.folder.appendingPathComponent(path).path) ?? Data()
        }
        return files
    }

    @Test func aStartedFolderChecksCleanEvenStrictly() throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        let started = try sandbox.run(["init"])
        #expect(started.status == 0, "\(started.err)")
        for target in Self.targets {
            #expect(FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent(target).path), "\(target)")
            #expect(started.out.contains("created ./\(target)"))
        }
        let check = try sandbox.run(["check", "--strict"])
        #expect(check.status == 0)
        #expect(check.err == "0 errors, 0 warnings in 2 files\n")
    }

    @Test func initIntoAFolderThatDoesNotExistYetCreatesIt() throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        #expect(try sandbox.run(["init", "atlas/"]).status == 0)
        #expect(try sandbox.run(["check", "--strict", "--maps", "atlas/maps"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("atlas/.github/workflows/journeymap.yml").path))
    }

    @Test func initTwiceRefusesAndChangesNothing() throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        #expect(try sandbox.run(["init"]).status == 0)
        try Data("# my own change\n".utf8).write(to: sandbox.folder.appendingPathComponent("maps/journeymap.yml"))
        let before = Self.snapshot(sandbox)
        let again = try sandbox.run(["init"])
        #expect(again.status == 2)
        #expect(again.err.contains("'./maps/first-order.md'") && again.err.contains("nothing was written"))
        #expect(Self.snapshot(sandbox) == before)
    }

    /// One file in the way stops every file from being written.
    @Test(arguments: targets + ["maps/notes.txt"])
    func anythingInTheWayRefusesEverything(existing: String) throws {
        let sandbox = try CLIRunner(files: [existing: "mine\n"])
        defer { sandbox.remove() }
        let before = Self.snapshot(sandbox)
        let result = try sandbox.run(["init"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(Self.snapshot(sandbox) == before)
    }

    @Test func anEmptyMapsFolderIsFine() throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(at: sandbox.folder.appendingPathComponent("maps"), withIntermediateDirectories: false)
        #expect(try sandbox.run(["init", "."]).status == 0)
    }

    @Test(arguments: [("journey", "Renew a contract", "maps/renew-a-contract.md"),
                      ("persona", "Busy parent", "maps/personas/busy-parent.md"),
                      ("segment", "Lapsed buyers", "maps/segments/lapsed-buyers.md")])
    func newWritesASkeletonThatChecksClean(kind: String, title: String, path: String) throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        #expect(try sandbox.run(["init"]).status == 0)
        let made = try sandbox.run(["new", kind, title])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out == "created \(path)\n")
        let check = try sandbox.run(["check", "--strict"])
        #expect(check.status == 0, "\(check.err)")
        #expect(check.err.hasPrefix("0 errors, 0 warnings"))

        let before = Self.snapshot(sandbox)
        let again = try sandbox.run(["new", kind, title])
        #expect(again.status == 2)
        #expect(again.err.contains("already"))
        #expect(Self.snapshot(sandbox) == before)
    }

    @Test(arguments: [
        (["new", "persona", "First-time buyer"], "has a persona with the id 'first-time-buyer' already (maps/people.md:"),
        (["new", "journey", "First order"], "has a journey with the id 'first-order' already (maps/first-order.md)"),
        (["new", "journey", "People"], "'maps/people.md' exists already"),
        (["new", "segment", "!!!"], "no letter or digit"),
        (["new", "journey", "A\nB"], "one line"),
        (["new", "journey", "Elsewhere", "--maps", "nope"], "journeymap init"),
        (["new", "chapter", "X"], "chapter"),
    ])
    func newRefusesWhatItCannotWriteCleanly(arguments: [String], message: String) throws {
        let sandbox = try CLIRunner(files: [:])
        defer { sandbox.remove() }
        #expect(try sandbox.run(["init"]).status == 0)
        let before = Self.snapshot(sandbox)
        let result = try sandbox.run(arguments)
        #expect(result.status == 2)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(Self.snapshot(sandbox) == before)
    }
}
