@testable import JourneyCore
@testable import JourneyOutputs
import Testing

@Suite struct MarkLayoutTests {
    @Test(arguments: [0, 1, 2, 5])
    func hexRingsHoldSixPerStep(ring: Int) {
        let cells = MarkLayout.hexRing(ring)
        #expect(cells.count == max(1, 6 * ring))
        #expect(Set(cells.map { "\($0.0),\($0.1)" }).count == cells.count)
    }

    @Test func overlapIsTheSharedShareOfTheSmallerBox() {
        let a = MarkLayout.Placed(x: 0, y: 0, radius: 10)
        #expect(MarkLayout.overlap(a, a) == 1)
        #expect(MarkLayout.overlap(a, .init(x: 10, y: 0, radius: 10)) == 0.5)
        #expect(MarkLayout.overlap(a, .init(x: 20, y: 0, radius: 10)) == 0)
    }

    /// The marks of the buckets within reach, a few beyond the reach itself, in insertion order.
    @Test func nearFindsTheMarksOfTheBucketsAround() {
        var grid = MarkLayout.Grid(cell: 10)
        for (i, point) in [(5.0, 5.0), (15, 5), (25, 5), (5, -5), (19.9, 19.9), (-12, 5)].enumerated() {
            grid.insert(i, point.0, point.1)
        }
        #expect(grid.near(5, 5, reach: 10) == [0, 1, 3, 4])
        #expect(grid.near(5, 5, reach: 20) == [0, 1, 2, 3, 4, 5])
    }

    @Test func hexOffsetsFollowTheRings() {
        #expect(MarkLayout.hexOffsets.count == 15)
        #expect(MarkLayout.hexOffsets[1].count == 6)
        #expect(MarkLayout.hexOffsets[1][0] == (-1 + 1.0 / 2, 0.8660254037844386))
    }

    /// Twenty marks on one spot with room for them: spread out without shrinking.
    @Test func marksOnOneSpotSpreadWithinTheirRegion() {
        let region = MarkLayout.Rect(x0: 0, y0: 0, x1: 200, y1: 200)
        let items = Array(repeating: MarkLayout.Item(x: 100, y: 100, radius: 10, region: region), count: 20)
        let placed = MarkLayout.place(items)
        #expect(MarkLayout.worstOverlap(placed) <= MarkLayout.accept)
        #expect(placed.allSatisfy { $0.radius == 10 && (0...200).contains($0.x) && (0...200).contains($0.y) })
        #expect(placed[0] == .init(x: 100, y: 100, radius: 10))
    }

    /// More marks than their region holds: radii shrink until no pair overlaps by more than half.
    @Test func aFullRegionShrinksTheMarks() {
        let region = MarkLayout.Rect(x0: 0, y0: 0, x1: 40, y1: 40)
        let items = Array(repeating: MarkLayout.Item(x: 20, y: 20, radius: 15, region: region), count: 30)
        let placed = MarkLayout.place(items)
        #expect(MarkLayout.worstOverlap(placed) <= MarkLayout.limit)
        #expect(placed[0].radius < 15)
    }
}
