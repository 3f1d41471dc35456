import Foundation
import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// The bounded layout of big journeys: one chain in document order with leaves.
@Suite struct DotWriterBoundedTests {
    typealias F = DotFixtures

    static var bounded: DiagramOptions {
        var options = DiagramOptions()
        options.boundedLayoutFrom = 1
        return options
    }

    static let dot = DotWriter.journey(F.sample, options: bounded)

    static func lines(_ prefix: String) -> [String] {
        dot.split(separator: "\n").map(\.trimmedSpaces).filter { $0.hasPrefix(prefix) }
    }

    @Test func switchesAtTheThreshold() {
        var options = DiagramOptions()
        options.boundedLayoutFrom = 5
        #expect(!DotWriter.journey(F.sample, options: options).contains("nslimit=\"0.05\""))
        options.boundedLayoutFrom = 4
        #expect(DotWriter.journey(F.sample, options: options).contains("nslimit=\"0.05\""))
    }

    @Test func onlyEdgesToTheNextTouchpointStayEdgesBetweenTouchpoints() {
        let edges = Self.dot.split(separator: "\n").map(\.trimmedSpaces).filter { $0.contains("->") }
        let between = edges.filter { $0.range(of: #"^tp\d+ -> tp\d+ \["#, options: .regularExpression) != nil }
        #expect(between.map { String($0.prefix(10)) } == ["tp0 -> tp1", "tp1 -> tp2", "tp2 -> tp3"])
    }

    @Test func jumpsExitsAndLinksEndAtTheirOwnLeaves() {
        // The cart's jump back to the page, its exit; done's link to onboarding.
        #expect(Self.lines("tp2 -> tp2_1 [").count == 1)
        #expect(Self.lines("tp2 -> tp2_2 [").count == 1)
        #expect(Self.lines("tp3 -> tp3_0 [").count == 1)
        let back = Self.lines("tp2_1 [").first ?? ""
        #expect(back.contains("20%<"))
        #expect(back.contains("\u{21B7} Product page"))
        #expect(back.contains("URL=\"shop.html#tp-page\""))
        #expect((Self.lines("tp2_2 [").first ?? "").contains(">end>"))
        #expect((Self.lines("tp3_0 [").first ?? "").contains("URL=\"onboarding.html#tp-welcome\""))
        #expect(Self.lines("end [").isEmpty)
        #expect(Self.lines("x0 [").isEmpty)
    }

    @Test func noEdgeHasALabel() {
        let edges = Self.dot.split(separator: "\n").filter { $0.contains("->") }
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { !$0.contains("label=") })
    }

    @Test func invisibleBackboneWhereTheFlowBreaks() {
        let j = F.journey([F.StageSpec("a", [F.TP("x", next: [F.end()]), F.TP("y", next: [F.to(0)])]),
                           F.StageSpec("b", []), F.StageSpec("c", [F.TP("z")])])
        let dot = DotWriter.journey(j, options: Self.bounded)
        #expect(dot.contains("tp0 -> tp1 [id=\"flow-order-tp1\", style=\"invis\"]"))
        #expect(dot.contains("tp1 -> s1_empty [id=\"flow-order-s1_empty\", style=\"invis\"]"))
        #expect(dot.contains("s1_empty -> tp2 [id=\"flow-order-tp2\", style=\"invis\"]"))
        #expect(!dot.contains("g0"))
    }

    @Test func labelsAreCompact() throws {
        let page = try #require(Self.lines("tp1 [").first)
        #expect(page.contains("web \u{00B7} emotion +1 confident"))
        #expect(page.contains("\u{2605} focus #1</B> \u{00B7} 0 tactics \u{00B7} 0 pains"))
        #expect(page.components(separatedBy: "<TR>").count == 4)
    }
}
