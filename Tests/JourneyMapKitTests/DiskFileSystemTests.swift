import Foundation
import JourneyCore
import JourneyMapKit
import Testing
import TestSupport

/// Maps folders on a real disk with what a hostile or unlucky user leaves in them, run
/// through the built binary under a watchdog: every entry that is not read is a `file`
/// error naming it (exit 1), nothing blocks, nothing is skipped silently.
@Suite struct DiskFileSystemTests {
    /// Long enough for a FIFO that blocks or a read of /dev/zero to show; the runs take
    /// well under a second.
    static let watchdog = 60.0

    static let fifo = "not read: not a regular file but a FIFO (named pipe); only regular files and links to them are read"
    static let device = "not read: not a regular file but a character device; only regular files and links to them are read"
    static let socket = "not read: not a regular file but a socket; only regular files and links to them are read"
    static let dangling = "not read: the link leads to nothing (its target does not exist)"
    static let loop = "not read: the link leads round a loop of links"
    static let undecodable = "not read: the name is not valid UTF-8 (shown with \\x escapes); rename it"
    static let notInIt = "; the maps in it are not read"
    static let map = MapsFolder.preamble + MapsFolder.touchpointA
    static let library = "---\n---\n\n## Persona: P {#p}\n"

    struct Setup: Sendable, CustomTestStringConvertible {
        var name: String
        /// Makes the odd entries, given the sandbox folder (which holds `maps/j.md`).
        var make: @Sendable (String) throws -> Void
        /// The `file` errors, as (file, message), in output order.
        var expected: [(String, String)]
        var testDescription: String { name }

        init(_ name: String, _ expected: [(String, String)], _ make: @escaping @Sendable (String) throws -> Void) {
            self.name = name
            self.make = make
            self.expected = expected
        }
    }

    static let deepSegment = String(repeating: "d", count: 200)
    /// `maps` and 21 segments of 201 bytes: the first folder path of 4096 bytes or more.
    static let deepFolder = "maps/" + Array(repeating: deepSegment, count: 21).joined(separator: "/")

    static let unread: [Setup] = [
        Setup("a FIFO named x.md", [("maps/x.md", fifo)]) { try OddEntries.fifo($0 + "/maps/x.md") },
        Setup("a FIFO named journeymap.yml", [("maps/journeymap.yml", fifo)]) { try OddEntries.fifo($0 + "/maps/journeymap.yml") },
        Setup("a link to a FIFO outside", [("maps/f.md", fifo)]) {
            try OddEntries.fifo($0 + "/pipe")
            try OddEntries.link($0 + "/maps/f.md", to: "../pipe")
        },
        Setup("a link to /dev/zero", [("maps/zero.md", device)]) { try OddEntries.link($0 + "/maps/zero.md", to: "/dev/zero") },
        Setup("a link to /dev/urandom", [("maps/random.md", device)]) {
            try OddEntries.link($0 + "/maps/random.md", to: "/dev/urandom")
        },
        Setup("journeymap.yml linked to /dev/zero", [("maps/journeymap.yml", device)]) {
            try OddEntries.link($0 + "/maps/journeymap.yml", to: "/dev/zero")
        },
        Setup("a socket named s.md", [("maps/s.md", socket)]) { try OddEntries.socket($0 + "/maps/s.md") },
        Setup("a dangling link", [("maps/gone.md", dangling)]) { try OddEntries.link($0 + "/maps/gone.md", to: "nowhere.md") },
        Setup("a dangling journeymap.yml", [("maps/journeymap.yml", dangling)]) {
            try OddEntries.link($0 + "/maps/journeymap.yml", to: "nowhere.yml")
        },
        Setup("a link to itself", [("maps/self.md", loop)]) { try OddEntries.link($0 + "/maps/self.md", to: "self.md") },
        Setup("two links in a loop", [("maps/a.md", loop), ("maps/b.md", loop)]) {
            try OddEntries.link($0 + "/maps/a.md", to: "b.md")
            try OddEntries.link($0 + "/maps/b.md", to: "a.md")
        },
        Setup("a file over 16 MiB", [("maps/big.md", "not read: the file is larger than 16 MiB, the most journeymap reads")]) {
            try OddEntries.file($0 + "/maps/big.md", size: 16 * 1024 * 1024 + 1)
        },
        Setup("a file name that is not UTF-8", [("maps/caf\\xE9.md", undecodable)]) {
            try OddEntries.rawName($0 + "/maps", Array("caf".utf8) + [0xE9] + Array(".md".utf8), text: map)
        },
        Setup("a folder name that is not UTF-8", [("maps/\\xFF\\xFEx", undecodable + notInIt)]) {
            try OddEntries.rawName($0 + "/maps", [0xFF, 0xFE, 0x78], isFolder: true)
            try OddEntries.file($0 + "/maps/café.md", library)  // a UTF-8 name beside it is read
        },
        Setup("a path over PATH_MAX", [(deepFolder, "not read: the path has 4096 bytes or more, too long for the system" + notInIt)]) {
            try OddEntries.deepFolders($0 + "/maps", levels: 22, segment: deepSegment, file: "deep.md", text: map)
        },
        Setup("a link to a folder that holds it", [("maps/sub/up", "not followed: the link leads back to 'maps', a folder that holds it")]) {
            try OddEntries.folder($0 + "/maps/sub")
            try OddEntries.link($0 + "/maps/sub/up", to: "..")
        },
        Setup("two ways to one folder",
              [("maps/again", "not followed: the link leads to the folder already read as 'maps/shared'")]) {
            try OddEntries.folder($0 + "/maps/shared")
            try OddEntries.file($0 + "/maps/shared/people.md", library)
            try OddEntries.link($0 + "/maps/again", to: "shared")
        },
    ]

