import Testing
import JourneyCore

/// Personalization value and CX score (Journey Markdown 1.1, section 6).
@Suite struct CXScoreFiguresTests {
    struct ValueCase: Sendable {
        var impact: Double?
        var confidence: Double?
        var status: String
        var expected: Double
    }

    @Test(arguments: [
        ValueCase(impact: 5, confidence: 5, status: "live", expected: 1),
        ValueCase(impact: 5, confidence: 5, status: "planned", expected: 0.5),
        ValueCase(impact: 5, confidence: 5, status: "idea", expected: 0.25),
        ValueCase(impact: 5, confidence: 5, status: "retired", expected: 0),
        ValueCase(impact: 4, confidence: nil, status: "live", expected: 0.48),  // no confidence counts as 3: 0.8 x 0.6
        ValueCase(impact: nil, confidence: 5, status: "live", expected: 0),  // no impact, no value
        ValueCase(impact: 2, confidence: 4, status: "planned", expected: 0.16),  // 0.4 x 0.8 x 0.5
    ])
    func tacticValue(_ c: ValueCase) {
        let value = Figures.tacticValue(impact: c.impact, confidence: c.confidence, status: c.status)
        #expect(abs(value - c.expected) < 1e-12, "\(value) != \(c.expected)")
    }

    @Test func interactionValueIsCappedAtOne() {
        #expect(Figures.interactionValue([]) == 0)
        #expect(Figures.interactionValue([0.25, 0.5]) == 0.75)
        #expect(Figures.interactionValue([0.75, 0.5]) == 1)
    }

    struct ScoreCase: Sendable {
        var values: [Double]
        var priorities: [Double?]
        var expected: Double?
    }

    @Test(arguments: [
        // Weighted by priority: 100 x (1 x 80 + 0 x 20) / 100.
        ScoreCase(values: [1, 0], priorities: [80, 20], expected: 80),
        // An unscored touchpoint weighs the mean priority (40): 100 x (0.5 x 40 + 1 x 40) / 80.
        ScoreCase(values: [0.5, 1], priorities: [40, nil], expected: 75),
        // Nothing scored: a plain mean.
        ScoreCase(values: [0.2, 0.4, 0.9], priorities: [nil, nil, nil], expected: 50),
        // Every weight 0: a plain mean too.
        ScoreCase(values: [1, 0], priorities: [0, 0], expected: 50),
        // No touchpoint, no score.
        ScoreCase(values: [], priorities: [], expected: nil),
    ])
    func cxScore(_ c: ScoreCase) {
        let score = Figures.cxScore(values: c.values, priorities: c.priorities)
        if let expected = c.expected {
            #expect(score.map { abs($0 - expected) < 1e-9 } == true, "\(String(describing: score)) != \(expected)")
        } else {
            #expect(score == nil)
        }
    }
}
