import Testing
import CMarkBridge
import JourneyCore
import JourneyMapKit

/// A maps folder held in memory, for pipeline tests: file names under `maps/` and their
/// text (or raw bytes), loaded with the real cmark parser through `InMemoryFileSystem`.
struct MapsFolder {
    static let root = "maps"
    var files: [String: [UInt8]]

    init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    init(bytes: [String: [UInt8]]) { files = bytes }

    var fileSystem: InMemoryFileSystem {
        InMemoryFileSystem(bytes: Dictionary(uniqueKeysWithValues: files.map { ("\(Self.root)/\($0.key)", $0.value) }))
    }

    /// Parses every file (no resolving): the workspace as `check` sees it first.
    func workspace() throws -> Workspace {
        try Workspace.load(root: Self.root, fileSystem: fileSystem, markdown: CMarkParser())
    }

    /// Parses and resolves, as `check` and `export json` do.
    func project(strict: Bool = false) throws -> Project {
        Project.resolve(try workspace(), strict: strict)
    }

    /// One journey file `maps/j.md` with `body` under the fixed preamble of `journey(_:)`.
    static func journey(_ body: String) -> MapsFolder { MapsFolder(["j.md": Self.preamble + body]) }

    /// Eight lines: front matter `id: j`, the title `# J`, `## Stage: S` on line 7 and a
    /// blank line 8, so the first line of a body is line 9 of the file.
    static let preamble = """
        ---
        id: j
        ---

        # J

        ## Stage: S


        """
}

/// A diagnostic as a test writes it: every field the contract fixes, compared at once.
struct Expected: Equatable, Sendable, CustomStringConvertible {
    var id: CheckID
    var severity: Severity
    var file: String
    var line: Int
    var column: Int
    var message: String

    /// An error (warnings: `Expected.warning`).
    init(_ id: CheckID, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") {
        self.init(id, severity: .error, line, column, message, file: file)
    }

    init(_ id: CheckID, severity: Severity, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") {
        self.id = id
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ d: Diagnostic) {
        self.init(d.id, severity: d.severity, d.line, d.column, d.message, file: d.file)
    }

    /// A warning, for table rows.
    static func warning(_ id: CheckID, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") -> Expected {
        Expected(id, severity: .warning, line, column, message, file: file)
    }

    var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(id.rawValue)]" }
}

extension Project {
    /// The diagnostics in the shape tests compare.
    var expected: [Expected] { diagnostics.map(Expected.init) }

    /// The one resolved journey of a single-journey folder.
    var only: ResolvedJourney {
        get throws {
            try #require(journeys.count == 1, "expected one journey, found \(journeys.map(\.id))")
            return journeys[0]
        }
    }
}

extension ResolvedJourney {
    /// The index in `touchpoints` of the touchpoint with `id`.
    func index(of id: String) throws -> Int {
        try #require(touchpoints.firstIndex { $0.header.id == id }, "no touchpoint '\(id)' in \(touchpoints.map(\.header.id))")
    }

    /// The figures of the touchpoint with `id`.
    func figures(_ id: String) throws -> TouchpointFigures { touchpointFigures[try index(of: id)] }

    /// Ids of the tactics that belong to the touchpoint with `id`.
    func tacticIDs(of id: String) throws -> [String] { try figures(id).tactics.map { tactics[$0].header.id } }

    /// The figures of the tactic with `id`.
    func tactic(_ id: String) throws -> TacticFigures {
        let k = try #require(tactics.firstIndex { $0.header.id == id }, "no tactic '\(id)'")
        return tacticFigures[k]
    }
}

/// A resolved flow edge as tests write it.
struct Edge: Equatable, CustomStringConvertible {
    var target: FlowEdge.Target
    var share: Double?
    var label: String?
    var implicit: Bool

    init(_ e: FlowEdge) {
        self.init(target: e.target, share: e.share, label: e.label, implicit: e.implicit)
    }

    init(target: FlowEdge.Target, share: Double? = nil, label: String? = nil, implicit: Bool = false) {
        self.target = target
        self.share = share
        self.label = label
        self.implicit = implicit
    }

    /// A written edge to local touchpoint `i`.
    static func to(_ i: Int, _ share: Double? = nil, _ label: String? = nil) -> Edge {
        Edge(target: .local(i), share: share, label: label)
    }

    /// The edge of document order to local touchpoint `i`.
    static func implicit(_ i: Int) -> Edge { Edge(target: .local(i), implicit: true) }

    static func end(_ share: Double? = nil) -> Edge { Edge(target: .end, share: share) }

    var description: String { "\(target) \(share.map { "\($0)%" } ?? "-") \(label ?? "-")\(implicit ? " implicit" : "")" }
}

extension ResolvedJourney {
    /// Every touchpoint's resolved flow, in document order.
    var edges: [[Edge]] { touchpointFigures.map { $0.next.map(Edge.init) } }
}
