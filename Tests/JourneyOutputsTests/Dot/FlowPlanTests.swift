import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// Which edges the flow diagram draws and which become leaves.
@Suite struct FlowPlanTests {
    typealias F = DotFixtures

    /// Ten touchpoints in one stage; the first jumps to the last, the second to the
    /// fifth, the last back to the first; the rest flow on in document order.
    static var jumpy: ResolvedJourney {
        var tps = (0..<10).map { F.TP("t\($0)") }
        tps[0].next = [F.to(1), F.to(9)]
        tps[1].next = [F.to(2), F.to(4)]
        tps[9].next = [F.to(0), F.end()]
        return F.journey([F.StageSpec("s", tps)])
    }

    static func options(budget: Int, boundedFrom: Int = 150) -> DiagramOptions {
        var options = DiagramOptions()
        options.spanBudget = budget
        options.boundedLayoutFrom = boundedFrom
        return options
    }

    @Test func spansCountDocumentPositions() {
        let spans = FlowPlan.spans(Self.jumpy.touchpointFigures.map(\.next))
        let byEdge = Dictionary(uniqueKeysWithValues: spans.map { ($0.edge, $0.span) })
        #expect(byEdge[FlowPlan.EdgeRef(from: 0, index: 1)] == 9)
        #expect(byEdge[FlowPlan.EdgeRef(from: 1, index: 1)] == 3)
        #expect(byEdge[FlowPlan.EdgeRef(from: 9, index: 0)] == 9)
        #expect(byEdge[FlowPlan.EdgeRef(from: 9, index: 1)] == 1)
        #expect(byEdge[FlowPlan.EdgeRef(from: 5, index: 0)] == 1)
        // 9 edges to the next touchpoint, 9 + 3 + 9 for the jumps, 1 to the end.
        #expect(spans.reduce(0) { $0 + $1.span } == 31)
    }

    @Test func withinBudgetEveryEdgeIsDrawn() {
        let plan = FlowPlan(Self.jumpy, options: Self.options(budget: 31))
        #expect(!plan.bounded)
        #expect(plan.leaves.isEmpty)
        #expect(plan.hasEnd)
    }

    /// Over budget the longest edges go first, later ones before earlier ones on a tie.
    @Test(arguments: [(30, [(9, 0)]), (22, [(9, 0)]), (21, [(9, 0), (0, 1)]), (13, [(9, 0), (0, 1)]),
                      (12, [(9, 0), (0, 1), (1, 1)])])
    func overBudgetTheLongestBecomeLeaves(_ budget: Int, _ expected: [(Int, Int)]) {
        let plan = FlowPlan(Self.jumpy, options: Self.options(budget: budget))
        #expect(plan.leaves == Set(expected.map { FlowPlan.EdgeRef(from: $0.0, index: $0.1) }))
    }

    @Test func boundedLayoutKeepsOnlyEdgesToTheNextTouchpoint() {
        let plan = FlowPlan(Self.jumpy, options: Self.options(budget: 1000, boundedFrom: 10))
        #expect(plan.bounded)
        let expected: Set = [FlowPlan.EdgeRef(from: 0, index: 1), FlowPlan.EdgeRef(from: 1, index: 1),
                             FlowPlan.EdgeRef(from: 9, index: 0), FlowPlan.EdgeRef(from: 9, index: 1)]
        #expect(plan.leaves == expected)
        #expect(!plan.hasEnd)
        #expect(plan.stubs.isEmpty)
    }

    /// A stub shared by edges from far apart spans from each to the last of them; once
    /// all its edges are leaves the stub is not drawn.
    @Test func sharedStubsSpanToTheirLastSource() {
        var tps = (0..<6).map { F.TP("t\($0)") }
        tps[0].next = [F.to(1), F.external("other", "x")]
        tps[5].next = [F.external("other", "x")]
        let j = F.journey([F.StageSpec("s", tps)])
        let spans = FlowPlan.spans(j.touchpointFigures.map(\.next))
        #expect(spans.first { $0.edge == FlowPlan.EdgeRef(from: 0, index: 1) }?.span == 6)
        #expect(spans.first { $0.edge == FlowPlan.EdgeRef(from: 5, index: 0) }?.span == 1)
        #expect(FlowPlan(j, options: Self.options(budget: 100)).stubs == [FlowPlan.Stub(journey: "other", touchpoint: "x")])
        let tight = FlowPlan(j, options: Self.options(budget: 6))
        #expect(tight.leaves == [FlowPlan.EdgeRef(from: 0, index: 1)])
        #expect(tight.stubs.count == 1)
        let tighter = FlowPlan(j, options: Self.options(budget: 5))
        #expect(tighter.leaves == [FlowPlan.EdgeRef(from: 0, index: 1), FlowPlan.EdgeRef(from: 5, index: 0)])
        #expect(tighter.stubs.isEmpty)
    }

    /// The diagram of a plan with leaves: the leaf instead of the long edge.
    @Test func leavesReplaceLongEdgesInTheFullLayout() {
        let dot = DotWriter.journey(Self.jumpy, options: Self.options(budget: 21))
        #expect(!dot.contains("tp0 -> tp9 "))
        #expect(dot.contains("tp0 -> tp0_1 ["))
        #expect(dot.contains("tp9 -> tp9_0 ["))
        #expect(dot.contains("tp1 -> tp4 ["))
        #expect(dot.contains("\u{21B7} T9"))
    }

    /// Labels go beside the edges only when they are all short: shares and no condition.
    @Test(arguments: [
        ("no shares, no conditions", [nil, nil], [nil, nil], false),
        ("shares only", [40, 60], [nil, nil], true),
        ("a share and a condition", [40, 60], [nil, "if in stock"], false),
        ("a condition without share", [nil, nil], ["retry", nil], false),
    ] as [(String, [Double?], [String?], Bool)])
    func sideLabelsOnlyForSharesAlone(_ name: String, shares: [Double?], conditions: [String?], side: Bool) {
        // The targets in a stage of their own: edges within a row always go beside.
        var tps = (0..<3).map { F.TP("t\($0)") }
        tps[0].next = [F.to(1, shares[0], conditions[0]), F.to(2, shares[1], conditions[1])]
        let stages = [F.StageSpec("s", [tps[0]]), F.StageSpec("t", Array(tps[1...]))]
        let plan = FlowPlan(F.journey(stages), options: DiagramOptions())
        #expect(plan.sideLabels == side, "\(name)")
        let dot = DotWriter.journey(F.journey(stages))
        #expect(dot.contains("xlabel=") == side, "\(name)")
        #expect(dot.contains("ranksep=\"0.6\"") == side, "\(name)")
    }
}
