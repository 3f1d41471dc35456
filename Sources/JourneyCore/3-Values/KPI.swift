/// A `kpi` value: a name, optionally `: now -> target` (free text with units).
public struct KPI: Equatable, Hashable, Sendable {
    public var name: String
    /// The current value (`72%`), when written.
    public var now: String?
    /// The value aimed at (`60%`), when written.
    public var target: String?

    public init(name: String, now: String? = nil, target: String? = nil) {
        self.name = name
        self.now = now
        self.target = target
    }
}

extension Values {
    /// A KPI; never fails, as every part is free text.
    ///
    /// The name ends at the first colon followed by a space (so `time: 10:30 -> 9:00`
    /// keeps its times), else at the first colon. After it, `->` or `→` separates now from
    /// target; without an arrow the whole rest is `now`. A text without a colon is all
    /// name (`NPS`). Empty parts are nil; an empty name stays `""` for the caller to flag.
    public static func kpi(_ text: String) -> KPI {
        let v = ValueText(text)
        let all = v.trim(v.all)
        guard let colon = v.kpiColon(all) else { return KPI(name: v.text(all)) }
        let name = v.text(v.trim(all.lowerBound..<colon))
        let rest = colon + 1..<all.upperBound
        func part(_ range: Range<Int>) -> String? {
            let r = v.trim(range)
            return r.isEmpty ? nil : v.text(r)
        }
        guard let arrow = v.arrow(in: rest) else { return KPI(name: name, now: part(rest)) }
        return KPI(name: name, now: part(rest.lowerBound..<arrow.lowerBound), target: part(arrow.upperBound..<rest.upperBound))
    }
}

extension ValueText {
    /// The colon that ends a KPI name: the first one followed by a space or the end,
    /// else the first one.
    func kpiColon(_ range: Range<Int>) -> Int? {
        var first: Int?
        for i in range where bytes[i] == 0x3A {
            if i + 1 == range.upperBound || spaceLength(at: i + 1, end: range.upperBound) > 0 { return i }
            if first == nil { first = i }
        }
        return first
    }

    /// The first `->` or `→` (U+2192) in `range`.
    func arrow(in range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == 0x2D, i + 1 < range.upperBound, bytes[i + 1] == 0x3E { return i..<i + 2 }
            if bytes[i] == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x86, bytes[i + 2] == 0x92 { return i..<i + 3 }
            i += 1
        }
        return nil
    }
}
