import Foundation
@testable import JourneyMapKit
import Testing

/// What a `--templates` folder may hold: regular files, and links to regular files
/// inside it. Files there are copied into the site, so nothing else is read.
struct TemplateFolderTests {
    static func link(_ box: BuildSandbox, _ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: box.path(relative), withDestinationPath: destination)
    }

    /// A link to a file outside the folder (`/etc/shadow`, a key) would publish it: the
    /// build refuses it, names it, and writes nothing.
    @Test func linkLeavingTheFolderIsRefused() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("secret.txt", "password")
        try box.write("templates/site.css", "p {}")
        try Self.link(box, "templates/logo.txt", to: box.path("secret.txt"))
        let outcome = box.build(templates: "templates")
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("\(box.path("templates"))/logo.txt: error: the symbolic link leads to "
            + "'\(box.path("secret.txt"))', outside the templates folder"), "\(outcome.err)")
        #expect(box.names() == ["maps", "secret.txt", "templates"])
    }

    /// A relative link that climbs out is refused as well.
    @Test func relativeLinkClimbingOutIsRefused() throws {
        let box = try BuildSandbox()
        try box.write("secret.txt", "password")
        try box.write("templates/.keep", "")
        try Self.link(box, "templates/logo.txt", to: "../secret.txt")
        let error = try #require(throws: TemplateError.self) { try TemplateFolder.read(box.path("templates")) }
        #expect(error.message.contains("outside the templates folder"))
    }

    /// Inside the folder a link is followed; a link to a folder is skipped like a folder.
    @Test func linksInsideTheFolderAreRead() throws {
        let box = try BuildSandbox()
        try box.write("templates/shared/brand.css", "p { color: teal; }")
        try Self.link(box, "templates/site.css", to: "shared/brand.css")
        try Self.link(box, "templates/more", to: "shared")
        let sources = try TemplateFolder.read(box.path("templates"))
        #expect(sources.map(\.name) == ["site.css"])
        #expect(sources.first?.bytes == Array("p { color: teal; }".utf8))
    }

    /// A link to nothing, and a FIFO (never opened, so the build does not hang).
    @Test func danglingLinkAndFIFOAreErrors() throws {
        let box = try BuildSandbox()
        try box.write("templates/.keep", "")
        try Self.link(box, "templates/gone.css", to: "nothing-here.css")
        let dangling = try #require(throws: TemplateError.self) { try TemplateFolder.read(box.path("templates")) }
        #expect(dangling.file == box.path("templates") + "/gone.css")
        #expect(dangling.message == "the symbolic link leads to nothing")
        unlink(box.path("templates/gone.css"))
        #expect(mkfifo(box.path("templates/pipe.css"), 0o644) == 0)
        let fifo = try #require(throws: TemplateError.self) { try TemplateFolder.read(box.path("templates")) }
        #expect(fifo.file == box.path("templates") + "/pipe.css")
        #expect(fifo.message.contains("not a regular file"))
    }
}
