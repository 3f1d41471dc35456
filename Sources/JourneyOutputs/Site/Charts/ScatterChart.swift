import JourneyCore

/// A bubble chart of items scored on two axes (scores 1..5, split into low and high),
/// with the four quadrants named: impact x effort for tactics, needs x value for
/// touchpoints, the portfolio of every tactic.
///
/// Each item is one mark, `data-id` its id, a link when it has a target, named by its
/// `<title>`. Marks sharing a spot are moved apart (`MarkLayout`) within their value's
/// cell and quadrant: a mark with a higher y value is always higher on the chart, one
/// with a higher x value further right, when the values differ by a whole step.
public struct ScatterChart: Sendable {
    public struct Axis: Sendable, Equatable {
        /// `Effort`.
        public var title: String
        /// The lowest and highest score drawn.
        public var range: ClosedRange<Double>
        /// Scores from here up count as high.
        public var split: Double

        public init(_ title: String, range: ClosedRange<Double> = 1...5, split: Double = Figures.highFrom) {
            self.title = title
            self.range = range
            self.split = split
        }
    }

    public struct Mark: Sendable, Equatable {
        public var id: String
        public var x: Double
        public var y: Double
        /// The bubble's size on the axes' scale (1..5); nil draws the middle size.
        public var size: Double?
        /// A few characters inside the bubble (`3`), or none.
        public var label: String?
        /// The accessible name and tooltip: `Trail line for boot buyers: impact 4, effort 2`.
        public var name: String
        public var href: String?
        /// CSS classes for colour (`q-quick-win`, `series-2`).
        public var cls: String?

        public init(id: String, x: Double, y: Double, size: Double? = nil, label: String? = nil, name: String,
                    href: String? = nil, cls: String? = nil) {
            self.id = id
            self.x = x
            self.y = y
            self.size = size
            self.label = label
            self.name = name
            self.href = href
            self.cls = cls
        }
    }

    /// The `data-chart` value: `impact-effort`, `needs-value`, `portfolio`.
    public var chart: String
    public var title: String
    /// The text alternative: what is plotted and what it shows.
    public var summary: String
    public var x: Axis
    public var y: Axis
    /// The quadrants' names: high y and low x (top left), high y and high x (top right),
    /// low y and low x, low y and high x.
    public var quadrants: [String]
    public var marks: [Mark]
    /// Prefix of the ids of the chart's `<title>` and `<desc>`, unique on the page.
    public var idPrefix: String

    public init(chart: String, title: String, summary: String, x: Axis, y: Axis, quadrants: [String], marks: [Mark],
                idPrefix: String? = nil) {
        self.chart = chart
        self.title = title
        self.summary = summary
        self.x = x
        self.y = y
        self.quadrants = quadrants
        self.marks = marks
        self.idPrefix = idPrefix ?? "chart-" + chart
    }

    // Geometry of the viewBox: the plot and the margins for the axes' labels.
    static let width = 560.0, height = 420.0
    static let left = 58.0, right = 10.0, top = 10.0, bottom = 50.0
    static let plotWidth = width - left - right, plotHeight = height - top - bottom
    /// A band at the top of the plot without values, for the upper quadrants' names;
    /// the lower quadrants' names sit under the split, above the highest low value's cell.
    static let headroom = 24.0
    /// Bubble radii for the smallest and largest size.
    static let minRadius = 8.0, maxRadius = 15.0
    /// How far a mark may move from its value, in steps of the scale: less than half a
    /// step, so marks of values a whole step apart never swap places.
    static let cellHalf = 0.45

    /// The SVG, or nil when there is nothing to plot (the page then says so in words).
    public func svg() -> String? {
        guard !marks.isEmpty else { return nil }
        var svg = ChartSVG(chart: chart, cls: "scatter-chart", width: Self.width, height: Self.height, idPrefix: idPrefix,
                           title: title, desc: summary)
        drawQuadrants(&svg)
        drawAxes(&svg)
        svg.raw("<g class=\"marks\">")
        for (mark, spot) in zip(marks, layout()) {
            svg.openItem(id: mark.id, href: mark.href, cls: "mark" + (mark.cls.map { " " + $0 } ?? ""), name: mark.name)
            svg.raw("<circle cx=\"" + ChartSVG.num(spot.x) + "\" cy=\"" + ChartSVG.num(spot.y) + "\" r=\""
                    + ChartSVG.num(spot.radius) + "\"/>")
            if let label = mark.label {
                svg.label(label, x: spot.x, y: spot.y + 4, cls: "mark-label", anchor: "middle")
            }
            svg.closeItem(href: mark.href)
        }
        svg.raw("</g>")
        return svg.finish()
    }

