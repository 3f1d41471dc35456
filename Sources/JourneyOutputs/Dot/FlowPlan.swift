import JourneyCore

/// Which flow edges a journey diagram draws as edges, and which as leaves: small
/// nodes beside their touchpoint naming the target (`↷ Cart`, `end`, `→ Onboarding`).
///
/// Graphviz's `dot` gives an edge one virtual node per rank it spans, and laying out
/// and routing those is what makes big diagrams slow (see `DotWriter+Layout`). So:
/// - the bounded layout (from `DiagramOptions.boundedLayoutFrom` touchpoints, or a
///   `DiagramSize` of `DiagramSize.journeyBoundedFrom`) draws only edges to the next
///   touchpoint in document order; every other edge is a leaf;
/// - the full layout draws every edge while their estimated spans sum to at most
///   `DiagramOptions.spanBudget`; beyond that the longest become leaves, so a few
///   pathological jumps cannot make a small journey slow.
struct FlowPlan {
    /// The `index`-th edge of touchpoint `from`'s flow.
    struct EdgeRef: Hashable, Comparable {
        var from: Int
        var index: Int

        static func < (a: EdgeRef, b: EdgeRef) -> Bool { (a.from, a.index) < (b.from, b.index) }
    }

    /// A touchpoint of another journey.
    struct Stub: Hashable {
        var journey: String
        var touchpoint: String
    }

    let bounded: Bool
    private(set) var leaves: Set<EdgeRef> = []
    /// Stubs that drawn edges lead to, in order of first use.
    private(set) var stubs: [Stub] = []
    private(set) var stubIndex: [Stub: Int] = [:]
    /// Whether a drawn edge leads to the shared end node.
    private(set) var hasEnd = false
    /// Whether the edge labels go beside the edges (`xlabel`) rather than on them
    /// (`label`): when drawn edges have shares like `40%` but none has a condition.
    ///
    /// dot gives every edge `label` a virtual node in a rank of its own, which doubles
    /// the ranks of the whole graph: that more than doubled the layout time of a
    /// corpus journey (see `DotWriter+Layout`). An `xlabel` is placed after routing,
    /// next to the edge's middle, which suits a few characters but lets a condition's
    /// words run over the nodes; so one condition anywhere keeps the in-line labels.
    private(set) var sideLabels = false

    init(_ journey: ResolvedJourney, options: DiagramOptions) {
        let flows = journey.touchpointFigures.map(\.next)
        bounded = flows.count >= options.boundedLayoutFrom || DiagramSize.of(journey) >= DiagramSize.journeyBoundedFrom
        for (i, next) in flows.enumerated() {
            for (k, edge) in next.enumerated() where bounded && edge.target != .local(i + 1) {
                leaves.insert(EdgeRef(from: i, index: k))
            }
        }
        if !bounded { leaves = Self.overBudget(flows, budget: options.spanBudget) }
        var shares = false, conditions = false
        for (i, next) in flows.enumerated() {
            for (k, edge) in next.enumerated() where !leaves.contains(EdgeRef(from: i, index: k)) {
                if edge.share != nil { shares = true }
                if let condition = edge.label, !condition.isEmpty { conditions = true }
                switch edge.target {
                case .end: hasEnd = true
                case .local: break
                case .external(let j, let tp):
                    let stub = Stub(journey: j, touchpoint: tp)
                    if stubIndex[stub] == nil {
                        stubIndex[stub] = stubs.count
                        stubs.append(stub)
                    }
                }
            }
        }
        sideLabels = shares && !conditions
    }

    func isLeaf(_ from: Int, _ index: Int) -> Bool { leaves.contains(EdgeRef(from: from, index: index)) }

    /// The longest edges, beyond what `budget` allows, longest first (ties: later in
    /// the document first).
    static func overBudget(_ flows: [[FlowEdge]], budget: Int) -> Set<EdgeRef> {
        var spans = self.spans(flows)
        var total = spans.reduce(0) { $0 + $1.span }
        guard total > budget else { return [] }
        spans.sort { ($0.span, $0.edge) > ($1.span, $1.edge) }
        var leaves: Set<EdgeRef> = []
        for (edge, span) in spans where total > budget {
            leaves.insert(edge)
            total -= span
        }
        return leaves
    }

    /// Each edge's estimated rank span: the distance in document order to a local
    /// target; to the end node or a shared stub, the distance to the last touchpoint
    /// that leads there (where dot puts them, one rank further).
    static func spans(_ flows: [[FlowEdge]]) -> [(edge: EdgeRef, span: Int)] {
        var last: [Shared: Int] = [:]
        for (i, next) in flows.enumerated() {
            for edge in next { if let key = Shared(edge.target) { last[key] = i } }
        }
        var spans: [(edge: EdgeRef, span: Int)] = []
        for (i, next) in flows.enumerated() {
            for (k, edge) in next.enumerated() {
                let span: Int
                if case .local(let t) = edge.target {
                    span = abs(t - i)
                } else {
                    span = (Shared(edge.target).flatMap { last[$0] } ?? i) - i + 1
                }
                spans.append((EdgeRef(from: i, index: k), span))
            }
        }
        return spans
    }

    /// A target the full layout draws as one node shared by all edges to it.
    private enum Shared: Hashable {
        case end
        case stub(Stub)

        init?(_ target: FlowEdge.Target) {
            switch target {
            case .end: self = .end
            case .local: return nil
            case .external(let j, let tp): self = .stub(Stub(journey: j, touchpoint: tp))
            }
        }
    }
}
