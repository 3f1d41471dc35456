import Foundation
import JourneyCore
import JourneyOutputs
import Testing
import TestSupport

/// Bad input never crashes the pipeline and always finishes with an answer.
@Suite struct RobustnessTests {
    static func load(_ bytes: [UInt8], name: String = "j.md") throws -> Project {
        try MapsFolder(bytes: [name: bytes]).project()
    }

    static func load(_ text: String) throws -> Project { try load(Array(text.utf8)) }

    @Test(arguments: [
        ("empty file", [UInt8](), 0),
        ("only ---", Array("---".utf8), 1),
        ("only --- and a newline", Array("---\n".utf8), 1),
        ("empty front matter", Array("---\n---\n".utf8), 0),
        ("NUL bytes everywhere", Array("---\n\u{0}\u{0}\n---\n\u{0}".utf8), 1),
        ("invalid UTF-8 only", [0xFF, 0xFE, 0xFD], 0),
        ("truncated UTF-8 sequence at the end", Array("---\nid: j\n---\n# J ".utf8) + [0xE2, 0x82], 1),
        ("lone surrogate encoding", Array("---\n".utf8) + [0xED, 0xA0, 0x80], 1),
        ("front matter that is a list", Array("---\n- a\n- b\n---\n".utf8), 1),
        ("front matter that is a scalar", Array("---\njust text\n---\n".utf8), 1),
        ("tab-indented YAML", Array("---\nid: j\n\tbad: x\n---\n".utf8), 1),
    ] as [(String, [UInt8], Int)])
    func oddFilesFinish(_ name: String, _ bytes: [UInt8], _ fileErrors: Int) throws {
        let project = try Self.load(bytes)
        #expect(project.diagnostics.filter { $0.id == .file }.count == fileErrors, "\(name): \(project.expected)")
        #expect(project.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(name)")
    }

