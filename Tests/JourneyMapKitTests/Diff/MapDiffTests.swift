import JourneyOutputs
import Testing
import JourneyCore

/// Every kind of change `diff` reports, each from a pair of folders held in memory.
@Suite struct MapDiffTests {
    @Test func identicalFoldersHaveNoChanges() throws {
        let fixture = DiffFixture.trip([])
        let diff = try fixture.diff()
        #expect(diff.isEmpty)
        #expect(fixture.run(.markdown).out == "<!-- journeymap-diff -->\n**Journey maps:** no changes.\n")
        #expect(fixture.run(.text).out == "journeymap diff: no changes\n")
    }

    @Test func journeyRenamedAndKPIChanged() throws {
        let fixture = DiffFixture.trip([("# Trip\n", "# Round trip\n"), ("bookings: 10 -> 12", "bookings: 10 -> 15")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == ["renamed journey trip title", "changed journey trip kpi"])
    }

    @Test func journeyMovedToAnotherFile() throws {
        let fixture = DiffFixture(base: ["trip.md": DiffFixture.trip], head: ["2025/trip.md": DiffFixture.trip])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == ["moved journey trip file"])
        let change = try #require(try fixture.diff().journeys.first?.changes.first)
        #expect((change.before, change.after) == (.text("trip.md"), .text("2025/trip.md")))
    }

    @Test func journeysAddedAndRemoved() throws {
        let other = DiffFixture.trip.replacingOccurrences(of: "id: trip", with: "id: other")
        let fixture = DiffFixture(base: ["trip.md": DiffFixture.trip], head: ["other.md": other])
        let diff = try fixture.diff()
        #expect(diff.journeys.map { "\($0.status.rawValue) \($0.id)" } == ["added other", "removed trip"])
        #expect(diff.journeys[0].size?.touchpoints == 4)
        #expect(diff.journeys[0].emotionsAfter == [1, -1, 0, 2])
    }

    @Test func aMissingSideIsEmpty() throws {
        let diff = try DiffFixture(base: nil, head: ["trip.md": DiffFixture.trip]).diff()
        #expect(diff.journeys.map(\.status) == [.added])
        let gone = try DiffFixture(base: ["trip.md": DiffFixture.trip], head: nil).diff()
        #expect(gone.journeys.map(\.status) == [.removed])
    }

