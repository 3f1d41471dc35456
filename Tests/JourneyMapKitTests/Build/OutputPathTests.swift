import Foundation
@testable import JourneyMapKit
import Testing

/// The output folder however it is spelt: relative, with `.`, `..` or trailing
/// slashes. Through the binary, whose working directory is the sandbox, since the
/// tests run in parallel and cannot change this process's current folder.
struct OutputPathTests {
    /// A folder in the sandbox that a build wrote, holding a copy of the maps and a
    /// templates folder.
    static func builtSiteHoldingMaps(_ box: BuildSandbox) throws -> [String: [UInt8]] {
        #expect(try box.run(["build", "--output", "site"]).status == 0)
        for (path, text) in BuildMaps.clean { try box.write("site/" + path, text) }
        try box.write("site/templates/extra.css", "p {}")
        return try #require(box.snapshot("site"))
    }

    struct Holding: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let holding: [Holding] = [
        Holding(arguments: ["--maps", "site/maps", "--output", "site"],
                message: "the maps folder 'site/maps' is inside the output folder 'site'"),
        Holding(arguments: ["--maps", "./site/maps/", "--output", "site/"],
                message: "the maps folder './site/maps/' is inside the output folder 'site/'"),
        Holding(arguments: ["--maps", "site/maps", "--output", "./site/."],
                message: "the maps folder 'site/maps' is inside the output folder './site/.'"),
        Holding(arguments: ["--maps", "maps/../site/maps", "--output", "maps/../site"],
                message: "the maps folder 'maps/../site/maps' is inside the output folder 'maps/../site'"),
        Holding(arguments: ["--templates", "site/templates", "--output", "site"],
                message: "the templates folder 'site/templates' is inside the output folder 'site'"),
        Holding(arguments: ["--templates", "site/templates", "--output", "site//"],
                message: "the templates folder 'site/templates' is inside the output folder 'site//'"),
    ]

    /// With relative paths too, a build never replaces the folder that holds its maps
    /// or templates: exit 2 and nothing touched.
    @Test(arguments: holding)
    func relativeOutputHoldingTheMapsOrTemplatesIsRefused(_ example: Holding) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let before = try Self.builtSiteHoldingMaps(box)
        let outcome = try box.run(["build"] + example.arguments)
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("journeymap: error: " + example.message), "\(outcome.err)")
        #expect(box.snapshot("site") == before)
        #expect(box.names() == ["maps", "site"])
    }

    /// Every spelling of `site` builds `site` itself, first creating it then replacing
    /// it, with nothing left beside it or inside it.
    @Test(arguments: ["site/.", "site/", "./site", "site/../site", "site//", "./site/./", "maps/../site", "new/../site"])
    func spellingsOfOneFolderAreThatFolder(_ output: String) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        for _ in 0..<2 {
            let outcome = try box.run(["build", "--output", output])
            #expect(outcome.status == 0, "\(outcome.err)")
            #expect(box.exists("site/index.html"))
            #expect(box.names() == ["maps", "site"])
            #expect(!box.names(in: "site").contains { $0.hasPrefix(".") && !OutputFolder.ownNames.contains($0) })
        }
        try box.write("site/.gitkeep", "")
        #expect(try box.run(["build", "--output", output]).status == 0)
        #expect(box.read("site/.gitkeep") == "")
    }

    struct Unswappable: Sendable, CustomTestStringConvertible {
        /// The working directory, relative to the sandbox; created empty.
        var directory: String
        var output: String
        var message: String
        var testDescription: String { "--output \(output) in \(directory)" }
    }

    static let unswappable: [Unswappable] = [
        Unswappable(directory: "empty", output: ".", message: "the output folder '.' is the current folder"),
        Unswappable(directory: "empty", output: "./", message: "the output folder './' is the current folder"),
        Unswappable(directory: "empty", output: "../empty/", message: "the output folder '../empty/' is the current folder"),
        Unswappable(directory: "empty", output: "x/..", message: "the output folder 'x/..' is the current folder"),
        Unswappable(directory: "site/sub", output: "..", message: "the output folder '..' holds the current folder"),
        Unswappable(directory: "site/sub", output: "../", message: "the output folder '../' holds the current folder"),
        Unswappable(directory: "empty", output: "/", message: "the output folder cannot be '/'"),
        Unswappable(directory: "empty", output: "../../../../../../../../../..", message: "the output folder cannot be '/'"),
    ]

    /// The current folder, a folder holding it, and `/` cannot be renamed away: exit 2
    /// with a message, never a crash, and nothing written.
    @Test(arguments: unswappable)
    func currentFolderAndRootAreRefused(_ example: Unswappable) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        if example.directory.hasPrefix("site/") {
            #expect(try box.run(["build", "--output", "site"]).status == 0)
        }
        try FileManager.default.createDirectory(atPath: box.path(example.directory), withIntermediateDirectories: true)
        let before = box.snapshot("")
        let maps = box.path("maps")
        let outcome = try box.run(["build", "--maps", maps, "--output", example.output], in: example.directory)
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("journeymap: error: " + example.message), "\(outcome.err)")
        #expect(box.snapshot("") == before)
    }
}
