import JourneyCore

/// A scored touchpoint in rank order.
public struct RankedRow: Sendable, Equatable {
    public var rank: Int
    public var title: String
    public var href: String
    /// Each configured criterion's score, `–` where the touchpoint has none.
    public var scores: [String]
    public var priority: String
    /// The running share of the total priority up to this row: `34%`.
    public var cumulative: String
    public var focus: Bool
    public var hasTactic: Bool
    public var personalization: String
}

extension SiteModel {
    /// Charts hold at most this many marks: more would be a blot, and the tables list all.
    static let chartLimit = 150

    /// The priority section: the Pareto chart of touchpoint priority, the needs x value
    /// chart and the impact x effort chart, each with its legend and its data as a
    /// table, and what sits outside a chart listed beside it.
    func priority(_ j: ResolvedJourney) -> SiteValue {
        let criteria = project.config.criteria.map(\.name)
        let ranked = rankedRows(j, criteria: criteria)
        var rows = SiteHTML()
        rows.ranked(ranked)
        let needs = needsValueChart(j)
        let tactics = impactEffortChart(j)
        return .object([
            "criteria": .texts(criteria),
            "rankedRowsHTML": .html(rows.html),
            "hasRanked": .bool(!ranked.isEmpty),
            "paretoSVG": paretoChart(j, ranked: ranked).svg().map(SiteValue.html) ?? .null,
            "paretoNote": .opt(ranked.count > Self.chartLimit
                ? "The \(Self.chartLimit) highest of \(SiteNumber.integer(ranked.count)) scored touchpoints are drawn; the table lists all."
                : nil),
            "unscoredHTML": SiteHTML.inlineList(j.touchpoints.indices.filter { j.touchpointFigures[$0].rank == nil }
                .map { touchpointItem(j, $0) }),
            "needsValueSVG": needs.chart.svg().map(SiteValue.html) ?? .null,
            "needsValueLegendHTML": .html(needs.legend),
            "needsValueRowsHTML": .html(needs.rows),
            "needsValueNote": .opt(needs.note),
            "unplacedTouchpointsHTML": SiteHTML.inlineList(j.touchpoints.indices.filter { j.touchpointFigures[$0].needsValue == nil }
                .map { touchpointItem(j, $0) }),
            "impactEffortSVG": tactics.chart.svg().map(SiteValue.html) ?? .null,
            "impactEffortLegendHTML": .html(tactics.legend),
            "impactEffortRowsHTML": .html(tactics.rows),
            "impactEffortNote": .opt(tactics.note),
            "unplacedTacticsHTML": SiteHTML.inlineList(unplacedTactics(j)),
        ])
    }

    /// A link to a touchpoint on its own page.
    func touchpointItem(_ j: ResolvedJourney, _ i: Int) -> CellItem {
        CellItem(j.touchpoints[i].header.title, href: Self.touchpointAnchor(j.touchpoints[i].header.id))
    }

    static func touchpointAnchor(_ id: String) -> String { "#" + SitePaths.encode(SitePaths.Anchor.touchpoint(id)) }
    static func tacticAnchor(_ id: String) -> String { "#" + SitePaths.encode(SitePaths.Anchor.tactic(id)) }

    /// Scored touchpoints by rank, with each configured criterion's score and the
    /// running share of the total priority.
    func rankedRows(_ j: ResolvedJourney, criteria: [String]) -> [RankedRow] {
        let ranked = j.touchpoints.indices.compactMap { i in j.touchpointFigures[i].rank.map { (i, $0) } }
            .sorted { $0.1 < $1.1 }
        let total = ranked.reduce(0.0) { $0 + max(j.touchpointFigures[$1.0].priority ?? 0, 0) }
        var running = 0.0
        return ranked.map { i, rank in
            let tp = j.touchpoints[i]
            let f = j.touchpointFigures[i]
            running += max(f.priority ?? 0, 0)
            let scores = Dictionary(tp.scores.map { ($0.criterion, $0.score) }, uniquingKeysWith: { a, _ in a })
            return RankedRow(rank: rank, title: tp.header.title, href: Self.touchpointAnchor(tp.header.id),
                             scores: criteria.map { c in scores[c].map { SiteNumber.decimal($0) } ?? "\u{2013}" },
                             priority: f.priority.map { SiteNumber.decimal($0) } ?? "\u{2013}",
                             cumulative: total > 0 ? SiteNumber.decimal(100 * running / total, maxDecimals: 0) + "%" : "\u{2013}",
                             focus: f.focus, hasTactic: !f.tactics.isEmpty,
                             personalization: SiteNumber.decimal(f.personalizationValue, maxDecimals: 2))
        }
    }