    @Test func stagesAddedRemovedRenamedMoved() throws {
        let travel = "## Stage: Travel {#travel}\n\n### Touchpoint: Board {#board}\n- channel: in-person\n- emotion: +2\n"
        let fixture = DiffFixture.trip([
            ("\n" + travel, "\n## Stage: Review {#review}\n- action: writes a review\n"),
            ("## Stage: Book {#book}", travel + "\n## Stage: Booking {#book}"),
            ("## Stage: Plan {#plan}\n- kpi: searches: 100 -> 120\n", "## Stage: Plan {#plan}\n"),
        ])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == [
            "removed stage plan kpi", "moved stage travel order", "renamed stage book title", "added stage review",
        ])
    }

    @Test func touchpointsAddedRemovedRenamedMoved() throws {
        let fixture = DiffFixture.trip([
            ("### Touchpoint: Compare {#compare}", "### Touchpoint: Compare prices {#compare}"),
            ("### Touchpoint: Board {#board}\n- channel: in-person\n- emotion: +2\n", "### Touchpoint: Lounge {#lounge}\n- channel: in-person\n"),
            ("## Stage: Book {#book}\n", "## Stage: Book {#book}\n\n### Touchpoint: Board {#board}\n- channel: in-person\n- emotion: +2\n"),
        ])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == [
            "renamed touchpoint compare title", "moved touchpoint board stage", "added touchpoint lounge",
        ])
        let moved = try #require(try fixture.diff().journeys.first?.changes[1])
        #expect((moved.before, moved.after) == (.text("Travel"), .text("Book")))

        let order = DiffFixture.trip([
            ("### Touchpoint: Compare {#compare}\n- channel: web\n- emotion: -1\n- score: volume 2, influence 2, data 2\n", ""),
            ("## Stage: Plan {#plan}\n- kpi: searches: 100 -> 120\n",
             "## Stage: Plan {#plan}\n- kpi: searches: 100 -> 120\n\n### Touchpoint: Compare {#compare}\n- channel: web\n- emotion: -1\n- score: volume 2, influence 2, data 2\n"),
        ])
        let listedOrder = try order.changes()
        #expect(listedOrder == ["moved touchpoint compare order"])
    }

    @Test func touchpointRemoved() throws {
        let fixture = DiffFixture.trip([("### Touchpoint: Pay {#pay}\n- channel: web\n- emotion: 0\n- score: volume 1, influence 1, data 1\n", "")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == ["removed touchpoint pay"])
        #expect(try fixture.diff().newDiagnostics.map(\.id) == [.stageEmpty])
    }

    @Test func emotionChangesWithLowPointsBeforeAndAfter() throws {
        let fixture = DiffFixture.trip([("- emotion: 0\n", "- emotion: -2\n")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == ["changed touchpoint pay emotion"])
        let journey = try #require(try fixture.diff().journeys.first)
        #expect(journey.lowPointsBefore == ["Compare"])
        #expect(journey.lowPointsAfter == ["Pay"])
        #expect(journey.emotionsBefore == [1, -1, 0, 2])
        #expect(journey.emotionsAfter == [1, -1, -2, 2])
        #expect((journey.changes[0].before, journey.changes[0].after) == (.number(0), .number(-2)))
    }

    @Test func priorityRankAndFocus() throws {
        let fixture = DiffFixture.trip([("- score: volume 2, influence 2, data 2", "- score: volume 5, influence 5, data 5"),
                                        ("- score: volume 5, influence 5, data 5\n- traffic", "- score: volume 1, influence 2, data 1\n- traffic")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == [
            "changed touchpoint search priority", "changed touchpoint search rank", "changed touchpoint search focus",
            "changed touchpoint compare priority", "changed touchpoint compare rank", "changed touchpoint compare focus",
        ])
        let changes = try #require(try fixture.diff().journeys.first?.changes)
        #expect((changes[0].before, changes[0].after) == (.number(100), .number(8.33)))
        #expect((changes[1].before, changes[1].after) == (.number(1), .number(2)))
        #expect((changes[5].before, changes[5].after) == (.flag(false), .flag(true)))
    }

    @Test func painsAddedAndRemoved() throws {
        let fixture = DiffFixture.trip([("- pain: Too many filters", "- pain: Slow results\n- opportunity: cache")])
        let changes = try #require(try fixture.diff().journeys.first?.changes)
        #expect(changes.map { "\($0.kind.rawValue) \($0.field?.rawValue ?? "") \($0.item ?? "")" } == [
            "added pain Slow results", "removed pain Too many filters",
        ])
    }

    @Test func aFocusTouchpointLosesItsTactic() throws {
        let trip = DiffFixture.trip
        let start = try #require(trip.range(of: "#### Tactic: Smart filters"))
        let end = try #require(trip.range(of: "  - lift: 10%\n"))
        let fixture = DiffFixture.trip([(String(trip[start.lowerBound..<end.upperBound]), "")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == ["changed touchpoint search tactics", "removed tactic smart-filters"])
        let diff = try fixture.diff()
        // The pain it answered is unanswered now.
        #expect(diff.newDiagnostics.map(\.id) == [.focusNoTactic, .painNoAnswer])
        #expect(DiffFailure.lostFocusTactic.findings(in: diff) == ["trip/search: focus touchpoint 'Search' lost its tactics"])
    }

    @Test func tacticFigures() throws {
        let fixture = DiffFixture.trip([("- effort: 2", "- effort: 4\n- status: live"), ("- lift: 10%", "- lift: 20%"),
                                        ("- kpi: filter use: 10% -> 20%", "- kpi: filter use: 10% -> 25%\n- touchpoint: compare")])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == [
            "moved tactic smart-filters touchpoints", "changed tactic smart-filters status", "changed tactic smart-filters ice",
            "changed tactic smart-filters quadrant", "changed tactic smart-filters experiment sample",
            "changed tactic smart-filters experiment days", "changed tactic smart-filters kpi",
        ])
        let changes = try #require(try fixture.diff().journeys.first?.changes)
        #expect((changes[0].before, changes[0].after) == (.text("search"), .text("search, compare")))
        #expect((changes[2].before, changes[2].after) == (.number(48), .number(24)))
        #expect((changes[3].before, changes[3].after) == (.text("quick win"), .text("major project")))
    }

    @Test func tacticsAddedRenamedAndKPIsAddedRemoved() throws {
        let fixture = DiffFixture.trip([
            ("#### Tactic: Smart filters {#smart-filters}", "#### Tactic: Smarter filters {#smart-filters}"),
            ("- kpi: filter use: 10% -> 20%\n", ""),
            ("- score: volume 2, influence 2, data 2\n", "- score: volume 2, influence 2, data 2\n- kpi: comparisons\n\n"
                + "#### Tactic: Price alert {#price-alert}\n- trigger: a saved search\n- fallback: none\n- kpi: alerts\n"),
        ])
        let listedFixture = try fixture.changes()
        #expect(listedFixture == [
            "added touchpoint compare kpi", "renamed tactic smart-filters title", "removed tactic smart-filters kpi",
            "added tactic price-alert",
        ])
    }

    @Test func diagnosticsNewAndFixedMatchedByElementNotLine() throws {
        let painful = DiffFixture.trip.replacingOccurrences(of: "- emotion: -1\n", with: "- emotion: -1\n- pain: Prices hidden\n")
        // Lines added above move the warning; it is the same finding.
        let moved = painful.replacingOccurrences(of: "# Trip\n", with: "# Trip\n\nA paragraph.\n\nAnother one.\n")
        let same = DiffFixture(base: ["trip.md": painful], head: ["trip.md": moved])
        let sameDiff = try same.diff()
        #expect(sameDiff.newDiagnostics.isEmpty && sameDiff.fixedDiagnostics.isEmpty)
        // Answering the pain fixes it; a misspelt key elsewhere is new.
        let fixed = moved.replacingOccurrences(of: "- pain: Prices hidden\n", with: "- pain: Prices hidden\n- opportunity: show totals\n")
            .replacingOccurrences(of: "- channel: in-person", with: "- chanel: in-person")
        let diff = try DiffFixture(base: ["trip.md": painful], head: ["trip.md": fixed]).diff()
        #expect(diff.fixedDiagnostics.map(\.id) == [.painNoAnswer])
        #expect(diff.newDiagnostics.map(\.id) == [.missingKey, .unknownKey])
        #expect(diff.newErrors.count == 2)
        #expect(diff.newDiagnostics.allSatisfy { $0.file == "head/trip.md" })
    }
}
