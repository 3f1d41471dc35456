/// The emotion curve of a journey as inline SVG: a line across its touchpoints on a
/// -2..+2 scale, stage bands behind it, low points marked.
///
/// Every map text is escaped for SVG; colours come from CSS classes (the page's
/// Content-Security-Policy allows no inline styles), so both themes apply.
public struct EmotionCurve: Sendable {
    /// Width given to one touchpoint, and the margins around the plot.
    static let step = 96.0, left = 44.0, right = 16.0, top = 40.0, plot = 160.0, bottom = 64.0

    public var journey: ResolvedJourney
    /// The ids of the `<title>` and `<desc>`, unique on the page.
    public var titleID = "emotion-curve-title"
    public var descID = "emotion-curve-desc"

    public init(_ journey: ResolvedJourney) { self.journey = journey }

    /// The SVG, or nil when no touchpoint has an emotion.
    public func svg() -> String? {
        let j = journey
        let scores = j.touchpoints.map { $0.emotion?.value.score }
        guard scores.contains(where: { $0 != nil }) else { return nil }
        let n = j.touchpoints.count
        let width = Self.left + Double(n) * Self.step + Self.right
        let height = Self.top + Self.plot + Self.bottom
        var out = SiteHTML()
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-curve\" width=\"\(num(width))\" height=\"\(num(height))\""
            + " viewBox=\"0 0 \(num(width)) \(num(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">")
        out.raw("<title id=\"\(titleID)\">Emotion curve of ")
        out.text(j.title)
        out.raw("</title><desc id=\"\(descID)\">")
        out.text(description(scores))
        out.raw("</desc>")
        bands(&out)
        axis(&out, width: width)
        line(&out, scores)
        points(&out, scores)
        out.raw("</svg>")
        return out.html
    }

    /// The text alternative: the scale, the number of points and the low points.
    public func description(_ scores: [Double?]) -> String {
        let j = journey
        let rated = scores.compactMap { $0 }.count
        var text = "Emotion from -2 to +2 across \(rated) of \(j.touchpoints.count) touchpoints"
        if let mean = j.meanEmotion { text += ", mean \(SiteNumber.signed(mean))" }
        let lows = j.lowPoints.map { j.touchpoints[$0] }
        if let first = lows.first, let score = first.emotion?.value.score {
            text += "; lowest \(SiteNumber.signed(score)) at " + lows.map(\.header.title).joined(separator: ", ")
        }
        return text + "."
    }

    func x(_ i: Int) -> Double { Self.left + (Double(i) + 0.5) * Self.step }
    func y(_ score: Double) -> Double { Self.top + (2 - min(max(score, -2), 2)) / 4 * Self.plot }

    /// One band per stage with touchpoints, its title on top and its emotion dashed.
    func bands(_ out: inout SiteHTML) {
        out.raw("<g class=\"stage-bands\">")
        var first = 0
        for (s, stage) in journey.stages.enumerated() {
            let count = stage.touchpoints.count
            guard count > 0 else { continue }
            let x0 = Self.left + Double(first) * Self.step
            let w = Double(count) * Self.step
            out.raw("<g class=\"band band-\(s % 2 == 0 ? "a" : "b")\"><title>")
            out.text(stage.header.title)
            out.raw("</title>")
            out.raw("<rect x=\"\(num(x0))\" y=\"\(num(Self.top - 24))\" width=\"\(num(w))\" height=\"\(num(Self.plot + 24))\"/>")
            out.raw("<text class=\"band-label\" x=\"\(num(x0 + 6))\" y=\"\(num(Self.top - 8))\">")
            out.text(Self.clipped(stage.header.title, to: Int(w / 7)))
            out.raw("</text>")
            if let e = journey.stageEmotions[s] {
                out.raw("<line class=\"stage-emotion\" x1=\"\(num(x0))\" x2=\"\(num(x0 + w))\" y1=\"\(num(y(e)))\" y2=\"\(num(y(e)))\"/>")
            }
            out.raw("</g>")
            first += count
        }
        out.raw("</g>")
    }

