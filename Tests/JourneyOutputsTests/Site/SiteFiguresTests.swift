@testable import JourneyCore
@testable import JourneyOutputs
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
        #expect(page["summary"]?["focusCoverage"] == .text("1 of 1 (100%)"))
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
        // 83.3 of 225 (83.3 + 83.3 + 58.3) so far: 37%.
        #expect(ranked.map(\.cumulative) == ["37%", "74%", "100%"])
        #expect(html.hasPrefix(##"<tr class="focus"><td>1</td><th scope="row"><a href="#tp-product-page">Product page</a></th><td>4</td><td>5</td><td>4</td><td>83.3</td><td>37%</td><td>focus, has a tactic</td><td>0.48</td></tr>"##))
        #expect(html.components(separatedBy: "<tr").count == 4)
    }

    @Test func needsValueChartPlacesEachTouchpoint() throws {
        let needs = model.needsValueChart(journey)
        // x is value, y is need; numbered in journey order.
        #expect(needs.chart.marks.map(\.id) == ["ig-ad", "product-page", "cart"])
        #expect(needs.chart.marks.map(\.label) == ["1", "2", "3"])
        #expect(needs.chart.marks.map(\.cls) == ["q-business-push", "q-fix-first", "q-customer-care"])
        #expect(needs.chart.marks.map { [$0.x, $0.y] } == [[4, 2], [5, 5], [2, 4]])
        #expect(needs.chart.quadrants == ["Customer care", "Fix first", "Later", "Business push"])
        #expect(needs.legend.contains(##"<li><span class="legend-num q-fix-first" aria-hidden="true">2</span> <a href="#tp-product-page">Product page</a> <span class="note">fix first</span></li>"##))
        #expect(needs.rows.contains(##"<th scope="row"><a href="#tp-cart">Cart</a></th><td>4</td><td>2</td><td>customer care</td>"##))
        let svg = try #require(page["priority"]?["needsValueSVG"]?.string)
        #expect(svg.contains(#"data-chart="needs-value""#))
        #expect(svg.components(separatedBy: "data-id=").count == 4)
        #expect(page["priority"]?["unplacedTouchpointsHTML"] == .null)
    }

    @Test func impactEffortChartPlotsTacticsAndListsTheUnplaced() throws {
        let tactics = model.impactEffortChart(journey)
        #expect(tactics.chart.marks.map(\.id) == ["trail-line-for-boot-buyers"])
        #expect(tactics.chart.marks.first?.cls == "q-quick-win")
        #expect(tactics.chart.marks.first?.name == "1. Trail line for boot buyers: impact 4, effort 2, confidence 3, quick win")
        #expect(tactics.legend.contains(#"<span class="note">quick win · ICE 48</span>"#))
        #expect(tactics.rows.contains("<td>4</td><td>2</td><td>3</td><td>48</td><td>quick win</td><td>live</td>"))
        #expect(model.unplacedTactics(journey) == [CellItem("Delivery cost up front", href: "#tactic-delivery-cost-up-front", note: "no effort")])
        #expect(page["priority"]?["unplacedTacticsHTML"] == .html(##"<a href="#tactic-delivery-cost-up-front">Delivery cost up front</a> <span class="note">no effort</span>"##))
        #expect(page["priority"]?["unscoredHTML"] == .null)
        let svg = try #require(page["priority"]?["impactEffortSVG"]?.string)
        #expect(svg.contains(#"data-chart="impact-effort""#))
        #expect(svg.contains(##"<a href="#tactic-trail-line-for-boot-buyers" class="mark q-quick-win" data-id="trail-line-for-boot-buyers">"##))
    }

    @Test func paretoChartBarsFollowTheRanking() throws {
        let svg = try #require(page["priority"]?["paretoSVG"]?.string)
        #expect(svg.contains(#"data-chart="pareto""#))
        let ids = svg.components(separatedBy: #"data-id=""#).dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids == ["product-page", "cart", "ig-ad"])
        #expect(svg.contains(#"class="bar focus" data-id="product-page"><title>Product page: priority 83.3, rank 1, 37% of the total so far</title>"#))
    }

    /// Without scores, impact or need, the charts are not drawn and the page says why.
    @Test func emptyChartsAreNotDrawn() {
        var doc = SiteTestProject.trailRunning()
        for s in doc.stages.indices {
            for t in doc.stages[s].touchpoints.indices {
                doc.stages[s].touchpoints[t].scores = []
                doc.stages[s].touchpoints[t].need = nil
            }
        }
        for k in doc.tactics.indices { doc.tactics[k].effort = nil }
        let page = SiteTestProject.model(SiteTestProject.project([doc])).page(.journey(0)).context
        for key in ["paretoSVG", "needsValueSVG", "impactEffortSVG"] { #expect(page["priority"]?[key] == .null, "\(key)") }
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
        #expect(page["grid"]?["collapsible"] == .bool(false))
        #expect(page["grid"]?["blocks"]?.items.count == 1)
        let grid = try #require(page["grid"]?["blocks"]?[0])
        #expect(grid["hasDetails"] == .bool(true))
        #expect(grid["stages"]?.items.map { $0["colspan"]?.string } == ["1", "2"])
        #expect(grid["stages"]?.items.map { $0["anchor"]?.string } == ["stage-awareness", "stage-purchase"])
        #expect(grid["columnCount"] == .text("3"))
        let heads = try #require(grid["touchpointsHTML"]?.string)
        #expect(heads.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } } == ["tp-ig-ad", "tp-product-page", "tp-cart"])
        #expect(heads.contains(#"<th scope="col" id="tp-product-page" data-touchpoint="product-page" class="tp-head">Product page<span class="flags"> <span class="flag focus">★ focus #1</span></span></th>"#))
        let lanes = try #require(grid["lanes"])
        // Lanes no touchpoint fills are null: the template leaves their rows out.
        for unused in ["actors", "actions", "thoughts", "pains", "evidence", "backstage", "stageGoal", "moments"] {
            #expect(lanes[unused] == .null, "\(unused)")
        }
        for used in ["channels", "emotion", "tactics", "priority", "needsValue", "traffic", "stageEmotion"] {
            #expect(lanes[used]?["cellsHTML"]?.string != nil, "\(used)")
        }
        let tactics = try #require(lanes["tactics"]?["cellsHTML"]?.string)
        #expect(tactics.hasPrefix(##"<td><ul class="chips"><li class="chip tactic q-quick-win"><a href="#tactic-trail-line-for-boot-buyers">Trail line for boot buyers</a> <span class="chip-note">ICE 48</span></li></ul><p class="pv">Personalization value <strong>0.48</strong></p></td>"##))
        #expect(lanes["channels"]?["cellsHTML"] == .html(String(repeating: "", count: 0)
            + #"<td><ul class="chips"><li class="chip channel">social</li></ul></td>"#
            + #"<td><ul class="chips"><li class="chip channel">web</li></ul></td>"#
            + #"<td><ul class="chips"><li class="chip channel">web</li></ul></td>"#))
        #expect(lanes["needsValue"]?["cellsHTML"]?.string?.contains(#"<li class="chip quadrant q-fix-first">fix first</li>"#) == true)
        // Stage lanes span their stage's columns.
        #expect(lanes["stageEmotion"]?["cellsHTML"]?.string?.hasPrefix(#"<td colspan="1"><ul class="chips"><li class="chip emo emo-0">0 <span class="chip-note">mean of its touchpoints</span></li></ul></td><td colspan="2">"#) == true)
    }

    /// The emotion lane: a cell per column, each point in the middle of its cell and
    /// named by its touchpoint, the line running to the edge towards each neighbour,
    /// the low point ringed.
    @Test func emotionLanePointsSitInTheMiddleOfTheirColumns() throws {
        let cells = try #require(page["grid"]?["blocks"]?[0]?["lanes"]?["emotion"]?["cellsHTML"]?.string)
        #expect(cells.components(separatedBy: "<td").count == 4)
        for id in ["ig-ad", "product-page", "cart"] {
            #expect(cells.contains(#"data-touchpoint="\#(id)" cx="50%""#))
        }
        #expect(cells.components(separatedBy: #"class="low-ring""#).count == 2)
        #expect(cells.contains(#"<p class="emotion-word">-1<span class="visually-hidden">, low point</span></p>"#))
        #expect(cells.components(separatedBy: #"aria-hidden="true""#).count == 4)
        // Two neighbours meet halfway: the ad (0) and the product page (+1).
        let mid = ChartSVG.num((EmotionCurve.y(0) + EmotionCurve.y(1)) / 2)
        #expect(cells.contains(#"<line class="curve" x1="50%" y1="\#(ChartSVG.num(EmotionCurve.y(0)))" x2="100%" y2="\#(mid)"/>"#))
        #expect(cells.contains(#"<line class="curve" x1="0" y1="\#(mid)" x2="50%" y2="\#(ChartSVG.num(EmotionCurve.y(1)))"/>"#))
    }

    @Test func stageWithoutTouchpointsKeepsOneColumn() throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages.append(Stage(header: SiteTestProject.header(.stage, "Loyalty", line: 70)))
        let model = SiteTestProject.model(SiteTestProject.project([doc]))
        let grid = try #require(model.page(.journey(0)).context["grid"]?["blocks"]?[0])
        #expect(grid["stages"]?.items.map { $0["colspan"]?.string } == ["1", "2", "1"])
        #expect(grid["touchpointsHTML"]?.string?.hasSuffix(#"<th scope="col" class="tp-head empty">No touchpoints</th>"#) == true)
        guard case .object(let lanes)? = grid["lanes"] else { Issue.record("no lanes"); return }
        for (key, lane) in lanes {
            guard let cells = lane["cellsHTML"]?.string else { continue }
            let spans = cells.components(separatedBy: "colspan=\"").dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
            #expect(cells.components(separatedBy: "<td").count - 1 - spans.count + spans.reduce(0, +) == 4, "\(key)")
        }
    }

    /// A long journey: one table per stage, the first open, each with its own columns.
    @Test func longJourneysHaveATablePerStage() throws {
        var doc = SiteTestProject.trailRunning()
        let template = doc.stages[1].touchpoints[0]
        doc.stages[1].touchpoints = (0..<SiteModel.collapsibleStagesFrom).map { n in
            var tp = template
            tp.header.id = "tp-\(n)"
            tp.header.title = "Touchpoint \(n)"
            return tp
        }
        let model = SiteTestProject.model(SiteTestProject.project([doc]))
        let grid = try #require(model.page(.journey(0)).context["grid"])
        #expect(grid["collapsible"] == .bool(true))
        #expect(grid["blocks"]?.items.map { $0["columnCount"]?.string } == ["1", String(SiteModel.collapsibleStagesFrom)])
        #expect(grid["blocks"]?.items.map { $0["open"] } == [.bool(true), .bool(false)])
        #expect(grid["blocks"]?.items.map { $0["title"]?.string } == ["Awareness", "Purchase"])
        #expect(grid["blocks"]?[1]?["touchpointCount"] == .text("150"))
    }
}
