import JourneyCore
import JourneyOutputs
import Testing

/// Map text in the contexts the site model writes itself: SVG it draws, the search
/// index script. (HTML text and attributes are escaped by the templates: see
/// JourneyMapKitTests.)
@Suite struct SiteEscapingTests {
    static let texts = [SiteTestProject.hostile, SiteTestProject.quoted]

    /// The emotion lane writes the emotion words and the touchpoints' ids.
    @Test(arguments: texts) func emotionCurveEscapesWordsAndIds(_ text: String) throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages[1].touchpoints[0].header.id = text
        doc.stages[1].touchpoints[0].emotion = Located(Emotion(score: 1, label: text), SourceRange(line: 43, column: 1, length: 1))
        let project = SiteTestProject.project([doc])
        let journey = try #require(project.journeys.first)
        let cells = EmotionCurve(journey, columns: [0, 1, 2]).cells()
        #expect(!cells.contains("<img"))
        #expect(!cells.contains("</script>"))
        #expect(!cells.contains("\"quoted\""))
        #expect(!cells.contains("'single'"))
        #expect(cells.contains("data-touchpoint=\"" + HTMLText.escape(text) + "\""))
        #expect(cells.contains("<p class=\"emotion-word\">+1 " + HTMLText.escape(text) + "</p>"))
    }

    @Test func htmlTextEscapesEveryMarkupCharacter() {
        #expect(HTMLText.escape(SiteTestProject.hostile) == "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(HTMLText.escape(SiteTestProject.quoted) == "&quot;quoted&quot; &amp; &#39;single&#39;")
        #expect(HTMLText.escape("plain café") == "plain café")
    }

    @Test func searchIndexEscapesForAScript() throws {
        var doc = SiteTestProject.trailRunning(title: SiteTestProject.hostile)
        doc.stages[1].touchpoints[0].header.title = SiteTestProject.quoted
        let script = SearchIndex.script(SiteTestProject.project([SiteTestProject.library(), doc]))
        #expect(!script.contains("</script>"))
        #expect(!script.contains("<img"))
        #expect(script.contains(#""\u003c/script\u003e\u003cimg src=x onerror=alert(1)\u003e""#))
        #expect(script.contains(#""\"quoted\" \u0026 'single'""#))
        #expect(script.hasPrefix("/* journeymap search index"))
        #expect(script.contains("window.JOURNEYMAP_SEARCH = [\n"))
        #expect(script.hasSuffix("];\n"))
    }

    @Test func searchIndexHasEveryKindWithRootRelativeLinks() {
        let script = SearchIndex.script(SiteTestProject.trailProject())
        let lines = script.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(lines.count == 1 + 2 + 3 + 2 + 1 + 1)
        #expect(lines[0].hasPrefix(#"["Journey","From hiking boots to trail running","E-commerce growth","journeys/trail-running.html","#))
        #expect(lines.contains { $0.hasPrefix(#"["Touchpoint","Cart",0,"tp-cart","#) })
        #expect(lines.contains { $0.hasPrefix(#"["Tactic","Trail line for boot buyers",0,"tactic-trail-line-for-boot-buyers","#) })
        #expect(lines.contains { $0.hasPrefix(#"["Persona","Trail-curious hiker","","personas/trail-curious-hiker.html","#) })
        #expect(lines.contains { $0.hasPrefix(#"["Segment","Boot buyers","bought hiking boots in the last 12 months","segments/boot-buyers.html","#) })
    }

    /// Markup may only travel under keys that say so: the templates write exactly those
    /// keys unescaped (TemplateCheck enforces the template side).
    @Test func markupOnlyUnderHTMLAndSVGKeys() {
        var doc = SiteTestProject.trailRunning()
        doc.description = SiteTestProject.notes("Some *notes*.")
        doc.kpis = [KPI(name: "conversion", now: "1.9%", target: "2.6%")]
        doc.stages[0].header.notes = SiteTestProject.notes("Stage notes.")
        var input = SiteTestProject.input(SiteTestProject.project([SiteTestProject.library(), doc]))
        input.journeySVG = ["trail-running": "<svg></svg>"]
        input.overviewSVG = "<svg></svg>"
        let model = SiteModel(input)
        var markupKeys: Set<String> = []
        func walk(_ value: SiteValue, key: String?) {
            switch value {
            case .html:
                markupKeys.insert(key ?? "")
                #expect(key.map { $0.hasSuffix("HTML") || $0.hasSuffix("SVG") } == true, "markup under \(key ?? "a list")")
            case .text:
                #expect(key.map { !$0.hasSuffix("HTML") && !$0.hasSuffix("SVG") } ?? true, "text under \(key ?? "")")
            case .bool: break
            case .list(let items): items.forEach { walk($0, key: nil) }
            case .object(let fields): fields.forEach { walk($0.value, key: $0.key) }
            }
        }
        for kind in model.pages { walk(model.page(kind).context, key: nil) }
        let fragments: Set<String> = [
            "cellsHTML", "touchpointsHTML", "flowTextHTML", "rankedRowsHTML", "needsValueLegendHTML", "needsValueRowsHTML",
            "impactEffortLegendHTML", "impactEffortRowsHTML", "badgesHTML", "factsHTML", "experimentHTML", "rowsHTML",
            "tacticRowsHTML", "unscoredHTML", "unplacedTacticsHTML", "unplacedTouchpointsHTML",
            "avatarHTML", "chartSVG",
        ]  // SiteHTML fragments, every text escaped in SiteHTML
        // Charts drawn in Swift (their own tests check the escaping), cmark, Graphviz SVG.
        let drawn: Set<String> = ["sparklineSVG", "gapSVG", "paretoSVG", "needsValueSVG", "impactEffortSVG"]
        let external: Set<String> = ["descriptionHTML", "notesHTML", "flowSVG", "overviewSVG"]
        #expect(drawn.isSubset(of: markupKeys))
        #expect(external.isSubset(of: markupKeys))
        #expect(markupKeys.subtracting(external).subtracting(fragments).subtracting(drawn) == [])
    }
}
