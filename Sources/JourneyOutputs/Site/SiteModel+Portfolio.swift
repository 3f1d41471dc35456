import JourneyCore

extension SiteModel {
    /// At most this many tactics are plotted, those of highest ICE: beyond it the marks
    /// shrink to dots and the chart no longer helps anyone choose.
    static let portfolioLimit = 200

    /// The portfolio of the whole catalog: every tactic with impact and effort on one
    /// impact x effort chart, bubble size by confidence, coloured and numbered by
    /// journey; its legend and its data as a table. Null when no tactic can be plotted.
    func portfolio(root: String) -> SiteValue {
        let scored = catalog.filter { e in
            let t = project.journeys[e.journey].tactics[e.tactic]
            return t.impact != nil && t.effort != nil
        }
        guard !scored.isEmpty else { return .null }
        let plotted = Array(scored.prefix(Self.portfolioLimit))
        // Journeys numbered in the order of their first plotted tactic, so 1 has the best.
        var number: [Int: Int] = [:]
        for e in plotted where number[e.journey] == nil { number[e.journey] = number.count + 1 }
        var marks: [ScatterChart.Mark] = []
        var rows = SiteHTML()
        for e in plotted {
            let j = project.journeys[e.journey]
            let t = j.tactics[e.tactic]
            let n = number[e.journey] ?? 0
            let score = { (x: Double?) in x.map { SiteNumber.decimal($0) } ?? "\u{2013}" }
            let ice = e.ice.map { SiteNumber.decimal($0) } ?? "\u{2013}"
            let href = root + SitePaths.tacticLink(journey: j.id, tactic: t.header.id)
            var name = t.header.title + " (" + j.title + "): impact " + score(t.impact) + ", effort " + score(t.effort)
            name += ", confidence " + score(t.confidence) + ", ICE " + ice + ", " + t.status
            marks.append(ScatterChart.Mark(id: j.id + "/" + t.header.id, x: t.effort ?? 0,
                                           y: t.impact ?? 0, size: t.confidence, label: String(n), name: name, href: href,
                                           cls: "series-\((n - 1) % 8)"))
            rows.raw("<tr><td>\(n)</td><th scope=\"row\">")
            rows.link(t.header.title, href: href)
            rows.raw("</th><td>")
            rows.text(j.title)
            rows.raw("</td><td>" + score(t.impact) + "</td><td>" + score(t.effort) + "</td><td>" + score(t.confidence)
                     + "</td><td>" + ice + "</td><td>")
            rows.text(t.status)
            rows.raw("</td></tr>\n")
        }
        let legend: [SiteValue] = number.sorted { $0.value < $1.value }.map { journey, n in
            let j = project.journeys[journey]
            return .object(["number": .text(String(n)), "series": .text("series-\((n - 1) % 8)"), "title": .text(j.title),
                            "href": .text(root + SitePaths.journeyLink(j.id)),
                            "count": .text(Self.count(plotted.filter { $0.journey == journey }.count, "tactic"))])
        }
        let chart = ScatterChart(
            chart: "portfolio", title: "Portfolio: every tactic by impact and effort",
            summary: "\(Self.count(plotted.count, "tactic")) of \(legend.count == 1 ? "1 journey" : "\(legend.count) journeys")"
                + " by effort (left to right) and impact (bottom to top); bubble size is confidence, colour and number the journey.",
            x: .init("Effort"), y: .init("Impact"),
            quadrants: TacticQuadrant.allCases.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() },
            marks: marks, idPrefix: "portfolio")
        let unplotted = catalog.count - scored.count
        return .object([
            "chartSVG": chart.svg().map(SiteValue.html) ?? .null,
            "legend": .list(legend),
            "rowsHTML": .html(rows.html),
            "count": .text(Self.count(plotted.count, "tactic")),
            "limited": scored.count > plotted.count
                ? .text("The \(SiteNumber.integer(plotted.count)) tactics of highest ICE are plotted, of \(SiteNumber.integer(scored.count)) with impact and effort.")
                : .null,
            "unplotted": unplotted > 0 ? .text(Self.count(unplotted, "tactic") + " without impact or effort " + (unplotted == 1 ? "is" : "are") + " not plotted.") : .null,
        ])
    }
}
