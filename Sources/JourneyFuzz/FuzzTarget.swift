import CMarkBridge
import Foundation
import JourneyCore
import JourneyOutputs

/// One run of the pipeline on a fuzz input, with checks that hold for every input; a
/// failed check traps, which libFuzzer reports as a crash with the input.
enum FuzzTarget {
    /// Set by `make fuzz-selftest`: the harness traps when the title of a resolved
    /// journey, stage, touchpoint or tactic holds this text, to prove that a crash deep in
    /// the pipeline is found.
    static let planted = ProcessInfo.processInfo.environment["JOURNEYMAP_FUZZ_PLANT"]

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let fileSystem = InMemoryFileSystem(bytes: FuzzInput.files(bytes))
        guard let workspace = try? Workspace.load(root: FuzzInput.root, fileSystem: fileSystem, markdown: CMarkParser()) else {
            return
        }
        check(Project.resolve(workspace), files: fileSystem.files)
    }

    static func check(_ project: Project, files: [String: [UInt8]]) {
        if let planted, project.journeys.contains(where: { titles($0).contains { $0.contains(planted) } }) {
            fatalError("planted crash: a title holds '\(planted)'")
        }
        for d in project.diagnostics {
            require(files[d.file] != nil, "diagnostic for a file that is not in the input: \(d.file)")
            require(d.line >= 1 && d.column >= 1, "diagnostic at \(d.line):\(d.column)")
            require(!d.message.isEmpty, "diagnostic without a message")
        }
        _ = TextDiagnosticFormatter(colour: false, sources: project.sources).format(project.diagnostics, documentsRead: project.documentsRead)
        _ = JSONDiagnosticFormatter().format(project.diagnostics)
        _ = GitHubDiagnosticFormatter().format(project.diagnostics)
        guard !project.hasErrors else { return }
        let json = JSONExporter.export(project)
        require((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "export json is not JSON")
        for j in project.journeys {
            dot(DotWriter.journey(j, options: DiagramOptions(project: project)), j.id)
        }
        dot(DotWriter.overview(project), "overview")
        _ = TacticsCSV.render(project)
        let model = SiteModel(SiteInput(project: project))
        for kind in model.pages { _ = model.page(kind) }
    }

    static func titles(_ j: ResolvedJourney) -> [String] {
        [j.title] + j.stages.map(\.header.title) + j.touchpoints.map(\.header.title) + j.tactics.map(\.header.title)
    }

    /// Graphviz reads DOT strings of at most `DotLimits.stringBytes` bytes.
    static func dot(_ text: String, _ name: String) {
        let longest = DotLimits.longestString(in: text)
        require(longest <= DotLimits.stringBytes, "DOT of '\(name)' has a string of \(longest) bytes")
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}
