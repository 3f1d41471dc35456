import JourneyCore

/// The diagrams of a project as DOT text, for Graphviz's `dot` layout.
///
/// Every map string is escaped for the place it lands (`DotEscaping`); node names
/// (`tp0`, `tp1`, ...), ids and links are made by the writer, never taken from map
/// text as written. The output depends only on the model: the same maps give the same
/// bytes.
///
/// SVG ids (the `id` attributes) are prefixed so that they never clash with the
/// anchors of the page the SVG is inlined in: `flow-tp-<touchpoint-id>`,
/// `flow-stage-<stage-id>`, `flow-edge-<touchpoint-id>--<n>` (the n-th edge of the
/// touchpoint's flow), `flow-ext-<journey-id>--<touchpoint-id>`, `flow-end`; in the
/// overview `overview-<journey-id>` and `overview-edge-<from-id>--<to-id>`.
public enum DotWriter {
    /// The flow diagram of one journey: a row per stage from top to bottom (the bounded
    /// layout of long journeys: a cluster per stage, left to right), a node per
    /// touchpoint, the resolved flow as edges.
    public static func journey(_ j: ResolvedJourney, options: DiagramOptions = DiagramOptions()) -> String {
        JourneyFlowWriter(journey: j, options: options).write()
    }

    /// The lifecycle overview: a node per journey, an edge where flows cross journeys.
    public static func overview(_ p: Project, options: DiagramOptions? = nil) -> String {
        OverviewWriter(project: p, options: options ?? DiagramOptions(project: p)).write()
    }

    /// Fonts and colours every diagram shares.
    static let fontName = "Helvetica"
    static let ink = "#404040"
    static let faint = "#9e9e9e"

    static func graphDefaults(
        _ dot: inout DotText, id: String, direction: String = "LR", ranksep: String = "0.45", nodesep: String = "0.25",
        extra: [(String, DotValue)] = []
    ) {
        dot.defaults("graph", [
            ("id", .literal(id)), ("rankdir", .literal(direction)), ("fontname", .literal(fontName)),
            ("fontsize", .literal("12")), ("nodesep", .literal(nodesep)), ("ranksep", .literal(ranksep)),
            ("bgcolor", .literal("transparent")),
        ] + extra)
        dot.defaults("node", [
            ("shape", .literal("box")), ("style", .literal("rounded,filled")), ("fontname", .literal(fontName)),
            ("fontsize", .literal("11")), ("color", .literal(ink)), ("fontcolor", .literal("#1a1a1a")),
            // Wide side margins: the renderer sizes text from Graphviz's built-in metrics
            // (no pango, see GraphvizPlugins), which run up to ~15% narrower than the
            // sans-serif fonts browsers pick, most for bold and symbols.
            ("margin", .literal("0.2,0.04")),
        ])
        dot.defaults("edge", [
            ("fontname", .literal(fontName)), ("fontsize", .literal("10")), ("color", .literal(ink)),
            ("fontcolor", .literal(ink)), ("arrowsize", .literal("0.7")),
        ])
    }

    /// The pen width of an edge carrying `share` percent: 1 (none or 0%) to 4 (100%).
    static func penWidth(share: Double?) -> String {
        let s = min(max(share ?? 0, 0), 100)
        return DotNumber.decimal(1 + 3 * s / 100, maxDecimals: 2)
    }

    /// `text` broken into lines of about `width` characters at spaces, each escaped,
    /// joined with `<BR/>`. A word longer than `width` keeps its own line whole. The text
    /// is cut first (`DotLimits`), so that the lines are not cut one by one.
    static func wrapped(_ text: String, width: Int = 26) -> String {
        let text = DotEscaping.labelCut(text)
        // Most titles fit on one line with single spaces: then the text is the one line.
        let bytes = text.utf8
        if bytes.count <= width, bytes.first != 0x20, bytes.last != 0x20,
           !zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }) {
            return DotEscaping.htmlText(text)
        }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map(DotEscaping.htmlText).joined(separator: "<BR/>")
    }

    /// `1 tactic`, `3 pains`.
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) " + (n == 1 ? singular : plural)
    }
}
