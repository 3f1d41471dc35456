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
    func unsafeLinkDestinationsAreEmptiedAndTextKept(markdown: String) {
        let html = renderer.renderHTML(markdown)
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }

    @Test func unsafeAutolinkKeepsItsText() {
        #expect(renderer.renderHTML("<javascript:alert(1)>")
            == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
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
    ])
    func unsafeImageSourcesAreEmptiedAndAltKept(source: String) {
        #expect(renderer.renderHTML("![a chart](<\(source)>)")
            == "<p><img src=\"\" alt=\"a chart\" /></p>\n")
    }

    /// Journey Markdown section 8 removes `data:` "except images": raster images stay.
    @Test func inlineRasterImagesAreKept() {
        #expect(renderer.renderHTML("![dot](<data:image/png;base64,iVBORw0KGgo=>)")
            == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n")
    }

    @Test func dataLinksAreEmptiedEvenForImageTypes() {
        #expect(renderer.renderHTML("[dot](<data:image/png;base64,iVBORw0KGgo=>)")
            == "<p><a href=\"\">dot</a></p>\n")
    }

    @Test func safeImagesAreKept() {
        #expect(renderer.renderHTML("![chart](img/flow.png \"Flow\")")
            == "<p><img src=\"img/flow.png\" alt=\"chart\" title=\"Flow\" /></p>\n")
    }
}
