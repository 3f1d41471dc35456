import CCMark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore

/// The real `MarkdownRendering`: notes Markdown to HTML that is safe to embed.
///
/// Raw HTML (blocks and inline) is left to cmark's safe mode, which replaces it with
/// `<!-- raw HTML omitted -->`. On top of cmark's own list of unsafe schemes, links and
/// images go through `DestinationRewriter`: a link must go to http, https, mailto or a
/// destination with no scheme, else only its text stays; an image is shown only from
/// the site itself (or inline as a raster `data:` picture), a picture on the web
/// becomes a link to it, and anything else leaves its alt text.
public struct CMarkRenderer: MarkdownRendering, Sendable {
    public init() {}

    /// HTML for `markdown`; an empty string for empty input.
    public func renderHTML(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return "" }
            let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parse_document($0, bytes.count, CMARK_OPT_DEFAULT)
            }
            guard let document else { return "" }
            defer { cmark_node_free(document) }
            DestinationRewriter.rewrite(document)
            guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
