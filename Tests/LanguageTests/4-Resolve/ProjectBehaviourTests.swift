import JourneyCore
import Testing
import TestSupport

/// How a whole maps folder is checked: many errors at once, broken files beside good
/// ones, files that are not maps.
@Suite struct ProjectBehaviourTests {
    @Test func everyErrorOfAFileIsReportedInOrder() throws {
        let project = try MapsFolder.journey("""
            ### Touchpoint: A
            - chanel: web
            - emotion: +3 happy
            - need: 6
            - next: nowhere, end

            ### Touchpoint: A
            - channel: web
            - entry: yes
            - need: 2
            - need: 3
            """).project()
        #expect(project.expected == [
            Expected(.missingKey, 9, 1, "Touchpoint 'A' has no 'channel'; add '- channel: ...' as the first list under its heading"),
            Expected(.unknownKey, 10, 3, "unknown key 'chanel' in Touchpoint 'A'; did you mean 'channel'?"),
            Expected(.badValue, 11, 12, "emotion '+3' is out of range; write a number from -2 to +2 (at most one decimal)"),
            Expected(.badValue, 12, 9, "score '6' is out of range; write a number from 1 to 5 (at most one decimal)"),
            Expected(.unresolvedRef, 13, 9, "no touchpoint 'nowhere' in journey 'j'; a next reference names a touchpoint id (its {#id} or title slug)"),
            Expected(.duplicateID, 15, 1, "Touchpoint id 'a' is already used at line 9; give this one another title or an explicit '{#other-id}'"),
            Expected(.duplicateKey, 19, 3, "'need' appears twice in Touchpoint 'A' and takes one value; keep one of them"),
        ])
        #expect(project.errorCount == 7)
        #expect(project.warningCount == 0)
    }

    /// A file that cannot be read as a map is a `file` error; the file beside it is still
    /// parsed, resolved and reported.
    @Test(arguments: [
        ("invalid YAML", Array("---\ntitle: a: b\n---\n".utf8),
         Expected(.file, 2, 9, "the front matter is not valid YAML: mapping values are not allowed in this context; quote values that contain ': ' (e.g. title: \"Renewal: second year\")", file: "maps/a.md")),
        ("NUL byte", Array("---\nid: a\n---\n\n# A\u{0}\n".utf8),
         Expected(.file, 5, 4, "the file contains a NUL byte; map files must be UTF-8 text", file: "maps/a.md")),
        ("invalid UTF-8", Array("---\nid: a\n---\n\n# A ".utf8) + [0xFF, 0x0A],
         Expected(.file, 5, 5, "the file is not valid UTF-8; save it with UTF-8 encoding", file: "maps/a.md")),
        ("invalid UTF-8 after a byte order mark", [0xEF, 0xBB, 0xBF] + Array("---\nid: a\n---\n\n# Ä ".utf8) + [0xC3, 0x28, 0x0A],
         Expected(.file, 5, 5, "the file is not valid UTF-8; save it with UTF-8 encoding", file: "maps/a.md")),
        ("unclosed front matter", Array("---\nid: a\n\n# A\n".utf8),
         Expected(.file, 1, 1, "the front matter opened on line 1 is never closed; add a line '---' after its last key", file: "maps/a.md")),
    ])
    func brokenFileBesideAFileWithErrors(_ name: String, _ bytes: [UInt8], _ fileError: Expected) throws {
        let good = MapsFolder.preamble + "### Touchpoint: B\n- channel: web\n- colour: red\n"
        let project = try MapsFolder(bytes: ["a.md": bytes, "b.md": Array(good.utf8)]).project()
        #expect(project.expected == [
            fileError,
            Expected(.unknownKey, 11, 3, "unknown key 'colour' in Touchpoint 'B'; keys of a Touchpoint are channel, action, thought, emotion, pain, opportunity, data, evidence, frontstage, backstage, support, source, duration, actor, moment of truth, score, need, value, traffic, entry, kpi, next; custom keys start with 'x-'", file: "maps/b.md"),
        ], "\(name)")
        #expect(project.journeys.map(\.id) == ["j"])
        #expect(project.documentsRead == 2)
    }

    @Test func markdownWithoutFrontMatterIsSkippedSilently() throws {
        let project = try MapsFolder(bytes: [
            "README.md": Array("# About these maps\n\n## Stage: not an element here\n- chanel: web\n".utf8),
            "notes/latin1.md": Array("Caf".utf8) + [0xE9, 0x0A],
            "j.md": Array((MapsFolder.preamble + CheckTable.touchpointA).utf8),
        ]).project()
        #expect(project.diagnostics.isEmpty)
        #expect(project.documentsRead == 1)
        #expect(project.journeys.map(\.id) == ["j"])
    }

    @Test func filesAreReadRecursivelyInPathOrder() throws {
        let project = try MapsFolder([
            "z.md": "---\nid: zeta\n---\n\n# Z\n\n## Stage: S\n\n### Touchpoint: A\n- channel: fax\n",
            "sub/a.md": "---\nid: alpha\n---\n\n# A\n\n## Stage: S\n\n### Touchpoint: A\n- channel: fax\n",
        ]).project()
        #expect(project.journeys.map(\.id) == ["alpha", "zeta"])
        #expect(project.diagnostics.map(\.file) == ["maps/sub/a.md", "maps/z.md"])
        #expect(project.diagnostics.map(\.id) == [.badValue, .badValue])
    }

    @Test func libraryDocumentNeedsNoTitleAndDefinesPeople() throws {
        let project = try MapsFolder([
            "people.md": "---\nstatus: approved\n---\n\n## Persona: Hiker\n- segment: buyers\n\n## Segment: Buyers\n- rule: bought boots\n",
            "j.md": "---\nid: j\npersona: hiker\n---\n\n# J\n\n## Stage: S\n\n### Touchpoint: A\n- channel: web\n",
        ]).project()
        #expect(project.diagnostics.isEmpty)
        #expect(project.personas.map(\.header.id) == ["hiker"])
        #expect(project.segments.map(\.header.id) == ["buyers"])
        #expect(project.journeys.map(\.id) == ["j"])
    }

    /// Keys compare loosely, `x-` keys are kept unchecked, repeatable keys take nested
    /// lists, text values are never split, reference lists are.
    @Test func propertyListForms() throws {
        let project = try MapsFolder([
            "people.md": "---\n---\n\n## Segment: Eco\n- rule: r\n\n## Segment: Vip\n- rule: r\n",
            "j.md": MapsFolder.preamble + """
                ### Touchpoint: A
                - Channel: web, app
                - Moment-Of_Truth: yes
                - X-Team: growth
                - pain:
                  - Delivery cost appears only at checkout
                  - No size guide
                - pain: Slow page
                - opportunity: Show costs early
                - data: purchase history, browsing history

                #### Tactic: T
                - trigger: t
                - fallback: f
                - kpi: k
                - segment: eco, vip
                - segment: eco
                """,
        ]).project()
        #expect(project.diagnostics.isEmpty, "\(project.expected)")
        let j = try project.only
        let tp = j.touchpoints[0]
        #expect(tp.channels == ["web", "app"])
        #expect(tp.momentOfTruth)
        #expect(tp.header.custom.map { "\($0.key)=\($0.value)" } == ["X-Team=growth"])
        #expect(tp.pains == ["Delivery cost appears only at checkout", "No size guide", "Slow page"])
        #expect(tp.data == ["purchase history, browsing history"])
        #expect(j.tactics[0].segmentRefs.map(\.text) == ["eco", "vip", "eco"])
    }

    @Test func missingFolderIsNotADiagnostic() {
        #expect(throws: LoadError.self) { try MapsFolder([:]).project() }
    }
}
