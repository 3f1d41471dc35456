import CCMark

/// Rewrites the links and images of a parsed cmark document that `LinkSafety` does not
/// let through, before it is rendered.
///
/// - A link with a refused destination becomes its text: no `<a>` at all, since an
///   emptied `href` would point at the page itself.
/// - A remote image (`http`, `https`, `//host`) becomes a link to the picture, its text
///   the alt text or, when there is none, the address; inside a link it is just that
///   text, since links cannot nest.
/// - Any other refused image becomes its alt text.
///
/// What is left for cmark's own safe mode: raw HTML and its list of unsafe schemes.
enum DestinationRewriter {
    static func rewrite(_ document: OpaquePointer) {
        // Editing the tree while cmark_iter walks it is not allowed: collect first (refused
        // links, and every image, whose fate depends on its source).
        var edits: [(node: OpaquePointer, inLink: Bool)] = []
        var openLinks = 0
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK where LinkSafety.isAllowed(url(of: node)):
                openLinks += event == CMARK_EVENT_ENTER ? 1 : -1
            case CMARK_NODE_LINK where event == CMARK_EVENT_ENTER,
                 CMARK_NODE_IMAGE where event == CMARK_EVENT_ENTER:
                edits.append((node, openLinks > 0))
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        // Last first: a node comes after the link or image it sits in (an image in a
        // refused link, a link in an image's alt text), and each edit frees its node.
        for (node, inLink) in edits.reversed() {
            if cmark_node_get_type(node) == CMARK_NODE_IMAGE {
                rewriteImage(node, inLink: inLink)
            } else {
                unwrap(node)
            }
        }
    }

    /// Puts the children of `link` in its place.
    private static func unwrap(_ link: OpaquePointer) {
        while let child = cmark_node_first_child(link) {
            cmark_node_insert_before(link, child)
        }
        cmark_node_free(link)
    }

    private static func rewriteImage(_ image: OpaquePointer, inLink: Bool) {
        let source = url(of: image)
        let kind = LinkSafety.imageSource(source)
        if kind == .inSite { return }
        let alt = InlineText.plainText(of: image)
        let text = kind == .remote && alt.isEmpty ? source : alt
        var replacement = text.isEmpty ? nil : textNode(text)
        if kind == .remote, !inLink, let content = replacement, let link = cmark_node_new(CMARK_NODE_LINK) {
            cmark_node_set_url(link, source)
            cmark_node_set_title(link, cmark_node_get_title(image))
            cmark_node_append_child(link, content)
            replacement = link
        }
        if let replacement {
            cmark_node_insert_before(image, replacement)
        }
        cmark_node_free(image)
    }

    private static func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    private static func url(of node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }
}
