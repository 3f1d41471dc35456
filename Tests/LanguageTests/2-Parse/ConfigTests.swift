import JourneyCore
import Testing
import TestSupport

/// `journeymap.yml` (Journey Markdown section 7) and `--strict` through the pipeline.
@Suite struct ConfigTests {
    static let config = """
        criteria:
          volume: 1
          influence: 2
          data: 1
        focus: 50%
        channels: [kiosk]
        checks:
          tactic-no-fallback: error
          pain-no-answer: off
          bad-value: off
          tactic-no-kpi: loud
          tactic-no-fallbak: off
        sitee:
          title: X
        site:
          title: Acme
        """

    /// Priorities with weights 1, 2, 1: A 25, B 50, C 12.5 (default weights: 33.3, 33.3, 16.7).
    static let journey = """
        ### Touchpoint: A
        - channel: kiosk
        - score: volume 5, influence 1, data 1
        - pain: slow

        #### Tactic: T
        - trigger: visits twice

        ### Touchpoint: B
        - channel: web
        - score: volume 1, influence 5, data 1
        - pain: slow

        ### Touchpoint: C
        - channel: web
        - score: volume 1, influence 1, data 3
        """

    static func folder(config: String? = ConfigTests.config) -> MapsFolder {
        var files = ["j.md": MapsFolder.preamble + journey]
        if let config { files["journeymap.yml"] = config }
        return MapsFolder(files)
    }

    static let configDiagnostics = [
        Expected(.badValue, 10, 3, "'bad-value' is an error check and cannot be configured; only warning checks can be set in 'checks:'",
                 file: "maps/journeymap.yml"),
        Expected(.badValue, 11, 18, "check 'tactic-no-kpi' must be set to error, warning or off, not 'loud'", file: "maps/journeymap.yml"),
        Expected(.unknownKey, 12, 3, "unknown check 'tactic-no-fallbak' in journeymap.yml; did you mean 'tactic-no-fallback'? 'checks:' sets the warning checks unknown-kind, unknown-front-matter, tactic-no-consent, tactic-no-fallback, tactic-no-kpi, focus-no-tactic, pain-no-answer, stage-empty, unreachable, experiment-too-long, emotion-sign, diagram-too-large, diagram-failed",
                 file: "maps/journeymap.yml"),
        Expected(.unknownKey, 13, 1, "unknown key 'sitee' in journeymap.yml; did you mean 'site'? keys are criteria, focus, channels, checks, site",
                 file: "maps/journeymap.yml"),
    ]

