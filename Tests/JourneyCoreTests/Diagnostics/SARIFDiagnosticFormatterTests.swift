import Foundation
import Testing
@testable import JourneyCore

/// SARIF 2.1.0 output, checked against the properties the specification requires and
/// the values it allows for the objects the formatter writes.
@Suite struct SARIFDiagnosticFormatterTests {
    static let emojiLine = "- emotion: 😀 happy"

    static let diagnostics: [Diagnostic] = [
        DiagnosticFixtures.cartUnknownKey,
        DiagnosticFixtures.diagnostic(.emotionSign, file: "maps/x.md", from: (1, 14), to: (1, 18), message: "sign"),
        DiagnosticFixtures.diagnostic(.unresolvedRef, file: "/abs/my maps/é.md", from: (3, 1), to: (5, 2), message: "multi"),
        DiagnosticFixtures.diagnostic(.file, file: "./maps/bad file.md", from: (0, 0), message: "no position"),
    ]

    static func log(_ diagnostics: [Diagnostic] = diagnostics) throws -> [String: Any] {
        let source = SourceText(emojiLine + "\n")
        let text = SARIFDiagnosticFormatter(toolVersion: "9.9.9", sources: ["maps/x.md": source]).format(diagnostics)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func run() throws -> [String: Any] {
        let runs = try #require(try log()["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    /// Keys an object may have (the schema sets additionalProperties false) and keys it must have.
    static func shape(_ object: Any?, allowed: Set<String>, required: Set<String>, _ what: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let object = object as? [String: Any] else {
            Issue.record("\(what) is not an object", sourceLocation: sourceLocation)
            return
        }
        let keys = Set(object.keys)
        #expect(keys.isSubset(of: allowed), "\(what): \(keys.subtracting(allowed))", sourceLocation: sourceLocation)
        #expect(required.isSubset(of: keys), "\(what) lacks \(required.subtracting(keys))", sourceLocation: sourceLocation)
    }

    static let levels: Set<String> = ["none", "note", "warning", "error"]

    @Test func logRunAndTool() throws {
        let log = try Self.log()
        Self.shape(log, allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
                   required: ["version", "runs"], "sarifLog")
        #expect(log["version"] as? String == "2.1.0")
        let run = try Self.run()
        #expect(["utf16CodeUnits", "unicodeCodePoints"].contains(run["columnKind"] as? String))
        let tool = try #require(run["tool"] as? [String: Any])
        Self.shape(tool, allowed: ["driver", "extensions", "properties"], required: ["driver"], "tool")
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "journeymap")
        #expect(driver["version"] as? String == "9.9.9")
    }

    @Test func oneRulePerCheckWithTextAndLevel() throws {
        let driver = try #require((try Self.run()["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == CheckID.allCases.map(\.rawValue))
        for (rule, id) in zip(rules, CheckID.allCases) {
            Self.shape(rule, allowed: ["id", "name", "shortDescription", "fullDescription", "help", "helpUri",
                                       "defaultConfiguration", "properties", "guid", "deprecatedIds", "messageStrings",
                                       "relationships", "shortDescription"],
                       required: ["id"], "rule \(id)")
            #expect((rule["name"] as? String)?.first?.isUppercase == true)
            for key in ["shortDescription", "help"] {
                let text = (rule[key] as? [String: Any])?["text"] as? String
                #expect(text?.isEmpty == false, "\(id).\(key)")
                #expect(text?.hasSuffix(".") == true, "\(id).\(key): \(text ?? "")")
            }
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == id.defaultSeverity.rawValue)
            #expect(CheckDescription.of(id.rawValue).summary != "Journey Markdown check '\(id.rawValue)'.", "\(id) has no description")
        }
    }

    @Test func resultsWithLocationsAndRegions() throws {
        let run = try Self.run()
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Self.diagnostics.count)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        for (result, d) in zip(results, Self.diagnostics) {
            Self.shape(result, allowed: ["ruleId", "ruleIndex", "level", "message", "locations", "properties", "kind",
                                         "fingerprints", "partialFingerprints", "fixes", "rule"],
                       required: ["message"], "result")
            #expect(result["ruleId"] as? String == d.id.rawValue)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == d.id.rawValue)
            #expect(Self.levels.contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] as? String == d.message)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            Self.shape(physical, allowed: ["artifactLocation", "region", "contextRegion", "address", "properties"],
                       required: [], "physicalLocation")
            if let region = physical["region"] as? [String: Any] {
                for (key, value) in region {
                    #expect(["startLine", "startColumn", "endLine", "endColumn"].contains(key))
                    #expect((value as? Int ?? 0) >= 1, "\(key)")
                }
            }
        }
        let fix = (results[0]["properties"] as? [String: Any])?["fix"] as? String
        #expect(fix == "channel")
    }

    @Test func urisAreRelativeToTheRepositoryOrFileURIs() throws {
        let results = try #require(try Self.run()["results"] as? [[String: Any]])
        let artifacts = results.map {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        }
        #expect(artifacts[0] == ["uri": "maps/cart.md", "uriBaseId": "%SRCROOT%"])
        #expect(artifacts[2] == ["uri": "file:///abs/my%20maps/%C3%A9.md"])
        #expect(artifacts[3] == ["uri": "maps/bad%20file.md", "uriBaseId": "%SRCROOT%"])
    }

    @Test func regionsInUTF16CodeUnitsWithAnExclusiveEnd() throws {
        let results = try #require(try Self.run()["results"] as? [[String: Any]])
        func region(_ i: Int) -> [String: Int]? {
            ((results[i]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        }
        // `unknown-key` at 14:3, six characters: the file's text is not known, columns stay.
        #expect(region(0) == ["startLine": 14, "startColumn": 3, "endColumn": 9])
        // After the emoji (one character, two UTF-16 code units) columns shift by one.
        #expect(region(1) == ["startLine": 1, "startColumn": 15, "endColumn": 20])
        #expect(region(2) == ["startLine": 3, "startColumn": 1, "endLine": 5, "endColumn": 3])
        #expect(region(3) == nil)
    }

    @Test func noFindingsStillAValidLog() throws {
        let run = try #require((try Self.log([])["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func stableBytes() {
        let formatter = SARIFDiagnosticFormatter(toolVersion: "1")
        #expect(formatter.format(Self.diagnostics) == formatter.format(Self.diagnostics))
    }

    /// As in every other format, control characters from map text are replaced.
    @Test func controlCharactersAreReplaced() throws {
        var diagnostic = DiagnosticFixtures.diagnostic(.badValue, file: "maps/x.md", from: (1, 1), message: "a\u{1B}[31m\u{7}b")
        diagnostic.fix = "x\u{0}"
        let text = SARIFDiagnosticFormatter(toolVersion: "1", sources: [:]).format([diagnostic])
        #expect(!text.contains("\\u001b") && !text.contains("\\u0007") && !text.contains("\\u0000"))
        #expect(text.contains("a\u{FFFD}[31m\u{FFFD}b") && text.contains("x\u{FFFD}"))
    }
}
