import Foundation
import JourneyCore
import Testing
import TestSupport

/// The resolved flow (Journey Markdown section 5), reachability and the needs x value matrix.
@Suite struct FlowTests {
    static let flow = FlowMaps.flow

    static let other = FlowMaps.other

    static func project() throws -> Project {
        try MapsFolder(["flow.md": flow, "other.md": other]).project()
    }

    @Test func resolvedEdges() throws {
        let project = try Self.project()
        let j = try #require(project.journey("flow"))
        let expected: [[Edge]] = [
            [.to(1, 70, "has an account"), .to(2, 20, "new customer"), .end(5)],
            // No `next`: the next touchpoint in document order, across the stage boundary too.
            [.implicit(2)],
            [.implicit(3)],
            [Edge(target: .external(journey: "other", touchpoint: "y"), share: 50), .end()],
            // A reference qualified with the journey's own id is local.
            [.to(6)],
            [.implicit(6)],
            // The last touchpoint ends the journey.
            [],
        ]
        #expect(j.edges == expected)
    }

    /// Entries: the first touchpoint, `entry: yes`, and touchpoints another journey's flow leads into.
    @Test func reachability() throws {
        let project = try Self.project()
        let j = try #require(project.journey("flow"))
        #expect(j.touchpointFigures.map(\.reachable) == [true, true, true, true, true, false, true])
        let other = try #require(project.journey("other"))
        #expect(other.touchpointFigures.map(\.reachable) == [true, true])
        #expect(project.expected == [
            .warning(.unreachable, 30, 1, "Touchpoint 'F' is not reached by any path from an entry touchpoint; point a 'next' at 'f' or mark it 'entry: yes'",
                     file: "maps/flow.md"),
        ])
    }

    @Test func sharesUpToAHundredAreFine() throws {
        let project = try MapsFolder.journey("""
            ### Touchpoint: A
            - channel: web
            - next: b 33.3%, c 33.3%, end 33.4%

            ### Touchpoint: B
            - channel: web

            ### Touchpoint: C
            - channel: web
            """).project()
        #expect(project.diagnostics.isEmpty)
    }

    @Test func unresolvedCrossJourneyTouchpoint() throws {
        let project = try MapsFolder(["flow.md": Self.flow.replacingOccurrences(of: "other/y 50%", with: "other/z 50%"),
                                      "other.md": Self.other]).project()
        #expect(project.expected.first == Expected(.unresolvedRef, 23, 9,
            "journey 'other' has no touchpoint 'z'; did you mean 'other/y'? use a touchpoint id of that journey (its {#id} or title slug)",
            file: "maps/flow.md"))
        // Y is no longer an entry of `other`: nothing leads into it.
        #expect(project.expected.contains(.warning(.unreachable, 13, 1,
            "Touchpoint 'Y' is not reached by any path from an entry touchpoint; point a 'next' at 'y' or mark it 'entry: yes'",
            file: "maps/other.md")))
    }

    /// Split at 3, which counts as high.
    @Test func needsValueQuadrants() throws {
        let project = try MapsFolder.journey("""
            ### Touchpoint: A
            - channel: web
            - need: 3
            - value: 3

            ### Touchpoint: B
            - channel: web
            - need: 5
            - value: 2.9

            ### Touchpoint: C
            - channel: web
            - need: 2.5
            - value: 4

            ### Touchpoint: D
            - channel: web
            - need: 1
            - value: 1

            ### Touchpoint: E
            - channel: web
            - need: 4
            """).project()
        #expect(project.diagnostics.isEmpty)
        #expect(try project.only.touchpointFigures.map(\.needsValue) == [.fixFirst, .customerCare, .businessPush, .later, nil])
    }
}
