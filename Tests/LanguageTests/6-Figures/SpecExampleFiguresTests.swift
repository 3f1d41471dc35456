import JourneyCore
import Testing
import TestSupport

/// The figures of Journey Markdown section 6 for the spec's example, against values
/// worked out by hand.
@Suite struct SpecExampleFiguresTests {
    /// It checks with two warnings: `focus-no-tactic` on the product page and `pain-no-answer` on the cart.
    @Test func exampleChecksWithTwoWarnings() throws {
        let project = try SpecExample.folder().project()
        #expect(project.expected == [
            .warning(.focusNoTactic, 39, 1, "Touchpoint 'Product page' is a focus touchpoint (rank 1, priority 83.33) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'",
                     file: "maps/trail-running.md"),
            .warning(.painNoAnswer, 50, 1, "Touchpoint 'Cart' has a pain but no 'opportunity' and no Tactic; add '- opportunity: ...' or a tactic that answers the pain",
                     file: "maps/trail-running.md"),
        ])
        #expect(project.documentsRead == 2)
        #expect(project.personas.map(\.header.id) == ["trail-curious-hiker"])
        #expect(project.segments.map(\.header.id) == ["boot-buyers"])
    }

    @Test func prioritiesRanksAndFocus() throws {
        let j = try SpecExample.folder().project().only
        #expect(j.touchpoints.map(\.header.id) == ["ig-ad", "product-page", "cart"])
        // 100 x (4 + 1 + 2) / 12, 100 x (3 + 4 + 3) / 12, 100 x (2 + 4 + 4) / 12.
        let priorities: [Double?] = [700.0 / 12, 1000.0 / 12, 1000.0 / 12]
        #expect(j.touchpointFigures.map(\.priority) == priorities)
        #expect(abs(j.touchpointFigures[0].priority! - 58.333_333) < 1e-5)
        // Product page and cart tie: document order decides.
        #expect(j.touchpointFigures.map(\.rank) == [3, 1, 2])
        // ceil(20% x 3) = 1 focus touchpoint.
        #expect(j.touchpointFigures.map(\.focus) == [false, true, false])
        #expect(j.touchpointFigures.map(\.needsValue) == [nil, nil, nil])
    }

    @Test func emotionCurve() throws {
        let j = try SpecExample.folder().project().only
        #expect(j.touchpoints.map { $0.emotion?.value } == [
            Emotion(score: 0, label: "curious"), Emotion(score: 1, label: "confident"), Emotion(score: -1, label: "anxious"),
        ])
        // Awareness: curious 0; Purchase: mean of +1 and -1.
        #expect(j.stageEmotions == [0, 0])
        #expect(j.lowPoints.map { j.touchpoints[$0].header.id } == ["cart"])
    }

    @Test func tacticFigures() throws {
        let j = try SpecExample.folder(experiment: true).project().only
        #expect(try j.tacticIDs(of: "ig-ad") == ["trail-line-for-boot-buyers"])
        #expect(try j.tacticIDs(of: "product-page") == [])
        #expect(try j.tacticIDs(of: "cart") == [])
        let t = try j.tactic("trail-line-for-boot-buyers")
        #expect(t.touchpoints == [0])
        // No `channel`: the main channel of its first touchpoint.
        #expect(t.channels == ["social"])
        // 4 x 3 x (6 - 2).
        #expect(t.ice == 48)
        #expect(t.quadrant == .quickWin)
        #expect(j.tactics[0].segmentRefs.map(\.text) == ["boot-buyers"])
        #expect(j.tactics[0].data == ["purchase history, browsing history"])
    }

    /// cli.md: baseline 3.1%, lift 10%, 1200/day -> 51438 per variant, ceil(2 x 51438 / 1200) = 86 days.
    @Test func experimentSize() throws {
        let j = try SpecExample.folder(experiment: true).project().only
        let e = try #require(try j.tactic("trail-line-for-boot-buyers").experiment)
        #expect(e.samplePerVariant == 51438)
        #expect(e.trafficPerDay == 1200)
        #expect(e.days == 86)
        let written = try #require(j.tactics[0].experiment)
        #expect(written.baseline == 3.1)
        #expect(written.lift == 10)
        #expect(written.variants == 2)
    }

    @Test func flowAndMoments() throws {
        let j = try SpecExample.folder().project().only
        let expected: [[Edge]] = [[.to(1, 40)], [.implicit(2)], [.end()]]
        #expect(j.edges == expected)
        #expect(j.touchpointFigures.map(\.reachable) == [true, true, true])
        #expect(try j.figures("product-page").moments == ["comparing-options"])
        #expect(j.touchpoints.map(\.channels) == [["social"], ["web"], ["web"]])
        #expect(j.touchpoints[1].traffic?.perDay == 1200)
    }
}
