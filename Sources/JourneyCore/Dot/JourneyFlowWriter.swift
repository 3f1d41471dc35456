/// Writes the flow diagram of one journey (see `DotWriter.journey`).
struct JourneyFlowWriter {
    let journey: ResolvedJourney
    let options: DiagramOptions
    /// Which edges are drawn as edges, which as leaves; the stubs for other journeys.
    let plan: FlowPlan

    typealias StubKey = FlowPlan.Stub

    init(journey: ResolvedJourney, options: DiagramOptions) {
        self.journey = journey
        self.options = options
        plan = FlowPlan(journey, options: options)
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
        DotWriter.graphDefaults(&dot, id: "flow" + DotEscaping.idSeparator + id, ranksep: plan.sideLabels ? "0.6" : "0.45",
                                extra: bounded ? DotWriter.boundedLayout : DotWriter.fullLayout)
        for s in journey.stages.indices { stage(s, &dot) }
        if plan.hasEnd {
            dot.node("end", [
                ("id", .literal("flow-end")), ("shape", .literal("doublecircle")), ("label", .literal("end")),
                ("fillcolor", .literal("white")), ("width", .literal("0.3")), ("fontsize", .literal("9")),
                ("tooltip", .tooltip("Planned exit of \(journey.title)")),
            ])
        }
        for (k, key) in plan.stubs.enumerated() { stub(k, key, &dot) }
        for i in journey.touchpoints.indices { edges(from: i, &dot) }
        if bounded { documentOrder(&dot) } else { stageOrder(&dot) }
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
            if members.isEmpty {
                // An empty cluster is not drawn at all; a placeholder keeps the stage visible.
                dot.node("s\(s)_empty", [
                    ("id", .literal("flow-stage-" + DotEscaping.identifier(header.id) + DotEscaping.idSeparator + "empty")),
                    ("label", .literal("no touchpoints")), ("shape", .literal("plaintext")),
                    ("style", .literal("solid")), ("fontcolor", .literal(DotWriter.faint)),
                ])
            }
            for i in members { touchpoint(i, &dot) }
        }
    }

    private func touchpoint(_ i: Int, _ dot: inout DotText) {
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
