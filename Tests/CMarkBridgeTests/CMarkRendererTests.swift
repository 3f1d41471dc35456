import CMarkBridge
import Testing

@Suite struct CMarkRendererTests {
    let renderer = CMarkRenderer()

    @Test func rendersEmphasisAndParagraphs() {
        #expect(renderer.renderHTML("*a* **b** `c`\n\n- x\n") == """
            <p><em>a</em> <strong>b</strong> <code>c</code></p>
            <ul>
            <li>x</li>
            </ul>

            """)
        #expect(renderer.renderHTML("").isEmpty)
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> more",
        "<img src=x onerror=alert(1)>",
        "a <b onclick=\"x()\">b</b>",
    ])
    func rawHTMLIsOmitted(markdown: String) {
        let html = renderer.renderHTML(markdown)
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
        let html = renderer.renderHTML(markdown)
        #expect(html == "<p>click</p>\n")
    }

    @Test func unsafeAutolinkKeepsItsText() {
        #expect(renderer.renderHTML("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
    }

    /// An empty destination would only link the page to itself.
    @Test(arguments: [
        ("[click]()", "<p>click</p>"), ("[click](<>)", "<p>click</p>"),
        ("*[click]()*", "<p><em>click</em></p>"), ("[click](<> \"t\")", "<p>click</p>"),
    ])
    func emptyLinksBecomeTheirText(markdown: String, expected: String) {
        #expect(renderer.renderHTML(markdown) == expected + "\n")
    }

    @Test func refusedLinksKeepTheMarkupOfTheirText() {
        #expect(renderer.renderHTML("a [*b* `c`](javascript:x) d")
            == "<p>a <em>b</em> <code>c</code> d</p>\n")
    }

    @Test(arguments: [
        "https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM",
        "mailto:team@example.com", "../other.html", "page.html#x", "#stage-1", "/abs/path",
        "?q=1", "//example.com/x",
    ])
    func safeLinkDestinationsAreKept(destination: String) {
        #expect(renderer.renderHTML("[t](\(destination))")
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
        #expect(renderer.renderHTML("![a chart](<\(source)>)") == "<p>a chart</p>\n")
        #expect(renderer.renderHTML("x ![](<\(source)>) y") == "<p>x  y</p>\n")
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
        #expect(renderer.renderHTML(markdown) == expected + "\n")
    }

    /// Journey Markdown section 8 removes `data:` "except images": raster images stay.
    @Test func inlineRasterImagesAreKept() {
        #expect(renderer.renderHTML("![dot](<data:image/png;base64,iVBORw0KGgo=>)")
            == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n")
    }

    @Test func dataLinksAreRefusedEvenForImageTypes() {
        #expect(renderer.renderHTML("[dot](<data:image/png;base64,iVBORw0KGgo=>)") == "<p>dot</p>\n")
    }

    @Test func safeImagesAreKept() {
        #expect(renderer.renderHTML("![chart](img/flow.png \"Flow\")")
            == "<p><img src=\"img/flow.png\" alt=\"chart\" title=\"Flow\" /></p>\n")
    }

    @Test(arguments: ["../img/a.png", "/img/a.png", "a.png?v=2"])
    func imagesOfTheSiteAreKept(source: String) {
        #expect(renderer.renderHTML("![a](\(source))") == "<p><img src=\"\(source)\" alt=\"a\" /></p>\n")
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
        let html = renderer.renderHTML(markdown)
        #expect(!html.contains(#"="""#))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a href=\"javascript"))
    }
}
