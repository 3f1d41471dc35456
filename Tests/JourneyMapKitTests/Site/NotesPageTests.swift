import JourneyCore
import JourneyMapKit
import Testing
import TestSupport

/// Notes Markdown as it lands on the pages: its headings in the page's outline, its
/// images and links within the site's rules, its references resolved across the file.
@Suite struct NotesPageTests {
    static func pages(_ folder: MapsFolder) throws -> SiteHTMLChecks {
        let project = try folder.project()
        #expect(project.errorCount == 0, "\(project.diagnostics.map(\.message))")
        let input = try SiteFixtures.input(project)
        return SiteHTMLChecks(try SiteGenerator(templates: try TemplateSet.defaults()).generate(input))
    }

    static let headings = MapsFolder([
        "j.md": """
            ---
            id: j
            persona: p
            ---

            # Journey

            #### Deep

            Text under it.

            ## Stage: S

            ### Touchpoint: T {#t}
            - channel: web

            ###### Tiny

            #### Smaller

            ## Stage: Second

            ### Touchpoint: U {#u}
            - channel: web

            #### Top of the notes

            ###### Below it
            """,
        "lib.md": """
            ---
            status: approved
            ---

            # Library

            ## Persona: P {#p}
            - goal: x

            ##### Five

            ## Segment: S {#s}
            - rule: y

            ### Three

            ###### Six
            """,
    ])

    @Test(arguments: [
        ("journeys/j.html", ["<h3>Deep</h3>", "<h4>Tiny</h4>", "<h4>Smaller</h4>", "<h4>Top of the notes</h4>", "<h5>Below it</h5>"]),
        ("personas/p.html", ["<h3>Five</h3>"]),
        ("segments/s.html", ["<h3>Three</h3>", "<h4>Six</h4>"]),
    ])
    func notesHeadingsFollowThePageOutline(page: String, expected: [String]) throws {
        let checks = try Self.pages(Self.headings)
        let text = try #require(checks.texts[page])
        for heading in expected {
            #expect(text.contains(heading), "\(page): \(heading)")
        }
        #expect(checks.ruleViolations(page) == [], "\(page)")
    }

    static let images = MapsFolder.journey("""
        ### Touchpoint: T {#t}
        - channel: web

        ![tracker](https://example.com/track.png) ![p](//evil.example/x.png) ![](http://example.com/t.png)
        ![s](data:image/svg+xml,%3Csvg%3E) [bad](javascript:alert(1)) [empty]() ![local](img/a.png)
        """)

    @Test func notesLoadNothingFromTheNetworkAndLeaveNoEmptyAttribute() throws {
        let checks = try Self.pages(Self.images)
        let text = try #require(checks.texts["journeys/j.html"])
        #expect(checks.ruleViolations("journeys/j.html") == [])
        #expect(!text.contains(#"="""#))
        #expect(text.contains(#"<a href="https://example.com/track.png">tracker</a>"#))
        #expect(text.contains(#"<a href="//evil.example/x.png">p</a>"#))
        #expect(text.contains(#"<a href="http://example.com/t.png">http://example.com/t.png</a>"#))
        #expect(text.contains("\ns bad empty <img"))
        #expect(text.contains(#"<img src="img/a.png" alt="local" />"#))
    }

    /// Definitions are not blocks, so no note holds them: each note still sees them all.
    static let references = MapsFolder.journey("""
        See the [handbook][hb] and [the guide].

        [hb]: https://example.com/hb "Handbook"

        - [the guide]: guide.html
        [dup]: /one

        ### Touchpoint: T {#t}
        - channel: web

        Read [the FAQ][faq], the [handbook][HB] and [first][dup].

        > [faq]: /faq.html

        [dup]: /two

        ### Touchpoint: U {#u}
        - channel: web

        [The guide] again, then code that never closes:

        ```
        [dup]: /in-code
        """)

    @Test func referenceLinksResolveWhereverTheirDefinitionStands() throws {
        let checks = try Self.pages(Self.references)
        let text = try #require(checks.texts["journeys/j.html"])
        #expect(checks.ruleViolations("journeys/j.html") == [])
        #expect(text.contains(#"<p>See the <a href="https://example.com/hb" title="Handbook">handbook</a> and <a href="guide.html">the guide</a>.</p>"#))
        #expect(text.contains(#"<p>Read <a href="/faq.html">the FAQ</a>, the <a href="https://example.com/hb" title="Handbook">handbook</a> and <a href="/one">first</a>.</p>"#))
        #expect(text.contains(#"<p><a href="guide.html">The guide</a> again, then code that never closes:</p>"#))
        #expect(text.contains("<pre><code>[dup]: /in-code\n"))
        #expect(!text.contains("[hb]"))
        #expect(!text.contains("[faq]"))
    }

    /// Each piece of notes is rendered from its blocks as the file has them: two lists of
    /// the document's notes that the title separates stay two lists.
    @Test func notesKeepTheBlocksOfTheFile() throws {
        let folder = MapsFolder(["j.md": """
            ---
            id: j
            ---

            - before

            # Journey

            - after

            ## Stage: S

            ### Touchpoint: T {#t}
            - channel: web
            """])
        let text = try #require(try Self.pages(folder).texts["journeys/j.html"])
        #expect(text.contains("<ul>\n<li>before</li>\n</ul>\n<ul>\n<li>after</li>\n</ul>"))
    }

    /// A label may span lines in a definition too, as CommonMark allows.
    @Test func definitionsOverTwoLinesServeTheNotes() throws {
        let folder = MapsFolder.journey("""
            ### Touchpoint: T {#t}
            - channel: web

            See the [team
            handbook].

            [Team
            Handbook]: https://example.com/hb
            """)
        let text = try #require(try Self.pages(folder).texts["journeys/j.html"])
        #expect(text.contains(#"<p>See the <a href="https://example.com/hb">team"#))
    }
}
