import Foundation
import JourneyCore
import JourneyMapKit
import Testing

/// The site of the repository's example maps, as a whole.
@Suite struct ExampleSiteTests {
    static let input = try! SiteFixtures.exampleInput()
    static let files: [SiteFile] = {
        let files = try! SiteGenerator(templates: try! TemplateSet.defaults()).generate(input)
        if let dir = ProcessInfo.processInfo.environment["SITE_PREVIEW_DIR"] {
            try! SiteFixtures.write(files, to: dir)
        }
        return files
    }()
    static let checks = SiteHTMLChecks(files)

    @Test func everyPageAndAssetIsThere() {
        let paths = Set(Self.files.map(\.path))
        for path in ["index.html", "tactics/index.html", "channels.html", "people.html", "report.html",
                     "journeys/trail-running.html", "journeys/broadband-repair.html",
                     "assets/site.css", "assets/site.js", "assets/search-index.js",
                     "personas/trail-curious-hiker.html", "segments/boot-buyers.html", "tactics/status-live.html"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        #expect(Self.files.map(\.path) == Self.files.map(\.path).sorted())
    }

    @Test func everyPageFollowsTheSiteRules() {
        for page in Self.checks.pages {
            #expect(Self.checks.ruleViolations(page) == [], "\(page)")
        }
    }

    @Test func idsAreUniquePerPage() {
        for page in Self.checks.pages {
            #expect(Self.checks.duplicateIDs(page) == [], "\(page)")
        }
    }

    @Test func everyRelativeLinkAndAnchorResolves() {
        for page in Self.checks.pages {
            #expect(Self.checks.brokenLinks(page) == [], "\(page)")
        }
    }

    @Test func diagramsAreInlineWithTextAlternatives() throws {
        let index = try #require(Self.checks.texts["index.html"])
        #expect(index.contains(#"<svg role="group" aria-labelledby="lifecycle-caption" class="overview-diagram""#))
        #expect(index.contains(#"xlink:href="journeys/trail-running.html""#))
        let journey = try #require(Self.checks.texts["journeys/trail-running.html"])
        #expect(journey.contains(#"<svg role="group" aria-labelledby="diagram-caption" class="flow-diagram""#))
        #expect(journey.contains(#"<tr data-lane="emotion" class="emotion-lane-row"><th scope="row">Feeling</th>"#))
        for chart in ["pareto", "needs-value", "impact-effort"] {
            #expect(journey.contains(#"data-chart="\#(chart)" viewBox="#), "\(chart)")
        }
        #expect(journey.contains("<summary>Flow as text</summary>"))
        #expect(!journey.contains("<?xml"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let again = try SiteGenerator(templates: try TemplateSet.defaults()).generate(Self.input)
        #expect(again == Self.files)
    }

    @Test func generatedAtAppearsOnlyWhenGiven() throws {
        #expect(!(Self.checks.texts["index.html"] ?? "").contains(" on 20"))
        var input = Self.input
        input.generatedAt = "2025-06-01"
        let files = try SiteGenerator(templates: try TemplateSet.defaults()).generate(input)
        let index = try #require(files.first { $0.path == "index.html" })
        #expect(String(decoding: index.bytes, as: UTF8.self).contains("Made with journeymap on 2025-06-01."))
    }
}
