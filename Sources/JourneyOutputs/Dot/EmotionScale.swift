import JourneyCore

/// The diverging colour scale of emotions in the diagrams.
///
/// ColorBrewer RdBu, the five light classes of its 7-class scheme (colour-blind safe,
/// dark text stays readable on every class): red for -2, near-white for 0, blue for
/// +2, interpolated in between so that -0.5 sits between -1 and 0. The diagrams print
/// the number as well, so colour is never the only signal.
public enum EmotionScale {
    /// The anchors for -2, -1, 0, +1, +2.
    public static let anchors: [RGB] = [
        RGB(0xEF, 0x8A, 0x62), RGB(0xFD, 0xDB, 0xC7), RGB(0xF7, 0xF7, 0xF7),
        RGB(0xD1, 0xE5, 0xF0), RGB(0x67, 0xA9, 0xCF),
    ]

    /// The fill of a node without emotion: a grey apart from the scale's near-white.
    public static let missing = "#d9d9d9"

    /// `#rrggbb` for `score` (clamped to -2...+2), or `missing` for nil.
    public static func colour(_ score: Double?) -> String {
        guard let score, score.isFinite else { return missing }
        let x = min(max(score, -2), 2) + 2
        let low = min(Int(x), 3)
        let t = x - Double(low)
        return anchors[low].mixed(with: anchors[low + 1], t).hex
    }

    /// The score as printed in nodes: `+1`, `-0.5`, `0`; `–` (en dash) when absent.
    public static func text(_ score: Double?) -> String {
        guard let score else { return "\u{2013}" }
        let body = DotNumber.decimal(abs(score), maxDecimals: 1)
        if body == "0" { return "0" }
        return (score < 0 ? "-" : "+") + body
    }

    /// An sRGB colour.
    public struct RGB: Sendable, Equatable {
        public var r: Int, g: Int, b: Int

        /// A colour from its channels, 0...255 each.
        public init(_ r: Int, _ g: Int, _ b: Int) {
            self.r = r
            self.g = g
            self.b = b
        }

        func mixed(with other: RGB, _ t: Double) -> RGB {
            func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
            return RGB(mix(r, other.r), mix(g, other.g), mix(b, other.b))
        }

        /// `#rrggbb`, lowercase.
        public var hex: String {
            let digits = Array("0123456789abcdef".utf8)
            var out: [UInt8] = [UInt8(ascii: "#")]
            for c in [r, g, b] {
                out.append(digits[c >> 4])
                out.append(digits[c & 0x0F])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// Numbers as the diagrams print them: fixed point, no trailing zeros, `.` always.
enum DotNumber {
    /// `x` rounded to `maxDecimals`, trailing zeros dropped: 40 -> `40`, 12.50 -> `12.5`.
    static func decimal(_ x: Double, maxDecimals: Int) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 1e15 else { return String(Int(x.rounded())) }
        let n = Int(scaled)
        let whole = n / Int(scale)
        var fraction = String(n % Int(scale))
        if maxDecimals > 0 {
            fraction = String(repeating: "0", count: maxDecimals - fraction.count) + fraction
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = x < 0 && n != 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty || maxDecimals == 0 ? "" : "." + fraction)
    }

    /// A share in percent: `40%`, `12.5%`.
    static func percent(_ share: Double) -> String { decimal(share, maxDecimals: 1) + "%" }
}
