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
/// `<!-- raw HTML omitted -->`. On top of cmark's own list of unsafe schemes, every link
/// and image destination must pass `LinkSafety.isAllowed` (http, https, mailto, or no
/// scheme at all); others are emptied, so the link text or image alt text stays.
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
            LinkSafety.emptyUnsafeDestinations(in: document)
            guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
