@testable import JourneyCore
import Testing

/// Figures placed on the journey page: coverage, ranking, matrices, experiments.
@Suite struct SiteFiguresTests {
    let model = SiteTestProject.model()
    var page: SiteValue { model.page(.journey(0)).context }
    var journey: ResolvedJourney { model.input.project.journeys[0] }

    @Test func resolvedFiguresAreTheSpecExample() throws {
        let j = try #require(model.input.project.journey("trail-running"))
        #expect(j.touchpointFigures.map(\.rank) == [3, 1, 2])
        #expect(j.touchpointFigures.map(\.focus) == [false, true, false])
    }

    @Test func focusCoverageCountsFocusTouchpointsWithATactic() throws {
        // The product page is the only focus touchpoint; the first tactic names it.
        let j = try #require(model.input.project.journey("trail-running"))
        #expect(SiteFigures.focusCoverage(j) == (1, 1))
        #expect(SiteFigures.focusCoverageText(j) == "1 of 1 (100%)")
        #expect(page["focusCoverage"] == .text("1 of 1 (100%)"))
        #expect(model.page(.index).context["journeys"]?[0]?["focusCoverage"] == .text("1 of 1 (100%)"))
    }

    @Test func focusWithoutTacticIsUncovered() throws {
        var doc = SiteTestProject.trailRunning()
        doc.tactics[0].touchpointRefs = []
        let project = SiteTestProject.project([SiteTestProject.library(), doc])
        let j = try #require(project.journey("trail-running"))
        #expect(SiteFigures.focusCoverage(j) == (0, 1))
        #expect(SiteFigures.focusCoverageText(j) == "0 of 1 (0%)")
    }

    @Test func noScoresNoCoverage() throws {
        var doc = SiteTestProject.trailRunning()
        for s in doc.stages.indices { for t in doc.stages[s].touchpoints.indices { doc.stages[s].touchpoints[t].scores = [] } }
        let j = try #require(SiteTestProject.project([doc]).journey("trail-running"))
        #expect(SiteFigures.focusCoverageText(j) == nil)
    }

    @Test func rankedTableIsInRankOrderWithEachCriterion() throws {
        let ranked = model.rankedRows(journey, criteria: ["volume", "influence", "data"])
        #expect(ranked.map(\.title) == ["Product page", "Cart", "Instagram ad"])
        #expect(ranked.map(\.rank) == [1, 2, 3])
        #expect(ranked.map(\.priority) == ["83.3", "83.3", "58.3"])
        #expect(ranked.map(\.focus) == [true, false, false])
        #expect(ranked.map(\.hasTactic) == [true, true, true])
        #expect(ranked[0].scores == ["4", "5", "4"])
        #expect(ranked[0].href == "#tp-product-page")
        #expect(page["priority"]?["criteria"] == .texts(["volume", "influence", "data"]))
        let html = try #require(page["priority"]?["rankedRowsHTML"]?.string)
        #expect(html.hasPrefix(##"<tr class="focus"><td>1</td><th scope="row"><a href="#tp-product-page">Product page</a></th><td>4</td><td>5</td><td>4</td><td>83.3</td><td>focus, has a tactic</td></tr>"##))
        #expect(html.components(separatedBy: "<tr").count == 4)
    }

    /// The titles in each cell of a matrix, row by row.
    func cells(_ m: Matrix) -> [[String]] { m.rows.flatMap { $0.cells.map { [$0.name] + $0.members.map(\.text) } } }

