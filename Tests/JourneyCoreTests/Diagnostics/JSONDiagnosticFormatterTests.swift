import Foundation
import Testing
@testable import JourneyCore

@Suite struct JSONDiagnosticFormatterTests {
    typealias F = DiagnosticFixtures

    @Test func oneObjectPerLineWithKeysInContractOrder() {
        let warning = F.diagnostic(.focusNoTactic, file: "maps/trail-running.md", from: (39, 1),
                                   message: "no Tactic belongs to focus touchpoint 'Cart'")
        #expect(JSONDiagnosticFormatter().format([F.cartUnknownKey, warning]) == """
            [
              {"file": "maps/cart.md", "line": 14, "column": 3, "severity": "error", "id": "unknown-key", \
            "message": "unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'?", "fix": "channel"},
              {"file": "maps/trail-running.md", "line": 39, "column": 1, "severity": "warning", \
            "id": "focus-no-tactic", "message": "no Tactic belongs to focus touchpoint 'Cart'"}
            ]

            """)
    }

    @Test func emptyIsAnEmptyArray() {
        #expect(JSONDiagnosticFormatter().format([]) == "[]\n")
    }

    @Test func severityIsTheDiagnosticsOwn() {
        var strict = F.diagnostic(.stageEmpty, from: (1, 1))
        strict.severity = .error
        #expect(JSONDiagnosticFormatter().object(strict).contains(#""severity": "error""#))
    }

    @Test func hostileTextStaysValidJSONAndRoundTrips() throws {
        let message = "bad \"value\" \\ </script>\n\u{2028}\u{0}\u{1B}[31m 名前"
        let file = "maps/we\"ird,name:\n.md"
        var hostile = F.diagnostic(.badValue, file: file, from: (2, 5), message: message)
        hostile.fix = "</script>\u{2029}"
        let output = JSONDiagnosticFormatter().format([hostile, F.cartUnknownKey])
        #expect(output.split(separator: "\n").count == 4)

        let parsed = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        try #require(parsed.count == 2)
        // Control characters are replaced as in the text format; everything else round-trips.
        #expect(parsed[0]["file"] as? String == "maps/we\"ird,name:\u{FFFD}.md")
        #expect(parsed[0]["line"] as? Int == 2)
        #expect(parsed[0]["column"] as? Int == 5)
        #expect(parsed[0]["severity"] as? String == "error")
        #expect(parsed[0]["id"] as? String == "bad-value")
        let shown = "bad \"value\" \\ </script>\u{FFFD}\u{2028}\u{FFFD}\u{FFFD}[31m 名前"
        #expect((parsed[0]["message"] as? String).map { Array($0.unicodeScalars) } == Array(shown.unicodeScalars))
        #expect(parsed[0]["fix"] as? String == "</script>\u{2029}")
        #expect(Set(parsed[1].keys) == ["file", "line", "column", "severity", "id", "message", "fix"])
        #expect(parsed[1]["fix"] as? String == "channel")
    }

    /// No raw or escaped control character is left for a script to print.
    @Test func controlCharactersAreReplaced() {
        var diagnostic = F.diagnostic(.badValue, file: "maps/\u{7}.md", from: (1, 1), message: "a\u{1B}[31m\u{7}b\tc\r\n")
        diagnostic.fix = "x\u{0}"
        #expect(JSONDiagnosticFormatter().object(diagnostic) == """
            {"file": "maps/\u{FFFD}.md", "line": 1, "column": 1, "severity": "error", "id": "bad-value", \
            "message": "a\u{FFFD}[31m\u{FFFD}b\\tc\u{FFFD}", "fix": "x\u{FFFD}"}
            """)
    }
}
