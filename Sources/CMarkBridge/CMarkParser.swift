import CCMark
import JourneyCore

/// The real `MarkdownParsing`: CommonMark blocks from libcmark, as Swift values, and
/// notes rendered from the same tree (`NotesRenderer`).
///
/// Each call parses into its own cmark tree, copies the block structure out, renders
/// the notes and frees the tree before returning, so no C pointer escapes and calls on
/// different threads share nothing.
///
/// Ranges are in 1-based character (grapheme cluster) columns, end inclusive. A block
/// that cmark ends "at column 0 of the next line" (setext headings, indented code,
/// loose list items, lists and items followed by blank lines) ends at the last
/// character of its last non-blank line instead.
public struct CMarkParser: MarkdownParsing, Sendable {
    public init() {}

    public func parse<Scan>(_ source: String, scan: ([MarkdownBlock]) -> (Scan, notes: [[Int]])) -> (Scan, [RenderedNotes]) {
        var source = source
        source.makeContiguousUTF8()
        let parsed = source.utf8.withContiguousStorageIfAvailable { bytes -> (Scan, [RenderedNotes])? in
            guard let base = bytes.baseAddress, bytes.count > 0,
                  let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                      cmark_parse_document($0, bytes.count, CMARK_OPT_DEFAULT)
                  })
            else { return nil }
            defer { cmark_node_free(document) }
            let columns = ColumnConverter(source: source, index: LineIndex(utf8: bytes))
            var builder = BlockTreeBuilder(columns: columns)
            let (result, notes) = scan(builder.blocks(of: document))
            return (result, NotesRenderer.render(notes, of: document))
        }
        // The storage is contiguous; nil is an empty source (or cmark out of memory):
        // no blocks, so no notes either.
        if let parsed = parsed ?? nil { return parsed }
        let (result, notes) = scan([])
        return (result, notes.map { _ in RenderedNotes() })
    }
}
