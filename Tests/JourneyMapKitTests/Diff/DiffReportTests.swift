import Foundation
import JourneyOutputs
import Testing
import JourneyCore
import JourneyMapKit

/// The three report formats of `diff`, `--fail-on` and the exit statuses.
@Suite struct DiffReportTests {
    static let changed = DiffFixture.trip([
        ("- emotion: 0\n", "- emotion: -2\n"), ("# Trip\n", "# Trip <script>@everyone</script>\n"),
        ("- pain: Too many filters", "- pain: Too *many* [filters](x) @team"),
        ("- channel: in-person", "- chanel: in-person"),
    ])

    @Test func markdownForAPullRequestComment() {
        let (status, out, err) = Self.changed.run(.markdown)
        #expect(status == .ok)
        #expect(err == "")
        #expect(out.hasPrefix("<!-- journeymap-diff -->\n**Journey maps:** 1 journey changed; 2 new diagnostics (2 errors).\n"))
        #expect(out.contains("<details><summary><b>Trip &lt;script&gt;@\u{2060}everyone&lt;/script&gt;</b> (<code>trip</code>): 4 changes</summary>"))
        #expect(out.contains("Emotion curve: `▆▃▅█` → `▆▃▁█`"))
        #expect(out.contains("Low points: Compare → Pay"))
        #expect(out.contains("- Touchpoint **Pay**: emotion 0 → -2\n"))
        #expect(out.contains("pain added: **Too \\*many\\* \\[filters\\]\\(x\\) @\u{2060}team**"))
        #expect(out.contains("<details><summary>New diagnostics: 2</summary>"))
        #expect(out.contains("- `head/trip.md:45:3` error `unknown-key`: unknown key 'chanel'"))
        #expect(!out.contains("<script>"))
    }

    @Test func textForATerminal() {
        let out = Self.changed.run(.text).out
        #expect(out.hasPrefix("journeymap diff: 1 journey changed; 2 new diagnostics (2 errors)\n\nchanged journey"))
        #expect(out.contains("  emotion ▆▃▅█ -> ▆▃▁█\n  low points: 'Compare' -> 'Pay'\n"))
        #expect(out.contains("  - Touchpoint 'Pay': emotion 0 → -2\n"))
        #expect(out.contains("new diagnostics:\n  head/trip.md:44:1: error:"))
    }

    @Test func jsonForScripts() throws {
        let (status, out, _) = Self.changed.run(.json, failOn: [.emotionDrop(2)])
        #expect(status == .mapErrors)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        JSONSubset.check([
            "version": 1,
            "summary": ["changed": true, "journeysAdded": 0, "journeysChanged": 1, "journeysRemoved": 0,
                        "newDiagnostics": 2, "newErrors": 2, "fixedDiagnostics": 0, "failed": ["emotion-drop=2"]],
        ] as [String: Any], json)
        let journey = try #require((json["journeys"] as? [[String: Any]])?.first)
        #expect(journey["emotionAfter"] as? [Double] == [1, -1, -2, 2])
        let emotion = try #require((journey["changes"] as? [[String: Any]])?.first { $0["field"] as? String == "emotion" })
        JSONSubset.check(["change": "changed", "element": "touchpoint", "id": "pay", "before": 0, "after": -2] as [String: Any], emotion)
    }

    @Test(arguments: [
        ([DiffFailure.newErrors], JourneyMapKit.ExitStatus.mapErrors),
        ([.emotionDrop(1)], .mapErrors), ([.emotionDrop(2)], .mapErrors), ([.emotionDrop(2.5)], .ok),
        ([.lostFocusTactic], .ok), ([], .ok),
    ])
    func failOnConditions(failOn: [DiffFailure], status: JourneyMapKit.ExitStatus) {
        let result = Self.changed.run(.text, failOn: failOn)
        #expect(result.status == status)
        #expect(result.err.isEmpty == (status == .ok))
        #expect(!result.out.isEmpty)
    }

    @Test func failOnSaysWhatMetTheCondition() {
        let err = Self.changed.run(.markdown, failOn: [.emotionDrop(1)]).err
        #expect(err == "journeymap: --fail-on emotion-drop=1: trip/pay: emotion of 'Pay' fell from 0 to -2\n")
    }

    @Test(arguments: [("new-errors", DiffFailure.newErrors), ("lost-focus-tactic", .lostFocusTactic),
                      ("emotion-drop", .emotionDrop(1)), ("emotion-drop=2", .emotionDrop(2)), ("emotion-drop=0.5", .emotionDrop(0.5))])
    func failOnParses(text: String, condition: DiffFailure) {
        #expect(DiffFailure(parsing: text) == condition)
        #expect(DiffFailure(parsing: condition.description) == condition)
    }

    @Test(arguments: ["emotion-drop=0", "emotion-drop=-1", "emotion-drop=x", "errors", ""])
    func failOnRejects(text: String) {
        #expect(DiffFailure(parsing: text) == nil)
    }

    @Test func sparkline() {
        #expect(Sparkline.of([-2, -1, 0, 1, 2, nil, 1.5]) == "▁▃▅▆█·▇")
    }
}
