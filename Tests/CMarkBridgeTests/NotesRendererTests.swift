import CMarkBridge
import JourneyCore
import Testing

@Suite struct NotesRendererTests {
    /// The notes `groups` (indices of top-level blocks) of `source`, from one parse.
    static func notes(_ source: String, _ groups: [[Int]]) -> [RenderedNotes] {
        CMarkParser().parse(source) { _ in ((), notes: groups) }.1
    }

    /// `markdown` as one note made of all its blocks.
    static func html(_ markdown: String, top: Int = 1) -> String {
        let (count, rendered) = CMarkParser().parse(markdown) { blocks in (blocks.count, notes: [Array(blocks.indices)]) }
        #expect(rendered.count == 1)
        return count == 0 ? "" : rendered[0].html(top: top)
    }

    @Test func rendersEmphasisAndParagraphs() {
        #expect(Self.html("*a* **b** `c`\n\n- x\n") == """
            <p><em>a</em> <strong>b</strong> <code>c</code></p>
            <ul>
            <li>x</li>
            </ul>

            """)
        #expect(Self.html("").isEmpty)
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> more",
        "<img src=x onerror=alert(1)>",
        "a <b onclick=\"x()\">b</b>",
    ])
    func rawHTMLIsOmitted(markdown: String) {
        let html = Self.html(markdown)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test(arguments: [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<  javascript:alert(1)>)",
        "[click](<java\tscript:alert(1)>)",
        "[click](java&#9;script:alert(1))",
        "[click](&#x01;javascript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](file:///etc/passwd)",
        "[click](ftp://example.com/x)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ])
    func unsafeLinksBecomeTheirText(markdown: String) {
        let html = Self.html(markdown)
        #expect(html == "<p>click</p>\n")
    }

    @Test func unsafeAutolinkKeepsItsText() {
        #expect(Self.html("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
    }

    /// An empty destination would only link the page to itself.
    @Test(arguments: [
        ("[click]()", "<p>click</p>"), ("[click](<>)", "<p>click</p>"),
        ("*[click]()*", "<p><em>click</em></p>"), ("[click](<> \"t\")", "<p>click</p>"),
    ])
    func emptyLinksBecomeTheirText(markdown: String, expected: String) {
        #expect(Self.html(markdown) == expected + "\n")
    }

    @Test func refusedLinksKeepTheMarkupOfTheirText() {
        #expect(Self.html("a [*b* `c`](javascript:x) d")
            == "<p>a <em>b</em> <code>c</code> d</p>\n")
    }

    @Test(arguments: [
        "https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM",
        "mailto:team@example.com", "../other.html", "page.html#x", "#stage-1", "/abs/path",
        "?q=1", "//example.com/x",
    ])
    func safeLinkDestinationsAreKept(destination: String) {
        #expect(Self.html("[t](\(destination))")
            == "<p><a href=\"\(destination)\">t</a></p>\n")
    }

    @Test(arguments: [
        "javascript:alert(1)",
        "DATA:image/svg+xml,%3Csvg%3E",
        "data:text/html;base64,PHNjcmlwdD4=",
        "mailto:a@example.com",
        "file:///etc/x.png",
        "",
    ])
    func refusedImagesBecomeTheirAltText(source: String) {
        #expect(Self.html("![a chart](<\(source)>)") == "<p>a chart</p>\n")
        #expect(Self.html("x ![](<\(source)>) y") == "<p>x  y</p>\n")
    }

    /// A picture on the web is offered as a link: the page itself loads nothing from
    /// the network.
    @Test(arguments: [
        ("![r](https://example.com/track.png)", #"<p><a href="https://example.com/track.png">r</a></p>"#),
        ("![p](//evil.example/x.png)", #"<p><a href="//evil.example/x.png">p</a></p>"#),
        ("![](http://example.com/t.png)", #"<p><a href="http://example.com/t.png">http://example.com/t.png</a></p>"#),
        (#"![a *b* `c`](https://x.example/c.png "T")"#, #"<p><a href="https://x.example/c.png" title="T">a b c</a></p>"#),
        ("![r][img]\n\n[img]: https://x.example/p.png", #"<p><a href="https://x.example/p.png">r</a></p>"#),
        ("![see [docs](javascript:x)](https://x.example/p.png)", #"<p><a href="https://x.example/p.png">see docs</a></p>"#),
        // Links cannot nest: inside a link the picture is its alt text.
        ("[![badge](https://ci.example/b.svg)](https://ci.example)", #"<p><a href="https://ci.example">badge</a></p>"#),
        ("[![r](https://x.example/p.png)](javascript:x)", #"<p><a href="https://x.example/p.png">r</a></p>"#),
        ("[a ![r](data:image/svg+xml,x) b](/p)", #"<p><a href="/p">a r b</a></p>"#),
    ])
    func remoteImagesBecomeLinks(markdown: String, expected: String) {
        #expect(Self.html(markdown) == expected + "\n")
    }

    /// Journey Markdown section 8 removes `data:` "except images": raster images stay.
    @Test func inlineRasterImagesAreKept() {
        #expect(Self.html("![dot](<data:image/png;base64,iVBORw0KGgo=>)")
            == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n")
    }

    @Test func dataLinksAreRefusedEvenForImageTypes() {
        #expect(Self.html("[dot](<data:image/png;base64,iVBORw0KGgo=>)") == "<p>dot</p>\n")
    }

    @Test func safeImagesAreKept() {
        #expect(Self.html("![chart](img/flow.png \"Flow\")")
            == "<p><img src=\"img/flow.png\" alt=\"chart\" title=\"Flow\" /></p>\n")
    }

    @Test(arguments: ["../img/a.png", "/img/a.png", "a.png?v=2"])
    func imagesOfTheSiteAreKept(source: String) {
        #expect(Self.html("![a](\(source))") == "<p><img src=\"\(source)\" alt=\"a\" /></p>\n")
    }

    /// Whatever the destinations, no attribute is left empty and no image comes
    /// from another host.
    @Test(arguments: [
        "![a](https://x.example/a.png) [b](javascript:x) ![c](data:image/svg+xml,x) [d]() ![e]()",
        "[![a](//x.example/a.png) ![b](HTTPS://x.example/b.png)](mailto:a@b.c)",
        #"![a](<\\\\x.example/a.png>) ![b](</\\/x.example/b.png>) ![c ![d](https://x.example/d)](https://x.example/c)"#,
        "![a](</\t/x.example/a.png>)",
    ])
    func noEmptyAttributeAndNoRemoteImage(markdown: String) {
        let html = Self.html(markdown)
        #expect(!html.contains(#"="""#))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a href=\"javascript"))
    }

