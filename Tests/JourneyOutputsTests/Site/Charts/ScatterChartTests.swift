@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The bubble chart: one item per mark, marks kept apart, in order and in their quadrant.
@Suite struct ScatterChartTests {
    /// SplitMix64: seeded, so every run draws the same marks.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func chart(_ marks: [ScatterChart.Mark]) -> ScatterChart {
        ScatterChart(chart: "impact-effort", title: "Tactics: impact × effort", summary: "Tactics by effort and impact.",
                     x: .init("Effort"), y: .init("Impact"),
                     quadrants: ["Quick win", "Major project", "Fill-in", "Thankless task"], marks: marks)
    }

    /// `count` marks on whole scores (many on the same spot), sizes 1..5, some without.
    static func crowd(_ count: Int, seed: UInt64, decimals: Bool = false) -> [ScatterChart.Mark] {
        var rng = Seeded(state: seed)
        return (0..<count).map { i in
            func score() -> Double {
                decimals ? Double(Int.random(in: 10...50, using: &rng)) / 10 : Double(Int.random(in: 1...5, using: &rng))
            }
            let size: Double? = i % 7 == 0 ? nil : Double(Int.random(in: 1...5, using: &rng))
            return ScatterChart.Mark(id: "t\(i)", x: score(), y: score(), size: size, label: String(i + 1), name: "Tactic \(i)",
                                     href: "#tactic-t\(i)")
        }
    }

    @Test func noMarksNoChart() {
        #expect(Self.chart([]).svg() == nil)
    }

    @Test func everyMarkIsOneNamedLinkWithItsId() throws {
        let marks = [
            ScatterChart.Mark(id: "a", x: 2, y: 4, size: 3, label: "1", name: SiteTestProject.hostile, href: "#tactic-a",
                              cls: "q-quick-win"),
            ScatterChart.Mark(id: "b\"<", x: 4, y: 2, label: "2", name: SiteTestProject.quoted),
        ]
        let svg = try #require(Self.chart(marks).svg())
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart scatter-chart" data-chart="impact-effort""#))
        #expect(svg.contains(#"role="group" aria-labelledby="chart-impact-effort-title chart-impact-effort-desc""#))
        #expect(svg.contains(##"<a href="#tactic-a" class="mark q-quick-win" data-id="a"><title>&lt;/script&gt;&lt;img"##))
        #expect(svg.contains(#"<g class="mark" data-id="b&quot;&lt;"><title>&quot;quoted&quot; &amp; &#39;single&#39;</title>"#))
        #expect(!svg.contains("<img"))
        #expect(svg.components(separatedBy: "data-id=").count == 3)
        for name in ["Quick win", "Major project", "Fill-in", "Thankless task", "Effort: low → high", "Impact: low → high"] {
            #expect(svg.contains(">" + name + "</text>"))
        }
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test(arguments: [(12, UInt64(1)), (60, 2), (250, 3), (40, 4)])
    func crowdedMarksOverlapByAtMostHalf(count: Int, seed: UInt64) {
        let placed = Self.chart(Self.crowd(count, seed: seed)).layout()
        #expect(placed.count == count)
        #expect(MarkLayout.worstOverlap(placed) <= MarkLayout.limit)
    }

    /// Marks whose values differ by a whole step keep their order on both axes, and
    /// every mark stays on its side of both quadrant lines.
    @Test(arguments: [(UInt64(5), false), (6, true), (7, false)])
    func marksKeepTheirOrderAndQuadrant(seed: UInt64, decimals: Bool) {
        let chart = Self.chart(Self.crowd(80, seed: seed, decimals: decimals))
        let placed = chart.layout()
        for (i, a) in chart.marks.enumerated() {
            #expect((a.x >= 3) == (placed[i].x > chart.splitX))
            #expect((a.y >= 3) == (placed[i].y < chart.splitY))
            #expect(placed[i].x > ScatterChart.left && placed[i].x < ScatterChart.left + ScatterChart.plotWidth)
            for (k, b) in chart.marks.enumerated() {
                if a.x - b.x >= 1 { #expect(placed[i].x > placed[k].x) }
                if a.y - b.y >= 1 { #expect(placed[i].y < placed[k].y) }
            }
        }
    }

    @Test func aLoneMarkSitsOnItsValue() {
        let chart = Self.chart([ScatterChart.Mark(id: "a", x: 2, y: 4, name: "A")])
        let spot = chart.layout()[0]
        #expect(spot.x == chart.px(2))
        #expect(spot.y == chart.py(4))
    }

    @Test func theSameMarksGiveTheSameBytes() {
        let marks = Self.crowd(50, seed: 9)
        #expect(Self.chart(marks).svg() == Self.chart(marks).svg())
    }
}
