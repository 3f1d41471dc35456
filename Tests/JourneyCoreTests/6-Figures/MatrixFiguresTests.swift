import Testing
import JourneyCore

@Suite struct MatrixFiguresTests {
    @Test(arguments: [
        (3.0, 3.0, NeedsValueQuadrant.fixFirst),
        (5, 5, .fixFirst),
        (3, 2.9, .customerCare),
        (5, 1, .customerCare),
        (2.9, 3, .businessPush),
        (1, 4, .businessPush),
        (2.9, 2.9, .later),
        (1, 1, .later),
    ])
    func needsValue(_ need: Double, _ value: Double, _ expected: NeedsValueQuadrant) {
        #expect(Figures.needsValueQuadrant(need: need, value: value) == expected)
    }

    @Test func needsValueNeedsBoth() {
        #expect(Figures.needsValueQuadrant(need: nil, value: 4) == nil)
        #expect(Figures.needsValueQuadrant(need: 4, value: nil) == nil)
        #expect(Figures.needsValueQuadrant(need: nil, value: nil) == nil)
    }

    @Test(arguments: [
        (4.0, 2.0, TacticQuadrant.quickWin),  // the spec example
        (3, 2.9, .quickWin),
        (3, 3, .majorProject),
        (5, 5, .majorProject),
        (2.9, 2.9, .fillIn),
        (1, 1, .fillIn),
        (2.9, 3, .thanklessTask),
        (1, 5, .thanklessTask),
    ])
    func tactic(_ impact: Double, _ effort: Double, _ expected: TacticQuadrant) {
        #expect(Figures.tacticQuadrant(impact: impact, effort: effort) == expected)
    }

    @Test func tacticOutsideTheMatrix() {
        #expect(Figures.tacticQuadrant(impact: nil, effort: 2) == nil)
        #expect(Figures.tacticQuadrant(impact: 4, effort: nil) == nil)
    }

    @Test func quadrantNamesAreTheExportedOnes() {
        #expect(TacticQuadrant.allCases.map(\.rawValue) == ["quick win", "major project", "fill-in", "thankless task"])
        #expect(NeedsValueQuadrant.allCases.map(\.rawValue) == ["fix first", "customer care", "business push", "later"])
    }

    @Test(arguments: [
        (4.0, 3.0, 2.0, 48.0),  // the spec example
        (1, 1, 5, 1),  // the lowest
        (5, 5, 1, 125),  // the highest
        (3.5, 2, 2.5, 24.5),
        (2, 4, 3, 24),
    ])
    func ice(_ impact: Double, _ confidence: Double, _ effort: Double, _ expected: Double) {
        #expect(Figures.ice(impact: impact, confidence: confidence, effort: effort) == expected)
    }

    @Test func iceNeedsAllThree() {
        #expect(Figures.ice(impact: nil, confidence: 3, effort: 2) == nil)
        #expect(Figures.ice(impact: 4, confidence: nil, effort: 2) == nil)
        #expect(Figures.ice(impact: 4, confidence: 3, effort: nil) == nil)
    }
}
