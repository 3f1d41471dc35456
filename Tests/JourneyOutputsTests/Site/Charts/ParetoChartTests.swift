@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The Pareto chart: bars highest first, the cumulative line, the focus cut-off.
@Suite struct ParetoChartTests {
    static func bars(_ values: [Double]) -> [ParetoChart.Bar] {
        values.enumerated().map { i, v in
            ParetoChart.Bar(id: "tp\(i)", label: "Touchpoint \(i)", name: "Touchpoint \(i): priority \(v)", value: v,
                            href: "#tp-tp\(i)")
        }
    }

    @Test func noBarsNoChart() {
        #expect(ParetoChart(title: "t", summary: "s", bars: [], focusCount: nil).svg() == nil)
    }

    @Test func sortedHighestFirstTiesInOrder() {
        let sorted = ParetoChart.sorted(Self.bars([40, 90, 40, 100, 0]))
        #expect(sorted.map(\.id) == ["tp3", "tp1", "tp0", "tp2", "tp4"])
    }

    @Test func barsAreNamedItemsAndTheLineReaches100Percent() throws {
        let chart = ParetoChart(title: "Touchpoint priority", summary: "s", bars: ParetoChart.sorted(Self.bars([75, 25])),
                                focusCount: 1)
        let svg = try #require(chart.svg())
        #expect(svg.contains(#"data-chart="pareto""#))
        #expect(svg.contains(##"<a href="#tp-tp0" class="bar focus" data-id="tp0"><title>Touchpoint 0: priority 75.0</title>"##))
        #expect(svg.contains(##"<a href="#tp-tp1" class="bar" data-id="tp1">"##))
        // 75 of 100 at the first bar, all of it at the second: y of 75% and of 100%.
        let top = ParetoChart.top, h = ParetoChart.plotHeight
        let points = "points=\"" + ChartSVG.num(ParetoChart.left + ParetoChart.plotWidth / 4) + "," + ChartSVG.num(top + h * 0.25)
            + " " + ChartSVG.num(ParetoChart.left + ParetoChart.plotWidth * 3 / 4) + "," + ChartSVG.num(top) + "\""
        #expect(svg.contains(points))
        #expect(svg.contains(#"class="cutoff-line" x1="\#(ChartSVG.num(ParetoChart.left + ParetoChart.plotWidth / 2))""#))
    }

    @Test func longListsShowTheirFirstBarsAndTheLineCountsAll() throws {
        let chart = ParetoChart(title: "t", summary: "s", bars: Self.bars(Array(repeating: 10, count: 100)), focusCount: 20,
                                maxBars: 40)
        let svg = try #require(chart.svg())
        #expect(svg.components(separatedBy: "data-id=").count == 41)
        // 40 of 100 equal values: the line ends at 40%.
        #expect(svg.contains("," + ChartSVG.num(ParetoChart.top + ParetoChart.plotHeight * 0.6) + "\"/>"))
    }

    @Test func noFocusNoCutoffAndZeroValuesNoLine() throws {
        let svg = try #require(ParetoChart(title: "t", summary: "s", bars: Self.bars([0, 0]), focusCount: nil).svg())
        #expect(!svg.contains("cutoff"))
        #expect(!svg.contains("polyline"))
    }

    @Test func textIsEscaped() throws {
        let bar = ParetoChart.Bar(id: "x", label: SiteTestProject.hostile, name: SiteTestProject.quoted, value: 50)
        let svg = try #require(ParetoChart(title: SiteTestProject.hostile, summary: "s", bars: [bar], focusCount: 1).svg())
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("</script>"))
        #expect(svg.contains(#"<g class="bar focus" data-id="x"><title>&quot;quoted&quot;"#))
    }
}
