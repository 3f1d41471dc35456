import GraphvizBridge

/// One diagram of a build: its DOT text, written to `dotPath`, drawn to `svgPath`
/// (both relative to the build's folder).
struct DiagramJob: Sendable {
    /// The journey id, or `overview`; it names the diagram in errors.
    var name: String
    var dotPath: String
    var dot: String

    /// `journeys/<id>.svg` next to `journeys/<id>.dot`.
    var svgPath: String { Self.svgPath(forDot: dotPath) }

    static func svgPath(forDot path: String) -> String {
        (path.hasSuffix(".dot") ? String(path.dropLast(4)) : path) + ".svg"
    }

    /// Lays out and renders `dot` in this process, behind Graphviz's process-wide lock.
    static func render(dot: String, name: String) throws(BuildError) -> [UInt8] {
        do {
            return try GraphvizRenderer.shared.render(dot: dot, format: "svg", name: name)
        } catch {
            throw BuildError("\(error)")
        }
    }
}
