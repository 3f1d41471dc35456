import JourneyCore

/// The emotion curve as a lane of the journey map: one small SVG per touchpoint cell,
/// the point at the middle of its column, so the curve lines up with the columns
/// whatever their width.
///
/// Each cell draws its half of the line to each rated neighbour, up to the cell's edge
/// at the height halfway between the two, so neighbouring cells meet; the stage's mean
/// emotion as a dashed level across the cell, with a step where the stage changes; the
/// zero line; the point coloured by its value and ringed at a low point. Widths are
/// percentages of the cell, heights fixed. The score and emotion word are text under
/// the drawing, which wraps in a narrow column (SVG text would run into the next); the
/// drawing itself is hidden from screen readers, the text says it all. Colours come
/// from CSS classes, so both colour schemes apply; every map text is escaped.
public struct EmotionCurve: Sendable {
    public var journey: ResolvedJourney
    /// Touchpoint index per grid column, nil for the empty column of a stage without any.
    public var columns: [Int?]

    public init(_ journey: ResolvedJourney, columns: [Int?]) {
        self.journey = journey
        self.columns = columns
    }

    /// The cell's height, and the band of it the -2..+2 scale uses.
    static let height = 88.0, top = 12.0, scale = 64.0

    static func y(_ score: Double) -> Double { top + (2 - min(max(score, -2), 2)) / 4 * scale }

    /// Whether any touchpoint of the columns has an emotion: without one the lane is not drawn.
    public var isUsed: Bool { columns.contains { $0.map { journey.touchpoints[$0].emotion != nil } ?? false } }

    /// The `<td>` cells of the lane, in column order.
    public func cells() -> String {
        let scores = columns.map { column in column.flatMap { journey.touchpoints[$0].emotion?.value.score } }
        let stageMeans = columns.map { column in column.flatMap { journey.stageEmotions[journey.stageOfTouchpoint[$0]] } }
        let lows = Set(journey.lowPoints)
        var out = SiteHTML()
        for (c, column) in columns.enumerated() {
            guard let i = column else {
                out.raw("<td class=\"emotion-cell\"></td>")
                continue
            }
            let tp = journey.touchpoints[i]
            let score = scores[c]
            guard score != nil || stageMeans[c] != nil else {
                out.raw("<td class=\"emotion-cell\"></td>")
                continue
            }
            out.raw("<td class=\"emotion-cell\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-lane\" width=\"100%\" height=\""
                    + num(Self.height) + "\" aria-hidden=\"true\">")
            let y0 = num(Self.y(0))
            out.raw("<line class=\"zero\" x1=\"0\" x2=\"100%\" y1=\"" + y0 + "\" y2=\"" + y0 + "\"/>")
            if let mean = stageMeans[c] {
                let ym = num(Self.y(mean))
                out.raw("<line class=\"stage-mean\" x1=\"0\" x2=\"100%\" y1=\"" + ym + "\" y2=\"" + ym + "\"/>")
                if c > 0, let previous = stageMeans[c - 1], previous != mean,
                   columns[c - 1].map({ journey.stageOfTouchpoint[$0] }) != journey.stageOfTouchpoint[i] {
                    out.raw("<line class=\"stage-mean step\" x1=\"0\" x2=\"0\" y1=\"" + num(Self.y(previous)) + "\" y2=\"" + ym + "\"/>")
                }
            }
            if let score {
                let y = Self.y(score)
                if c > 0, let left = scores[c - 1] {
                    out.raw("<line class=\"curve\" x1=\"0\" y1=\"" + num((Self.y(left) + y) / 2) + "\" x2=\"50%\" y2=\"" + num(y) + "\"/>")
                }
                if c + 1 < columns.count, let right = scores[c + 1] {
                    out.raw("<line class=\"curve\" x1=\"50%\" y1=\"" + num(y) + "\" x2=\"100%\" y2=\"" + num((Self.y(right) + y) / 2) + "\"/>")
                }
                if lows.contains(i) {
                    out.raw("<circle class=\"low-ring\" cx=\"50%\" cy=\"" + num(y) + "\" r=\"10\"/>")
                }
                out.raw("<circle class=\"point " + Self.emotionClass(score) + "\" data-touchpoint=\"")
                out.text(tp.header.id)
                out.raw("\" cx=\"50%\" cy=\"" + num(y) + "\" r=\"6\"/>")
            }
            out.raw("</svg>")
            if score != nil {
                out.raw("<p class=\"emotion-word\">")
                out.text(wordText(tp))
                if lows.contains(i) { out.raw("<span class=\"visually-hidden\">, low point</span>") }
                out.raw("</p>")
            }
            out.raw("</td>")
        }
        return out.html
    }

    /// `-2 angry`, or the score alone.
    func wordText(_ tp: Touchpoint) -> String {
        guard let e = tp.emotion?.value else { return "" }
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

    private func num(_ x: Double) -> String { ChartSVG.num(x) }
}
