import CCMark

/// The plain text of a node's inline content, as an author reads it: a heading's text,
/// an image's alt text.
///
/// Text and code spans give their literal, line breaks a space, raw inline HTML its
/// literal; emphasis, links and images give their children's text, so `[Cart](/c)`
/// reads `Cart` and `{#id}` stays literal for the core to take apart.
enum InlineText {
    static func plainText(of node: OpaquePointer) -> String {
        guard cmark_node_first_child(node) != nil,
              let iterator = cmark_iter_new(node)
        else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        // cmark_iter walks without recursion, so deeply nested emphasis is harmless.
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(node) {
                    text += String(cString: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
