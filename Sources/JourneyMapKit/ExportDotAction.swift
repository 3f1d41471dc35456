import Foundation
import JourneyCore
import JourneyOutputs

/// `journeymap export dot`: the DOT text of every journey's flow diagram and of the
/// lifecycle overview, for people who post-process it.
///
/// Without an output folder every graph goes to standard output, journeys in project
/// order and then the overview, each after a `// journey <id>` or `// overview`
/// comment line (Graphviz's `dot` reads such a stream as several graphs). With one,
/// each graph is written to `<journey-id>.dot` and `overview.dot` in that folder,
/// which is created when missing; other files in it are left alone, and a file of one
/// of those names only replaced when an earlier export wrote it (`ExportFolder`).
public struct ExportDotAction: Sendable {
    public var maps: String
    /// The folder to write into; nil for standard output.
    public var output: String?
    public var strict: Bool

    public init(maps: String, output: String? = nil, strict: Bool = false) {
        self.maps = maps
        self.output = output
        self.strict = strict
    }

    /// Exit statuses as `check`: map errors print diagnostics on standard error and
    /// nothing else (exit 1); a missing maps folder or a failed write exits 2.
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let project: Project
        switch ProjectLoader.loadClean(maps: maps, strict: strict, console: console, fileSystem: fileSystem) {
        case .success(let loaded): project = loaded
        case .failure(let status): return status
        }
        let graphs = Self.graphs(project)
        guard let output else {
            console.out(graphs.map { "// \($0.title)\n" + $0.dot }.joined())
            return .ok
        }
        do {
            try Self.write(graphs, to: output)
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        return .ok
    }

    /// One exported graph: the file it goes to, the comment that names it, the DOT text.
    struct Graph {
        var file: String
        var title: String
        var dot: String
    }

    static func graphs(_ project: Project) -> [Graph] {
        let options = DiagramOptions(project: project)
        let journeys = project.journeys.map { j in
            let id = DotEscaping.identifier(j.id)
            return Graph(file: id + ".dot", title: "journey " + id, dot: DotWriter.journey(j, options: options))
        }
        return journeys + [Graph(file: "overview.dot", title: "overview", dot: DotWriter.overview(project, options: options))]
    }

    /// Writes every graph, after checking that no two share a file name
    /// (`ExportFolder` has the rules for files already there).
    static func write(_ graphs: [Graph], to folder: String) throws {
        var seen = Set<String>()
        for graph in graphs where !seen.insert(graph.file).inserted {
            throw LoadError("cannot write '\(graph.file)' twice in '\(folder)': a journey with the id "
                + "'overview' clashes with the lifecycle overview; give the journey another id")
        }
        try ExportFolder.write(graphs.map { ExportFolder.File(name: $0.file, bytes: Array($0.dot.utf8)) },
                               to: folder, command: "journeymap export dot")
    }
}
