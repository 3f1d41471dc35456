extension Figures {
    /// z for a two-sided alpha of 0.05.
    public static let zAlpha = 1.959964
    /// z for a power of 0.8.
    public static let zPower = 0.841621

    /// Visitors needed per variant to detect a relative `liftPercent` on a conversion
    /// rate of `baselinePercent` (two-sided two-proportion test, alpha 0.05, power 0.8):
    ///
    ///     p1 = baseline / 100, p2 = p1 x (1 + lift / 100), pbar = (p1 + p2) / 2
    ///     n  = ceil((zAlpha x sqrt(2 pbar (1 - pbar)) + zPower x sqrt(p1 (1 - p1) + p2 (1 - p2)))^2 / (p2 - p1)^2)
    ///
    /// computed in exactly this order in `Double` (baseline 3.1%, lift 10% gives 51438).
    /// Errors (checked in this order, so the caller can point at the right value): a
    /// message starting with `baseline` concerns the baseline (outside 0%..100%
    /// exclusive); every other concerns the lift (0, or taking `p2` to 0% or below or to
    /// 100% or above).
    public static func samplePerVariant(baselinePercent: Double, liftPercent: Double) -> Result<Int, ValueError> {
        let baseline = shortNumberText(baselinePercent)
        let lift = shortNumberText(liftPercent)
        guard baselinePercent > 0, baselinePercent < 100 else {
            return .failure(ValueError(
                message: "baseline '\(baseline)%' is out of range; write a conversion rate above 0% and below 100%"))
        }
        guard liftPercent != 0 else {
            return .failure(ValueError(
                message: "lift '0%' cannot be sized; write the relative change to detect, e.g. '10%' or '-10%'"))
        }
        let p1 = baselinePercent / 100
        let p2 = p1 * (1 + liftPercent / 100)
        guard p2 > 0, p2 < 1 else {
            // Floored, so that any lift below the bound shown is valid.
            let highest = (100 * (100 / baselinePercent - 1) * 100).rounded(.down) / 100
            let bound = p2 <= 0 ? "above -100%" : "below \(shortNumberText(highest))%"
            return .failure(ValueError(
                message: "lift '\(lift)%' takes the \(baseline)% baseline to \(shortNumberText(p2 * 100))%, "
                    + "not a rate between 0% and 100%; write a lift \(bound)"))
        }
        let pbar = (p1 + p2) / 2
        let root = zAlpha * (2 * pbar * (1 - pbar)).squareRoot()
            + zPower * (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
        let n = (root * root) / ((p2 - p1) * (p2 - p1))
        guard n < 1e15 else {
            return .failure(ValueError(
                message: "lift '\(lift)%' is too small to detect on a \(baseline)% baseline (it needs over 10^15 "
                    + "visitors per variant); write a larger lift"))
        }
        return .success(Int(n.rounded(.up)))
    }

    /// Days an experiment runs: `ceil(n x variants / traffic per day)`; nil without
    /// traffic or with traffic of 0 or less.
    ///
    /// A quotient within 1e-9 (relative) of a whole number counts as that number, so a
    /// weekly or monthly rate converted to a day rate does not add a day through
    /// rounding (`11/month` is 0.3666... per day, inexact in binary). A count beyond
    /// `Int` (a rate near 0) is clamped to `Int.max`; an infinite rate has no day count.
    public static func experimentDays(samplePerVariant: Int, variants: Int, trafficPerDay: Double?) -> Int? {
        guard let trafficPerDay, trafficPerDay > 0, trafficPerDay.isFinite else { return nil }
        return ceilSnapped(Double(samplePerVariant) * Double(variants) / trafficPerDay)
    }
}
