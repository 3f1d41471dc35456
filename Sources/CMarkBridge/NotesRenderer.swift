import CCMark
import Glibc
import JourneyCore

/// Notes to HTML that is safe to embed, from the nodes of the parsed file itself: no
/// second parse, and reference links resolve with every definition of the file, which
/// cmark applied while parsing it.
///
/// Raw HTML (blocks and inline) is left to cmark's safe mode, which replaces it with
/// `<!-- raw HTML omitted -->`. On top of cmark's own list of unsafe schemes, links and
/// images go through `DestinationRewriter`: a link must go to http, https, mailto or a
/// destination with no scheme, else only its text stays; an image is shown only from
/// the site itself (or inline as a raster `data:` picture), a picture on the web
/// becomes a link to it, and anything else leaves its alt text.
///
/// Headings are given their page levels (`HeadingOutline`) on the nodes before each
/// rendering.
enum NotesRenderer {
    /// Each note of `notes` (indices of top-level blocks of `document`) rendered; its
    /// blocks move out of `document` into a document of their own, freed after.
    static func render(_ notes: [[Int]], of document: OpaquePointer) -> [RenderedNotes] {
        var blocks: [OpaquePointer] = []
        var next = cmark_node_first_child(document)
        while let node = next {
            if BlockTreeBuilder.isBlock(node) { blocks.append(node) }
            next = cmark_node_next(node)
        }
        return notes.map { indices in
            guard !indices.isEmpty, let note = cmark_node_new(CMARK_NODE_DOCUMENT) else { return RenderedNotes() }
            defer { cmark_node_free(note) }
            for i in indices where blocks.indices.contains(i) {
                cmark_node_append_child(note, blocks[i])
            }
            return render(note)
        }
    }

    /// `note`, a document node, rendered once for each level its outline may start at,
    /// or once when it has no heading.
    private static func render(_ note: OpaquePointer) -> RenderedNotes {
        DestinationRewriter.rewrite(note)
        let headings = headings(in: note)
        guard !headings.isEmpty else { return RenderedNotes(html: html(note)) }
        let levels = headings.map { Int(cmark_node_get_heading_level($0)) }
        return RenderedNotes(byTop: HeadingOutline.tops.map { top in
            for (heading, level) in zip(headings, HeadingOutline.levels(levels, top: top)) {
                cmark_node_set_heading_level(heading, Int32(level))
            }
            return html(note)
        })
    }

    /// Every heading in `note`, in document order, also inside quotes and lists.
    private static func headings(in note: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(note) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                found.append(node)
            }
        }
        return found
    }

    private static func html(_ note: OpaquePointer) -> String {
        guard let html = cmark_render_html(note, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
