import CCMark
import JourneyCore

/// The real `MarkdownParsing`: CommonMark blocks from libcmark, as Swift values.
///
/// Each call parses into its own cmark tree, copies the block structure out and frees
/// the tree before returning, so no C pointer escapes and calls on different threads
/// share nothing.
///
/// Ranges are in 1-based character (grapheme cluster) columns, end inclusive. A block
/// that cmark ends "at column 0 of the next line" (setext headings, indented code,
/// loose list items, lists and items followed by blank lines) ends at the last
/// character of its last non-blank line instead.
public struct CMarkParser: MarkdownParsing, Sendable {
    public init() {}

    /// The top-level blocks of `source`, in document order.
    public func parseBlocks(_ source: String) -> [MarkdownBlock] {
        var source = source
        if source.isEmpty { return [] }
        source.makeContiguousUTF8()
        let blocks = source.utf8.withContiguousStorageIfAvailable { bytes -> [MarkdownBlock] in
            guard let base = bytes.baseAddress else { return [] }
            let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parse_document($0, bytes.count, CMARK_OPT_DEFAULT)
            }
            guard let document else { return [] }
            defer { cmark_node_free(document) }
            let columns = ColumnConverter(source: source, index: LineIndex(utf8: bytes))
            var builder = BlockTreeBuilder(columns: columns)
            return builder.blocks(of: document)
        }
        return blocks ?? []
    }

    /// The definitions of `source`, written out again (see `ReferenceDefinitions`).
    public func referenceDefinitions(_ source: String) -> String {
        ReferenceDefinitions.markdown(of: source)
    }
}
