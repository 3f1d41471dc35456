import Foundation
import JourneyCore
import JourneyOutputs
import Testing
import TestSupport

/// `export json` for the spec example with the cli.md experiment: a golden file, and
/// every field cli.md lists with the value it shows.
@Suite struct ExportJSONTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/export/trail-running.json")

    static func exported() throws -> String {
        let project = try SpecExample.folder(experiment: true).project()
        #expect(!project.hasErrors)
        return JSONExporter.export(project)
    }

    /// Re-record with `RECORD_GOLDEN=1 swift test --filter ExportJSONTests`.
    @Test func matchesTheGoldenFile() throws {
        try Golden.check(try Self.exported(), against: Self.golden)
    }

    @Test func isStableAcrossRuns() throws {
        #expect(try Self.exported() == Self.exported())
    }

    /// The example object of cli.md, field by field (`priority` unrounded, diagnostics
    /// moved down 4 lines by the experiment's lines).
    @Test func hasEveryFieldOfTheContract() throws {
        let json = try Self.exported()
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let null = NSNull()
        let contract: [String: Any] = [
            "version": 1,
            "journeys": [[
                "id": "trail-running", "title": "From hiking boots to trail running",
                "file": "maps/trail-running.md", "persona": "trail-curious-hiker",
                "personas": ["trail-curious-hiker"], "owner": "E-commerce growth",
                "status": "review", "state": "current",
                "stages": [[
                    "id": "awareness", "title": "Awareness", "emotion": 0.0,
                    "touchpoints": [[
                        "id": "ig-ad", "title": "Instagram ad", "line": 16,
                        "channels": ["social"],
                        "emotion": ["score": 0, "label": "curious"] as [String: Any],
                        "priority": 700.0 / 12, "rank": 3, "focus": false,
                        "need": null, "value": null, "needsValue": null,
                        "trafficPerDay": null,
                        "next": [["to": "trail-running/product-page", "share": 40.0, "label": null] as [String: Any]],
                        "moments": [String](), "tactics": ["trail-line-for-boot-buyers"],
                    ] as [String: Any]],
                ] as [String: Any], [
                    "id": "purchase", "title": "Purchase", "emotion": 0.0,
                    "touchpoints": [[
                        "id": "product-page", "line": 43, "priority": 1000.0 / 12, "rank": 1, "focus": true,
                        "trafficPerDay": 1200.0, "moments": ["comparing-options"], "tactics": [String](),
                        "emotion": ["score": 1, "label": "confident"] as [String: Any],
                        "next": [["to": "trail-running/cart", "share": null, "label": null] as [String: Any]],
                    ] as [String: Any], [
                        "id": "cart", "line": 54, "rank": 2, "focus": false,
                        "next": [["to": "end", "share": null, "label": null] as [String: Any]],
                    ]],
                ]],
                "tactics": [[
                    "id": "trail-line-for-boot-buyers", "touchpoints": ["ig-ad"],
                    "segments": ["boot-buyers"], "channels": ["social"],
                    "impact": 4, "effort": 2, "confidence": 3, "ice": 48, "quadrant": "quick win",
                    "experiment": ["baseline": 3.1, "lift": 10.0, "variants": 2, "trafficPerDay": 1200.0,
                                   "samplePerVariant": 51438, "days": 86] as [String: Any],
                ] as [String: Any]],
                "lowPoints": ["cart"],
            ] as [String: Any]],
            "personas": [["id": "trail-curious-hiker", "title": "Trail-curious hiker"]],
            "segments": [["id": "boot-buyers", "title": "Boot buyers"]],
            "diagnostics": [[
                "file": "maps/trail-running.md", "line": 43, "column": 1, "severity": "warning", "id": "focus-no-tactic",
                "message": "Touchpoint 'Product page' is a focus touchpoint (rank 1, priority 83.33) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'",
            ] as [String: Any], [
                "file": "maps/trail-running.md", "line": 54, "column": 1, "severity": "warning", "id": "pain-no-answer",
                "message": "Touchpoint 'Cart' has a pain but no 'opportunity' and no Tactic; add '- opportunity: ...' or a tactic that answers the pain",
            ]],
        ]
        JSONSubset.check(contract, parsed)
        // Numbers the contract writes with a fraction stay fractions; counts stay integers.
        for text in [#""share": 40.0"#, #""baseline": 3.1"#, #""lift": 10.0"#, #""trafficPerDay": 1200.0"#,
                     #""samplePerVariant": 51438"#, #""days": 86"#, #""ice": 48"#, #""version": 1"#,
                     #""priority": 58.333333333333336"#] {
            #expect(json.contains(text), "\(text)")
        }
    }

    /// Absent values are `null`, empty lists `[]`, and a touchpoint that ends the journey has `next: []`.
    @Test func nullsAndEmptyLists() throws {
        let project = try MapsFolder.journey("### Touchpoint: A\n- channel: web\n").project()
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(project).utf8))
        let null = NSNull()
        JSONSubset.check([
            "journeys": [[
                "id": "j", "title": "J", "persona": null, "personas": [String](), "owner": null,
                "status": "draft", "state": "current",
                "stages": [[
                    "emotion": null,
                    "touchpoints": [[
                        "emotion": null, "priority": null, "rank": null, "focus": false, "next": [String](),
                        "moments": [String](), "tactics": [String](),
                    ] as [String: Any]],
                ] as [String: Any]],
                "tactics": [String](), "lowPoints": [String](),
            ] as [String: Any]],
            "personas": [String](), "segments": [String](), "diagnostics": [String](),
        ] as [String: Any], parsed)
    }

    /// The field comparison itself notices a wrong value, a missing key and a wrong null.
    @Test func subsetComparisonCatchesDifferences() {
        withKnownIssue { JSONSubset.check(["a": 1] as [String: Any], ["a": 2] as [String: Any]) }
        withKnownIssue { JSONSubset.check(["a": "x"] as [String: Any], ["b": "x"] as [String: Any]) }
        withKnownIssue { JSONSubset.check(["a": NSNull()] as [String: Any], ["a": 0] as [String: Any]) }
        withKnownIssue { JSONSubset.check([1, 2] as [Any], [1] as [Any]) }
        JSONSubset.check(["a": 1.5, "b": [true]] as [String: Any], ["a": 1.5, "b": [true], "c": 0] as [String: Any])
    }

    @Test func crossJourneyEdgesAreQualified() throws {
        let project = try MapsFolder(["flow.md": FlowMaps.flow, "other.md": FlowMaps.other]).project()
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(project).utf8))
        let journeys = try #require((parsed as? [String: Any])?["journeys"] as? [[String: Any]])
        let stages = try #require(journeys.first?["stages"] as? [[String: Any]])
        let d = try #require((stages[1]["touchpoints"] as? [[String: Any]])?.first)
        JSONSubset.check([["to": "other/y", "share": 50.0, "label": NSNull()], ["to": "end", "share": NSNull(), "label": NSNull()]] as [[String: Any]],
                         d["next"], at: "D.next")
    }
}
