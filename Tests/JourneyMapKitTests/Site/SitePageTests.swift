import Foundation
import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing
import TestSupport

/// Pages rendered through the default templates: escaping per context, the golden
/// journey page, and the structural checks themselves.
@Suite struct SitePageTests {
    static let hostile = "</script><img src=x onerror=alert(1)>"
    static let quoted = "\"quoted\" & 'single'"

    /// A journey whose texts are hostile wherever an author can write free text.
    static let hostileMaps = MapsFolder([
        "j.md": """
            ---
            id: j
            title: "\(hostile)"
            owner: "\(quoted.replacingOccurrences(of: "\"", with: "\\\""))"
            tags: ["\(hostile)"]
            x-note: "\(hostile)"
            persona: p
            ---

            # Ignored

            ## Stage: \(quoted)
            - goal: \(hostile)

            ### Touchpoint: \(quoted) {#tp}
            - channel: web
            - action: \(hostile)
            - emotion: -1 \(quoted)
            - score: volume 3

            #### Tactic: \(quoted) {#t}
            - trigger: \(hostile)
            - segment: s
            - fallback: \(quoted)
            - kpi: \(hostile): 1 -> 2

            Notes with <script>alert(1)</script> and [a link](javascript:alert(1)).
            """,
        "lib.md": """
            ---
            status: approved
            ---

            # Library

            ## Persona: \(quoted) {#p}
            - quote: \(hostile)

            ## Segment: \(quoted) {#s}
            - rule: \(hostile)
            """,
    ])

    static func generate(_ folder: MapsFolder, templates: TemplateSet? = nil, svg: String? = nil) throws -> [String: String] {
        let project = try folder.project()
        let input = SiteInput(project: project, journeySVG: svg.map { s in Dictionary(uniqueKeysWithValues: project.journeys.map { ($0.id, s) }) } ?? [:])
        let files = try SiteGenerator(templates: try templates ?? TemplateSet.defaults()).generate(input)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func hostileTextIsEscapedOnEveryPage() throws {
        let project = try Self.hostileMaps.project()
        #expect(project.errorCount == 0, "\(project.diagnostics.map(\.message))")
        #expect(project.journeys.first?.title == Self.hostile)
        let pages = try Self.generate(Self.hostileMaps)
        let escaped = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        let escapedQuoted = "&quot;quoted&quot; &amp; &#39;single&#39;"
        for (path, text) in pages where path.hasSuffix(".html") {
            #expect(!text.contains("<img"), "\(path)")
            #expect(!text.contains("onerror=alert(1)>"), "\(path)")
            #expect(!text.contains("<script>"), "\(path)")
            #expect(!text.contains("javascript:"), "\(path)")
            #expect(!text.contains("\"quoted\""), "\(path)")
        }
        let journey = try #require(pages["journeys/j.html"])
        #expect(journey.contains("<title>\(escaped) · Customer journeys</title>"))
        // The index names itself by its place in the navigation, the site after it once.
        #expect(try #require(pages["index.html"]).contains("<title>Overview · Customer journeys</title>"))
        #expect(journey.contains("<h1>\(escaped)</h1>"))
        #expect(journey.contains("<dd>\(escapedQuoted)</dd>"))  // the owner
        #expect(journey.contains("><span>\(escapedQuoted)</span></th>"))  // the stage heading
        #expect(journey.contains("<dt>x-note</dt><dd>\(escaped)</dd>"))
        #expect(journey.contains("Notes with"))
        let script = try #require(pages["assets/search-index.js"])
        #expect(!script.contains("</script>"))
        #expect(script.contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"))
    }

    @Test func attributesEscapeQuotes() throws {
        let dir = try TemplateSetTests.folder([
            "index.mustache": "{{<layout}}{{$main}}<h1>x</h1>{{#journeys}}<a title=\"{{title}}\" data-owner='{{owner}}' href=\"{{href}}\">x</a>{{/journeys}}{{/main}}{{/layout}}",
        ])
        defer { TemplateSetTests.remove(dir) }
        let pages = try Self.generate(Self.hostileMaps, templates: try TemplateSet.load(overriding: dir))
        let index = try #require(pages["index.html"])
        #expect(index.contains(#"<a title="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" data-owner='&quot;quoted&quot; &amp; &#39;single&#39;' href="journeys/j.html">"#))
    }

    /// The spec example's journey page against a recorded copy (`RECORD_GOLDEN=1` records).
    @Test func journeyPageMatchesTheGoldenFile() throws {
        let folder = GoldenMaps.folder
        #expect(try folder.project().errorCount == 0)
        let svg = #"<svg width="10pt" height="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="trail-running.html#tp-cart"><text>Cart</text></a></svg>"#
        let page = try #require(try Self.generate(folder, svg: svg)["journeys/trail-running.html"])
        let golden = URL(fileURLWithPath: SiteFixtures.repository + "/Tests/JourneyMapKitTests/Site/Golden/trail-running.html")
        try Golden.check(page, against: golden)
    }

    /// The checks the example site passes must catch what they look for.
    @Test func structuralChecksCatchProblems() {
        let bad = """
            <!DOCTYPE html>
            <html><head></head><body><main><h2 id="a">x</h2><h4 id="a" onclick="x()">y</h4>
            <p style="color:red">z</p><script>alert(1)</script><img src="https://cdn.example/x.png" alt="">
            <a href="missing.html">m</a><a href="#nowhere">n</a><a href="#a">ok</a><span>false</span></main><main></main></body></html>
            """
        let checks = SiteHTMLChecks([SiteFile(path: "p.html", text: bad)])
        #expect(checks.duplicateIDs("p.html") == ["a"])
        #expect(checks.brokenLinks("p.html") == ["missing.html", "#nowhere"])
        #expect(Set(checks.ruleViolations("p.html")) == [
            "doctype or lang", "CSP", "main count", "event handler", "style attribute", "inline script",
            "external resource", "an absent value printed as false", "not one h1 first", "heading h2 -> h4",
        ])
    }
}
