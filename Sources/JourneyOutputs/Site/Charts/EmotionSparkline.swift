import JourneyCore

/// A journey's emotion curve in a few square centimetres, for summaries and cards: a
/// line over the touchpoints on the -2..+2 scale, the zero line, the low points dotted.
///
/// An image with a spoken summary (`label`); the values are in the journey map. Long
/// journeys are averaged into at most `maxPoints` points, so the size stays small.
public struct EmotionSparkline: Sendable {
    /// Each touchpoint's emotion in order, nil where it has none.
    public var scores: [Double?]
    /// Indices into `scores` of the low points.
    public var lows: Set<Int>
    /// The accessible name: `Emotion from +1 to -2, lowest at Returns`.
    public var label: String
    public var width: Double
    public var height: Double
    public var maxPoints: Int

    public init(scores: [Double?], lows: Set<Int> = [], label: String, width: Double = 200, height: Double = 44,
                maxPoints: Int = 80) {
        self.scores = scores
        self.lows = lows
        self.label = label
        self.width = width
        self.height = height
        self.maxPoints = maxPoints
    }

    /// The sparkline of a journey, named by its first, last and lowest emotion.
    public init(_ j: ResolvedJourney) {
        let scores = j.touchpoints.map { $0.emotion?.value.score }
        var label = "Emotion curve"
        let rated = scores.compactMap { $0 }
        if let first = rated.first, let last = rated.last {
            label += " from \(SiteNumber.signed(first)) to \(SiteNumber.signed(last))"
        }
        if let low = j.lowPoints.first, let score = scores[low] {
            label += ", lowest \(SiteNumber.signed(score)) at " + j.lowPoints.map { j.touchpoints[$0].header.title }.joined(separator: ", ")
        }
        self.init(scores: scores, lows: Set(j.lowPoints), label: label)
    }

    /// The SVG, or nil when no touchpoint has an emotion.
    public func svg() -> String? {
        guard scores.contains(where: { $0 != nil }) else { return nil }
        let points = buckets()
        let pad = 4.0
        let step = (width - 2 * pad) / Double(max(points.count, 1))
        func x(_ i: Int) -> Double { pad + (Double(i) + 0.5) * step }
        func y(_ s: Double) -> Double { pad + (2 - min(max(s, -2), 2)) / 4 * (height - 2 * pad) }
        var out = SiteHTML()
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 " + ChartSVG.num(width) + " "
                + ChartSVG.num(height) + "\" width=\"" + ChartSVG.num(width) + "\" height=\"" + ChartSVG.num(height)
                + "\" role=\"img\" aria-label=\"")
        out.text(label)
        out.raw("\"><line class=\"zero\" x1=\"" + ChartSVG.num(pad) + "\" x2=\"" + ChartSVG.num(width - pad) + "\" y1=\""
                + ChartSVG.num(y(0)) + "\" y2=\"" + ChartSVG.num(y(0)) + "\"/>")
        var run: [String] = []
        func flush() {
            if run.count > 1 { out.raw("<polyline class=\"curve\" points=\"" + run.joined(separator: " ") + "\"/>") }
            run = []
        }
        for (i, point) in points.enumerated() {
            guard let score = point.score else { flush(); continue }
            run.append(ChartSVG.num(x(i)) + "," + ChartSVG.num(y(score)))
        }
        flush()
        for (i, point) in points.enumerated() {
            guard let score = point.score, point.low || points.count == 1 else { continue }
            out.raw("<circle class=\"" + (point.low ? "low" : "point") + "\" cx=\"" + ChartSVG.num(x(i)) + "\" cy=\""
                    + ChartSVG.num(y(score)) + "\" r=\"3\"/>")
        }
        out.raw("</svg>")
        return out.html
    }

    /// The points drawn: one per touchpoint, or the means of runs of touchpoints when
    /// there are more than `maxPoints` (a run holding a low point is drawn at its lowest).
    func buckets() -> [(score: Double?, low: Bool)] {
        guard scores.count > maxPoints else {
            return scores.enumerated().map { ($0.element, lows.contains($0.offset)) }
        }
        return (0..<maxPoints).map { b in
            let range = (b * scores.count / maxPoints)..<((b + 1) * scores.count / maxPoints)
            let values = range.compactMap { scores[$0] }
            let low = range.contains { lows.contains($0) }
            guard !values.isEmpty else { return (nil, false) }
            return (low ? values.min() : values.reduce(0, +) / Double(values.count), low)
        }
    }
}