    /// Where each mark is drawn, in the order of `marks`.
    func layout() -> [MarkLayout.Placed] {
        let items = marks.map { mark -> MarkLayout.Item in
            let size = min(max(mark.size ?? 3, 1), 5)
            let r = Self.minRadius + (Self.maxRadius - Self.minRadius) * (size - 1) / 4
            let cx = px(mark.x), cy = py(mark.y)
            let halfX = Self.cellHalf * unitX, halfY = Self.cellHalf * unitY
            var region = MarkLayout.Rect(x0: max(cx - halfX, Self.left + r), y0: max(cy - halfY, Self.top + Self.headroom + r),
                                         x1: min(cx + halfX, Self.left + Self.plotWidth - r),
                                         y1: min(cy + halfY, Self.top + Self.plotHeight - r))
            // Stay on the value's side of the quadrant lines.
            if mark.x >= x.split { region.x0 = max(region.x0, splitX + r + 1) } else { region.x1 = min(region.x1, splitX - r - 1) }
            if mark.y >= y.split { region.y1 = min(region.y1, splitY - r - 1) } else { region.y0 = max(region.y0, splitY + r + 1) }
            return MarkLayout.Item(x: cx, y: cy, radius: r, region: region)
        }
        return MarkLayout.place(items)
    }

    // The scale runs half a step beyond the lowest and highest score, so the outermost
    // values have a whole cell.
    var unitX: Double { Self.plotWidth / (x.range.upperBound - x.range.lowerBound + 1) }
    var unitY: Double { (Self.plotHeight - Self.headroom) / (y.range.upperBound - y.range.lowerBound + 1) }
    func px(_ v: Double) -> Double {
        Self.left + (min(max(v, x.range.lowerBound), x.range.upperBound) - x.range.lowerBound + 0.5) * unitX
    }
    func py(_ v: Double) -> Double {
        Self.top + Self.plotHeight - (min(max(v, y.range.lowerBound), y.range.upperBound) - y.range.lowerBound + 0.5) * unitY
    }
    /// The quadrant lines sit just below the split: scores have one decimal, so the
    /// highest low score is 0.1 below it.
    var splitX: Double { px(x.split - 0.05) }
    var splitY: Double { py(y.split - 0.05) }

    func drawQuadrants(_ svg: inout ChartSVG) {
        let x0 = Self.left, x1 = Self.left + Self.plotWidth, y0 = Self.top, y1 = Self.top + Self.plotHeight
        let cells = [(x0, y0, splitX, splitY), (splitX, y0, x1, splitY), (x0, splitY, splitX, y1), (splitX, splitY, x1, y1)]
        svg.raw("<g class=\"quadrants\">")
        for (n, cell) in cells.enumerated() {
            let name = n < quadrants.count ? quadrants[n] : ""
            svg.rect(cell.0, cell.1, cell.2 - cell.0, cell.3 - cell.1, cls: "quadrant q-" + Slug.make(name))
        }
        for (n, cell) in cells.enumerated() where n < quadrants.count {
            let right = n % 2 == 1
            svg.label(quadrants[n], x: right ? cell.2 - 6 : cell.0 + 6, y: cell.1 + 17,
                      cls: "quadrant-name", anchor: right ? "end" : nil)
        }
        svg.raw("</g>")
    }

    func drawAxes(_ svg: inout ChartSVG) {
        let bottomY = Self.top + Self.plotHeight
        svg.raw("<g class=\"axes\">")
        svg.line(splitX, Self.top, splitX, bottomY, cls: "split")
        svg.line(Self.left, splitY, Self.left + Self.plotWidth, splitY, cls: "split")
        var v = x.range.lowerBound
        while v <= x.range.upperBound {
            svg.label(SiteNumber.decimal(v), x: px(v), y: bottomY + 16, cls: "tick", anchor: "middle")
            v += 1
        }
        v = y.range.lowerBound
        while v <= y.range.upperBound {
            svg.label(SiteNumber.decimal(v), x: Self.left - 8, y: py(v) + 4, cls: "tick", anchor: "end")
            v += 1
        }
        svg.label(x.title + ": low \u{2192} high", x: Self.left + Self.plotWidth / 2, y: Self.height - 8, cls: "axis-title",
                  anchor: "middle")
        let midY = Self.top + Self.plotHeight / 2
        svg.label(y.title + ": low \u{2192} high", x: 18, y: midY, cls: "axis-title", anchor: "middle", rotate: -90)
        svg.raw("</g>")
    }
}
