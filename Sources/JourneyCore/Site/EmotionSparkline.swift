/// A journey's emotion curve as a word-sized inline SVG, for cards and lists: the line
/// across its touchpoints on -2..+2, the zero line, the low points ringed.
///
/// The name is an `aria-label` (a page shows many sparklines, so no ids); colours come
/// from CSS classes, so both themes apply.
public struct EmotionSparkline: Sendable {
    static let width = 160.0, height = 40.0, pad = 5.0
    /// Above this many touchpoints only the low points get a dot: the line says the rest.
    static let dotLimit = 16

    public var journey: ResolvedJourney

    public init(_ journey: ResolvedJourney) { self.journey = journey }

    /// The SVG, or nil when no touchpoint has an emotion.
    public func svg() -> String? {
        let j = journey
        let scores = j.touchpoints.map { $0.emotion?.value.score }
        guard scores.contains(where: { $0 != nil }) else { return nil }
        var out = SiteHTML()
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"160\" height=\"40\" viewBox=\"0 0 160 40\""
                + " role=\"img\" aria-label=\"")
        out.text(label(scores))
        out.raw("\"><line class=\"zero\" x1=\"0\" x2=\"160\" y1=\"20\" y2=\"20\"/>")
        var run: [String] = []
        func flush() {
            if run.count > 1 { out.raw("<polyline class=\"curve\" points=\"" + run.joined(separator: " ") + "\"/>") }
            run = []
        }
        for (i, score) in scores.enumerated() {
            guard let score else { flush(); continue }
            run.append(num(x(i, of: scores.count)) + "," + num(y(score)))
        }
        flush()
        let lows = Set(j.lowPoints)
        for (i, score) in scores.enumerated() {
            guard let score, lows.contains(i) || scores.count <= Self.dotLimit else { continue }
            let cx = num(x(i, of: scores.count)), cy = num(y(score))
            if lows.contains(i) { out.raw("<circle class=\"low-ring\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4.5\"/>") }
            out.raw("<circle class=\"point " + EmotionCurve.emotionClass(score) + "\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"2.5\"/>")
        }
        out.raw("</svg>")
        return out.html
    }

    /// `Emotion from +1 to 0, lowest -2 at Returns (mean -0.2)`.
    func label(_ scores: [Double?]) -> String {
        let rated = scores.compactMap { $0 }
        var text = "Emotion curve: starts " + SiteNumber.signed(rated[0]) + ", ends " + SiteNumber.signed(rated[rated.count - 1])
        if let low = journey.lowPoints.first, let score = scores[low] {
            text += ", lowest " + SiteNumber.signed(score) + " at "
                + journey.lowPoints.map { journey.touchpoints[$0].header.title }.joined(separator: ", ")
        }
        if let mean = journey.meanEmotion { text += " (mean " + SiteNumber.signed(mean) + ")" }
        return text
    }

    func x(_ i: Int, of n: Int) -> Double {
        n < 2 ? Self.width / 2 : Self.pad + Double(i) * (Self.width - 2 * Self.pad) / Double(n - 1)
    }

    func y(_ score: Double) -> Double {
        Self.pad + (2 - min(max(score, -2), 2)) / 4 * (Self.height - 2 * Self.pad)
    }

    private func num(_ x: Double) -> String { SiteNumber.decimal(x, maxDecimals: 1, grouping: false) }
}
