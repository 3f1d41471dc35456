import Foundation
import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing

/// The site of the repository's example maps, as a whole.
@Suite struct ExampleSiteTests {
    struct Site: Sendable {
        var input: SiteInput
        var files: [SiteFile]
        var checks: SiteHTMLChecks
    }

    /// Made once for the suite; when making it fails, every test that uses it fails with
    /// the error, and the other suites still run.
    private static let made = Result { () throws -> Site in
        let input = try SiteFixtures.exampleInput()
        let files = try SiteGenerator(templates: try TemplateSet.defaults()).generate(input)
        if let dir = ProcessInfo.processInfo.environment["SITE_PREVIEW_DIR"] {
            try SiteFixtures.write(files, to: dir)
        }
        return Site(input: input, files: files, checks: SiteHTMLChecks(files))
    }

    static func site() throws -> Site { try made.get() }

    @Test func everyPageAndAssetIsThere() throws {
        let files = try Self.site().files
        let paths = Set(files.map(\.path))
        for path in ["index.html", "tactics/index.html", "channels.html", "people.html", "report.html",
                     "journeys/trail-running.html", "journeys/broadband-repair.html",
                     "assets/site.css", "assets/site.js", "assets/search-index.js",
                     "personas/trail-curious-hiker.html", "segments/boot-buyers.html", "tactics/status-live.html"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        #expect(files.map(\.path) == files.map(\.path).sorted())
    }

    @Test func everyPageFollowsTheSiteRules() throws {
        let checks = try Self.site().checks
        for page in checks.pages {
            #expect(checks.ruleViolations(page) == [], "\(page)")
        }
    }

    @Test func idsAreUniquePerPage() throws {
        let checks = try Self.site().checks
        for page in checks.pages {
            #expect(checks.duplicateIDs(page) == [], "\(page)")
        }
    }

    @Test func everyRelativeLinkAndAnchorResolves() throws {
        let checks = try Self.site().checks
        for page in checks.pages {
            #expect(checks.brokenLinks(page) == [], "\(page)")
        }
    }

    @Test func diagramsAreInlineWithTextAlternatives() throws {
        let checks = try Self.site().checks
        let index = try #require(checks.texts["index.html"])
        #expect(index.contains(#"<svg role="group" aria-labelledby="lifecycle-caption" class="overview-diagram""#))
        #expect(index.contains(#"xlink:href="journeys/trail-running.html""#))
        let journey = try #require(checks.texts["journeys/trail-running.html"])
        #expect(journey.contains(#"<svg role="group" aria-labelledby="diagram-caption" class="flow-diagram""#))
        #expect(journey.contains(#"<tr data-lane="emotion" class="emotion-lane-row"><th scope="row">Feeling</th>"#))
        for chart in ["pareto", "needs-value", "impact-effort"] {
            #expect(journey.contains(#"data-chart="\#(chart)" viewBox="#), "\(chart)")
        }
        #expect(journey.contains("<summary>Flow as text</summary>"))
        #expect(!journey.contains("<?xml"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let site = try Self.site()
        let again = try SiteGenerator(templates: try TemplateSet.defaults()).generate(site.input)
        #expect(again == site.files)
    }

    @Test func generatedAtAppearsOnlyWhenGiven() throws {
        let site = try Self.site()
        #expect(!(site.checks.texts["index.html"] ?? "").contains(" on 20"))
        var input = site.input
        input.generatedAt = "2025-06-01"
        let files = try SiteGenerator(templates: try TemplateSet.defaults()).generate(input)
        let index = try #require(files.first { $0.path == "index.html" })
        #expect(String(decoding: index.bytes, as: UTF8.self).contains("Made with journeymap on 2025-06-01."))
    }
}