    @Test func needsValueQuadrantsPlaceEachTouchpoint() {
        // Rows: higher need, lower need; columns: lower value, higher value.
        #expect(cells(model.needsValueMatrix(journey)) == [
            ["customer care", "Cart"], ["fix first", "Product page"], ["later"], ["business push", "Instagram ad"],
        ])
        #expect(page["priority"]?["needsValueHTML"]?.string?.contains(
            ##"<td class="quadrant q-fix-first"><p class="quadrant-name">fix first</p><ul><li><a href="#tp-product-page">Product page</a></li></ul></td>"##) == true)
    }

    @Test func tacticMatrixNamesTheFourQuadrantsAndListsTheUnscored() {
        // Rows: higher impact, lower impact; columns: lower effort, higher effort.
        let matrix = model.tacticMatrix(journey)
        #expect(cells(matrix) == [
            ["quick win", "Trail line for boot buyers"], ["major project"], ["fill-in"], ["thankless task"],
        ])
        #expect(matrix.rows[0].cells[0].members.first?.note == "ICE 48")
        #expect(matrix.rows.map(\.label) == ["Higher impact (3 and up)", "Lower impact (below 3)"])
        #expect(matrix.columns == ["Lower effort (below 3)", "Higher effort (3 and up)"])
        #expect(model.unplacedTactics(journey) == [CellItem("Delivery cost up front", href: "#tactic-delivery-cost-up-front", note: "no effort")])
        #expect(page["priority"]?["unplacedTacticsHTML"] == .html(##"<a href="#tactic-delivery-cost-up-front">Delivery cost up front</a> <span class="note">no effort</span>"##))
        #expect(page["priority"]?["unscoredHTML"] == .null)
    }

    @Test func experimentShowsVisitorsPerVariantAndDays() throws {
        let card = model.tacticCard(journey, 0, root: "../")
        #expect(card.anchor == "tactic-trail-line-for-boot-buyers")
        #expect(card.badges.map(\.text) == ["live", "quick win", "ICE 48"])
        #expect(card.facts.first { $0.term == "ICE" }?.texts == ["48"])
        #expect(card.facts.first { $0.term == "Segments" }?.values == [CellItem("Boot buyers", href: "../segments/boot-buyers.html")])
        let experiment = try #require(card.experiment)
        func fact(_ term: String) -> [String]? { experiment.first { $0.term == term }?.texts }
        // cli.md: 3.1% baseline, 10% lift -> 51438 per variant; 2 x 51438 / 1200 -> 86 days.
        #expect(fact("Visitors per variant") == ["51,438"])
        #expect(fact("Duration") == ["86 days"])
        #expect(experiment.first { $0.term == "Duration" }?.values.first?.note == nil)
        #expect(fact("Traffic") == ["1200/day"])
        #expect(fact("Baseline") == ["3.1%"])
        #expect(fact("Lift to detect") == ["+10%"])
        #expect(model.tacticCard(journey, 1, root: "../").experiment == nil)
        let value = try #require(page["tactics"]?[0])
        #expect(value["experimentHTML"]?.string?.contains("<div><dt>Duration</dt><dd>86 days</dd></div>") == true)
        #expect(page["tactics"]?[1]?["experimentHTML"] == .null)
    }

    @Test func experimentOverNinetyDaysIsFlagged() throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages[1].touchpoints[0].traffic = Rate(amount: 1000, unit: .week)
        let project = SiteTestProject.project([SiteTestProject.library(), doc])
        let card = SiteTestProject.model(project).tacticCard(project.journeys[0], 0, root: "")
        let duration = try #require(card.experiment?.first { $0.term == "Duration" }?.values.first)
        #expect(duration.text == "721 days")  // 2 x 51438 / (1000 / 7) = 720.1
        #expect(duration.note == "over 90 days")
    }

    @Test func gridHasAColumnPerTouchpointUnderItsStage() throws {
        let grid = try #require(page["grid"])
        #expect(grid["stages"]?.items.map { $0["colspan"]?.string } == ["1", "2"])
        #expect(grid["stages"]?.items.map { $0["anchor"]?.string } == ["stage-awareness", "stage-purchase"])
        let heads = try #require(grid["touchpointsHTML"]?.string)
        #expect(heads.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } } == ["tp-ig-ad", "tp-product-page", "tp-cart"])
        #expect(heads.contains(#"<th scope="col" id="tp-product-page" class="tp-head">Product page<span class="flags"> <span class="flag">rank 1</span> <span class="flag">focus</span></span></th>"#))
        let lanes = try #require(grid["lanesHTML"]?.string)
        #expect(lanes.contains(#"<tr><th scope="row">Emotion</th>"#
                + #"<td><ul class="items"><li class="emo emo-0">0</li></ul></td>"#
                + #"<td><ul class="items"><li class="emo emo-p1">+1</li></ul></td>"#
                + #"<td><ul class="items"><li class="emo emo-n1">-1 <span class="note">low point</span></li></ul></td></tr>"#))
        #expect(lanes.contains(##"<tr><th scope="row">Tactics</th><td><ul class="items"><li><a href="#tactic-trail-line-for-boot-buyers">Trail line for boot buyers</a> <span class="note">ICE 48 · quick win</span></li></ul></td>"##))
        // The first eight lanes always, the others when used: no "Evidence" here.
        let names = lanes.components(separatedBy: #"<th scope="row">"#).dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(names == ["Channel", "Actions", "Thoughts", "Emotion", "Pain points", "Opportunities", "Micro-moments", "Tactics",
                          "Priority", "Need x value", "Traffic"])
        // Stage rows span their stage's columns; rows no stage fills are left out.
        let mean = #"<ul class="items"><li class="emo emo-0">0 <span class="note">mean of its touchpoints</span></li></ul></td>"#
        #expect(grid["stageRowsHTML"] == .html(#"<tr><th scope="row">Stage emotion</th><td colspan="1">"# + mean
                                               + #"<td colspan="2">"# + mean + "</tr>\n"))
    }

    @Test func stageWithoutTouchpointsKeepsOneColumn() throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages.append(Stage(header: SiteTestProject.header(.stage, "Loyalty", line: 70)))
        let model = SiteTestProject.model(SiteTestProject.project([doc]))
        let grid = try #require(model.page(.journey(0)).context["grid"])
        #expect(grid["stages"]?.items.map { $0["colspan"]?.string } == ["1", "2", "1"])
        #expect(grid["touchpointsHTML"]?.string?.hasSuffix(#"<th scope="col" class="tp-head">No touchpoints</th>"#) == true)
        for row in (grid["lanesHTML"]?.string ?? "").split(separator: "\n") {
            #expect(row.components(separatedBy: "<td").count == 5, "\(row)")
        }
    }
}
