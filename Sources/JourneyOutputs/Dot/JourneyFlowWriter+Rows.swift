import JourneyCore

extension JourneyFlowWriter {
    /// Touchpoints side by side in one row of the full layout; a longer stage goes on
    /// in a row below.
    static let rowLength = 5

    /// The full layout: the stages from top to bottom, each a row headed by its name,
    /// its touchpoints left to right in document order.
    ///
    /// A left-to-right chain of every touchpoint grows as wide as the journey is long
    /// (3,000 points for 14 touchpoints), too wide to read on a page; rows keep the
    /// drawing about as wide as the longest stage. Each row is a `rank=same` subgraph,
    /// with an invisible edge between neighbours where the flow has none, which keeps
    /// document order within the row. The rows' first nodes (the stage name, or an
    /// empty spacer where a long stage goes on) are chained by invisible edges, which
    /// put the rows in order and line them up at the left; flow edges back to an
    /// earlier touchpoint do not rank (`constrains`), so no flow can reorder the rows.
    func stageRows(_ dot: inout DotText) {
        var leaders: [String] = []
        for (s, stage) in journey.stages.enumerated() {
            let members = journey.touchpointIndices(ofStage: s)
            for (r, row) in Self.chunks(members).enumerated() {
                let leader = r == 0 ? "st\(s)" : "st\(s)_\(r)"
                leaders.append(leader)
                var names = [leader]
                dot.subgraph("row_s\(s)_\(r)") { dot in
                    dot.attribute("rank", .literal("same"))
                    if r == 0 { stageName(s, stage.header, &dot) } else { spacer(leader, &dot) }
                    if members.isEmpty {
                        placeholder(s, &dot)
                        names.append("s\(s)_empty")
                    }
                    for i in row {
                        touchpoint(i, &dot)
                        names.append("tp\(i)")
                    }
                }
                for (a, b) in zip(names, names.dropFirst()) where !flows(from: a, to: b) {
                    dot.edge(a, b, [("style", .literal("invis"))])
                }
            }
        }
        for (a, b) in zip(leaders, leaders.dropFirst()) {
            dot.edge(a, b, [("style", .literal("invis")), ("weight", .literal("10"))])
        }
    }

    /// A stage's touchpoints cut into rows (one empty row for a stage without any).
    static func chunks(_ members: [Int]) -> [[Int]] {
        guard !members.isEmpty else { return [[]] }
        return stride(from: 0, to: members.count, by: rowLength).map { Array(members[$0..<min($0 + rowLength, members.count)]) }
    }

    /// Every row of the journey, in drawing order.
    static func rows(_ journey: ResolvedJourney) -> [[Int]] {
        journey.stages.indices.flatMap { chunks(journey.touchpointIndices(ofStage: $0)) }
    }

    /// Whether an edge joins two touchpoints of one row. Graphviz 2.43 corrupts its
    /// heap freeing the layout of a graph with a `label` on such a flat edge (seen with
    /// valgrind in `flat_edges`), so these edges carry their label as an `xlabel`.
    func isFlat(from i: Int, _ target: FlowEdge.Target) -> Bool {
        guard !rowOf.isEmpty, case .local(let t) = target else { return false }
        return rowOf[i] == rowOf[t]
    }

    /// The stage's name at the head of its row.
    private func stageName(_ s: Int, _ header: ElementHeader, _ dot: inout DotText) {
        dot.node("st\(s)", [
            ("id", .literal("flow-stage-" + DotEscaping.identifier(header.id))),
            ("label", .html("<B>" + DotWriter.wrapped(header.title, width: 16) + "</B>")),
            ("shape", .literal("plaintext")), ("style", .literal("solid")), ("fontsize", .literal("12")),
            ("tooltip", .tooltip(header.title)),
        ])
    }

    /// Holds the place of the stage name in a row that continues a long stage.
    private func spacer(_ name: String, _ dot: inout DotText) {
        dot.node(name, [("shape", .literal("plaintext")), ("style", .literal("invis")), ("label", .literal(""))])
    }
}
