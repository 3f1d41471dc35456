import JourneyCore

/// A Pareto chart: bars sorted by value (touchpoint priority, 0..100), the cumulative
/// share of the total as a line on a second scale, and the focus cut-off marked.
///
/// Each bar is one item, `data-id` its id, a link when it has a target, named by its
/// `<title>`. Long lists show their first `maxBars` bars; the line still counts every
/// value, so it ends below 100% then.
public struct ParetoChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var id: String
        /// The label under the bar (cut to fit; the full text is in `name`).
        public var label: String
        /// The accessible name and tooltip.
        public var name: String
        public var value: Double
        public var href: String?

        public init(id: String, label: String, name: String, value: Double, href: String? = nil) {
            self.id = id
            self.label = label
            self.name = name
            self.value = value
            self.href = href
        }
    }

    /// The `data-chart` value.
    public var chart: String
    public var title: String
    public var summary: String
    /// The bars in the order given; `sorted` orders them highest first.
    public var bars: [Bar]
    /// How many bars, from the first, are in focus; nil or 0 for no cut-off line.
    public var focusCount: Int?
    public var maxBars: Int
    public var idPrefix: String

    public init(chart: String = "pareto", title: String, summary: String, bars: [Bar], focusCount: Int?, maxBars: Int = 40,
                idPrefix: String? = nil) {
        self.chart = chart
        self.title = title
        self.summary = summary
        self.bars = bars
        self.focusCount = focusCount
        self.maxBars = maxBars
        self.idPrefix = idPrefix ?? "chart-" + chart
    }

    /// Bars by value, highest first; ties keep their order.
    public static func sorted(_ bars: [Bar]) -> [Bar] {
        bars.enumerated().sorted { ($0.element.value, -$0.offset) > ($1.element.value, -$1.offset) }.map(\.element)
    }

    static let width = 560.0, height = 330.0
    static let left = 40.0, right = 44.0, top = 22.0, bottom = 104.0
    static let plotWidth = width - left - right, plotHeight = height - top - bottom

    /// The SVG, or nil without bars.
    public func svg() -> String? {
        guard !bars.isEmpty else { return nil }
        let shown = Array(bars.prefix(maxBars))
        let step = Self.plotWidth / Double(shown.count)
        let baseY = Self.top + Self.plotHeight
        func y(_ percent: Double) -> Double { baseY - min(max(percent, 0), 100) / 100 * Self.plotHeight }
        var svg = ChartSVG(chart: chart, cls: "pareto-chart", width: Self.width, height: Self.height, idPrefix: idPrefix,
                           title: title, desc: summary)
        svg.raw("<g class=\"axes\">")
        for tick in stride(from: 0.0, through: 100, by: 25) {
            svg.line(Self.left, y(tick), Self.left + Self.plotWidth, y(tick), cls: tick == 0 ? "baseline" : "grid")
            svg.label(SiteNumber.decimal(tick), x: Self.left - 6, y: y(tick) + 4, cls: "tick", anchor: "end")
            svg.label(SiteNumber.decimal(tick) + "%", x: Self.left + Self.plotWidth + 6, y: y(tick) + 4, cls: "tick cumulative-tick")
        }
        svg.label("Priority", x: Self.left - 34, y: Self.top - 8, cls: "axis-title")
        svg.label("Cumulative share", x: Self.width - 4, y: Self.top - 8, cls: "axis-title", anchor: "end")
        svg.raw("</g>")
        let focus = min(focusCount ?? 0, shown.count)
        let barWidth = max(1, step * 0.72)
        // Labels stand upright under their bars: read turning the head, and copied or
        // extracted (PDF) as whole words, which slanted text is not.
        let labelLimit = max(4, Int((Self.bottom - 10) / 6.5))
        svg.raw("<g class=\"bars\">")
        for (i, bar) in shown.enumerated() {
            let cx = Self.left + (Double(i) + 0.5) * step
            svg.openItem(id: bar.id, href: bar.href, cls: i < focus ? "bar focus" : "bar", name: bar.name)
            svg.rect(cx - barWidth / 2, y(bar.value), barWidth, baseY - y(bar.value), cls: "bar-rect")
            if step >= 18 {
                svg.label(SiteNumber.decimal(bar.value, maxDecimals: 0), x: cx, y: y(bar.value) - 4, cls: "bar-value", anchor: "middle")
            }
            if step >= 9 {
                svg.label(ChartSVG.clipped(bar.label, to: labelLimit), x: cx + 4, y: baseY + 8, cls: "bar-label", anchor: "end",
                          rotate: -90)
            }
            svg.closeItem(href: bar.href)
        }
        svg.raw("</g>")
        cumulativeLine(&svg, shown: shown.count, step: step, y: y)
        if focus > 0 {
            let x = Self.left + Double(focus) * step
            svg.raw("<g class=\"cutoff\">")
            svg.line(x, Self.top - 4, x, baseY, cls: "cutoff-line")
            svg.label("focus \u{2190}", x: x - 4, y: Self.top + 8, cls: "cutoff-label", anchor: "end")
            svg.raw("</g>")
        }
        return svg.finish()
    }

    /// The running total of every bar's value as a share of the sum, at each shown bar.
    func cumulativeLine(_ svg: inout ChartSVG, shown: Int, step: Double, y: (Double) -> Double) {
        let total = bars.reduce(0) { $0 + max($1.value, 0) }
        guard total > 0 else { return }
        var sum = 0.0
        var points: [String] = []
        var dots = ""
        for i in 0..<shown {
            sum += max(bars[i].value, 0)
            let cx = Self.left + (Double(i) + 0.5) * step
            let cy = y(100 * sum / total)
            points.append(ChartSVG.num(cx) + "," + ChartSVG.num(cy))
            dots += ("<circle cx=\"" + ChartSVG.num(cx) + "\" cy=\"" + ChartSVG.num(cy) + "\" r=\"2.5\"/>")
        }
        svg.raw("<g class=\"cumulative\" aria-hidden=\"true\"><polyline points=\"" + points.joined(separator: " ") + "\"/>")
        svg.raw(dots)
        svg.raw("</g>")
    }
}