    /// Grid lines and labels at -2..+2.
    func axis(_ out: inout SiteHTML, width: Double) {
        out.raw("<g class=\"axis\">")
        for v in stride(from: 2, through: -2, by: -1) {
            let yy = num(y(Double(v)))
            out.raw("<line class=\"\(v == 0 ? "zero" : "grid")\" x1=\"\(num(Self.left))\" x2=\"\(num(width - Self.right))\" y1=\"\(yy)\" y2=\"\(yy)\"/>")
            out.raw("<text x=\"\(num(Self.left - 8))\" y=\"\(yy)\" dy=\"4\" text-anchor=\"end\">\(SiteNumber.signed(Double(v)))</text>")
        }
        out.raw("</g>")
    }

    /// The curve, broken where a touchpoint has no emotion.
    func line(_ out: inout SiteHTML, _ scores: [Double?]) {
        var run: [String] = []
        func flush() {
            if run.count > 1 { out.raw("<polyline class=\"curve\" points=\"\(run.joined(separator: " "))\"/>") }
            run = []
        }
        for (i, score) in scores.enumerated() {
            guard let score else { flush(); continue }
            run.append(num(x(i)) + "," + num(y(score)))
        }
        flush()
    }

    /// A point per rated touchpoint (with its title and emotion as tooltip), low points
    /// ringed and labelled, and every touchpoint's title under the plot.
    func points(_ out: inout SiteHTML, _ scores: [Double?]) {
        let lows = Set(journey.lowPoints)
        let labelY = num(Self.top + Self.plot + 20)
        out.raw("<g class=\"points\">")
        for (i, tp) in journey.touchpoints.enumerated() {
            out.raw("<g><title>")
            out.text(tp.header.title)
            out.raw(": ")
            out.text(emotionText(tp))
            out.raw("</title>")
            let cx = num(x(i))
            if let score = scores[i] {
                let cy = num(y(score))
                if lows.contains(i) {
                    out.raw("<circle class=\"low-ring\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"10\"/>")
                    // Above the point, clear of the titles under the plot (below it at the top).
                    let lowY = score < 1.5 ? y(score) - 15 : y(score) + 24
                    out.raw("<text class=\"low-label\" x=\"" + cx + "\" y=\"" + num(lowY) + "\" text-anchor=\"middle\">low point</text>")
                }
                out.raw("<circle class=\"point ")
                out.raw(Self.emotionClass(score))
                out.raw("\" cx=\"")
                out.raw(cx)
                out.raw("\" cy=\"")
                out.raw(cy)
                out.raw("\" r=\"5\"/>")
            }
            out.raw("<text class=\"tp-label\" x=\"")
            out.raw(cx)
            out.raw("\" y=\"")
            out.raw(labelY)
            out.raw("\" text-anchor=\"middle\">")
            out.text(Self.clipped(tp.header.title, to: 14))
            out.raw("</text></g>")
        }
        out.raw("</g>")
    }

    func emotionText(_ tp: Touchpoint) -> String {
        guard let e = tp.emotion?.value else { return "no emotion given" }
        return SiteNumber.signed(e.score) + (e.label.map { " " + $0 } ?? "")
    }

    /// `emo-n2` ... `emo-p2`: the class of the nearest whole score, for colours.
    public static func emotionClass(_ score: Double) -> String {
        switch min(max(score.rounded(), -2), 2) {
        case -2: return "emo-n2"
        case -1: return "emo-n1"
        case 1: return "emo-p1"
        case 2: return "emo-p2"
        default: return "emo-0"
        }
    }

    /// `text` cut to `limit` characters with an ellipsis (the full text is the tooltip).
    static func clipped(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "\u{2026}"
    }

    private func num(_ x: Double) -> String { SiteNumber.decimal(x, maxDecimals: 1, grouping: false) }
}
