import JourneyCore

/// Writes the flow diagram of one journey (see `DotWriter.journey`).
struct JourneyFlowWriter {
    let journey: ResolvedJourney
    let options: DiagramOptions
    /// Which edges are drawn as edges, which as leaves; the stubs for other journeys.
    let plan: FlowPlan

    typealias StubKey = FlowPlan.Stub

    /// The row of each touchpoint in the full layout (`stageRows`); empty in the bounded one.
    let rowOf: [Int]

    init(journey: ResolvedJourney, options: DiagramOptions) {
        self.journey = journey
        self.options = options
        plan = FlowPlan(journey, options: options)
        rowOf = plan.bounded ? [] : Self.rows(journey).enumerated().reduce(into: Array(repeating: 0, count: journey.touchpoints.count)) {
            for i in $1.element { $0[i] = $1.offset }
        }
    }

    /// Whether the journey is big enough for the bounded layout (`DotWriter+Layout`).
    var bounded: Bool { plan.bounded }

    func write() -> String {
        let id = DotEscaping.identifier(journey.id)
        var dot = DotText(graph: "flow-" + id)
        // The graph's id holds the separator: every other id of the diagram starts with
        // `flow-` and a kind (`flow-tp-`, `flow-stage-`), and the page's own ids hold
        // no `__`, so a journey `stage-x` or `heading` clashes with neither.
        // Shares beside the edges (`xlabel`) need a little more room between the ranks.
        DotWriter.graphDefaults(&dot, id: "flow" + DotEscaping.idSeparator + id, direction: bounded ? "LR" : "TB",
                                ranksep: plan.sideLabels ? "0.6" : "0.45", nodesep: bounded ? "0.25" : "0.4",
                                extra: bounded ? DotWriter.boundedLayout : DotWriter.fullLayout)
        if bounded { journey.stages.indices.forEach { stage($0, &dot) } } else { stageRows(&dot) }
        if plan.hasEnd {
            dot.node("end", [
                ("id", .literal("flow-end")), ("shape", .literal("doublecircle")), ("label", .literal("end")),
                ("fillcolor", .literal("white")), ("width", .literal("0.3")), ("fontsize", .literal("9")),
                ("tooltip", .tooltip("Planned exit of \(journey.title)")),
            ])
        }
        for (k, key) in plan.stubs.enumerated() { stub(k, key, &dot) }
        for i in journey.touchpoints.indices { edges(from: i, &dot) }
        if bounded { documentOrder(&dot) }
        return dot.closed()
    }

    private func stage(_ s: Int, _ dot: inout DotText) {
        let header = journey.stages[s].header
        let members = journey.touchpointIndices(ofStage: s)
        dot.subgraph("cluster_s\(s)") { dot in
            dot.attribute("id", .literal("flow-stage-" + DotEscaping.identifier(header.id)))
            dot.attribute("label", .html("<B>" + DotWriter.wrapped(header.title, width: 40) + "</B>"))
            dot.attribute("style", .literal("rounded"))
            dot.attribute("color", .literal("#bdbdbd"))
            // An empty cluster is not drawn at all; a placeholder keeps the stage visible.
            if members.isEmpty { placeholder(s, &dot) }
            for i in members { touchpoint(i, &dot) }
        }
    }

    /// The node standing for a stage without touchpoints.
    func placeholder(_ s: Int, _ dot: inout DotText) {
        dot.node("s\(s)_empty", [
            ("id", .literal("flow-stage-" + DotEscaping.identifier(journey.stages[s].header.id) + DotEscaping.idSeparator + "empty")),
            ("label", .literal("no touchpoints")), ("shape", .literal("plaintext")),
            ("style", .literal("solid")), ("fontcolor", .literal(DotWriter.faint)),
        ])
    }

    func touchpoint(_ i: Int, _ dot: inout DotText) {
        let tp = journey.touchpoints[i]
        let f = journey.touchpointFigures[i]
        var attributes: [(String, DotValue)] = [
            ("id", .literal("flow-tp-" + DotEscaping.identifier(tp.header.id))),
            ("label", .html(TouchpointLabel.markup(tp, f, compact: bounded))),
            ("fillcolor", .literal(EmotionScale.colour(tp.emotion?.value.score))),
        ] + options.linkAttributes(journey: journey.id, touchpoint: tp.header.id) + [
            ("tooltip", .tooltip(TouchpointLabel.tooltip(tp, f))),
        ]
        if f.focus { attributes.append(("penwidth", .literal("3"))) }
        if tp.momentOfTruth { attributes.append(("peripheries", .literal("2"))) }
        dot.node("tp\(i)", attributes)
    }

    private func stub(_ k: Int, _ key: StubKey, _ dot: inout DotText) {
        dot.node("x\(k)", [
            ("id", .literal("flow-ext-" + DotEscaping.identifier(key.journey) + DotEscaping.idSeparator
                + DotEscaping.identifier(key.touchpoint))),
            ("label", .html(externalLabel(key))),
            ("style", .literal("rounded,dashed,filled")), ("fillcolor", .literal("white")),
        ] + options.linkAttributes(journey: key.journey, touchpoint: key.touchpoint) + [
            ("tooltip", .tooltip("Continues in " + externalTitle(key))),
        ])
    }

    /// `→ Onboarding` over the touchpoint id, for a touchpoint of another journey.
    func externalLabel(_ key: StubKey) -> String {
        "\u{2192} <B>" + DotWriter.wrapped(options.journeyTitles[key.journey] ?? key.journey) + "</B><BR/>"
            + "<FONT POINT-SIZE=\"9\">" + DotEscaping.htmlText(key.touchpoint) + "</FONT>"
    }

    /// `Onboarding: welcome-email`.
    func externalTitle(_ key: StubKey) -> String {
        (options.journeyTitles[key.journey] ?? key.journey) + ": " + key.touchpoint
    }
}