    static func run(_ make: (String) throws -> Void, _ arguments: [String], unprivileged: Bool = false,
                    openFiles: Int = 1024) throws -> CLIRunner.Result {
        let runner = try CLIRunner(files: ["maps/j.md": map])
        defer { OddEntries.remove(runner.folder.path) }
        try make(runner.folder.path)
        let result = try runner.run(arguments, killAfter: watchdog, unprivileged: unprivileged, openFiles: openFiles)
        return try #require(result, "journeymap \(arguments.joined(separator: " ")) was still running after \(watchdog) s")
    }

    /// The `file` diagnostics of `check --format json`, as (file, message).
    static func fileErrors(_ json: String) throws -> [(String, String)] {
        let list = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], "\(json)")
        return list.filter { $0["id"] as? String == "file" }.map { ($0["file"] as? String ?? "", $0["message"] as? String ?? "") }
    }

    @Test(arguments: unread)
    func everyEntryNotReadIsAFileError(_ setup: Setup) throws {
        let result = try Self.run(setup.make, ["check", "--maps", "maps", "--format", "json"])
        #expect(result.status == 1, "\(result.err)")
        let found = try Self.fileErrors(result.out)
        #expect(found.map(\.0) == setup.expected.map(\.0))
        #expect(found.map(\.1) == setup.expected.map(\.1))
        // Every other map is read: only the entries of the setup are errors.
        let all = try #require(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(all.count == setup.expected.count, "\(result.out)")
    }

    static let unpermitted: [Setup] = [
        Setup("a folder that cannot be listed",
              [("maps/private", "cannot list the folder: Permission denied" + notInIt)]) {
            try OddEntries.folder($0 + "/maps/private")
            try OddEntries.file($0 + "/maps/private/people.md", library)
            try OddEntries.mode($0 + "/maps/private", 0o000)
        },
        Setup("a file that cannot be read", [("maps/locked.md", "cannot read the file: Permission denied")]) {
            try OddEntries.file($0 + "/maps/locked.md", library)
            try OddEntries.mode($0 + "/maps/locked.md", 0o000)
        },
        Setup("a folder that can be listed but not entered", [
            ("maps/closed/inner", "cannot list the folder: Permission denied" + notInIt),
            ("maps/closed/people.md", "cannot read the file: Permission denied"),
        ]) {
            try OddEntries.folder($0 + "/maps/closed/inner")
            try OddEntries.file($0 + "/maps/closed/people.md", library)
            try OddEntries.mode($0 + "/maps/closed", 0o644)
        },
    ]

    /// Permissions, checked as user `nobody` when the tests run as root.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")),
          arguments: unpermitted)
    func entriesWithoutPermissionAreFileErrors(_ setup: Setup) throws {
        let result = try Self.run(setup.make, ["check", "--maps", "maps", "--format", "json"], unprivileged: true)
        #expect(result.status == 1, "\(result.err)")
        let found = try Self.fileErrors(result.out)
        #expect(found.map(\.0) == setup.expected.map(\.0))
        #expect(found.map(\.1) == setup.expected.map(\.1))
    }

    /// The FIFOs that used to block every command: each finishes with exit 1.
    @Test(arguments: [["check"], ["export", "json"], ["build", "--output", "out"]])
    func fifosBlockNoCommand(_ command: [String]) throws {
        let result = try Self.run({
            try OddEntries.fifo($0 + "/maps/x.md")
            try OddEntries.fifo($0 + "/maps/journeymap.yml")
            try OddEntries.link($0 + "/maps/zero.md", to: "/dev/zero")
        }, command + ["--maps", "maps"])
        #expect(result.status == 1)
        #expect(result.out == "")
        for file in ["maps/x.md", "maps/journeymap.yml", "maps/zero.md"] {
            #expect(result.err.contains("\(file):1:1: error: not read: not a regular file"), "\(result.err)")
        }
    }

    static let read: [Setup] = [
        Setup("a link to a map outside the maps folder", []) {
            try OddEntries.file($0 + "/people.md", library)
            try OddEntries.link($0 + "/maps/people.md", to: "../people.md")
        },
        Setup("a link to a folder outside the maps folder", []) {
            try OddEntries.folder($0 + "/shared")
            try OddEntries.file($0 + "/shared/people.md", library)
            try OddEntries.link($0 + "/maps/shared", to: "../shared")
        },
        Setup("a folder named like a map", []) {
            try OddEntries.folder($0 + "/maps/people.md")
            try OddEntries.file($0 + "/maps/people.md/people.md", library)
        },
    ]

    /// Links to regular files and to folders are followed wherever they point.
    @Test(arguments: read)
    func linksAreFollowed(_ setup: Setup) throws {
        let result = try Self.run(setup.make, ["check", "--maps", "maps"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "0 errors, 0 warnings in 2 files\n")
    }

    /// 1,000 nested folders (a path of 2,005 bytes) with a map at the bottom, read with
    /// 64 file descriptors: the walk holds one folder open at a time.
    @Test func deepFoldersNeedFewDescriptors() throws {
        let result = try Self.run({
            try OddEntries.deepFolders($0 + "/maps", levels: 1000, segment: "a", file: "deep.md", text: Self.library)
        }, ["check", "--maps", "maps"], openFiles: 64)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "0 errors, 0 warnings in 2 files\n")
    }

    static let ignored: [Setup] = [
        Setup("hidden FIFOs, links and folders", []) {
            try OddEntries.fifo($0 + "/maps/.x.md")
            try OddEntries.link($0 + "/maps/.gone.md", to: "nowhere")
            try OddEntries.folder($0 + "/maps/.git")
            try OddEntries.fifo($0 + "/maps/.git/y.md")
        },
        Setup("entries not named .md", []) {
            try OddEntries.fifo($0 + "/maps/notes.txt")
            try OddEntries.link($0 + "/maps/zero", to: "/dev/zero")
            try OddEntries.link($0 + "/maps/gone", to: "nowhere")
            try OddEntries.rawName($0 + "/maps", [0xFF, 0x2E, 0x74, 0x78, 0x74])
        },
    ]

    /// Hidden entries and files that are not maps are skipped without a word, as before.
    @Test(arguments: ignored)
    func hiddenEntriesAndOtherFilesAreIgnored(_ setup: Setup) throws {
        let result = try Self.run(setup.make, ["check", "--maps", "maps"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "0 errors, 0 warnings in 1 file\n")
    }
}
