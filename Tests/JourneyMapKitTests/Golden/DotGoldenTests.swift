import Foundation
import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing
import TestSupport

/// The DOT of the fixture folders through the real parser, against golden files in
/// `Fixtures/dot/golden/<set>/`. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter DotGoldenTests` after checking the change.
@Suite struct DotGoldenTests {
    @Test(arguments: DiagramCorpus.sets)
    func journeysAndOverviewMatchTheGoldenFiles(_ set: String) throws {
        let project = try ProjectLoader.load(maps: DiagramCorpus.maps(set), strict: false)
        #expect(!project.hasErrors)
        let options = DiagramOptions(project: project)
        for journey in project.journeys {
            try Golden.check(DotWriter.journey(journey, options: options),
                             against: DiagramCorpus.golden(set, journey.id + ".dot"))
        }
        try Golden.check(DotWriter.overview(project, options: options), against: DiagramCorpus.golden(set, "overview.dot"))
    }

    /// The goldens hold what the issue asks of the spec example, so a re-recording
    /// cannot quietly drop it.
    @Test func specExampleGoldenShowsWhatTheDiagramPromises() throws {
        let dot = try String(contentsOf: DiagramCorpus.golden("spec-example", "trail-running.dot"), encoding: .utf8)
        for part in [
            "subgraph row_s0_0", "label=<<B>Awareness</B>>", "subgraph row_s1_0", "label=<<B>Purchase</B>>",
            "<B>Instagram ad</B>", ">social<", "emotion 0 curious", "1 tactic \u{00B7} 1 pain",
            "URL=\"trail-running.html#tp-ig-ad\"", "\u{2605} focus #1", "penwidth=\"3\"",
            "tp0 -> tp1 [id=\"flow-edge-ig-ad__0\", penwidth=\"2.2\"", "label=<40%>",
            "tp1 -> tp2 [id=\"flow-edge-product-page__0\", penwidth=\"1\"", "style=\"dashed\", color=\"#9e9e9e\"",
            "tp2 -> end", "fillcolor=\"#fddbc7\"",
        ] {
            #expect(dot.contains(part), "golden lacks \(part)")
        }
    }
}
