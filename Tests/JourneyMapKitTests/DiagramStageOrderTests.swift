import Foundation
@testable import JourneyCore
import JourneyMapKit
@testable import JourneyOutputs
import Testing
import TestSupport

/// The promise of the flow diagram's layout, checked on what Graphviz drew: each
/// stage's row lies wholly below the one before (`JourneyFlowWriter.stageRows`), and
/// within a row the touchpoints stand in document order.
@Suite struct DiagramStageOrderTests {
    /// The vertical and horizontal extent of each touchpoint's node, by touchpoint id.
    static func nodeBoxes(_ svg: [UInt8]) throws -> [String: (top: Double, bottom: Double, left: Double)] {
        let text = String(decoding: svg, as: UTF8.self)
        let pattern = #"<g id="flow&#45;tp&#45;([^"]*)" class="node">.*?(?: d| points)="([^"]*)""#
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let number = try NSRegularExpression(pattern: #"(-?[0-9.]+),(-?[0-9.]+)"#)
        var boxes: [String: (top: Double, bottom: Double, left: Double)] = [:]
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let id = String(text[Range(match.range(at: 1), in: text)!]).replacingOccurrences(of: "&#45;", with: "-")
            let path = String(text[Range(match.range(at: 2), in: text)!])
            let points = number.matches(in: path, range: NSRange(path.startIndex..., in: path)).compactMap { m -> (Double, Double)? in
                guard let x = Double(path[Range(m.range(at: 1), in: path)!]), let y = Double(path[Range(m.range(at: 2), in: path)!])
                else { return nil }
                return (x, y)
            }
            boxes[id] = (points.map(\.1).min() ?? 0, points.map(\.1).max() ?? 0, points.map(\.0).min() ?? 0)
        }
        return boxes
    }

    static func expectOrdered(_ journey: ResolvedJourney, options: DiagramOptions = DiagramOptions()) throws {
        let dot = DotWriter.journey(journey, options: options)
        let boxes = try nodeBoxes(try DiagramRenderTests.render(dot, journey.id))
        let rows = JourneyFlowWriter.rows(journey).map { $0.map { journey.touchpoints[$0].header.id } }.filter { !$0.isEmpty }
        #expect(boxes.count == journey.touchpoints.count, "\(journey.id)")
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            let bottom = upper.compactMap { boxes[$0]?.bottom }.max() ?? 0
            let top = lower.compactMap { boxes[$0]?.top }.min() ?? 0
            #expect(bottom < top, "\(journey.id): row \(upper) reaches \(bottom), row \(lower) starts at \(top)")
        }
        for row in rows {
            let lefts = row.compactMap { boxes[$0]?.left }
            #expect(lefts == lefts.sorted(), "\(journey.id): \(row) out of document order")
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
