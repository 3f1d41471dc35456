import JourneyCore

/// A KPI's `now -> target` as a small gap graphic on one scale: a ring at now, an arrow
/// to the target, pointing left when the target is below now (a decrease).
///
/// Drawn only when both values are numbers with the same unit (`1.9%`, `5 days`,
/// `£40`); otherwise the page shows the text alone. The graphic is decoration: the
/// numbers and the direction are written beside it.
public struct KPIGap: Sendable, Equatable {
    public enum Direction: String, Sendable {
        case increase, decrease, hold
    }

    public var now: Double
    public var target: Double

    /// The gap between two values, or nil unless both are numbers in the same unit.
    public init?(now: String?, target: String?) {
        guard let now, let target, let a = Self.parse(now), let b = Self.parse(target), a.unit == b.unit else { return nil }
        self.now = a.value
        self.target = b.value
        guard self.now.isFinite, self.target.isFinite else { return nil }
    }

    public var direction: Direction { target > now ? .increase : target < now ? .decrease : .hold }

    /// `1,200.5 /day` -> (1200.5, "#/day"): the number and what surrounds it.
    static func parse(_ text: String) -> (value: Double, unit: String)? {
        let chars = Array(text.trimmingSpaces())
        guard let start = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        var prefix = String(chars[..<start])
        var sign = 1.0
        if prefix.hasSuffix("-") || prefix.hasSuffix("\u{2212}") {
            sign = -1
            prefix.removeLast()
        } else if prefix.hasSuffix("+") {
            prefix.removeLast()
        }
        guard prefix.count <= 3 else { return nil }
        var end = start
        var digits = ""
        while end < chars.count, chars[end].isASCII, chars[end].isNumber || chars[end] == "." || chars[end] == "," {
            if chars[end] != "," { digits.append(chars[end]) }
            end += 1
        }
        guard let value = Double(digits) else { return nil }
        return (sign * value, prefix + "#" + String(chars[end...]).trimmingSpaces())
    }

    static let width = 112.0, height = 14.0

    /// The graphic, hidden from screen readers (the text beside it says the same).
    public func svg() -> String {
        let lo = min(0, now, target), hi = max(now, target, lo + 1e-9)
        func x(_ v: Double) -> Double { 5 + (v - lo) / (hi - lo) * (Self.width - 10) }
        let nx = x(now), tx = x(target), mid = Self.height / 2
        let dir = direction
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kpi-gap " + dir.rawValue + "\" viewBox=\"0 0 "
            + ChartSVG.num(Self.width) + " " + ChartSVG.num(Self.height) + "\" width=\"" + ChartSVG.num(Self.width)
            + "\" height=\"" + ChartSVG.num(Self.height) + "\" aria-hidden=\"true\" focusable=\"false\">"
        svg += "<line class=\"track\" x1=\"5\" x2=\"" + ChartSVG.num(Self.width - 5) + "\" y1=\"" + ChartSVG.num(mid) + "\" y2=\""
            + ChartSVG.num(mid) + "\"/>"
        svg += "<line class=\"gap\" x1=\"" + ChartSVG.num(nx) + "\" x2=\"" + ChartSVG.num(tx) + "\" y1=\"" + ChartSVG.num(mid)
            + "\" y2=\"" + ChartSVG.num(mid) + "\"/>"
        if dir != .hold {
            let back = dir == .increase ? tx - 6 : tx + 6
            svg += "<path class=\"target\" d=\"M" + ChartSVG.num(back) + " 2L" + ChartSVG.num(tx) + " " + ChartSVG.num(mid) + "L"
                + ChartSVG.num(back) + " " + ChartSVG.num(Self.height - 2) + "Z\"/>"
        }
        svg += "<circle class=\"now\" cx=\"" + ChartSVG.num(nx) + "\" cy=\"" + ChartSVG.num(mid) + "\" r=\"3.5\"/></svg>"
        return svg
    }
}
