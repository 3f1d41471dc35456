import GraphvizBridge

/// One diagram of a build: its DOT text, written to `dotPath`, drawn to `svgPath`
/// (both relative to the build's folder).
struct DiagramJob: Sendable {
    /// The journey id, or `overview`; it names the diagram in errors.
    var name: String
    var dotPath: String
    var dot: String
    /// The index of the journey in the project; nil for the overview.
    var journey: Int? = nil

    /// `journeys/<id>.svg` next to `journeys/<id>.dot`.
    var svgPath: String { Self.svgPath(forDot: dotPath) }

    static func svgPath(forDot path: String) -> String {
        (path.hasSuffix(".dot") ? String(path.dropLast(4)) : path) + ".svg"
    }

    /// Why Graphviz could not draw one diagram: the build goes on without it
    /// (`diagram-failed`). The reason quotes Graphviz, on one line.
    struct Failure: Error, Equatable, Sendable {
        var reason: String
    }

    /// Lays out and renders `dot` in this process, behind Graphviz's process-wide lock.
    /// A failure of this diagram is a `Failure`; one that every diagram would meet (no
    /// Graphviz context, no layout or SVG plugin) is thrown: the build cannot run.
    static func render(dot: String, name: String) throws(BuildError) -> Result<[UInt8], Failure> {
        do {
            return .success(try GraphvizRenderer.shared.render(dot: dot, format: "svg", name: name))
        } catch let error as GraphvizError {
            switch error {
            case .contextUnavailable, .missingLayoutPlugin, .unknownFormat:
                throw BuildError("\(error)")
            case .noGraph:
                return .failure(Failure(reason: "the DOT text holds no graph"))
            case .syntax(_, let message):
                return .failure(Failure(reason: oneLine("it rejected the DOT text: " + message)))
            case .layoutFailed(_, let engine, let message):
                return .failure(Failure(reason: oneLine("the '\(engine)' layout failed: " + message)))
            case .renderFailed(_, let format, let message):
                return .failure(Failure(reason: oneLine("rendering \(format) failed: " + message)))
            }
        } catch {
            throw BuildError("\(error)")
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