    /// Bars by rank (the rank order is the priority order), the focus ones first.
    func paretoChart(_ j: ResolvedJourney, ranked: [RankedRow]) -> ParetoChart {
        let order = j.touchpoints.indices.compactMap { i in j.touchpointFigures[i].rank.map { (i, $0) } }.sorted { $0.1 < $1.1 }
        let bars = order.map { i, rank in
            let tp = j.touchpoints[i]
            let p = j.touchpointFigures[i].priority ?? 0
            return ParetoChart.Bar(id: tp.header.id, label: tp.header.title,
                                   name: tp.header.title + ": priority " + SiteNumber.decimal(p) + ", rank \(rank), "
                                       + ranked[rank - 1].cumulative + " of the total so far",
                                   value: p, href: Self.touchpointAnchor(tp.header.id))
        }
        let focus = j.touchpointFigures.filter(\.focus).count
        return ParetoChart(title: "Touchpoint priority, highest first",
                           summary: "Bars: each scored touchpoint's priority from 0 to 100, highest first. Line: the cumulative "
                               + "share of the total priority. The dashed line marks the \(focus) focus touchpoints.",
                           bars: bars, focusCount: focus, maxBars: 40, idPrefix: "chart-pareto")
    }

    /// Tactics numbered in document order, the number inside each bubble and in the legend.
    func impactEffortChart(_ j: ResolvedJourney) -> (chart: ScatterChart, legend: String, rows: String, note: String?) {
        let placed = j.tactics.indices.filter { j.tacticFigures[$0].quadrant != nil }
        let drawn = placed.sorted { Self.iceOrder(j.tacticFigures[$0].ice, $0, j.tacticFigures[$1].ice, $1) }.prefix(Self.chartLimit).sorted()
        var marks: [ScatterChart.Mark] = []
        var legend = SiteHTML(), rows = SiteHTML()
        for k in drawn {
            let t = j.tactics[k], f = j.tacticFigures[k]
            guard let impact = t.impact, let effort = t.effort, let q = f.quadrant else { continue }
            let facts = "impact " + SiteNumber.decimal(impact) + ", effort " + SiteNumber.decimal(effort)
                + (t.confidence.map { ", confidence " + SiteNumber.decimal($0) } ?? "") + ", " + q.rawValue
            marks.append(ScatterChart.Mark(id: t.header.id, x: effort, y: impact, size: t.confidence, label: String(k + 1),
                                           name: "\(k + 1). " + t.header.title + ": " + facts, href: Self.tacticAnchor(t.header.id),
                                           cls: "q-" + Slug.make(q.rawValue)))
            legend.legendItem(k + 1, CellItem(t.header.title, href: Self.tacticAnchor(t.header.id), cls: "q-" + Slug.make(q.rawValue),
                                             note: q.rawValue + (f.ice.map { " \u{00B7} ICE " + SiteNumber.decimal($0) } ?? "")))
            rows.dataRow([String(k + 1)], CellItem(t.header.title, href: Self.tacticAnchor(t.header.id)),
                         [SiteNumber.decimal(impact), SiteNumber.decimal(effort), t.confidence.map { SiteNumber.decimal($0) } ?? "\u{2013}",
                          f.ice.map { SiteNumber.decimal($0) } ?? "\u{2013}", q.rawValue, t.status])
        }
        let chart = ScatterChart(
            chart: "impact-effort", title: "Tactics by impact and effort",
            summary: "\(marks.count) tactics plotted by effort (across) and impact (up), bubble size by confidence; "
                + Self.quadrantCounts(marks.map(\.cls), TacticQuadrant.allCases.map(\.rawValue)) + ".",
            x: .init("Effort"), y: .init("Impact"), quadrants: ["Quick win", "Major project", "Fill-in", "Thankless task"],
            marks: marks, idPrefix: "chart-impact-effort")
        let note = placed.count > drawn.count
            ? "The \(drawn.count) tactics with the highest ICE of \(SiteNumber.integer(placed.count)) are drawn; the table lists them."
            : nil
        return (chart, legend.html, rows.html, note)
    }

