import CMarkBridge
import JourneyCore
import Testing

/// A maps folder held in memory, for pipeline tests: file names under `maps/` and their
/// text (or raw bytes), loaded with the real cmark parser through `InMemoryFileSystem`.
public struct MapsFolder: Sendable {
    public static let root = "maps"
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { files = bytes }

    public var fileSystem: InMemoryFileSystem {
        InMemoryFileSystem(bytes: Dictionary(uniqueKeysWithValues: files.map { ("\(Self.root)/\($0.key)", $0.value) }))
    }

    /// Parses every file (no resolving): the workspace as `check` sees it first.
    public func workspace() throws -> Workspace {
        try Workspace.load(root: Self.root, fileSystem: fileSystem, markdown: CMarkParser())
    }

    /// Parses and resolves, as `check` and `export json` do.
    public func project(strict: Bool = false) throws -> Project {
        Project.resolve(try workspace(), strict: strict)
    }

    /// One journey file `maps/j.md` with `body` under the fixed preamble of `journey(_:)`.
    public static func journey(_ body: String) -> MapsFolder { MapsFolder(["j.md": Self.preamble + body]) }

    /// Eight lines: front matter `id: j`, the title `# J`, `## Stage: S` on line 7 and a
    /// blank line 8, so the first line of a body is line 9 of the file.
    public static let preamble = """
        ---
        id: j
        ---

        # J

        ## Stage: S


        """

    /// A touchpoint to write after the preamble: `### Touchpoint: A` with one channel.
    public static let touchpointA = """
        ### Touchpoint: A
        - channel: web

        """

    /// The channels of the default configuration, as a `bad-value` message lists them.
    public static let channels = "web, app, email, push, sms, social, ads, search, store, in-person, phone, chat, mail, print, tv, event, partner, none"
}

/// A diagnostic as a test writes it: every field the contract fixes, compared at once.
public struct Expected: Equatable, Sendable, CustomStringConvertible {
    public var id: CheckID
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    /// An error (warnings: `Expected.warning`).
    public init(_ id: CheckID, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") {
        self.init(id, severity: .error, line, column, message, file: file)
    }

    public init(_ id: CheckID, severity: Severity, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") {
        self.id = id
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ d: Diagnostic) {
        self.init(d.id, severity: d.severity, d.line, d.column, d.message, file: d.file)
    }

    /// A warning, for table rows.
    public static func warning(_ id: CheckID, _ line: Int, _ column: Int, _ message: String, file: String = "maps/j.md") -> Expected {
        Expected(id, severity: .warning, line, column, message, file: file)
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(id.rawValue)]" }
}

extension Project {
    /// The diagnostics in the shape tests compare.
    public var expected: [Expected] { diagnostics.map(Expected.init) }

    /// The one resolved journey of a single-journey folder.
    public var only: ResolvedJourney {
        get throws {
            try #require(journeys.count == 1, "expected one journey, found \(journeys.map(\.id))")
            return journeys[0]
        }
    }
}

extension ResolvedJourney {
    /// The index in `touchpoints` of the touchpoint with `id`.
    public func index(of id: String) throws -> Int {
        try #require(touchpoints.firstIndex { $0.header.id == id }, "no touchpoint '\(id)' in \(touchpoints.map(\.header.id))")
    }

    /// The figures of the touchpoint with `id`.
    public func figures(_ id: String) throws -> TouchpointFigures { touchpointFigures[try index(of: id)] }

    /// Ids of the tactics that belong to the touchpoint with `id`.
    public func tacticIDs(of id: String) throws -> [String] { try figures(id).tactics.map { tactics[$0].header.id } }

    /// The figures of the tactic with `id`.
    public func tactic(_ id: String) throws -> TacticFigures {
        let k = try #require(tactics.firstIndex { $0.header.id == id }, "no tactic '\(id)'")
        return tacticFigures[k]
    }
}

/// A resolved flow edge as tests write it.
public struct Edge: Equatable, CustomStringConvertible {
    public var target: FlowEdge.Target
    public var share: Double?
    public var label: String?
    public var implicit: Bool

    public init(_ e: FlowEdge) {
        self.init(target: e.target, share: e.share, label: e.label, implicit: e.implicit)
    }

    public init(target: FlowEdge.Target, share: Double? = nil, label: String? = nil, implicit: Bool = false) {
        self.target = target
        self.share = share
        self.label = label
        self.implicit = implicit
    }

    /// A written edge to local touchpoint `i`.
    public static func to(_ i: Int, _ share: Double? = nil, _ label: String? = nil) -> Edge {
        Edge(target: .local(i), share: share, label: label)
    }

    /// The edge of document order to local touchpoint `i`.
    public static func implicit(_ i: Int) -> Edge { Edge(target: .local(i), implicit: true) }

    public static func end(_ share: Double? = nil) -> Edge { Edge(target: .end, share: share) }

    public var description: String { "\(target) \(share.map { "\($0)%" } ?? "-") \(label ?? "-")\(implicit ? " implicit" : "")" }
}

extension ResolvedJourney {
    /// Every touchpoint's resolved flow, in document order.
    public var edges: [[Edge]] { touchpointFigures.map { $0.next.map(Edge.init) } }
}
