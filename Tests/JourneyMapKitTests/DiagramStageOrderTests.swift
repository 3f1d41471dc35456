import Foundation
import JourneyCore
import JourneyMapKit
import Testing

/// The promise of the flow diagram's layout, checked on what Graphviz drew: each
/// stage's cluster lies wholly to the right of the one before, whether the order
/// comes from gate nodes or from the flow alone (`JourneyFlowWriter.stageOrder`).
@Suite struct DiagramStageOrderTests {
    /// The horizontal extent of each stage cluster, in drawing order.
    static func clusterSpans(_ svg: [UInt8]) throws -> [(id: String, from: Double, to: Double)] {
        let text = String(decoding: svg, as: UTF8.self)
        let pattern = #"<g id="(flow&#45;stage&#45;[^"]*)" class="cluster">.*?(?: d| points)="([^"]*)""#
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let number = try NSRegularExpression(pattern: #"(-?[0-9.]+),-?[0-9.]+"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let id = String(text[Range(match.range(at: 1), in: text)!])
            let path = String(text[Range(match.range(at: 2), in: text)!])
            let xs = number.matches(in: path, range: NSRange(path.startIndex..., in: path))
                .compactMap { Double(path[Range($0.range(at: 1), in: path)!]) }
            return (id, xs.min() ?? 0, xs.max() ?? 0)
        }
    }

    static func expectOrdered(_ journey: ResolvedJourney, options: DiagramOptions = DiagramOptions()) throws {
        let dot = DotWriter.journey(journey, options: options)
        let spans = try clusterSpans(try DiagramRenderTests.render(dot, journey.id))
        #expect(spans.count == journey.stages.count, "\(journey.id)")
        for (left, right) in zip(spans, spans.dropFirst()) {
            #expect(left.to < right.from, "\(journey.id): \(left.id) ends at \(left.to), \(right.id) starts at \(right.from)")
        }
    }

    /// Corpus-like journeys (jumps back and forth, shares only, so labels beside the
    /// edges): most stage borders there need no gate.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generatedJourneysKeepStagesInOrder(seed: UInt64) throws {
        let project = try MapsFolder(["big.md": DiagramCorpus.big(20 + Int(seed) * 5, seed: seed)]).project()
        let journey = try #require(project.journey("big"))
        let dot = DotWriter.journey(journey)
        #expect(dot.contains("xlabel="))
        try Self.expectOrdered(journey)
    }

    @Test(arguments: DiagramCorpus.sets)
    func fixtureJourneysKeepStagesInOrder(_ set: String) throws {
        let project = try ProjectLoader.load(maps: DiagramCorpus.maps(set), strict: false)
        for journey in project.journeys { try Self.expectOrdered(journey, options: DiagramOptions(project: project)) }
    }

    /// The repository's example maps, when they are there.
    @Test func exampleJourneysKeepStagesInOrder() throws {
        let maps = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("maps").path
        guard FileManager.default.fileExists(atPath: maps) else { return }
        let project = try ProjectLoader.load(maps: maps, strict: false)
        #expect(project.journeys.count >= 4)
        for journey in project.journeys { try Self.expectOrdered(journey, options: DiagramOptions(project: project)) }
    }
}
