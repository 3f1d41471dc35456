/// The figures of Journey Markdown section 6, as pure functions of parsed values.
public enum Figures {
    /// A touchpoint's priority: `100 x sum(w x (s - 1)) / (4 x sum(w))` over the criteria
    /// it scores (all 1 -> 0, all 5 -> 100).
    ///
    /// A criterion without a weight in `weights` is left out (the caller reports it as
    /// `bad-value`); nil when no criterion is left or the weights sum to 0. `weights` are
    /// looked up by the lowercased criterion names `Values.scoreList` returns.
    public static func priority(_ scores: [CriterionScore], weights: [String: Double]) -> Double? {
        var (weighted, total) = weightedSums(scores, weights: weights, scale: 1)
        if !weighted.isFinite || !total.isFinite {
            // Weights near the largest Double overflow the sums; the quotient is the same
            // when every weight is divided by the largest one.
            let largest = scores.compactMap { weights[$0.criterion] }.max() ?? 1
            (weighted, total) = weightedSums(scores, weights: weights, scale: largest)
        }
        guard total != 0 else { return nil }
        return 100 * weighted / (4 * total)
    }

    private static func weightedSums(_ scores: [CriterionScore], weights: [String: Double],
                                     scale: Double) -> (weighted: Double, total: Double) {
        var weighted = 0.0
        var total = 0.0
        for item in scores {
            guard let weight = weights[item.criterion] else { continue }
            weighted += weight / scale * (item.score - 1)
            total += weight / scale
        }
        return (weighted, total)
    }

    /// Ranks and focus flags for priorities in document order (nil: not scored).
    ///
    /// Rank 1 is the highest priority; equal priorities rank in document order, so ranks
    /// are 1...scored without gaps. The first `focusCount` ranks are focus touchpoints.
    /// Unscored touchpoints have no rank and are never focus.
    public static func rankAndFocus(_ priorities: [Double?], focusShare: Double) -> [(rank: Int?, focus: Bool)] {
        let scored = priorities.indices.compactMap { i in priorities[i].map { (index: i, priority: $0) } }
        let order = scored.sorted { a, b in
            a.priority != b.priority ? a.priority > b.priority : a.index < b.index
        }
        let focus = focusCount(scored: scored.count, focusShare: focusShare)
        var result: [(rank: Int?, focus: Bool)] = Array(repeating: (nil, false), count: priorities.count)
        for (position, item) in order.enumerated() {
            result[item.index] = (position + 1, position < focus)
        }
        return result
    }

    /// How many scored touchpoints are focus: `ceil(focusShare x scored)`, at least one
    /// when any is scored, at most all.
    ///
    /// A product within 1e-9 of a whole number counts as that number, so that a share
    /// parsed from a percent does not tip over (`0.7 x 10` is 7.000000000000001 in binary
    /// floating point; 70% of 10 touchpoints is 7, not 8).
    public static func focusCount(scored: Int, focusShare: Double) -> Int {
        guard scored > 0 else { return 0 }
        let wanted = ceilSnapped(max(0, focusShare) * Double(scored))
        return min(scored, max(1, wanted))
    }

    /// The mean, or nil for no values (a stage's emotion from its touchpoints').
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// `ceil(x)` where `x` within 1e-9 (relative) above a whole number counts as that number.
    /// Values beyond `Int` are clamped (NaN gives 0) rather than trapping.
    ///
    /// The tolerance is relative to `x` alone: any positive `x`, however small (a day
    /// count at a traffic of 10^21 a day), is above 0 and rounds up to at least 1.
    static func ceilSnapped(_ x: Double) -> Int {
        guard x > -9e18, x < 9e18 else { return x.isNaN ? 0 : (x > 0 ? Int.max : Int.min) }
        let nearest = x.rounded()
        if abs(x - nearest) <= 1e-9 * abs(x) { return Int(nearest) }
        return Int(x.rounded(.up))
    }
}
