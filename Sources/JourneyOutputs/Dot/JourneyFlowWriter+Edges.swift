import JourneyCore

extension JourneyFlowWriter {
    /// The resolved flow out of touchpoint `i`: pen width from the share, explicit
    /// edges solid, implicit ones (document order) dashed and lighter. Edges the plan
    /// makes leaves end at a leaf of their own (`leaf`).
    func edges(from i: Int, _ dot: inout DotText) {
        for (k, edge) in journey.touchpointFigures[i].next.enumerated() {
            if plan.isLeaf(i, k) {
                leaf(i, k, edge, &dot)
                continue
            }
            var attributes = common(i, k, edge, to: target(edge.target))
            // The bounded layout shows shares by width and tooltip only, and on its leaves
            // (see `FlowPlan.sideLabels` for `xlabel`).
            if isFlat(from: i, edge.target), let label = flatLabel(edge) {
                attributes.append(("xlabel", .html(label)))
            } else if !bounded, let label = label(edge) {
                attributes.append((plan.sideLabels ? "xlabel" : "label", .html(label)))
            }
            if !constrains(from: i, edge.target) { attributes.append(("constraint", .literal("false"))) }
            dot.edge("tp\(i)", head(edge.target), attributes)
        }
    }

    /// Whether an edge takes part in ranking: not when it leads back in document order
    /// (a loop), which would otherwise pull an earlier stage below (after) a later one.
    func constrains(from i: Int, _ target: FlowEdge.Target) -> Bool {
        if case .local(let t) = target { return t > i }
        return true
    }

    /// The bounded layout's backbone: an invisible edge between neighbours in document
    /// order wherever the flow has none, so the graph stays one chain with leaves.
    func documentOrder(_ dot: inout DotText) {
        var previous: String?
        for s in journey.stages.indices {
            let members = journey.touchpointIndices(ofStage: s)
            let names = members.isEmpty ? ["s\(s)_empty"] : members.map { "tp\($0)" }
            for name in names {
                if let previous, !flows(from: previous, to: name) {
                    dot.edge(previous, name, [("id", .literal("flow-order-" + name)), ("style", .literal("invis"))])
                }
                previous = name
            }
        }
    }

    /// A jump, exit or link to another journey as a leaf next to its touchpoint, so that
    /// no edge spans many ranks (each rank it crosses would cost a virtual node).
    private func leaf(_ i: Int, _ k: Int, _ edge: FlowEdge, _ dot: inout DotText) {
        let name = "tp\(i)_\(k)"
        var lines: [String] = []
        if let detail = label(edge) { lines.append("<FONT POINT-SIZE=\"9\">" + detail + "</FONT>") }
        var url: String?
        switch edge.target {
        case .end:
            lines.append("end")
        case .local(let t):
            let target = journey.touchpoints[t].header
            lines.append("\u{21B7} " + DotWriter.wrapped(target.title))
            url = options.link(journey: journey.id, touchpoint: target.id)
        case .external(let j, let tp):
            let key = StubKey(journey: j, touchpoint: tp)
            lines.append(externalLabel(key))
            url = options.link(journey: j, touchpoint: tp)
        }
        var attributes: [(String, DotValue)] = [
            ("id", .literal("flow-leaf-" + DotEscaping.identifier(journey.touchpoints[i].header.id) + DotEscaping.idSeparator + "\(k)")),
            ("label", .html(lines.joined(separator: "<BR/>"))),
            ("style", .literal("rounded,dashed,filled")), ("fillcolor", .literal("white")),
            ("fontsize", .literal("10")),
            ("tooltip", .tooltip(target(edge.target))),
        ]
        if let url { attributes += [("URL", .literal(url)), ("target", .literal("_top"))] }
        dot.node(name, attributes)
        dot.edge("tp\(i)", name, common(i, k, edge, to: target(edge.target)))
    }

    /// The attributes every flow edge has: id, width, tooltip, the implicit style.
    private func common(_ i: Int, _ k: Int, _ edge: FlowEdge, to title: String) -> [(String, DotValue)] {
        let header = journey.touchpoints[i].header
        var attributes: [(String, DotValue)] = [
            ("id", .literal("flow-edge-" + DotEscaping.identifier(header.id) + DotEscaping.idSeparator + "\(k)")),
            ("penwidth", .literal(DotWriter.penWidth(share: edge.share))),
            ("tooltip", .tooltip(tooltip(from: header.title, to: title, edge))),
        ]
        if edge.implicit {
            attributes += [("style", .literal("dashed")), ("color", .literal(DotWriter.faint)),
                           ("fontcolor", .literal(DotWriter.faint))]
        }
        return attributes
    }

    /// Whether the drawn flow already has the edge `from -> to` (both `tp<i>` names).
    func flows(from: String, to: String) -> Bool {
        guard from.hasPrefix("tp"), let i = Int(from.dropFirst(2)) else { return false }
        return journey.touchpointFigures[i].next.contains { edge in
            if case .local(let t) = edge.target { return "tp\(t)" == to }
            return false
        }
    }

    /// The node an edge of the full layout ends at.
    private func head(_ target: FlowEdge.Target) -> String {
        switch target {
        case .end: return "end"
        case .local(let t): return "tp\(t)"
        case .external(let j, let tp): return "x\(plan.stubIndex[StubKey(journey: j, touchpoint: tp)] ?? 0)"
        }
    }

    /// What an edge leads to, in words, for tooltips.
    private func target(_ target: FlowEdge.Target) -> String {
        switch target {
        case .end: return "end"
        case .local(let t): return journey.touchpoints[t].header.title
        case .external(let j, let tp): return externalTitle(StubKey(journey: j, touchpoint: tp))
        }
    }

    /// The label of an edge within a row: the share alone when there is one (the
    /// condition is in the tooltip and the text version), as an `xlabel` has no room
    /// of its own between the nodes (see `isFlat`).
    private func flatLabel(_ edge: FlowEdge) -> String? {
        edge.share.map { DotNumber.percent($0) } ?? label(edge)
    }

    /// The share over the condition, as label markup; nil when the edge has neither.
    private func label(_ edge: FlowEdge) -> String? {
        var lines: [String] = []
        if let share = edge.share { lines.append(DotNumber.percent(share)) }
        if let text = edge.label, !text.isEmpty { lines.append(DotWriter.wrapped(text, width: 20)) }
        return lines.isEmpty ? nil : lines.joined(separator: "<BR/>")
    }

    private func tooltip(from: String, to: String, _ edge: FlowEdge) -> String {
        var parts = [from + " \u{2192} " + to]
        if let share = edge.share { parts.append(DotNumber.percent(share)) }
        if let text = edge.label, !text.isEmpty { parts.append(text) }
        if edge.implicit { parts.append("document order") }
        return parts.joined(separator: " \u{00B7} ")
    }
}
