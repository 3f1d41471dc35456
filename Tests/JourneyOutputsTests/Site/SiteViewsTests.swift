import JourneyCore
import JourneyOutputs
import Testing

/// The views across journeys: catalog, channels, people, report.
@Suite struct SiteViewsTests {
    /// Two journeys: the trail journey and a copy with other ids and stage titles.
    static func twoJourneys() -> Project {
        var other = SiteTestProject.trailRunning(title: "Second")
        other.id = "second"
        other.file = "maps/second.md"
        other.stages[0].header.title = "AWARENESS!"
        other.stages[1].header.title = "Aftercare"
        other.tactics[0].impact = 5
        other.tactics[0].confidence = 5
        other.tactics[0].segmentRefs = []
        other.tactics[1].status = "planned"
        return SiteTestProject.project([SiteTestProject.library(), SiteTestProject.trailRunning(), other])
    }

    /// The `<tr>` rows of a catalog page's table.
    static func rows(_ page: SitePage) -> [String] {
        (page.context["rowsHTML"]?.string ?? "").components(separatedBy: "<tr ").dropFirst().map { "<tr " + $0 }
    }

    @Test func catalogIsByICEWithUnscoredLast() {
        let model = SiteTestProject.model(Self.twoJourneys())
        let rows = Self.rows(model.page(.tactics(nil)))
        #expect(rows.count == 4)
        #expect(rows.map { $0.contains("<td>100</td>") } == [true, false, false, false])
        #expect(rows.map { $0.contains("<td>48</td>") } == [false, true, false, false])
        #expect(rows.map { $0.contains(#"<td>–</td><td><span class="badge status-idea">idea</span></td>"#)
                || $0.contains(#"<td>–</td><td><span class="badge status-planned">planned</span></td>"#) }
                == [false, false, true, true])
        #expect(rows[0].contains(#"<a href="../journeys/second.html">Second</a>"#))
        #expect(rows[1].contains(#"<th scope="row"><a href="../journeys/trail-running.html#tactic-trail-line-for-boot-buyers">Trail line for boot buyers</a></th>"#))
        #expect(rows[1].hasPrefix(#"<tr data-id="trail-running/trail-line-for-boot-buyers" data-channel="social" data-segment="boot-buyers" data-quadrant="quick win" data-status="live" data-ice=""#))
        #expect(rows[1].contains(#"<td><span class="q-chip q-quick-win">quick win</span></td>"#))
        #expect(rows[3].contains(#"<a href="../journeys/second.html">Second</a>"#))
    }

