import JourneyCore

/// Writes the lifecycle overview (see `DotWriter.overview`).
///
/// One node per journey in project order; one edge per pair of journeys whose flows
/// cross, carrying every cross-journey `next` edge between them: its pen width grows
/// with the sum of their shares (capped at 100%), its label counts them. Edges to
/// journeys the project lacks are left out (they are `unresolved-ref` errors).
///
/// A big overview (`DiagramSize.overviewBoundedFrom`) is drawn bounded: no edge takes
/// part in ranking (`constraint=false`), which puts every journey in one rank, so no
/// edge spans ranks; counts go beside the edges (`xlabel`); and the bounded layout's
/// limits apply. (Edges that do not constrain must not have a `label`: with those on
/// edges within one rank Graphviz 2.42 corrupted its heap.)
struct OverviewWriter {
    let project: Project
    let options: DiagramOptions

    func write() -> String {
        var dot = DotText(graph: "overview")
        let links = JourneyLink.all(project.journeys)
        let bounded = project.journeys.count + links.count >= DiagramSize.overviewBoundedFrom
        DotWriter.graphDefaults(&dot, id: "overview", extra: bounded ? DotWriter.boundedLayout : [])
        for (i, j) in project.journeys.enumerated() { node(i, j, &dot) }
        for link in links { edge(link, bounded: bounded, &dot) }
        return dot.closed()
    }

    private func node(_ i: Int, _ j: ResolvedJourney, _ dot: inout DotText) {
        let mean = j.meanEmotion
        let stages = DotWriter.count(j.stages.count, "stage", "stages")
        let touchpoints = DotWriter.count(j.touchpoints.count, "touchpoint", "touchpoints")
        let emotion = "mean emotion " + EmotionScale.text(mean)
        dot.node("j\(i)", [
            ("id", .literal("overview-" + DotEscaping.identifier(j.id))),
            ("label", .html("<B>" + DotWriter.wrapped(j.title) + "</B><BR/><FONT POINT-SIZE=\"9\">"
                + stages + " \u{00B7} " + touchpoints + "</FONT><BR/>" + emotion)),
            ("fillcolor", .literal(EmotionScale.colour(mean))),
        ] + options.linkAttributes(journey: j.id, touchpoint: nil) + [
            ("tooltip", .tooltip([j.title, stages, touchpoints, emotion].joined(separator: " \u{00B7} "))),
        ])
    }

    private func edge(_ link: JourneyLink, bounded: Bool, _ dot: inout DotText) {
        let from = project.journeys[link.from], to = project.journeys[link.to]
        var text = DotWriter.count(link.count, "link", "links")
        if link.sharedCount > 0 { text += " \u{00B7} " + DotNumber.percent(link.shareSum) }
        var attributes: [(String, DotValue)] = [
            ("id", .literal("overview-edge-" + DotEscaping.identifier(from.id) + DotEscaping.idSeparator
                + DotEscaping.identifier(to.id))),
            (bounded ? "xlabel" : "label", .html(text)),
            ("penwidth", .literal(DotWriter.penWidth(share: link.sharedCount > 0 ? link.shareSum : nil))),
            ("weight", .literal(String(1 + link.count))),
            ("tooltip", .tooltip(from.title + " \u{2192} " + to.title + " \u{00B7} " + text)),
        ]
        if bounded { attributes.append(("constraint", .literal("false"))) }
        dot.edge("j\(link.from)", "j\(link.to)", attributes)
    }
}
