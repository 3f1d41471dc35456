@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The catalog's portfolio: every tactic with impact and effort on one chart, coloured
/// and numbered by journey, with its legend and data table; and the status counts.
@Suite struct SitePortfolioTests {
    @Test func everyScoredTacticIsOneMarkLinkedToItsCard() throws {
        let model = SiteTestProject.model(SiteViewsTests.twoJourneys())
        let page = model.page(.tactics(nil)).context
        let portfolio = try #require(page["portfolio"])
        let svg = try #require(portfolio["chartSVG"]?.string)
        #expect(svg.contains(#"data-chart="portfolio""#))
        // Two tactics per journey; only "Trail line" has an effort, so one mark each.
        #expect(svg.components(separatedBy: "data-id=").count - 1 == 2)
        #expect(svg.contains(##"<a href="../journeys/second.html#tactic-trail-line-for-boot-buyers" class="mark series-0" data-id="second/trail-line-for-boot-buyers"><title>Trail line for boot buyers (Second): impact 5, effort 2, confidence 5, ICE 100, live</title>"##))
        #expect(svg.contains(#"class="mark series-1" data-id="trail-running/trail-line-for-boot-buyers""#))
        #expect(portfolio["legend"]?.items.map { $0["title"]?.string } == ["Second", "From hiking boots to trail running"])
        #expect(portfolio["legend"]?.items.map { $0["number"]?.string } == ["1", "2"])
        #expect(portfolio["unplotted"] == .text("2 tactics without impact or effort are not plotted."))
        #expect(portfolio["limited"] == .null)
        let rows = portfolio["rowsHTML"]?.string ?? ""
        #expect(rows.hasPrefix(##"<tr><td>1</td><th scope="row"><a href="../journeys/second.html#tactic-trail-line-for-boot-buyers">Trail line for boot buyers</a></th><td>Second</td><td>5</td><td>2</td><td>5</td><td>100</td><td>live</td></tr>"##))
    }

    @Test func onlyTheWholeCatalogHasThePortfolio() throws {
        let model = SiteTestProject.model(SiteViewsTests.twoJourneys())
        let live = try #require(model.tacticFilters.first { $0.name == "status-live" })
        #expect(model.page(.tactics(live)).context["portfolio"] == .null)
    }

    @Test func noScoredTacticNoPortfolio() {
        var doc = SiteTestProject.trailRunning()
        doc.tactics[0].effort = nil
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), doc]))
        #expect(model.page(.tactics(nil)).context["portfolio"] == .null)
    }

    @Test func thePortfolioPlotsTheTacticsOfHighestICEUpToItsLimit() throws {
        var doc = SiteTestProject.trailRunning()
        let template = doc.tactics[0]
        doc.tactics = (0..<(SiteModel.portfolioLimit + 5)).map { i in
            var t = template
            t.header.id = "t\(i)"
            t.header.title = "T\(i)"
            t.impact = Double(1 + i % 5)
            t.effort = Double(1 + (i / 5) % 5)
            return t
        }
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), doc]))
        let portfolio = try #require(model.page(.tactics(nil)).context["portfolio"])
        let svg = try #require(portfolio["chartSVG"]?.string)
        #expect(svg.components(separatedBy: "data-id=").count - 1 == SiteModel.portfolioLimit)
        #expect(portfolio["limited"] == .text("The 200 tactics of highest ICE are plotted, of 205 with impact and effort."))
        // The five left out have the lowest ICE: impact 1, effort 5.
        for i in 0..<(SiteModel.portfolioLimit + 5) where !svg.contains("data-id=\"trail-running/t\(i)\"") {
            #expect(i % 5 == 0 && (i / 5) % 5 == 4)
        }
    }

    @Test func statusCountsInLifeCycleOrder() {
        let model = SiteTestProject.model(SiteViewsTests.twoJourneys())
        let counts = model.page(.tactics(nil)).context["statusCounts"]?.items ?? []
        #expect(counts.map { ($0["count"]?.string ?? "") + " " + ($0["status"]?.string ?? "") } == ["1 idea", "1 planned", "2 live"])
        #expect(counts.map { $0["class"]?.string } == ["status-idea", "status-planned", "status-live"])
    }
}
