import Diagrams

/// One diagram of a build: its DOT text, written to `dotPath`, drawn (`Diagrams`) to
/// `svgPath` (both relative to the build's folder).
struct DiagramJob: Sendable {
    /// The journey id, or `overview`; it names the diagram in errors.
    var name: String
    var dotPath: String
    var dot: String
    /// The index of the journey in the project; nil for the overview.
    var journey: Int? = nil

    /// `journeys/<id>.svg` next to `journeys/<id>.dot`.
    var svgPath: String { Self.svgPath(forDot: dotPath) }

    var diagram: Diagram { Diagram(name: name, dot: dot) }

    static func svgPath(forDot path: String) -> String {
        (path.hasSuffix(".dot") ? String(path.dropLast(4)) : path) + ".svg"
    }

    /// Why Graphviz could not draw one diagram (`diagram-failed`).
    typealias Failure = DiagramFailure
}