    @Test func headingsWithOnlyAKind() throws {
        let project = try Self.load("---\nid: j\n---\n\n# J\n\n## Stage:\n\n### Touchpoint:\n- channel: web\n\n#### Tactic:\n")
        #expect(project.expected == [
            Expected(.badValue, 7, 1, "Stage heading has no title; write '## Stage: Title'"),
            Expected(.badValue, 9, 1, "Touchpoint heading has no title; write '### Touchpoint: Title'"),
            Expected(.badValue, 12, 1, "Tactic heading has no title; write '#### Tactic: Title'"),
            Expected(.missingKey, 12, 1, "Tactic '' has no 'trigger'; add '- trigger: ...' as the first list under its heading"),
            .warning(.tacticNoFallback, 12, 1, "Tactic '' has no 'fallback'; add '- fallback: ...' saying what customers see when data is missing or late"),
            .warning(.tacticNoKPI, 12, 1, "Tactic '' has no 'kpi'; add '- kpi: metric: now -> target' so its effect can be measured"),
        ])
    }

    /// A repeated front-matter key is reported and dropped; the other keys are still read.
    @Test func duplicateFrontMatterKeys() throws {
        let project = try Self.load("---\nid: j\nid: k\nowner: Team\ntitle: T\nowner: Other\n---\n\n## Stage: S\n\n### Touchpoint: A\n- channel: web\n")
        #expect(project.expected == [
            Expected(.duplicateKey, 3, 1, "'id' appears twice in the front matter; keep one of them"),
            Expected(.duplicateKey, 6, 1, "'owner' appears twice in the front matter; keep one of them"),
        ])
        let j = try project.only
        #expect(j.id == "j")
        #expect(j.document.owner == "Team")
        #expect(j.title == "T")
    }

    /// CRLF line ends and a byte order mark change nothing: same model, same positions.
    @Test(arguments: [("CRLF", false, true), ("BOM", true, false), ("BOM and CRLF", true, true)])
    func lineEndsAndByteOrderMark(_ name: String, _ bom: Bool, _ crlf: Bool) throws {
        let text = MapsFolder.preamble + "### Touchpoint: Café\n- channel: web, fax\n- emotion: -1 anxious\n- next: end\n"
        let plain = try Self.load(text)
        var bytes = Array((crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text).utf8)
        if bom { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        let project = try Self.load(bytes)
        #expect(project.expected == plain.expected, "\(name)")
        #expect(project.expected == [Expected(.badValue, 10, 17, "'fax' is not one of \(MapsFolder.channels); write one of them")])
        let tp = try project.only.touchpoints[0]
        #expect(tp.header.title == "Café")
        #expect(tp.emotion?.value.label == "anxious")
        #expect(try project.only.document.id == "j")
    }

    /// Numbers at the edge of `Double` give whole figures: a day count of at least 1
    /// (ceil of a positive quotient), priorities without NaN, nothing infinite in JSON.
    @Test func extremeNumbersGiveFiniteFigures() throws {
        let huge = "1" + String(repeating: "0", count: 300)
        let project = try MapsFolder([
            "journeymap.yml": "criteria:\n  volume: 1e308\n  influence: 1e308\n",
            "j.md": MapsFolder.preamble + """
                ### Touchpoint: A {#a}
                - channel: web
                - traffic: \(huge)/day
                - score: volume 5, influence 1

                #### Tactic: T {#t}
                - trigger: x
                - fallback: f
                - kpi: k
                - experiment:
                  - baseline: 3.1%
                  - lift: 10%
                  - traffic: 1000000000000000000000/day

                """,
        ]).project()
        #expect(project.expected == [])
        let j = try project.only
        #expect(try j.tactic("t").experiment?.days == 1)
        #expect(try j.figures("a").priority == 50)
        let json = JSONExporter.export(project)
        #expect(!json.contains(": inf") && !json.contains(": nan") && !json.contains(": -inf"))
        #expect(json.contains("\"days\": 1\n"))
    }

    /// A 5 MB journey: one stage, tens of thousands of touchpoints, too many to draw.
    @Test func fiveMegabyteJourney() throws {
        var text = MapsFolder.preamble
        var count = 0
        while text.utf8.count < 5_000_000 {
            text += "### Touchpoint: T\(count)\n- channel: web\n- action: does thing number \(count) with a few more words\n"
                + "- emotion: -1 anxious\n- score: volume \(1 + count % 5), influence 3, data 2\n- pain: slow\n- opportunity: faster\n\n"
            count += 1
        }
        let project = try Self.load(text)
        let j = try project.only
        #expect(j.touchpoints.count == count)
        // 20% of the scored touchpoints are focus, each without a tactic.
        #expect(project.diagnostics.filter { $0.id == .focusNoTactic }.count == (count + 4) / 5)
        #expect(project.diagnostics.filter { $0.id == .diagramTooLarge }.map(\.line) == [1])
        #expect(project.diagnostics.count == (count + 4) / 5 + 1)
    }

    @Test func tenThousandHeadings() throws {
        var text = "---\nid: h\n---\n\n# H\n"
        for k in 0..<10_000 { text += String(repeating: "#", count: 1 + k % 6) + " Heading \(k)\n" }
        let project = try Self.load(text)
        #expect(project.diagnostics.isEmpty)
        #expect(project.journeys.isEmpty) // no Stage: a library document
        #expect(project.documentsRead == 1)
    }

    /// 500 nested quotes, 500 nested list items, element headings in odd level orders.
    @Test func deepNestingAndOddHeadingLevels() throws {
        var text = MapsFolder.preamble + "### Touchpoint: A\n- channel: web\n\n"
        text += String(repeating: "> ", count: 500) + "quote\n\n"
        for k in 0..<500 { text += String(repeating: "  ", count: k) + "- item \(k)\n" }
        text += "\n" + String(repeating: "[", count: 1000) + String(repeating: "*", count: 1000) + "\n\n"
        let levels = [6, 1, 3, 2, 5, 4, 6, 2]
        for (k, level) in levels.enumerated() {
            text += String(repeating: "#", count: level) + " Touchpoint: Odd \(k)\n- channel: web\n\n"
        }
        let project = try Self.load(text)
        let j = try project.only
        #expect(j.touchpoints.map(\.header.id) == ["a"])
        // Every misplaced touchpoint is reported, none is silently dropped.
        #expect(project.diagnostics.filter { $0.id == .badParent }.count == levels.count)
        #expect(project.diagnostics.allSatisfy { $0.id == .badParent })
        let notes = j.touchpoints[0].header.notes.markdown
        #expect(notes.contains("quote") && notes.contains("item 499"))
    }
}
