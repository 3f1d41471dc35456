import CGraphviz

/// Lays out DOT text with Graphviz's `dot` engine and renders it, in process.
///
/// Every call takes the process-wide Graphviz lock, so renders from many threads
/// are safe but run one at a time.
///
/// Output is deterministic: the same DOT text gives the same bytes, within a process
/// and across processes (it is byte for byte what `dot -Tsvg` writes). For ids in
/// the SVG that stay put when the graph changes, callers should:
/// - set an `id` attribute on every node, edge and cluster: Graphviz writes it as the
///   SVG element's `id` (without one it numbers them `node1`, `edge2`, ... in input
///   order, so adding a node renumbers the rest). Graphviz writes `-` in ids as
///   `&#45;`, which XML parsers and browsers read back as `-`;
/// - name the graph (`digraph "trail-running" { ... }`): the name becomes the SVG's
///   `<title>`; an anonymous graph is titled `%1`.
///
/// Only the first graph of a DOT text is drawn.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The renderer the tool uses. One is enough: all renders are serialised anyway.
    public static let shared = GraphvizRenderer(layoutEngine: "dot") {
        GraphvizPlugins.coreContext() ?? gvContext()
    }

    /// The layout engine passed to `gvLayout`; only tests use another.
    let layoutEngine: String
    private let makeContext: () -> OpaquePointer?

    // Guarded by GraphvizLock.
    //
    // The context is created on first use and kept for the life of the renderer
    // (the process, for `shared`) rather than made and freed per render:
    // `gvContext()` reads the plugin configuration and dlopens the plugins, which
    // costs far more than rendering a small graph, and a site build renders one
    // graph per journey. What it holds (plugin tables, font caches) is released by
    // process exit; `deinit` frees it for renderers that do go away.
    private var context: OpaquePointer?
    private var formats: [String] = []
    private var layouts: [String] = []

    /// `makeContext` is called once, with the lock held, on the first render.
    init(layoutEngine: String, makeContext: @escaping () -> OpaquePointer?) {
        self.layoutEngine = layoutEngine
        self.makeContext = makeContext
    }

    deinit {
        GraphvizLock.withLock {
            if let context { _ = gvFreeContext(context) }
        }
    }

    /// Lays out `dot` and renders it as `format` ("svg", "png", ... or Graphviz's
    /// "format:renderer" form).
    ///
    /// - Parameter name: what the graph is about (e.g. the journey id); it names the
    ///   graph in errors only.
    /// - Returns: the rendered bytes (for SVG, UTF-8 XML).
    /// - Throws: `GraphvizError`, quoting Graphviz's own message where it gave one.
    public func render(dot: String, format: String = "svg", name: String) throws -> [UInt8] {
        try GraphvizLock.withLock { try renderLocked(dot: dot, format: format, name: name) }
    }

    /// `render` for a caller that holds `GraphvizLock`.
    func renderLocked(dot: String, format: String = "svg", name: String) throws -> [UInt8] {
        let gvc = try openContext()
        GraphvizMessageLog.reset()
        // Checked up front rather than read from gvLayout's error text: without
        // Debian's plugin configuration no layout engine is even listed.
        guard layouts.contains(layoutEngine) else {
            throw GraphvizError.missingLayoutPlugin(graph: name, engine: layoutEngine)
        }
        // Checked before gvRenderData: an unknown format makes it return early
        // leaving a job in the context that points at our (then freed) format
        // string, and the next render would run that stale job too.
        let base = String(format.prefix { $0 != ":" })
        guard formats.contains(base) else {
            throw GraphvizError.unknownFormat(graph: name, format: format, available: formats)
        }
        guard let graph = DotReader.read(dot) else {
            let errors = GraphvizMessageLog.errors
            if errors.isEmpty { throw GraphvizError.noGraph(graph: name) }
            throw GraphvizError.syntax(graph: name, message: errors.joined(separator: "; "))
        }
        defer { agclose(graph) }
        let laidOut = gvLayout(gvc, graph, layoutEngine)
        // Also after a failed layout: it may have attached partial layout data.
        defer { gvFreeLayout(gvc, graph) }
        guard laidOut == 0 else {
            throw GraphvizError.layoutFailed(
                graph: name, engine: layoutEngine, message: explanation())
        }
        // Some faults in the text Graphviz reports as errors and draws around: an HTML
        // label it cannot parse becomes the node's name. A picture that silently lacks
        // what the text says is a failure too.
        let rejected = GraphvizMessageLog.errors
        guard rejected.isEmpty else {
            throw GraphvizError.syntax(graph: name, message: rejected.joined(separator: "; "))
        }
        let bytes = try renderData(gvc, graph, format: format, name: name)
        let failures = GraphvizMessageLog.errors
        guard failures.isEmpty else {
            throw GraphvizError.renderFailed(graph: name, format: format, message: failures.joined(separator: "; "))
        }
        return bytes
    }

    private func renderData(
        _ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, format: String,
        name: String
    ) throws -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format, &data, &length)
        // On failure `data` may point at a buffer Graphviz has since reallocated;
        // freeing it could crash, so a failed render leaks it (a rare, small loss).
        guard status == 0, let data else {
            throw GraphvizError.renderFailed(graph: name, format: format, message: explanation())
        }
        defer { gvFreeRenderData(data) }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    /// Graphviz's errors since the render began, or a stand-in when it said nothing.
    private func explanation() -> String {
        let errors = GraphvizMessageLog.errors
        return errors.isEmpty ? "Graphviz gave no reason" : errors.joined(separator: "; ")
    }

    /// The context, created on first use. Call with the lock held.
    func openContext() throws -> OpaquePointer {
        if let context { return context }
        GraphvizMessageLog.install()
        guard let created = makeContext() else { throw GraphvizError.contextUnavailable }
        context = created
        formats = Self.pluginList(created, kind: "device")
        layouts = Self.pluginList(created, kind: "layout")
        return created
    }

    /// The output formats and layout engines of the context, once it exists.
    func plugins() throws -> (formats: [String], layouts: [String]) {
        _ = try openContext()
        return (formats, layouts)
    }
}
