/// A Mermaid `journey` diagram as `MermaidParser` reads it: what import turns into a map.
public struct MermaidJourney: Sendable, Equatable {
    public var title: String?
    public var accessibleTitle: String?
    public var accessibleDescription: String?
    public var sections: [MermaidSection] = []
    /// The line of the `journey` keyword in the input file.
    public var line: Int

    public init(line: Int) { self.line = line }

    /// Every task, in order.
    public var tasks: [MermaidTask] { sections.flatMap(\.tasks) }
}

/// A `section`: a stage of the map.
public struct MermaidSection: Sendable, Equatable {
    public var title: String
    public var line: Int
    public var tasks: [MermaidTask] = []

    public init(title: String, line: Int, tasks: [MermaidTask] = []) {
        self.title = title
        self.line = line
        self.tasks = tasks
    }
}

/// A task line `name: score: actor, actor`: a touchpoint.
public struct MermaidTask: Sendable, Equatable {
    public var title: String
    /// The score 1..5, or nil when the line has none that Mermaid accepts (or a
    /// `%% no emotion` comment stands before it).
    public var score: Double?
    public var actors: [String]
    public var line: Int

    public init(title: String, score: Double?, actors: [String], line: Int) {
        self.title = title
        self.score = score
        self.actors = actors
        self.line = line
    }
}

/// Something the import did differently from Mermaid, or could not read: printed as
/// `file:line: warning: message`.
public struct MermaidWarning: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "\(line): \(message)" }
}