    // MARK: One parse: references of the whole file, headings on the nodes

    /// A definition serves the whole file, wherever it stands (a quote, a list, after
    /// the notes, over two lines); the first of a label wins, in any case.
    @Test func referencesResolveWithTheDefinitionsOfTheWholeFile() {
        let source = """
            Use [a], [B][b], [two line], [first] and [code].

            > [a]: /a "A"

            - [b]: https://x.example/b?c=1&d=2

            [two
            line]: /two

            [FIRST]: /one
            [first]: /again

                [code]: /in-code
            """
        #expect(Self.notes(source, [[0]]) == [RenderedNotes(html: """
            <p>Use <a href="/a" title="A">a</a>, <a href="https://x.example/b?c=1&amp;d=2">B</a>, \
            <a href="/two">two line</a>, <a href="/one">first</a> and [code].</p>

            """)])
    }

    @Test func refusedReferencesKeepTheirText() {
        #expect(Self.notes("[click][r] ![pic][p]\n\n[r]: javascript:alert(1)\n[p]: https://x.example/p.png", [[0]])
            == [RenderedNotes(html: #"<p>click <a href="https://x.example/p.png">pic</a></p>"# + "\n")])
    }

    /// Each note holds its own blocks only, in order, whichever blocks stand between.
    @Test func eachNoteIsRenderedFromItsOwnBlocks() {
        let source = "one\n\n- a\n\ntwo\n\n- b\n\nthree"
        #expect(Self.notes(source, [[0, 2, 4], [1], [], [3]]) == [
            RenderedNotes(html: "<p>one</p>\n<p>two</p>\n<p>three</p>\n"),
            RenderedNotes(html: "<ul>\n<li>a</li>\n</ul>\n"),
            RenderedNotes(),
            RenderedNotes(html: "<ul>\n<li>b</li>\n</ul>\n"),
        ])
    }

    /// Headings, also in quotes and lists, get their page levels on the nodes: the
    /// outline starts at the page's level and skips none.
    @Test(arguments: [
        (1, "<h1>A</h1>\n<blockquote>\n<h2>B</h2>\n</blockquote>\n<ul>\n<li>\n<h3>C</h3>\n</li>\n</ul>\n<h1>D</h1>\n"),
        (4, "<h4>A</h4>\n<blockquote>\n<h5>B</h5>\n</blockquote>\n<ul>\n<li>\n<h6>C</h6>\n</li>\n</ul>\n<h4>D</h4>\n"),
        (6, "<h6>A</h6>\n<blockquote>\n<h6>B</h6>\n</blockquote>\n<ul>\n<li>\n<h6>C</h6>\n</li>\n</ul>\n<h6>D</h6>\n"),
    ])
    func headingsTakeThePageLevels(top: Int, expected: String) {
        #expect(Self.html("## A\n\n> #### B\n\n- ###### C\n\nD\n=", top: top) == expected)
    }

    @Test func notesWithoutHeadingsAreRenderedOnce() {
        #expect(Self.notes("text\n\n> quote", [[0, 1]]) == [RenderedNotes(html: "<p>text</p>\n<blockquote>\n<p>quote</p>\n</blockquote>\n")])
        #expect(Self.notes("# A\n\ntext", [[0, 1]]).first?.byTop.count == HeadingOutline.tops.count)
    }

    @Test func emptySourceHasEmptyNotes() {
        #expect(Self.notes("", [[], []]) == [RenderedNotes(), RenderedNotes()])
    }
}
