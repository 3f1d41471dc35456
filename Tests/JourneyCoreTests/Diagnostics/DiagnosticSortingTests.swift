import Testing
@testable import JourneyCore

@Suite struct DiagnosticSortingTests {
    typealias F = DiagnosticFixtures

    @Test func sortsByFileLineColumnThenID() {
        let given = [
            F.diagnostic(.unreachable, file: "maps/b.md", from: (2, 1)),
            F.diagnostic(.badValue, file: "maps/a.md", from: (10, 1)),
            F.diagnostic(.unknownKey, file: "maps/a.md", from: (2, 7)),
            F.diagnostic(.badValue, file: "maps/a.md", from: (2, 7)),
            F.diagnostic(.badValue, file: "maps/a.md", from: (2, 3)),
        ]
        let sorted = given.sortedForOutput()
        #expect(sorted.map { "\($0.file):\($0.range.start):\($0.id.rawValue)" } == [
            "maps/a.md:2:3:bad-value",
            "maps/a.md:2:7:bad-value",
            "maps/a.md:2:7:unknown-key",
            "maps/a.md:10:1:bad-value",
            "maps/b.md:2:1:unreachable",
        ])
    }
}
