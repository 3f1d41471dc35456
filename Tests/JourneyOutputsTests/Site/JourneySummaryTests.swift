@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The summary at the top of a journey page, and the way to the notes for authors.
@Suite struct JourneySummaryTests {
    static func project(diagnostics: [Diagnostic] = []) -> Project {
        var doc = SiteTestProject.trailRunning()
        doc.kpis = [KPI(name: "trail shoe conversion", now: "1.9%", target: "2.6%"), KPI(name: "NPS")]
        doc.stages[1].touchpoints[1].pains = ["Delivery cost appears only at checkout", "No size guide"]
        doc.stages[1].touchpoints[0].momentOfTruth = true
        var project = SiteTestProject.project([SiteTestProject.library(), doc])
        project.diagnostics = diagnostics
        return project
    }

    @Test func summaryShowsScoreFocusLowPointsKPIsAndTactics() throws {
        let page = SiteTestProject.model(Self.project()).page(.journey(0)).context
        let summary = try #require(page["summary"])
        let j = try #require(Self.project().journey("trail-running"))
        #expect(summary["cxScore"] == .text(SiteNumber.decimal(try #require(j.cxScore), maxDecimals: 0)))
        #expect(summary["personas"]?[0]?["initials"] == .text("TH"))
        #expect(summary["personas"]?[0]?["href"] == .text("../personas/trail-curious-hiker.html"))
        #expect(summary["focus"]?.items.map { $0["title"]?.string } == ["Product page"])
        #expect(summary["focus"]?[0]?["priority"] == .text("83"))
        // The low point first, with its first pain; then the moment of truth.
        #expect(summary["lows"]?.items.map { $0["title"]?.string } == ["Cart", "Product page"])
        #expect(summary["lows"]?[0]?["pain"] == .text("Delivery cost appears only at checkout"))
        #expect(summary["lows"]?[0]?["emotionClass"] == .text("emo-n1"))
        #expect(summary["lows"]?.items.map { $0["kind"]?.string } == ["low point", "moment of truth"])
        #expect(summary["kpis"]?[0]?["direction"] == .text("increase"))
        #expect(summary["kpis"]?[0]?["gapSVG"]?.string?.hasPrefix("<svg") == true)
        #expect(summary["kpis"]?[1]?["gapSVG"] == .null)
        #expect(summary["tacticStatus"]?.items.map { $0["label"]?.string } == ["live", "idea"])
        #expect(summary["tacticQuadrants"]?.items.map { [$0["count"]?.string, $0["cls"]?.string] } == [["1", "q-quick-win"]])
        #expect(summary["sparklineSVG"]?.string?.contains(#"class="sparkline""#) == true)
    }

    @Test(arguments: [("Trail-curious hiker", "TH"), ("Sam", "S"), ("ünder über alles", "ÜÜ"), ("--", "?")])
    func initialsOfTheFirstTwoWords(title: String, initials: String) {
        #expect(SiteModel.initials(title) == initials)
    }

    /// Warnings are for authors: the journey page links to its rows on the report page,
    /// which carry the anchor, and shows no table of them.
    @Test func notesForAuthorsLinkToTheReport() throws {
        let d = Diagnostic(.tacticNoKPI, file: "maps/trail-running.md", range: SourceRange(line: 25, column: 1, length: 3),
                           message: "Tactic 'x' has no 'kpi'")
        let model = SiteTestProject.model(Self.project(diagnostics: [d, d]))
        let notes = try #require(model.page(.journey(0)).context["authorNotes"])
        #expect(notes["label"] == .text("2 notes for authors"))
        #expect(notes["href"] == .text("../report.html#journey-trail-running"))
        let rows = try #require(model.page(.report).context["rowsHTML"]?.string)
        #expect(rows.components(separatedBy: #"id="journey-trail-running""#).count == 2)
        #expect(rows.contains(#"<tr class="warning" id="journey-trail-running"><td><a href="journeys/trail-running.html">maps/trail-running.md</a>"#))
        #expect(model.page(.index).context["journeys"]?[0]?["warningsHref"] == .text("report.html#journey-trail-running"))
        #expect(SiteTestProject.model(Self.project()).page(.journey(0)).context["authorNotes"] == .null)
    }

    @Test func indexCardsCarryTheCXScore() throws {
        let card = try #require(SiteTestProject.model(Self.project()).page(.index).context["journeys"]?[0])
        #expect(card["cxScore"]?.string != nil)
    }
}
