/// A `rate` value: customers per hour, day, week or month (`2000/day`).
public struct Rate: Equatable, Hashable, Sendable {
    /// The unit of time after the `/`.
    public enum Unit: String, CaseIterable, Sendable {
        case hour, day, week, month
    }

    public var amount: Double
    public var unit: Unit

    public init(amount: Double, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The rate per day. Divides rather than multiplies by 1/7 or 1/30 so that whole
    /// weekly or monthly figures stay exact (`8400/week` is exactly 1200).
    public var perDay: Double {
        switch unit {
        case .hour: return amount * 24
        case .day: return amount
        case .week: return amount / 7
        case .month: return amount / 30
        }
    }
}

extension Values {
    /// A rate: a number, `/`, a unit (`2000/day`, `80/hour`, `1,200/week`, `0.5/month`).
    ///
    /// The unit is case-insensitive and may have spaces around the slash. Commas are
    /// thousands separators only between groups of three digits. Negative amounts are
    /// refused; 0 is allowed. Plurals, abbreviations and `per day` are refused with the
    /// form to write as the fix.
    public static func rate(_ text: String) -> Result<Rate, ValueError> {
        let v = ValueText(text)
        let r = v.trim(v.all)
        var shown: String { v.text(r) }
        let units = "/hour, /day, /week or /month"
        guard !r.isEmpty else { return .failure(v.error("rate is empty; write a number per hour, day, week or month, e.g. '2000/day'", r)) }
        guard let n = v.scanNumber(from: r.lowerBound, to: r.upperBound, grouping: true) else {
            return .failure(v.error("rate '\(shown)' is not a number with a unit; write e.g. '2000/day' (units \(units))", r))
        }
        guard !n.negative || n.value == 0 else {
            return .failure(v.error("rate '\(shown)' is negative; write a number of customers of 0 or more, e.g. '2000/day'", n.range))
        }
        var number: String { v.text(n.range) }
        var i = v.skipSpaces(from: n.range.upperBound, to: r.upperBound)
        guard i < r.upperBound else {
            return .failure(v.error("rate '\(shown)' has no unit; write '\(number)/day' or another of \(units)", r))
        }
        let usesPer = v.bytes[i] != 0x2F && v.matches("per", at: i, end: r.upperBound)
            && v.spaceLength(at: i + 3, end: r.upperBound) > 0
        guard v.bytes[i] == 0x2F || usesPer else {
            return .failure(v.error("rate '\(shown)' is not a number with a unit; write e.g. '2000/day' (units \(units))", r))
        }
        i = v.skipSpaces(from: i + (usesPer ? 3 : 1), to: r.upperBound)
        let unitRange = i..<r.upperBound
        let unitText = v.text(unitRange).lowercased()
        let unit = Rate.Unit(rawValue: unitText)
        if let unit, !usesPer {
            let rate = Rate(amount: n.value, unit: unit)
            guard rate.perDay.isFinite else {
                return .failure(v.error("rate '\(shown)' is too large to compute with; write a smaller number", n.range))
            }
            return .success(rate)
        }
        if let likely = unit ?? likelyUnit(unitText) {
            let fix = "\(number)/\(likely.rawValue)"
            let what = usesPer ? "uses 'per'" : "has an unknown unit '\(v.text(unitRange))'"
            return .failure(v.error("rate '\(shown)' \(what); write '\(fix)'", r, fix: fix))
        }
        guard !unitRange.isEmpty else {
            return .failure(v.error("rate '\(shown)' has no unit after '/'; write '\(number)/day' or another of \(units)", r))
        }
        return .failure(v.error("rate unit '\(v.text(unitRange))' is unknown; write the number then one of \(units), e.g. '\(number)/day'", unitRange))
    }

    /// The unit an author most likely meant by a plural, an abbreviation or a typo.
    private static func likelyUnit(_ written: String) -> Rate.Unit? {
        switch written {
        case "h", "hr", "hrs", "hours": return .hour
        case "d", "days", "daily": return .day
        case "w", "wk", "wks", "weeks": return .week
        case "mo", "mon", "mth", "months": return .month
        default: return Suggest.closest(to: written, in: Rate.Unit.allCases.map(\.rawValue)).flatMap(Rate.Unit.init)
        }
    }
}
