@testable import JourneyCore
@testable import JourneyOutputs
import Testing

@Suite struct EmotionSparklineTests {
    @Test func noEmotionNoSparkline() {
        #expect(EmotionSparkline(scores: [nil, nil], label: "x").svg() == nil)
    }

    @Test func aLineBrokenAtGapsWithTheLowPointsDotted() throws {
        let line = EmotionSparkline(scores: [1, 0, nil, -2, 2], lows: [3], label: SiteTestProject.hostile)
        let svg = try #require(line.svg())
        #expect(svg.contains(#"role="img" aria-label="&lt;/script&gt;"#))
        #expect(svg.components(separatedBy: "<polyline").count == 3)  // 1, 0 and then -2, 2
        #expect(svg.components(separatedBy: "<circle class=\"low\"").count == 2)
    }

    @Test func longJourneysAreAveragedKeepingTheirLows() {
        var scores: [Double?] = Array(repeating: 1, count: 2000)
        scores[1234] = -2
        let line = EmotionSparkline(scores: scores, lows: [1234], label: "x", maxPoints: 80)
        let points = line.buckets()
        #expect(points.count == 80)
        #expect(points.filter(\.low).map(\.score) == [-2])
    }

    @Test func aJourneysSparklineNamesItsLowPoint() throws {
        let j = try #require(SiteTestProject.trailProject().journeys.first)
        let line = EmotionSparkline(j)
        #expect(line.label.hasPrefix("Emotion curve from "))
        #expect(line.label.contains("lowest"))
    }
}