    /// Touchpoints numbered in journey order, by value (across) and need (up).
    func needsValueChart(_ j: ResolvedJourney) -> (chart: ScatterChart, legend: String, rows: String, note: String?) {
        let placed = j.touchpoints.indices.filter { j.touchpointFigures[$0].needsValue != nil }
        let drawn = placed.sorted { (j.touchpointFigures[$0].rank ?? Int.max, $0) < (j.touchpointFigures[$1].rank ?? Int.max, $1) }
            .prefix(Self.chartLimit).sorted()
        var marks: [ScatterChart.Mark] = []
        var legend = SiteHTML(), rows = SiteHTML()
        for i in drawn {
            let tp = j.touchpoints[i], f = j.touchpointFigures[i]
            guard let need = tp.need, let value = tp.value, let q = f.needsValue else { continue }
            let href = Self.touchpointAnchor(tp.header.id)
            // Bubble size by priority: 0..100 onto the scale 1..5.
            let size = f.priority.map { 1 + $0 / 25 }
            marks.append(ScatterChart.Mark(id: tp.header.id, x: value, y: need, size: size, label: String(i + 1),
                                           name: "\(i + 1). " + tp.header.title + ": need " + SiteNumber.decimal(need) + ", value "
                                               + SiteNumber.decimal(value) + ", " + q.rawValue,
                                           href: href, cls: "q-" + Slug.make(q.rawValue)))
            legend.legendItem(i + 1, CellItem(tp.header.title, href: href, cls: "q-" + Slug.make(q.rawValue), note: q.rawValue))
            rows.dataRow([String(i + 1)], CellItem(tp.header.title, href: href),
                         [SiteNumber.decimal(need), SiteNumber.decimal(value), q.rawValue])
        }
        let chart = ScatterChart(
            chart: "needs-value", title: "Touchpoints by customer need and business value",
            summary: "\(marks.count) touchpoints plotted by business value (across) and customer need (up), bubble size by priority; "
                + Self.quadrantCounts(marks.map(\.cls), NeedsValueQuadrant.allCases.map(\.rawValue)) + ".",
            x: .init("Value"), y: .init("Need"), quadrants: ["Customer care", "Fix first", "Later", "Business push"],
            marks: marks, idPrefix: "chart-needs-value")
        let note = placed.count > drawn.count
            ? "The \(drawn.count) highest-priority of \(SiteNumber.integer(placed.count)) touchpoints are drawn; the table lists them."
            : nil
        return (chart, legend.html, rows.html, note)
    }

    /// `2 quick win, 1 major project`: how many marks each quadrant holds.
    static func quadrantCounts(_ classes: [String?], _ names: [String]) -> String {
        let counted = names.compactMap { name -> String? in
            let n = classes.filter { $0 == "q-" + Slug.make(name) }.count
            return n == 0 ? nil : "\(n) " + name
        }
        return counted.isEmpty ? "none in a quadrant" : counted.joined(separator: ", ")
    }

    /// Tactics without impact or effort, listed beside the chart with what they lack.
    func unplacedTactics(_ j: ResolvedJourney) -> [CellItem] {
        j.tactics.indices.filter { j.tacticFigures[$0].quadrant == nil }.map { k in
            let t = j.tactics[k]
            let missing = [("impact", t.impact), ("effort", t.effort)].filter { $0.1 == nil }.map(\.0)
            return CellItem(t.header.title, href: Self.tacticAnchor(t.header.id), note: "no " + missing.joined(separator: " or "))
        }
    }

    /// Highest ICE first, tactics without ICE last, then document order.
    static func iceOrder(_ a: Double?, _ ai: Int, _ b: Double?, _ bi: Int) -> Bool {
        switch (a, b) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return ai < bi
        }
    }
}
