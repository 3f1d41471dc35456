import Foundation
import Testing
import TestSupport
import Yams

/// The workflow `init` writes is valid YAML that GitHub Actions can run: it checks on
/// pull requests, publishes to Pages from main, caches the tool and the diagrams,
/// and its `run:` steps name commands that exist and work on the started folder.
@Suite struct StarterWorkflowTests {
    struct Started {
        let sandbox: CLIRunner
        let workflow: [String: Any]
        let steps: [[String: Any]]

        init() throws {
            sandbox = try CLIRunner(files: [:])
            #expect(try sandbox.run(["init"]).status == 0)
            let text = try String(contentsOf: sandbox.folder.appendingPathComponent(".github/workflows/journeymap.yml"), encoding: .utf8)
            // YAML 1.1 reads a bare `on` key as true: keys are compared as text.
            let raw = try #require(try Yams.load(yaml: text) as? [AnyHashable: Any])
            workflow = Dictionary(uniqueKeysWithValues: raw.map { ("\($0.key)", $0.value) })
            let jobs = try #require(workflow["jobs"] as? [String: Any])
            steps = jobs.values.compactMap { ($0 as? [String: Any])?["steps"] as? [[String: Any]] }.flatMap { $0 }
        }

        var env: [String: String] { (workflow["env"] as? [String: Any])?.mapValues { "\($0)" } ?? [:] }

        func uses(_ action: String) -> [[String: Any]] {
            steps.filter { ($0["uses"] as? String)?.hasPrefix(action + "@") == true }
        }

        /// The `run:` step that runs `journeymap <command>`.
        func run(_ command: String) throws -> String {
            try #require(steps.compactMap { $0["run"] as? String }.first { $0.hasPrefix("journeymap \(command) ") })
        }
    }

    @Test func checksPullRequestsAndPublishesMainToPages() throws {
        let started = try Started()
        defer { started.sandbox.remove() }
        let triggers = try #require((started.workflow["on"] ?? started.workflow["true"]) as? [String: Any])
        #expect(triggers.keys.contains("pull_request"))
        #expect(((triggers["push"] as? [String: Any])?["branches"] as? [String]) == ["main"])
        #expect(started.env["JOURNEYMAP_REPOSITORY"] != nil)
        #expect(started.env["JOURNEYMAP_VERSION"]?.isEmpty == false)
        #expect(try started.run("check").contains("--format github"))
        #expect(started.uses("actions/upload-pages-artifact").count == 1)
        #expect(started.uses("actions/deploy-pages").count == 1)
        let cached = started.uses("actions/cache").compactMap { ($0["with"] as? [String: Any])?["path"] as? String }
        #expect(Set(cached) == [".journeymap-tool", "~/.cache/journeymap"])
        let clone = try #require(started.steps.compactMap { $0["run"] as? String }.first { $0.contains("git clone") })
        #expect(clone.contains("\"$JOURNEYMAP_REPOSITORY\"") && clone.contains("\"$JOURNEYMAP_VERSION\""))
    }

    /// Every `journeymap` command in a `run:` step exists: its `--help` works.
    @Test func namesCommandsThatExist() throws {
        let started = try Started()
        defer { started.sandbox.remove() }
        let commands = started.steps.compactMap { $0["run"] as? String }.flatMap { $0.split(separator: "\n") }
            .compactMap { line -> String? in
                let words = line.split(separator: " ")
                return words.first == "journeymap" ? String(words[1]) : nil
            }
        #expect(Set(commands) == ["check", "build"])
        for command in commands {
            #expect(try started.sandbox.run([command, "--help"]).status == 0, "\(command)")
        }
    }

    /// The check and build steps, run by bash with the workflow's environment and the
    /// built binary on PATH, in the started folder: both succeed, the site is there.
    @Test func itsCheckAndBuildStepsRunOnTheStartedFolder() throws {
        let started = try Started()
        defer { started.sandbox.remove() }
        let binary = try #require(CLIRunner.binary)
        var environment = ProcessInfo.processInfo.environment.merging(started.env) { _, workflow in workflow }
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        // The build step's diagram cache: the sandbox's, not the user's.
        environment["XDG_CACHE_HOME"] = started.sandbox.cacheFolder
        for command in ["check", "build"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-euo", "pipefail", "-c", try started.run(command)]
            process.currentDirectoryURL = started.sandbox.folder
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "the \(command) step")
        }
        #expect(FileManager.default.fileExists(atPath: started.sandbox.folder.appendingPathComponent("_site/journeys/first-order.html").path))
    }
}
