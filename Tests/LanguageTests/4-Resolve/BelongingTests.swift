import JourneyCore
import Testing
import TestSupport

/// Which touchpoints a tactic belongs to (Journey Markdown section 4, Tactic), its
/// default channel and its experiment's default traffic.
@Suite struct BelongingTests {
    static let journey = """
        ---
        id: b
        ---

        # B

        ## Stage: One

        ### Touchpoint: A
        - channel: web
        - traffic: 10/hour

        #### Tactic: Under A
        - trigger: x

        #### Micro-moment: M1
        - intent: i
        - touchpoint: c

        ##### Tactic: Under M1
        - trigger: x

        ### Touchpoint: B
        - channel: app, email
        - traffic: 7000/week

        ### Micro-moment: M2
        - intent: i
        - touchpoint: b, c

        #### Tactic: Under M2
        - trigger: x
        - experiment:
          - baseline: 5%
          - lift: 20%

        ### Tactic: Under stage one
        - trigger: x
        - experiment:
          - baseline: 5%
          - lift: 20%

        ## Stage: Two

        ### Touchpoint: C
        - channel: email
        - traffic: 6000/month

        ### Touchpoint: D
        - channel: sms

        #### Tactic: Under D
        - trigger: x
        - experiment:
          - baseline: 5%
          - lift: 20%

        #### Tactic: Own traffic
        - trigger: x
        - experiment:
          - baseline: 5%
          - lift: 20%
          - variants: 3
          - traffic: 100/hour

        ## Tactic: Document level
        - trigger: x
        - touchpoint: c
        - moment: m1
        - channel: push
        - experiment:
          - baseline: 5%
          - lift: 20%

        """

    static func resolved() throws -> ResolvedJourney {
        let project = try MapsFolder(["b.md": journey]).project(strict: false)
        // Only the tactic warnings (no fallback, no kpi): nothing about belonging.
        #expect(project.diagnostics.allSatisfy { [.tacticNoFallback, .tacticNoKPI].contains($0.id) }, "\(project.expected)")
        return try project.only
    }

    @Test(arguments: [
        ("under-a", ["a"], ["web"]),
        // A moment under touchpoint A that also names C.
        ("under-m1", ["a", "c"], ["web"]),
        // A moment under the stage that names B and C.
        ("under-m2", ["b", "c"], ["app"]),
        // Every touchpoint of stage One.
        ("under-stage-one", ["a", "b"], ["web"]),
        ("under-d", ["d"], ["sms"]),
        ("own-traffic", ["d"], ["sms"]),
        // `touchpoint: c` then the touchpoints of `moment: m1`.
        ("document-level", ["c", "a"], ["push"]),
    ])
    func tacticBelongsTo(_ tactic: String, _ touchpoints: [String], _ channels: [String]) throws {
        let j = try Self.resolved()
        let figures = try j.tactic(tactic)
        #expect(figures.touchpoints.map { j.touchpoints[$0].header.id } == touchpoints)
        #expect(figures.channels == channels)
    }

    @Test func touchpointsListEveryTacticThatBelongsToThem() throws {
        let j = try Self.resolved()
        #expect(try j.tacticIDs(of: "a") == ["under-a", "under-m1", "under-stage-one", "document-level"])
        #expect(try j.tacticIDs(of: "b") == ["under-m2", "under-stage-one"])
        #expect(try j.tacticIDs(of: "c") == ["under-m1", "under-m2", "document-level"])
        #expect(try j.tacticIDs(of: "d") == ["under-d", "own-traffic"])
        // Moments of a touchpoint: its children, then the moments that name it.
        #expect(try j.figures("a").moments == ["m1"])
        #expect(try j.figures("b").moments == ["m2"])
        #expect(try j.figures("c").moments == ["m1", "m2"])
        #expect(try j.figures("d").moments == [])
    }

    /// baseline 5%, lift 20%: 8158 per variant (hand-computed with the formula of section 6).
    @Test(arguments: [
        // First belonging touchpoint with traffic: B, 7000/week = 1000/day: ceil(16316 / 1000) = 17.
        ("under-m2", 1000.0 as Double?, 17 as Int?),
        // A, 10/hour = 240/day: ceil(16316 / 240) = 68.
        ("under-stage-one", 240, 68),
        // C first, 6000/month = 200/day: ceil(16316 / 200) = 82.
        ("document-level", 200, 82),
        // D has no traffic: sized, but no day count.
        ("under-d", nil, nil),
        // Its own traffic wins: 100/hour = 2400/day, 3 variants: ceil(24474 / 2400) = 11.
        ("own-traffic", 2400, 11),
    ])
    func experimentTrafficDefault(_ tactic: String, _ perDay: Double?, _ days: Int?) throws {
        let e = try #require(try Self.resolved().tactic(tactic).experiment)
        #expect(e.samplePerVariant == 8158)
        #expect(e.trafficPerDay == perDay)
        #expect(e.days == days)
    }

    @Test func documentLevelTacticWithoutTouchpointOrMoment() throws {
        let project = try MapsFolder.journey(CheckTable.touchpointA + "\n## Tactic: Loose\n- trigger: x\n- fallback: f\n- kpi: k\n").project()
        #expect(project.expected == [
            Expected(.missingKey, 12, 1, "Tactic 'Loose' stands at document level and names no 'touchpoint' or 'moment'; add '- touchpoint: touchpoint-id' or move it under the touchpoint it serves"),
        ])
        #expect(try project.only.tactic("loose").touchpoints == [])
    }

    @Test func unresolvedMomentAndSegment() throws {
        let project = try MapsFolder.journey(CheckTable.touchpointA + "\n## Tactic: Loose\n- trigger: x\n- fallback: f\n- kpi: k\n- moment: m9\n- segment: vips\n").project()
        #expect(project.expected == [
            Expected(.unresolvedRef, 16, 11, "no micro-moment 'm9' in journey 'j'; a moment reference names a Micro-moment id of this journey"),
            Expected(.unresolvedRef, 17, 12, "no Segment 'vips' in the maps folder; define '## Segment: ...' in a library document or fix the id"),
        ])
    }

    /// `moment: journey/id` names another journey's micro-moment (section 2): checked
    /// for existence, like `touchpoint: journey/id`, but the tactic does not serve it.
    @Test(arguments: [
        ("b/m2", [Expected]()),
        ("b/m9", [Expected(.unresolvedRef, 17, 11, "journey 'b' has no micro-moment 'm9'; did you mean 'b/m1'? use a micro-moment id of that journey (its {#id} or title slug)", file: "maps/j.md")]),
        ("zz/m1", [Expected(.unresolvedRef, 17, 11, "no journey 'zz' in the maps folder for 'zz/m1'; use the id from that journey's front matter or file name", file: "maps/j.md")]),
    ])
    func momentOfAnotherJourney(_ ref: String, _ expected: [Expected]) throws {
        let j = CheckTable.touchpointA + "\n## Tactic: Loose\n- trigger: x\n- fallback: f\n- kpi: k\n- touchpoint: a\n- moment: \(ref)\n"
        let project = try MapsFolder(["j.md": MapsFolder.preamble + j, "b.md": Self.journey]).project(strict: false)
        #expect(project.expected.filter { $0.file == "maps/j.md" } == expected)
        let loose = try #require(project.journey("j")).tactic("loose")
        #expect(loose.moments == [])
        #expect(loose.touchpoints == [0])
    }
}