    @Test func settingsChangeFiguresSeveritiesAndVocabulary() throws {
        let project = try Self.folder().project()
        #expect(project.expected == [
            Expected(.tacticNoFallback, 14, 1, "Tactic 'T' has no 'fallback'; add '- fallback: ...' saying what customers see when data is missing or late"),
            .warning(.tacticNoKPI, 14, 1, "Tactic 'T' has no 'kpi'; add '- kpi: metric: now -> target' so its effect can be measured"),
            .warning(.focusNoTactic, 17, 1, "Touchpoint 'B' is a focus touchpoint (rank 1, priority 50) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'"),
        ] + Self.configDiagnostics)
        let j = try project.only
        #expect(try j.figures("a").priority == 25)
        #expect(try j.figures("b").priority == 50)
        #expect(try j.figures("c").priority == 12.5)
        #expect(j.touchpointFigures.map(\.rank) == [2, 1, 3])
        // focus 50% of 3 scored touchpoints: ceil(1.5) = 2.
        #expect(j.touchpointFigures.map(\.focus) == [true, true, false])
        #expect(j.touchpoints[0].channels == ["kiosk"])
        #expect(project.config.siteTitle == "Acme")
    }

    @Test func defaultsWithoutSettings() throws {
        let project = try Self.folder(config: nil).project()
        let j = try project.only
        #expect(try j.figures("a").priority == 100.0 / 3)
        #expect(try j.figures("b").priority == 100.0 / 3)
        #expect(try j.figures("c").priority == 50.0 / 3)
        // focus 20% of 3: ceil(0.6) = 1, ties in document order.
        #expect(j.touchpointFigures.map(\.focus) == [true, false, false])
        #expect(project.expected.first == Expected(.badValue, 10, 12,
            "'kiosk' is not one of \(CheckTable.channels); write one of them"))
        #expect(project.diagnostics.contains { $0.id == .painNoAnswer && $0.severity == .warning })
    }

    @Test func strictMakesWarningsErrorsButOffStaysOff() throws {
        let project = try Self.folder().project(strict: true)
        #expect(project.diagnostics.allSatisfy { $0.severity == .error })
        #expect(project.diagnostics.map(\.id) == [.tacticNoFallback, .tacticNoKPI, .focusNoTactic] + Self.configDiagnostics.map(\.id))
        #expect(!project.diagnostics.contains { $0.id == .painNoAnswer })
        #expect(project.warningCount == 0)
    }

    @Test func strictWithoutWarningsChangesNothing() throws {
        let project = try MapsFolder.journey(CheckTable.touchpointA).project(strict: true)
        #expect(project.diagnostics.isEmpty)
        #expect(!project.hasErrors)
    }

    @Test(arguments: [
        ("focus: 0%", Expected(.badValue, 1, 8, "focus must be above 0% and at most 100%, e.g. 'focus: 20%'", file: "maps/journeymap.yml")),
        ("focus: 20", Expected(.badValue, 1, 8, "focus: percent '20' has no '%'; write '20%'", file: "maps/journeymap.yml")),
        ("criteria:\n  reach: lots", Expected(.badValue, 2, 10, "weight of criterion 'reach' must be a number of 0 or more, not 'lots'", file: "maps/journeymap.yml")),
        ("criteria: volume", Expected(.badValue, 1, 11, "criteria must be a mapping of name: weight, e.g. 'volume: 1'", file: "maps/journeymap.yml")),
        ("checks:\n  unreachable: maybe", Expected(.badValue, 2, 16, "check 'unreachable' must be set to error, warning or off, not 'maybe'", file: "maps/journeymap.yml")),
        ("title: Maps", Expected(.unknownKey, 1, 1, "unknown key 'title' in journeymap.yml; keys are criteria, focus, channels, checks, site", file: "maps/journeymap.yml")),
        ("site:\n  logo: x.png", Expected(.unknownKey, 2, 3, "unknown key 'site.logo' in journeymap.yml; 'site' takes 'title'", file: "maps/journeymap.yml")),
        ("focus: [", Expected(.file, 2, 1, "journeymap.yml is not valid YAML: did not find expected node content while parsing a flow node; quote values that contain ': ' (e.g. title: \"Renewal: second year\")", file: "maps/journeymap.yml")),
    ])
    func badSettings(_ yml: String, _ expected: Expected) throws {
        let project = try MapsFolder(["journeymap.yml": yml, "j.md": MapsFolder.preamble + CheckTable.touchpointA]).project()
        #expect(project.expected == [expected])
    }

    /// New criteria replace the default ones: only configured names may be scored.
    @Test func configuredCriteriaReplaceTheDefaults() throws {
        let project = try MapsFolder([
            "journeymap.yml": "criteria:\n  reach: 3\n  margin: 1\n",
            "j.md": MapsFolder.preamble + "### Touchpoint: A\n- channel: web\n- score: reach 5, margin 1\n\n### Touchpoint: B\n- channel: web\n- score: reach 2, volume 5\n",
        ]).project()
        let j = try project.only
        // 100 x (3 x 4 + 1 x 0) / (4 x 4) = 75; B keeps only reach: 100 x 3 x 1 / (4 x 3) = 25.
        #expect(try j.figures("a").priority == 75)
        #expect(try j.figures("b").priority == 25)
        #expect(project.expected.contains(Expected(.badValue, 15, 19,
            "score criterion 'volume' is not configured; use one of reach, margin or add it under 'criteria:' in journeymap.yml")))
    }
}
