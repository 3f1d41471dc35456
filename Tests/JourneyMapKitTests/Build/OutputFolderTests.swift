import Foundation
@testable import JourneyMapKit
import Testing

/// Which output folders a build replaces, and that a failed build leaves the output
/// folder exactly as it was, with nothing left beside it.
struct OutputFolderTests {
    /// An output folder from an earlier build with a file of the user's, to compare.
    static func builtOutput(_ box: BuildSandbox) throws -> [String: [UInt8]] {
        #expect(box.build().status == .ok)
        try box.write("output/.gitkeep", "keep me")
        return try #require(box.snapshot("output"))
    }

    @Test func mapErrorsLeaveAnExistingOutputUntouched() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let before = try Self.builtOutput(box)
        for (path, text) in BuildMaps.broken { try box.write(path, text) }
        let outcome = box.build()
        #expect(outcome.status == .mapErrors)
        #expect(outcome.err.contains("error: unknown key 'chanel'"))
        #expect(box.snapshot("output") == before)
        #expect(box.names() == ["maps", "output"])
    }

    @Test func mapErrorsCreateNoOutputFolder() throws {
        let box = try BuildSandbox(BuildMaps.broken)
        #expect(box.build(output: "site/out").status == .mapErrors)
        #expect(box.names() == ["maps"])
    }

    /// A template that does not parse fails the build after the check: exit 2, the
    /// output folder as it was, no temporary folder, no created parent folders.
    @Test func templateErrorLeavesOutputUntouched() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let before = try Self.builtOutput(box)
        try box.write("templates/journey.mustache", "{{#stages}}\n<h2>{{title}}</h2>\n")
        let outcome = box.build(templates: "templates")
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("journey.mustache"))
        #expect(box.snapshot("output") == before)
        #expect(box.names() == ["maps", "output", "templates"])

        #expect(box.build(output: "new/deeper/site", templates: "templates").status == .cannotRun)
        #expect(box.names() == ["maps", "output", "templates"])
    }

    /// A failure after the temporary folder exists (a render worker that dies): the
    /// temporary folder is removed and the output folder is as it was.
    @Test func failureWhileWritingLeavesOutputUntouched() throws {
        let box = try BuildSandbox(BuildMaps.many(16))
        let before = try Self.builtOutput(box)
        // Changed diagrams, so that the earlier build's cannot be reused.
        for (path, text) in BuildMaps.many(16) {
            try box.write(path, text.replacingOccurrences(of: "Cart", with: "Basket"))
        }
        let outcome = box.build(workers: 2, executable: "/bin/false")
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("a render worker (process "))
        #expect(box.snapshot("output") == before)
        #expect(box.names() == ["maps", "output"])

        #expect(box.build(output: "new/deeper/site", workers: 2, executable: "/bin/false").status == .cannotRun)
        #expect(box.names() == ["maps", "output"])
    }

    /// An output folder under a file.
    @Test func outputUnderAFileCannotRun() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("plain", "a file")
        let outcome = box.build(output: "plain/site")
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("'\(box.path("plain/site"))': Not a directory"))
        #expect(box.names() == ["maps", "plain"])
    }

    @Test func foreignFolderIsRefusedAndUntouched() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("output/about.html", "<p>mine</p>")
        try box.write("output/.gitkeep", "")
        let before = box.snapshot("output")
        let outcome = box.build()
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("holds files that journeymap did not write ('about.html')"))
        #expect(outcome.err.contains("Choose another --output, or empty the folder"))
        #expect(box.snapshot("output") == before)
        #expect(box.names() == ["maps", "output"])
    }

    @Test func outputThatIsAFileIsRefused() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("output", "not a folder")
        let outcome = box.build()
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("is a file, not a folder"))
        #expect(box.read("output") == "not a folder")
    }

    /// Empty, or only dotfiles: accepted, and the dotfiles move into the new output and
    /// stay there through later builds.
    @Test(arguments: [[String](), [".gitkeep"], [".gitignore", ".gitkeep"], [".git/HEAD", ".gitkeep"],
                      [".git/HEAD", ".nojekyll"]])
    func emptyOrDotfilesOnlyFolderIsAccepted(_ dotfiles: [String]) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try FileManager.default.createDirectory(atPath: box.path("output"), withIntermediateDirectories: true)
        for name in dotfiles { try box.write("output/" + name, "user's " + name) }
        for _ in 0..<2 {
            let outcome = box.build()
            #expect(outcome.status == .ok, "\(outcome.err)")
            #expect(box.exists("output/index.html"))
            #expect(box.exists("output/.journeymap-output"))
            for name in dotfiles { #expect(box.read("output/" + name) == "user's " + name) }
            #expect(box.names() == ["maps", "output"])
        }
    }

    /// Without the marker, a dot-entry other than those of a gh-pages worktree makes a
    /// folder foreign: a home folder or a config folder is not an empty one.
    @Test(arguments: [[".bashrc"], [".ssh/id_ed25519"], [".config/app.conf", ".gitkeep"], [".profile", ".git/HEAD"]])
    func otherDotEntriesMakeAFolderForeign(_ entries: [String]) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        for name in entries { try box.write("output/" + name, "user's " + name) }
        let before = box.snapshot("output")
        let outcome = box.build()
        #expect(outcome.status == .cannotRun)
        let first = try #require(entries.first?.split(separator: "/").first)
        #expect(outcome.err.contains("holds files that journeymap did not write ('\(first)')"), "\(outcome.err)")
        #expect(outcome.err.contains("(.git, .gitignore, .gitkeep, .nojekyll may stay)"))
        #expect(box.snapshot("output") == before)
        #expect(box.names() == ["maps", "output"])
    }

    /// In a folder the tool wrote, every dot-entry of the user's is kept.
    @Test func markerFolderKeepsEveryDotEntry() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build().status == .ok)
        try box.write("output/.htaccess", "Options -Indexes\n")
        #expect(box.build().status == .ok)
        #expect(box.read("output/.htaccess") == "Options -Indexes\n")
    }

    /// The home folder is never replaced, whatever it holds, even a marker; nor is a
    /// folder holding it.
    @Test(arguments: [[".bashrc", ".config/app.conf"], [], [".gitkeep"], [OutputFolder.markerName]])
    func homeFolderIsRefused(_ entries: [String]) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try FileManager.default.createDirectory(atPath: box.path("home"), withIntermediateDirectories: true)
        for name in entries { try box.write("home/" + name, "user's " + name) }
        chmod(box.path("home"), 0o700)
        let before = box.snapshot("home")
        let outcome = try box.run(["build", "--output", box.path("home")], environment: ["HOME": box.path("home")])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("journeymap: error: the output folder '\(box.path("home"))' is your home folder"),
                "\(outcome.err)")
        #expect(box.snapshot("home") == before)
        #expect(Self.mode(box, "home") == 0o700)
        #expect(box.names() == ["home", "maps"])
    }

    @Test func folderHoldingTheHomeIsRefused() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build(output: "site").status == .ok)
        try box.write("site/home/.bashrc", "mine")
        let outcome = box.build(output: "site", environment: ["HOME": box.path("site/home")])
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("the output folder '\(box.path("site"))' holds your home folder"))
        #expect(box.read("site/home/.bashrc") == "mine")
    }

    /// The user database's home counts as well as `HOME`.
    @Test func homesIncludeTheUserDatabase() throws {
        let entry = try #require(getpwuid(getuid()))
        let home = String(cString: entry.pointee.pw_dir)
        #expect(OutputFolder.homes(environment: [:]) == [home])
        #expect(OutputFolder.homes(environment: ["HOME": "/elsewhere"]) == ["/elsewhere", home])
    }

    static func mode(_ box: BuildSandbox, _ relative: String) -> mode_t {
        var info = stat()
        return stat(box.path(relative), &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// A build keeps the output folder's permissions; a new one gets a new folder's.
    @Test func modesAreKept() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try FileManager.default.createDirectory(atPath: box.path("output"), withIntermediateDirectories: true)
        chmod(box.path("output"), 0o700)
        #expect(box.build().status == .ok)
        #expect(Self.mode(box, "output") == 0o700)
        #expect(box.build().status == .ok)
        #expect(Self.mode(box, "output") == 0o700)
        chmod(box.path("output"), 0o750)
        #expect(box.build().status == .ok)
        #expect(Self.mode(box, "output") == 0o750)

        try FileManager.default.createDirectory(atPath: box.path("plain"), withIntermediateDirectories: true)
        #expect(box.build(output: "fresh").status == .ok)
        #expect(Self.mode(box, "fresh") == Self.mode(box, "plain"))
    }

    /// The maps (or templates) inside an output folder the tool wrote would go with it.
    @Test func outputHoldingTheMapsOrTemplatesIsRefused() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        for (path, text) in BuildMaps.clean { try box.write("site/" + path, text) }
        try box.write("site/templates/extra.css", "p {}")
        try box.write("site/.journeymap-output", OutputFolder.markerText)
        let before = box.snapshot("site")
        let maps = box.build(maps: "site/maps", output: "site")
        #expect(maps.status == .cannotRun)
        #expect(maps.err.contains("the maps folder '\(box.path("site/maps"))' is inside the output folder"))
        let templates = box.build(output: "site", templates: "site/templates")
        #expect(templates.status == .cannotRun)
        #expect(templates.err.contains("the templates folder '\(box.path("site/templates"))' is inside the output folder"))
        #expect(box.snapshot("site") == before)
    }

    @Test func missingOutputAndParentsAreCreated() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build(output: "a/b/site").status == .ok)
        #expect(box.exists("a/b/site/index.html"))
        #expect(box.names(in: "a/b") == ["site"])
    }

    /// A symbolic link to a folder: the folder it points at is replaced, the link stays.
    @Test func symbolicLinkToOurFolderIsFollowed() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build(output: "real").status == .ok)
        try FileManager.default.createSymbolicLink(atPath: box.path("link"), withDestinationPath: box.path("real"))
        try box.write("real/journeys/stale.json", "{}")
        #expect(box.build(output: "link").status == .ok)
        #expect(!box.exists("real/journeys/stale.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: box.path("link")) == box.path("real"))
        #expect(box.names() == ["link", "maps", "real"])
    }

    /// Through the binary: the exit statuses of cli.md.
    @Test func exitStatusesThroughTheBinary() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(try box.run(["build"]).status == 0)
        #expect(box.exists("output/index.html"))
        try box.write("foreign/file.txt", "x")
        let refused = try box.run(["build", "--output", "foreign"])
        #expect(refused.status == 2)
        #expect(refused.err.contains("journeymap: error: the output folder 'foreign' holds files"))
        #expect(try box.run(["build", "--maps", "missing"]).status == 2)
        for (path, text) in BuildMaps.broken { try box.write(path, text) }
        #expect(try box.run(["build"]).status == 1)
    }
}
