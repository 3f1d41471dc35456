import Foundation
import Testing
import TestSupport

/// The command line of cli.md through the built binary: exit statuses, output formats,
/// and what goes to standard output and standard error.
@Suite(.serialized) struct CLITests {
    /// The cli.md example: `maps/cart.md:14:3` is `unknown-key` for `chanel`; with the
    /// `missing-key` it leaves and a `pain-no-answer`, 2 errors and 1 warning in 3 files.
    static let broken: [String: String] = [
        "maps/cart.md": """
            ---
            id: cart
            ---

            # Cart

            ## Stage: Buy

            ### Touchpoint: Basket
            - channel: web
            - pain: slow

            ### Touchpoint: Cart
            - chanel: web

            """,
        "maps/people.md": SpecExample.people,
        "maps/j.md": MapsFolder.preamble + MapsFolder.touchpointA,
    ]

    static let clean: [String: String] = [
        "maps/people.md": SpecExample.people,
        "maps/j.md": MapsFolder.preamble + MapsFolder.touchpointA,
    ]

    static func run(_ files: [String: String], _ arguments: [String]) throws -> CLIRunner.Result {
        let runner = try CLIRunner(files: files)
        defer { runner.remove() }
        return try runner.run(arguments)
    }

    @Test func binaryIsBuilt() {
        #expect(CLIRunner.binary != nil)
    }

    @Test func cleanMapsExitZero() throws {
        let result = try Self.run(Self.clean, ["check", "--maps", "maps"])
        #expect(result.status == 0)
        #expect(result.out == "")
        #expect(result.err == "0 errors, 0 warnings in 2 files\n")
    }

    @Test func warningsAloneExitZero() throws {
        let result = try Self.run(["maps/people.md": SpecExample.people, "maps/trail-running.md": SpecExample.journey()],
                                  ["check", "--maps", "maps"])
        #expect(result.status == 0)
        #expect(result.err.hasSuffix("0 errors, 2 warnings in 2 files\n"))
    }

    @Test func warningsUnderStrictExitOne() throws {
        let result = try Self.run(["maps/people.md": SpecExample.people, "maps/trail-running.md": SpecExample.journey()],
                                  ["check", "--maps", "maps", "--strict"])
        #expect(result.status == 1)
        #expect(result.err.contains("maps/trail-running.md:39:1: error: Touchpoint 'Product page' is a focus touchpoint"))
        #expect(result.err.hasSuffix("2 errors, 0 warnings in 2 files\n"))
    }

    /// Text on standard error: each finding with its excerpt, sorted, then the summary line.
    @Test func errorsExitOneWithTextDiagnostics() throws {
        let result = try Self.run(Self.broken, ["check", "--maps", "maps"])
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.err.contains("""
            maps/cart.md:14:3: error: unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'? [unknown-key]
               14 | - chanel: web
                  |   ^~~~~~

            """))
        let headlines = result.err.split(separator: "\n").filter { $0.hasPrefix("maps/") }
        #expect(headlines.map { String($0.prefix { $0 != " " }) } == [
            "maps/cart.md:9:1:", "maps/cart.md:13:1:", "maps/cart.md:14:3:",
        ])
        #expect(result.err.hasSuffix("\n2 errors, 1 warning in 3 files\n"))
        #expect(!result.err.contains("\u{1B}["), "no colour when standard error is not a terminal")
    }

    @Test func pathsStayAsGiven() throws {
        let result = try Self.run(Self.broken, ["check", "--maps", "./maps"])
        #expect(result.status == 1)
        #expect(result.err.contains("./maps/cart.md:14:3: error: unknown key 'chanel'"))
    }

    @Test func jsonFormatIsOneArrayOnStandardOutput() throws {
        let result = try Self.run(Self.broken, ["check", "--maps", "maps", "--format", "json"])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        for object in array {
            for key in ["file", "line", "column", "severity", "id", "message"] {
                #expect(object[key] != nil, "\(key) missing in \(object)")
            }
        }
        JSONSubset.check([
            "file": "maps/cart.md", "line": 14, "column": 3, "severity": "error", "id": "unknown-key",
            "message": "unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'?",
        ] as [String: Any], array[2])
        #expect(array.map { $0["severity"] as? String } == ["warning", "error", "error"])
    }

    @Test func jsonFormatWithoutFindingsIsAnEmptyArray() throws {
        let result = try Self.run(Self.clean, ["check", "--maps", "maps", "--format", "json"])
        #expect(result.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [Any] != nil)
        #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func githubFormatIsOneWorkflowCommandPerFinding() throws {
        let result = try Self.run(Self.broken, ["check", "--maps", "maps", "--format", "github"])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        let pattern = try Regex(#"^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z0-9-]+::.+$"#)
        for line in lines {
            #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        }
        #expect(lines.last == "::error file=maps/cart.md,line=14,col=3,title=unknown-key::unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'?")
        #expect(result.out.hasSuffix("\n"))
    }

    @Test func exportWithErrorsPrintsNothingOnStandardOutput() throws {
        let result = try Self.run(Self.broken, ["export", "json", "--maps", "maps"])
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.err.contains("maps/cart.md:14:3: error: unknown key 'chanel'"))
        #expect(result.err.hasSuffix("2 errors, 1 warning in 3 files\n"))
    }

    @Test func exportPrintsTheModel() throws {
        let result = try Self.run(["maps/people.md": SpecExample.people, "maps/trail-running.md": SpecExample.journey(experiment: true)],
                                  ["export", "json", "--maps", "maps"])
        #expect(result.status == 0)
        let golden = try String(contentsOf: ExportJSONTests.golden, encoding: .utf8)
        #expect(result.out == golden)
    }

    @Test(arguments: [
        ["check", "--maps", "nope"],
        ["export", "json", "--maps", "nope"],
        ["check", "--maps", "maps", "--format", "yaml"],
        ["check", "--maps", "maps", "--frobnicate"],
        ["check", "--maps"],
        ["frobnicate"],
        ["export", "yaml", "--maps", "maps"],
    ])
    func cannotRunExitsTwo(_ arguments: [String]) throws {
        let result = try Self.run(Self.clean, arguments)
        #expect(result.status == 2, "\(arguments): \(result.err)")
        #expect(result.out == "")
        #expect(!result.err.isEmpty)
    }

    @Test(arguments: [["check", "--maps", "nope"], ["build", "--maps", "nope"], ["export", "json", "--maps", "nope"]])
    func missingFolderSaysSoAndSuggestsInit(_ arguments: [String]) throws {
        let result = try Self.run(Self.clean, arguments)
        #expect(result.status == 2)
        #expect(result.err == "journeymap: error: maps folder 'nope' does not exist or is not a folder; "
                + "run 'journeymap init' to start one, or name another with --maps\n")
    }
}
