import JourneyCore

/// How big journeys stay fast to draw.
///
/// `dot` turns an edge that spans k ranks into k - 1 virtual nodes, and every layout
/// phase (crossing minimisation, network simplex for coordinates, spline routing) then
/// works on those. A few long jumps are cheap; hundreds are not. Measured with
/// Graphviz 2.43 on a shared 2-core machine, DOT from the benchmark corpus (30% of
/// touchpoints also jump to a random touchpoint), CPU time of the render:
///
/// | journey                                   | drawn as                     | time     |
/// |-------------------------------------------|------------------------------|----------|
/// | 2000 touchpoints, every edge              | full layout                  | > 300 s (stopped) |
/// | 2000 touchpoints, no jumps at all         | full layout                  | 2 s      |
/// | 2000 touchpoints                          | bounded layout               | 0.5-0.7 s |
/// | 150 / 200 touchpoints, every edge         | full layout, no span budget  | 4-6 s / 32 s |
/// | 100-500 touchpoints                       | full layout, span budget     | 0.6-1.1 s |
/// | 76 touchpoints, 60 edges into one         | full layout (within budget)  | 0.6-0.9 s |
///
/// For a 20-touchpoint corpus journey (libgvc without pango, callgrind, instructions
/// for layout and SVG): 48 M with the edges' shares as `label`s; 26 M as `xlabel`s, which
/// dot places after routing instead of giving them ranks of their own
/// (`FlowPlan.sideLabels`); 22 M also without invisible ordering edges the flow makes
/// redundant. These were measured on the left-to-right chain the full layout drew
/// before it drew a row per stage (`JourneyFlowWriter.stageRows`).
///
/// Hence two layouts (`FlowPlan` decides which edges are drawn):
/// - the full layout, below `DiagramOptions.boundedLayoutFrom` (150) touchpoints: a row
///   per stage, top to bottom (`JourneyFlowWriter.stageRows`), every edge with its
///   label, as long as the edges' spans add up to at most
///   `DiagramOptions.spanBudget` (1500, about a second of layout); beyond that the
///   longest edges become leaves. `nslimit` caps the coordinate phase at 5 passes per
///   node, which took the 60-edge case from 1.6-3 s to under 1 s; `mclimit` 0.3 cuts
///   crossing minimisation to a third of its default passes, which took a 20-touchpoint
///   corpus journey from about 24 ms to 16 ms of layout with the same drawing quality
///   on the example maps;
/// - the bounded layout, from 150 touchpoints: one chain in document order, every
///   other edge a leaf beside its touchpoint, so the graph has no long edge at all;
///   no edge labels (any label doubles every rank: +0.4 s at 2000), compact 3-line
///   node labels (measuring text is half the time left), coordinates capped at
///   `nslimit` 0.05 and crossing minimisation cut short (`mclimit`, `remincross`):
///   a chain with leaves has almost no crossings to remove.
extension DotWriter {
    /// Graph attributes of the full layout.
    static let fullLayout: [(String, DotValue)] = [
        ("newrank", .literal("true")), ("nslimit", .literal("5")), ("nslimit1", .literal("5")),
        ("mclimit", .literal("0.3")),
    ]

    /// Graph attributes of the bounded layout.
    static let boundedLayout: [(String, DotValue)] = [
        ("newrank", .literal("true")), ("nslimit", .literal("0.05")), ("nslimit1", .literal("0.05")),
        ("mclimit", .literal("0.1")), ("remincross", .literal("false")),
    ]
}
