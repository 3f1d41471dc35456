import Foundation
import Testing

/// `journeymap check --format sarif` through the built binary.
@Suite(.serialized) struct SARIFCheckTests {
    @Test func errorsExitOneWithSARIFOnStandardOutput() throws {
        let result = try CLITests.run(CLITests.broken, ["check", "--format", "sarif"])
        #expect(result.status == 1)
        #expect(result.err == "2 errors, 1 warning in 3 files\n")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["pain-no-answer", "missing-key", "unknown-key"])
        let location = (results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect(location?["artifactLocation"] as? [String: String] == ["uri": "maps/cart.md", "uriBaseId": "%SRCROOT%"])
        #expect(location?["region"] as? [String: Int] == ["startLine": 14, "startColumn": 3, "endColumn": 9])
    }

    @Test func cleanMapsExitZero() throws {
        let result = try CLITests.run(CLITests.clean, ["check", "--format", "sarif"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"results\": []"))
    }
}
