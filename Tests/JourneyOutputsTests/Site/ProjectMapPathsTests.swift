@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The site names maps relative to the maps folder, however the folder was given.
@Suite struct ProjectMapPathsTests {
    static func project(root: String) -> Project {
        let prefix = root.hasSuffix("/") ? String(root.dropLast()) : root
        var journey = SiteTestProject.trailRunning()
        journey.file = prefix + "/retail/trail-running.md"
        var library = SiteTestProject.library()
        library.file = prefix + "/library.md"
        var project = SiteTestProject.project([library, journey])
        project.root = root
        // Every file read is a source, library documents included.
        project.sources = [library.file: SourceText("---\n"), journey.file: SourceText("---\n")]
        project.diagnostics = [
            Diagnostic(.duplicateID, file: prefix + "/retail/trail-running.md", range: SourceRange(line: 3, column: 1, length: 1),
                       message: "persona 'p' is also defined at \(prefix)/library.md:7; the maps/ folder keeps one",
                       fix: "\(prefix)/library.md"),
        ]
        return project
    }

    @Test(arguments: ["/home/ana/work/maps", "maps", "maps/", "./maps", "/"])
    func filesAndMessagesLoseTheFolder(root: String) throws {
        let site = Self.project(root: root).withMapPathsRelative()
        #expect(site.journeys.first?.document.file == "retail/trail-running.md")
        let d = try #require(site.diagnostics.first)
        #expect(d.file == "retail/trail-running.md")
        #expect(d.message == "persona 'p' is also defined at library.md:7; the maps/ folder keeps one")
        #expect(d.fix == "library.md")
    }

    /// The folder's name alone, without a file after it, is text like any other.
    @Test func otherTextKeepsTheFolderName() {
        var project = Self.project(root: "maps")
        project.diagnostics[0].message = "see maps/ and maps/unknown.md"
        #expect(project.withMapPathsRelative().diagnostics[0].message == "see maps/ and maps/unknown.md")
    }
}
