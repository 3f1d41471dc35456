import Foundation

/// One diagram to draw: its DOT text and a name for messages (a journey id, or
/// `overview`).
public struct Diagram: Sendable, Equatable {
    public var name: String
    public var dot: String

    public init(name: String, dot: String) {
        self.name = name
        self.dot = dot
    }
}

/// What became of one diagram.
public enum DiagramOutcome: Sendable, Equatable {
    /// Graphviz drew it just now.
    case drawn([UInt8])
    /// The cache had it (`DiagramCache`).
    case cached([UInt8])
    /// Graphviz could not draw it, or crashed on it: why, quoting Graphviz, on one line.
    case failed(String)

    /// The SVG bytes, drawn or cached; nil for a failure.
    public var svg: [UInt8]? {
        switch self {
        case .drawn(let svg), .cached(let svg): return svg
        case .failed: return nil
        }
    }
}

/// What stops every diagram, not one: no Graphviz, no layout or SVG plugin, a worker
/// that cannot start or that dies, I/O.
public struct DiagramError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) { self.description = description }

    static func posix(_ action: String, _ what: String, _ code: Int32) -> DiagramError {
        DiagramError("cannot \(action) '\(what)': \(String(cString: strerror(code)))")
    }
}