    @Test func catalogRowsEscapeMapText() {
        var doc = SiteTestProject.trailRunning(title: SiteTestProject.hostile)
        doc.tactics[0].status = SiteTestProject.quoted
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), doc]))
        let html = model.page(.tactics(nil)).context["rowsHTML"]?.string ?? ""
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains(#"data-status="&quot;quoted&quot; &amp; &#39;single&#39;""#))
        #expect(html.contains(#"<span class="badge status-quoted-single">&quot;quoted&quot; &amp; &#39;single&#39;</span>"#))
    }

    @Test func everyFilterValueHasItsOwnPage() throws {
        let model = SiteTestProject.model(Self.twoJourneys())
        #expect(model.tacticFilters.map(\.path) == [
            "tactics/channel-social.html", "tactics/channel-web.html", "tactics/segment-boot-buyers.html",
            "tactics/no-segment.html", "tactics/quadrant-quick-win.html", "tactics/no-quadrant.html",
            "tactics/status-idea.html", "tactics/status-planned.html", "tactics/status-live.html",
        ])
        let everyone = try #require(model.tacticFilters.first { $0.name == "no-segment" })
        let page = model.page(.tactics(everyone))
        #expect(page.path == "tactics/no-segment.html")
        let rows = Self.rows(page)
        #expect(rows.count == 3)
        #expect(rows[0].contains(">Trail line for boot buyers</a>") && rows[0].contains("<td>everyone</td>"))
        #expect(rows[1].contains(">Delivery cost up front</a>") && rows[2].contains(">Delivery cost up front</a>"))
        let options = page.context["filters"]?.items.flatMap { $0["options"]?.items ?? [] } ?? []
        #expect(options.filter { $0["current"] == .bool(true) }.map { $0["label"]?.string } == ["everyone (no segment)"])
        #expect(model.pages.contains(.tactics(everyone)))
    }

    /// A channel word can be as long as `journeymap.yml` makes it; its page's file name
    /// is cut to stay a valid file name, and stays unique.
    @Test func longChannelWordsGetShortUniquePageNames() {
        let long = String(repeating: "c", count: 99) + "-" + String(repeating: "x", count: 200)
        var doc = SiteTestProject.trailRunning()
        doc.stages[0].touchpoints[0].channels = [long + "1"]
        doc.stages[1].touchpoints[1].channels = [long + "2"]
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), doc]))
        let channels = model.tacticFilters.filter { $0.dimension == .channel }.map(\.path)
        let cut = "tactics/channel-" + String(repeating: "c", count: 99)
        #expect(channels == [cut + ".html", cut + "-2.html"])
    }

    @Test func stagesAlignByTitleAcrossJourneys() {
        let model = SiteTestProject.model(Self.twoJourneys())
        let context = model.page(.channels).context
        #expect(context["columns"]?.items.map { $0["title"]?.string } == ["Awareness", "Purchase", "Aftercare"])
        #expect(context["columns"]?[0]?["journeys"] == .text("2 journeys"))
        let rows = context["rows"]?.items ?? []
        #expect(rows.map { $0["channel"]?.string } == ["social", "web"])
        // Social at awareness: the Instagram ad of both journeys, one group per journey.
        #expect(rows[0]["cellsHTML"]?.string == "<td>"
                + #"<p class="group"><a href="journeys/trail-running.html">From hiking boots to trail running</a></p>"#
                + #"<ul><li><a href="journeys/trail-running.html#tp-ig-ad">Instagram ad</a></li></ul>"#
                + #"<p class="group"><a href="journeys/second.html">Second</a></p>"#
                + #"<ul><li><a href="journeys/second.html#tp-ig-ad">Instagram ad</a></li></ul></td><td></td><td></td>"#)
        #expect(rows[1]["total"] == .text("4"))
    }

    @Test func segmentPageListsPersonasAndTactics() throws {
        let model = SiteTestProject.model(Self.twoJourneys())
        let page = model.page(.segment(0))
        #expect(page.path == "segments/boot-buyers.html")
        #expect(page.context["personas"]?.items.map { $0["href"]?.string } == ["../personas/trail-curious-hiker.html"])
        let rows = page.context["tacticRowsHTML"]?.string ?? ""
        #expect(rows == ##"<tr><th scope="row"><a href="../journeys/trail-running.html#tactic-trail-line-for-boot-buyers">Trail line for boot buyers</a></th>"##
                + ##"<td><a href="../journeys/trail-running.html">From hiking boots to trail running</a></td><td>live</td><td>48</td></tr>"## + "\n")
        #expect(page.context["catalogHref"] == .text("../tactics/segment-boot-buyers.html"))
        let persona = model.page(.persona(0))
        #expect(persona.context["journeys"]?.items.map { $0["title"]?.string } == ["From hiking boots to trail running", "Second"])
        #expect(persona.context["journeys"]?[0]?["main"] == .bool(true))
    }

    @Test func layoutFieldsAndNavigationOnEveryPage() {
        let model = SiteTestProject.model(Self.twoJourneys())
        for kind in model.pages {
            let page = model.page(kind)
            let root = SitePaths.root(of: page.path)
            #expect(page.context["root"] == .text(root))
            #expect(page.context["siteTitle"] == .text("Customer journeys"))
            #expect(page.context["generatedAt"] == .null)
            let nav = page.context["nav"]?.items ?? []
            #expect(nav.map { $0["href"]?.string } == ["index.html", "tactics/index.html", "channels.html", "people.html",
                                                       "report.html"].map { root + $0 })
        }
        #expect(model.pages.count == 5 + 2 + 9 + 1 + 1)
    }

    @Test func indexCardsCarryTheJourneyFigures() throws {
        let model = SiteTestProject.model(Self.twoJourneys())
        let card = try #require(model.page(.index).context["journeys"]?[0])
        #expect(card["title"] == .text("From hiking boots to trail running"))
        #expect(card["href"] == .text("journeys/trail-running.html"))
        #expect(card["persona"]?["title"] == .text("Trail-curious hiker"))
        #expect(card["stageCount"] == .text("2"))
        #expect(card["touchpointCount"] == .text("3"))
        #expect(card["tacticCount"] == .text("2"))
        #expect(card["meanEmotion"] == .text("0"))
        #expect(card["status"] == .text("review"))
    }
}
