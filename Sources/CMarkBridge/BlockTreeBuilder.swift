import CCMark
import JourneyCore

/// Copies cmark's block tree into `MarkdownBlock` values.
///
/// The walk uses an explicit stack rather than recursion: block nesting is as deep as
/// the input makes it (`> > > ...`), and parsers run on threads with small stacks.
/// Inline nodes are never visited, except a heading's, for its text.
struct BlockTreeBuilder {
    private var columns: ColumnConverter

    init(columns: ColumnConverter) {
        self.columns = columns
    }

    /// An open container: its blocks so far and the next cmark child to look at.
    private struct Frame {
        var node: OpaquePointer
        var kind: MarkdownBlock.Kind
        var start: SourcePosition
        var next: OpaquePointer?
        var children: [MarkdownBlock] = []
    }

    /// The top-level blocks of `document`, a `CMARK_NODE_DOCUMENT`.
    mutating func blocks(of document: OpaquePointer) -> [MarkdownBlock] {
        var stack = [Frame(
            node: document, kind: .other,
            start: SourcePosition(line: 1, column: 1),
            next: cmark_node_first_child(document)
        )]
        while let top = stack.indices.last {
            guard let child = stack[top].next else {
                let frame = stack.removeLast()
                guard let parent = stack.indices.last else { return frame.children }
                let block = MarkdownBlock(
                    kind: frame.kind, range: range(of: frame.node, start: frame.start),
                    children: frame.children
                )
                stack[parent].children.append(block)
                continue
            }
            stack[top].next = cmark_node_next(child)
            guard Self.isBlock(child) else { continue }
            let kind = Self.kind(of: child)
            let start = columns.start(
                line: Int(cmark_node_get_start_line(child)),
                byteColumn: Int(cmark_node_get_start_column(child))
            )
            if let first = cmark_node_first_child(child), Self.isBlock(first) {
                stack.append(Frame(node: child, kind: kind, start: start, next: first))
            } else {
                let text = kind.isHeading ? InlineText.plainText(of: child) : ""
                stack[top].children.append(
                    MarkdownBlock(kind: kind, range: range(of: child, start: start), text: text)
                )
            }
        }
        return []
    }

    private mutating func range(of node: OpaquePointer, start: SourcePosition) -> SourceRange {
        let end = columns.end(
            line: Int(cmark_node_get_end_line(node)),
            byteColumn: Int(cmark_node_get_end_column(node)),
            start: start
        )
        return SourceRange(start: start, end: end)
    }

    static func isBlock(_ node: OpaquePointer) -> Bool {
        let raw = cmark_node_get_type(node).rawValue
        return raw >= CMARK_NODE_FIRST_BLOCK.rawValue && raw <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    private static func kind(of node: OpaquePointer) -> MarkdownBlock.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_LIST:
            return cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .orderedList : .bulletList
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return .other
        }
    }
}

private extension MarkdownBlock.Kind {
    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
