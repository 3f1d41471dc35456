import Foundation
import JourneyCore
import JourneyMapKit
import Testing
import TestSupport

/// `journeymap export dot`: standard output or a folder, exit statuses as `check`.
@Suite struct ExportDotActionTests {
    /// What an action wrote, collected from the console.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = "", errText = ""
        var out: String { lock.withLock { outText } }
        var err: String { lock.withLock { errText } }

        var console: Console {
            Console(out: { text in self.lock.withLock { self.outText += text } },
                    err: { text in self.lock.withLock { self.errText += text } }, errIsTerminal: false)
        }
    }

    static func golden(_ file: String) throws -> String {
        try String(contentsOf: DiagramCorpus.golden("linked", file), encoding: .utf8)
    }

    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-dot-\(UUID().uuidString)")
    }

    @Test func printsEveryGraphAfterACommentNamingIt() throws {
        let output = Output()
        let status = ExportDotAction(maps: DiagramCorpus.maps("linked")).run(console: output.console)
        #expect(status == .ok)
        let expected = try ["onboarding", "signup", "support"].map { try "// journey \($0)\n" + Self.golden($0 + ".dot") }
            .joined() + "// overview\n" + Self.golden("overview.dot")
        #expect(output.out == expected)
        #expect(output.err.isEmpty)
    }

    @Test func writesOneFilePerGraphIntoTheOutputFolder() throws {
        let folder = Self.scratch().appendingPathComponent("nested/dot")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let output = Output()
        let status = ExportDotAction(maps: DiagramCorpus.maps("linked"), output: folder.path).run(console: output.console)
        #expect(status == .ok)
        #expect(output.out.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["onboarding.dot", "overview.dot", "signup.dot", "support.dot"])
        for file in files {
            #expect(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) == Self.golden(file))
        }
    }

    @Test func mapErrorsPrintDiagnosticsAndNothingElse() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\nid: j\n---\n\n# J\n\n## Stage: S\n\n### Touchpoint: T\n- channel: web\n- emotion: sideways\n"
            .write(to: folder.appendingPathComponent("j.md"), atomically: true, encoding: .utf8)
        for target in [nil, folder.appendingPathComponent("out").path] {
            let output = Output()
            let status = ExportDotAction(maps: folder.path, output: target).run(console: output.console)
            #expect(status == .mapErrors)
            #expect(output.out.isEmpty)
            #expect(output.err.contains("[bad-value]"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func missingMapsFolderCannotRun() {
        let output = Output()
        let status = ExportDotAction(maps: Self.scratch().path).run(console: output.console)
        #expect(status == .cannotRun)
        #expect(output.out.isEmpty)
        #expect(output.err.hasPrefix("journeymap: error: "))
    }

    /// A journey with the id `overview` would overwrite the overview's file: refused
    /// before anything is written. On standard output the comments tell them apart.
    @Test func journeyNamedOverviewClashesOnlyInAFolder() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("maps"), withIntermediateDirectories: true)
        try "---\nid: overview\n---\n\n# Overview\n\n## Stage: S\n\n### Touchpoint: T\n- channel: web\n"
            .write(to: folder.appendingPathComponent("maps/overview.md"), atomically: true, encoding: .utf8)
        let maps = folder.appendingPathComponent("maps").path
        let toFolder = Output()
        let out = folder.appendingPathComponent("out")
        #expect(ExportDotAction(maps: maps, output: out.path).run(console: toFolder.console) == .cannotRun)
        #expect(toFolder.err.contains("overview.dot"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let toStdout = Output()
        #expect(ExportDotAction(maps: maps).run(console: toStdout.console) == .ok)
        #expect(toStdout.out.contains("// journey overview\ndigraph \"flow-overview\""))
        #expect(toStdout.out.contains("// overview\ndigraph \"overview\""))
    }

    @Test func outputThatIsAFileCannotRun() throws {
        let file = Self.scratch()
        defer { try? FileManager.default.removeItem(at: file) }
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let output = Output()
        let status = ExportDotAction(maps: DiagramCorpus.maps("linked"), output: file.path).run(console: output.console)
        #expect(status == .cannotRun)
        #expect(output.err.contains("cannot create the output folder"))
    }

    /// A graph that cannot take its name (a folder is there) fails the export before
    /// anything is written, and names the file.
    @Test func unwritableGraphCannotRunAndWritesNothing() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("overview.dot"),
                                                withIntermediateDirectories: true)
        let output = Output()
        let status = ExportDotAction(maps: DiagramCorpus.maps("linked"), output: folder.path).run(console: output.console)
        #expect(status == .cannotRun)
        #expect(output.err.contains("cannot write '\(folder.path)/overview.dot': it is a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["overview.dot"])
    }

    /// A file of the user's that shares a graph's name, a symbolic link, a FIFO: refused,
    /// untouched, never followed, and nothing else written.
    @Test(arguments: ["file", "link", "fifo"])
    func whatAnExportDidNotWriteIsNotReplaced(_ kind: String) throws {
        let scratch = Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("dot").path
        let victim = scratch.appendingPathComponent("victim.txt").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "mine\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let signup = folder + "/signup.dot"
        switch kind {
        case "file": try "digraph mine {}\n".write(toFile: signup, atomically: false, encoding: .utf8)
        case "link": try FileManager.default.createSymbolicLink(atPath: signup, withDestinationPath: victim)
        default: #expect(mkfifo(signup, 0o644) == 0)
        }
        let output = Output()
        let status = ExportDotAction(maps: DiagramCorpus.maps("linked"), output: folder).run(console: output.console)
        #expect(status == .cannotRun)
        #expect(output.err.contains("cannot write '\(signup)': "), "\(output.err)")
        #expect(output.err.contains("replaces only the files it wrote"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["signup.dot"])
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine\n")
        if kind == "link" { #expect(try FileManager.default.destinationOfSymbolicLink(atPath: signup) == victim) }
    }

    /// An earlier export's files are replaced; a link planted at a partial file's name
    /// is removed, not written through.
    @Test func earlierExportIsReplacedAndPlantedLinkNotFollowed() throws {
        let scratch = Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("dot").path
        let victim = scratch.appendingPathComponent("victim.txt").path
        let maps = DiagramCorpus.maps("linked")
        #expect(ExportDotAction(maps: maps, output: folder).run(console: Output().console) == .ok)
        try "mine\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/.signup.dot.partial", withDestinationPath: victim)
        #expect(ExportDotAction(maps: maps, output: folder).run(console: Output().console) == .ok)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["onboarding.dot", "overview.dot", "signup.dot", "support.dot"])
        #expect(try String(contentsOfFile: folder + "/signup.dot", encoding: .utf8) == Self.golden("signup.dot"))
    }
}

/// The subcommand as scripts call it.
@Suite struct ExportDotCLITests {
    @Test func exportDotThroughTheBinary() throws {
        let runner = try CLIRunner(files: ["maps/people.md": SpecExample.people, "maps/trail-running.md": SpecExample.journey()])
        defer { runner.remove() }
        let printed = try runner.run(["export", "dot", "--maps", "maps"])
        #expect(printed.status == 0)
        #expect(printed.out.hasPrefix("// journey trail-running\ndigraph \"flow-trail-running\" {\n"))
        #expect(printed.out.contains("\n// overview\ndigraph \"overview\" {\n"))
        let written = try runner.run(["export", "dot", "--maps", "maps", "--output", "dot"])
        #expect(written.status == 0)
        #expect(written.out.isEmpty)
        let file = runner.folder.appendingPathComponent("dot/trail-running.dot")
        #expect(try String(contentsOf: file, encoding: .utf8) == DiagramCorpus.golden("spec-example", "trail-running.dot")
            .contents())
        let missing = try runner.run(["export", "dot", "--maps", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.out.isEmpty)
    }
}

private extension URL {
    func contents() throws -> String { try String(contentsOf: self, encoding: .utf8) }
}
