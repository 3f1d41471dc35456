import Foundation
import Testing
import TestSupport

/// `journeymap import mermaid` and `export mermaid` through the built binary: files
/// written, never overwritten, warnings with file:line, and the exit statuses.
@Suite(.serialized) struct MermaidCLITests {
    static let diagram = """
        journey
          title Shopping
          section Buy
            Pay: 2: Customer
            Wait: Hello
        """

    static let markdown = """
        # Notes

        ```mermaid
        journey
          title Shopping
          section Browse
            Look: 4
        ```

        ```mermaid
        flowchart LR
          A --> B
        ```
        """

    @Test func importWritesOneMapPerDiagramAndTheyCheck() throws {
        let runner = try CLIRunner(files: ["in/day.mmd": Self.diagram, "in/notes.md": Self.markdown])
        defer { runner.remove() }
        let result = try runner.run(["import", "mermaid", "in/day.mmd", "in/notes.md"])
        #expect(result.status == 0)
        #expect(result.out == "maps/shopping.md\nmaps/shopping-2.md\n")
        #expect(result.err.contains("in/day.mmd:5: warning: task 'Wait' has no score"))
        #expect(result.err.contains("in/notes.md:10: note: a mermaid block that is not a journey diagram is skipped"))
        let first = try String(contentsOf: runner.folder.appendingPathComponent("maps/shopping.md"), encoding: .utf8)
        #expect(first.contains("## Stage: Buy\n\n### Touchpoint: Pay\n- channel: none\n- emotion: -1\n- actor: Customer\n"))
        let check = try runner.run(["check"])
        #expect(check.status == 0)
        #expect(check.err.hasPrefix("0 errors, 0 warnings in 2 files"))
    }

    @Test func importNeverOverwritesAndWritesNothingThen() throws {
        let runner = try CLIRunner(files: ["in/day.mmd": Self.diagram, "in/notes.md": Self.markdown,
                                           "maps/shopping-2.md": "mine\n"])
        defer { runner.remove() }
        let result = try runner.run(["import", "mermaid", "in/day.mmd", "in/notes.md"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.contains("'maps/shopping-2.md' exists; nothing was written"))
        let maps = try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("maps").path)
        #expect(maps == ["shopping-2.md"])
        #expect(try String(contentsOf: runner.folder.appendingPathComponent("maps/shopping-2.md"), encoding: .utf8) == "mine\n")
    }

    @Test func importTwiceIntoEmptyFoldersGivesTheSameBytes() throws {
        let runner = try CLIRunner(files: ["in/day.mmd": Self.diagram])
        defer { runner.remove() }
        #expect(try runner.run(["import", "mermaid", "in/day.mmd", "--output", "a"]).status == 0)
        #expect(try runner.run(["import", "mermaid", "in/day.mmd", "--output", "b"]).status == 0)
        let a = try Data(contentsOf: runner.folder.appendingPathComponent("a/shopping.md"))
        let b = try Data(contentsOf: runner.folder.appendingPathComponent("b/shopping.md"))
        #expect(a == b)
    }

    @Test(arguments: [
        (["import", "mermaid", "in/missing.mmd"], "cannot read 'in/missing.mmd'"),
        (["import", "mermaid", "in"], "'in' is not a regular file"),
        (["import", "mermaid", "in/flow.mmd"], "no Mermaid journey diagram found"),
        (["import", "mermaid"], "Missing expected argument"),
    ])
    func importCannotRun(arguments: [String], message: String) throws {
        let runner = try CLIRunner(files: ["in/flow.mmd": "flowchart LR\n  A --> B\n"])
        defer { runner.remove() }
        let result = try runner.run(arguments)
        #expect(result.status == 2)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("maps").path))
    }

    @Test func exportPrintsEachJourneyAfterItsId() throws {
        let runner = try CLIRunner(files: ["maps/j.md": MapsFolder.preamble + MapsFolder.touchpointA])
        defer { runner.remove() }
        let result = try runner.run(["export", "mermaid"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("%% journey: j\njourney\n    title J\n    section S\n"))
        #expect(result.err == "")
    }

    @Test func exportWithErrorsPrintsNothingAndExitsOne() throws {
        let result = try CLITests.run(CLITests.broken, ["export", "mermaid"])
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.err.contains("[unknown-key]"))
    }

    @Test func exportToAFolderReplacesOnlyRegularFiles() throws {
        let runner = try CLIRunner(files: ["maps/j.md": MapsFolder.preamble + MapsFolder.touchpointA, "out/j.mmd": "old\n",
                                           "keep.txt": "keep\n"])
        defer { runner.remove() }
        let old = runner.folder.appendingPathComponent("out/j.mmd").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: old)
        let result = try runner.run(["export", "mermaid", "--output", "out"])
        #expect(result.status == 0)
        let text = try String(contentsOfFile: old, encoding: .utf8)
        #expect(text.hasPrefix("journey\n    title J\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: old)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("out").path) == ["j.mmd"])

        try FileManager.default.removeItem(atPath: old)
        try FileManager.default.createSymbolicLink(atPath: old, withDestinationPath: "../keep.txt")
        let refused = try runner.run(["export", "mermaid", "--output", "out"])
        #expect(refused.status == 2)
        #expect(refused.err.contains("'out/j.mmd' is not a regular file and is left alone; nothing was written"))
        #expect(try String(contentsOf: runner.folder.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: old) == "../keep.txt")
    }
}
