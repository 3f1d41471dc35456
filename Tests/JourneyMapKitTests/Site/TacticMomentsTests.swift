import Foundation
import JourneyCore
import JourneyOutputs
import Testing
import TestSupport

/// The micro-moments of a tactic: its parent micro-moment plus those it names with
/// `moment:`, the same on the tactic card, on the micro-moment cards and in the export.
@Suite struct TacticMomentsTests {
    static let folder = MapsFolder(["m.md": """
        ---
        id: m
        ---

        # Trail shoes

        ## Stage: Research

        ### Touchpoint: Search {#search}
        - channel: web

        #### Micro-moment: Wondering
        - intent: find out whether trail shoes fit wide feet
        - touchpoint: reviews

        ##### Tactic: Fit guide
        - trigger: searched for wide trail shoes
        - moment: m/wondering, comparing
        - data: search terms
        - consent: consent
        - fallback: generic size chart
        - kpi: guide opens

        #### Tactic: Search ad
        - trigger: searched for trail shoes
        - fallback: generic ad
        - kpi: ad clicks

        ### Touchpoint: Reviews {#reviews}
        - channel: web

        ### Micro-moment: Comparing
        - intent: compare two trail shoes
        - touchpoint: reviews

        #### Tactic: Side by side table
        - trigger: opened two product pages
        - fallback: none
        - kpi: table opens

        ### Tactic: Stage banner
        - trigger: visited the research pages
        - data: browsing history
        - fallback: no banner
        - kpi: banner clicks

        ## Tactic: Welcome code
        - trigger: first visit
        - moment: comparing, wondering
        - content: Generic 10% welcome code
        - fallback: none
        - kpi: code redemptions

        """])

    static func project() throws -> Project {
        let project = try folder.project()
        // The stage banner uses data without a legal basis; nothing else is reported.
        #expect(project.diagnostics.map(\.id) == [.tacticNoConsent], "\(project.expected)")
        return project
    }

    /// Parent first, then the `moment:` references as written, each once: the fit
    /// guide's own `m/wondering` is its parent, written the long way.
    static let expected: [(tactic: String, touchpoints: [String], moments: [String])] = [
        ("fit-guide", ["search", "reviews"], ["wondering", "comparing"]),
        ("search-ad", ["search"], []),
        ("side-by-side-table", ["reviews"], ["comparing"]),
        ("stage-banner", ["search", "reviews"], []),
        ("welcome-code", ["reviews", "search"], ["comparing", "wondering"]),
    ]

    @Test func resolvedFigures() throws {
        let j = try Self.project().only
        for (tactic, touchpoints, moments) in Self.expected {
            let f = try j.tactic(tactic)
            #expect(f.touchpoints.map { j.touchpoints[$0].header.id } == touchpoints, "\(tactic)")
            #expect(f.moments == moments, "\(tactic)")
        }
        #expect(j.tacticIndices(ofMoment: "wondering").map { j.tactics[$0].header.id } == ["fit-guide", "welcome-code"])
        #expect(j.tacticIndices(ofMoment: "comparing").map { j.tactics[$0].header.id }
                == ["fit-guide", "side-by-side-table", "welcome-code"])
    }

    @Test func exportListsEachTacticsTouchpointsAndMoments() throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(try Self.project()).utf8))
        let journey = try #require(((parsed as? [String: Any])?["journeys"] as? [[String: Any]])?.first)
        let tactics = try #require(journey["tactics"] as? [[String: Any]])
        #expect(tactics.map { $0["id"] as? String } == Self.expected.map(\.tactic))
        for (object, expected) in zip(tactics, Self.expected) {
            #expect(object["touchpoints"] as? [String] == expected.touchpoints, "\(expected.tactic)")
            #expect(object["moments"] as? [String] == expected.moments, "\(expected.tactic)")
        }
        let touchpoints = try #require((journey["stages"] as? [[String: Any]])?.first?["touchpoints"] as? [[String: Any]])
        #expect(touchpoints.map { $0["tactics"] as? [String] } == [
            ["fit-guide", "search-ad", "stage-banner", "welcome-code"],
            ["fit-guide", "side-by-side-table", "stage-banner", "welcome-code"],
        ])
    }

    /// The journey page, through the default templates.
    static func page() throws -> String {
        try #require(try SitePageTests.generate(folder)["journeys/m.html"])
    }

    /// The facts of the card with `anchor`: what lies between its heading and its end.
    static func card(_ page: String, _ anchor: String) throws -> String {
        let start = try #require(page.range(of: " id=\"\(anchor)\">"), "no card \(anchor)")
        let end = try #require(page.range(of: "</article>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    static func links(_ items: [(href: String, title: String)]) -> String {
        "<dd><ul>" + items.map { "<li><a href=\"#\($0.href)\">\($0.title)</a></li>" }.joined() + "</ul></dd>"
    }

    @Test func tacticCardsListTheirMicroMoments() throws {
        let page = try Self.page()
        let moments = "<dt>Micro-moments</dt>"
        #expect(try Self.card(page, "tactic-fit-guide").contains(
            moments + Self.links([("mm-wondering", "Wondering"), ("mm-comparing", "Comparing")])))
        #expect(try Self.card(page, "tactic-side-by-side-table").contains(moments + Self.links([("mm-comparing", "Comparing")])))
        #expect(try Self.card(page, "tactic-welcome-code").contains(
            moments + Self.links([("mm-comparing", "Comparing"), ("mm-wondering", "Wondering")])))
        #expect(try Self.card(page, "tactic-search-ad").contains("<dt>Touchpoints</dt>" + Self.links([("tp-search", "Search")])))
        for tactic in ["search-ad", "stage-banner"] {
            #expect(try !Self.card(page, "tactic-" + tactic).contains(moments), "\(tactic)")
        }
        #expect(try Self.card(page, "tactic-stage-banner").contains(
            "<dt>Touchpoints</dt>" + Self.links([("tp-search", "Search"), ("tp-reviews", "Reviews")])))
    }

    @Test func microMomentCardsListTheirTactics() throws {
        let page = try Self.page()
        #expect(try Self.card(page, "mm-wondering").contains(
            "<dt>Tactics</dt>" + Self.links([("tactic-fit-guide", "Fit guide"), ("tactic-welcome-code", "Welcome code")])))
        #expect(try Self.card(page, "mm-comparing").contains("<dt>Tactics</dt>" + Self.links([
            ("tactic-fit-guide", "Fit guide"), ("tactic-side-by-side-table", "Side by side table"),
            ("tactic-welcome-code", "Welcome code"),
        ])))
        let checks = SiteHTMLChecks([SiteFile(path: "journeys/m.html", text: page)])
        #expect(checks.brokenLinks("journeys/m.html").filter { $0.hasPrefix("#") } == [])
    }
}
