import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// What makes a diagram big, and what a big one gets: the bounded layout, then no
/// drawing at all.
@Suite struct DiagramSizeTests {
    typealias F = DotFixtures

    /// `stages` stages of one touchpoint each; every touchpoint also jumps `jumps` times
    /// back to the first one.
    static func journey(stages: Int, jumps: Int = 0) -> ResolvedJourney {
        F.journey((0..<stages).map { s in
            var tp = F.TP("t\(s)")
            if jumps > 0 {
                tp.next = (s + 1 < stages ? [F.to(s + 1)] : []) + Array(repeating: F.to(0), count: jumps)
            }
            return F.StageSpec("s\(s)", [tp])
        })
    }

    @Test func countsStagesTouchpointsAndJumps() {
        // The sample: 2 stages, 4 touchpoints; the cart jumps back and exits, done links out.
        #expect(DiagramSize.of(F.sample) == 2 + 4 + 3)
        #expect(DiagramSize.of(Self.journey(stages: 10)) == 20)
        #expect(DiagramSize.of(Self.journey(stages: 10, jumps: 3)) == 20 + 30)
    }

    /// Fewer than 150 touchpoints, but many stages and jumps: bounded all the same.
    @Test func bigJourneysOfFewTouchpointsAreBounded() {
        let below = Self.journey(stages: 100, jumps: 7)
        let at = Self.journey(stages: 100, jumps: 8)
        #expect(DiagramSize.of(below) == 900 && DiagramSize.of(at) == 1000)
        #expect(!DotWriter.journey(below).contains("nslimit=\"0.05\""))
        #expect(DotWriter.journey(at).contains("nslimit=\"0.05\""))
    }

    @Test func theLimitIsInclusive() {
        let at = Self.journey(stages: 2_000)
        let over = F.journey(at.stages.map { F.StageSpec($0.header.id, [F.TP($0.header.id + "-tp")]) }
            + [F.StageSpec("last", [])])
        #expect(DiagramSize.of(at) == DiagramSize.limit)
        #expect(DiagramSize.fits(at))
        #expect(DiagramDiagnostics.tooLarge(at) == nil)
        #expect(!DiagramSize.fits(over))
        #expect(DiagramDiagnostics.tooLarge(over)?.id == .diagramTooLarge)
    }

    /// `count` journeys, each linking to the next one.
    static func ring(_ count: Int) -> [ResolvedJourney] {
        (0..<count).map { i in
            F.journey("j\(i)", [F.StageSpec("s", [F.TP("t", next: [F.external("j\((i + 1) % count)", "t")])])])
        }
    }

    @Test func bigOverviewsAreBoundedWithoutRanks() {
        let small = DotWriter.overview(F.project(Self.ring(74)))
        let big = DotWriter.overview(F.project(Self.ring(75)))
        #expect(DiagramSize.overview(Self.ring(75)) == DiagramSize.overviewBoundedFrom)
        #expect(!small.contains("constraint") && !small.contains("xlabel") && !small.contains("nslimit"))
        let edges = big.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == 75)
        #expect(edges.allSatisfy { $0.contains("constraint=\"false\"") && $0.contains("xlabel=<1 link>") })
        #expect(big.contains("nslimit=\"0.05\""))
    }

    @Test func overviewPastTheLimitIsReportedOnTheFirstJourney() {
        let fits = Self.ring(2_000)
        let over = Self.ring(2_001)
        #expect(DiagramSize.overviewFits(fits))
        #expect(DiagramDiagnostics.overviewTooLarge(fits) == nil)
        let warning = DiagramDiagnostics.overviewTooLarge(over)
        #expect(warning?.file == "maps/j0.md")
        #expect(warning?.message.hasPrefix("the lifecycle overview is too large for a diagram: 2001 journeys and 2001 links") == true)
    }
}
