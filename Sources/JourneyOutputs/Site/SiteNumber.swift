import JourneyCore

/// Numbers as the pages print them: fixed point, `.` always, no trailing zeros.
///
/// Formatting is done here, not by `String(describing:)`, so pages are byte-identical
/// across platforms and runs.
public enum SiteNumber {
    /// `x` rounded to `maxDecimals`, trailing zeros dropped: 40 -> `40`, 12.50 -> `12.5`;
    /// thousands grouped with `,` from five digits on unless `grouping` is false.
    public static func decimal(_ x: Double, maxDecimals: Int = 1, grouping: Bool = true) -> String {
        guard x.isFinite else { return "0" }
        // Whole numbers (most scores, counts, coordinates) skip the digit work.
        if x == x.rounded(), abs(x) < 10_000 { return x == 0 ? "0" : String(Int(x)) }
        var scale = 1.0
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 1e15 else { return String(Int(x.rounded())) }
        let n = Int(scaled)
        let whole = n / Int(scale)
        // The fraction's digits without its trailing zeros, worked out on the number:
        // charts print thousands of coordinates, and text operations cost more.
        var fraction = n % Int(scale), digits = maxDecimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = x < 0 && n != 0 ? "-" : ""
        text += grouping ? grouped(whole) : String(whole)
        if digits > 0 {
            let shown = String(fraction)
            text += "." + String(repeating: "0", count: digits - shown.utf8.count) + shown
        }
        return text
    }

    /// An emotion score with its sign: `+1`, `-0.5`, `0`.
    public static func signed(_ x: Double) -> String {
        let body = decimal(abs(x))
        if body == "0" { return "0" }
        return (x < 0 ? "-" : "+") + body
    }

    /// A whole number with thousands separators: `51,438`.
    public static func integer(_ n: Int) -> String { n < 0 ? "-" + grouped(-n) : grouped(n) }

    /// `part` of `whole` as a whole percent: `67%`.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        return decimal(100 * Double(part) / Double(whole), maxDecimals: 0) + "%"
    }

    /// A percent value already in percent: `3.1%`.
    public static func percent(_ value: Double) -> String { decimal(value, maxDecimals: 2) + "%" }

    /// A sort key that orders as text the way the numbers order: for `data-` attributes
    /// read by the script (fixed width, offset so negatives sort first).
    public static func sortKey(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        let scaled = Int(((x + 1_000_000) * 100).rounded())
        let digits = String(max(0, scaled))
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        guard digits.count > 4 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
