/// Why Graphviz could not turn a DOT text into a picture.
///
/// Every case names the graph (`graph` is the `name` passed to
/// `GraphvizRenderer.render`, e.g. a journey id) and, where Graphviz explained
/// itself, quotes its message.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz could not start: `gvContext()` returned nothing.
    case contextUnavailable
    /// The DOT text has no graph in it (empty or only comments).
    case noGraph(graph: String)
    /// The DOT text does not parse, or Graphviz reported an error in it and drew
    /// around it (an HTML label it cannot parse); `message` is Graphviz's, e.g.
    /// "syntax error in line 3 near '}'".
    case syntax(graph: String, message: String)
    /// Graphviz has no layout plugin for `engine`: its plugin configuration is
    /// missing or stale.
    case missingLayoutPlugin(graph: String, engine: String)
    /// The layout engine ran and failed.
    case layoutFailed(graph: String, engine: String, message: String)
    /// Graphviz has no output plugin for `format`; `available` lists the ones it has.
    case unknownFormat(graph: String, format: String, available: [String])
    /// Laying out worked but producing `format` did not.
    case renderFailed(graph: String, format: String, message: String)

    /// The name of the graph the error is about, if any.
    public var graph: String? {
        switch self {
        case .contextUnavailable:
            return nil
        case .noGraph(let graph), .syntax(let graph, _), .missingLayoutPlugin(let graph, _),
            .layoutFailed(let graph, _, _), .unknownFormat(let graph, _, _),
            .renderFailed(let graph, _, _):
            return graph
        }
    }

    public var description: String {
        switch self {
        case .contextUnavailable:
            return "Graphviz could not be started (gvContext failed)"
        case .noGraph(let graph):
            return "cannot draw '\(graph)': the DOT text holds no graph"
        case .syntax(let graph, let message):
            return "cannot draw '\(graph)': Graphviz rejected the DOT text: \(message)"
        case .missingLayoutPlugin(let graph, let engine):
            return "cannot draw '\(graph)': Graphviz has no '\(engine)' layout plugin; "
                + "on Debian run `libgvc6-config-update -c` (as root) to regenerate "
                + "the plugin configuration"
        case .layoutFailed(let graph, let engine, let message):
            return "cannot draw '\(graph)': the '\(engine)' layout failed: \(message)"
        case .unknownFormat(let graph, let format, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "cannot draw '\(graph)': Graphviz has no output format '\(format)' "
                + "(available: \(list))"
        case .renderFailed(let graph, let format, let message):
            return "cannot draw '\(graph)': rendering \(format) failed: \(message)"
        }
    }
}
