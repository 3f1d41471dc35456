/// One block of a CommonMark document, as immutable Swift values.
///
/// The cmark bridge builds these from cmark's tree and frees the C tree before
/// returning, so the core never sees a C pointer. Inline content is not modelled:
/// the core slices property values from the source lines by position, and headings
/// carry their plain text.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        case bulletList
        case orderedList
        case item
        case blockQuote
        case codeBlock
        case htmlBlock
        case thematicBreak
        case other
    }

    public var kind: Kind
    /// Where the block stands in the file, in character columns.
    public var range: SourceRange
    /// For headings: the plain text of the inline content (emphasis markers and
    /// link syntax removed, code spans kept as their text). Empty for other blocks.
    public var text: String
    public var children: [MarkdownBlock]

    public init(kind: Kind, range: SourceRange, text: String = "", children: [MarkdownBlock] = []) {
        self.kind = kind
        self.range = range
        self.text = text
        self.children = children
    }

    public var isList: Bool { kind == .bulletList || kind == .orderedList }

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}

/// Parses CommonMark source into top-level blocks and renders notes from the same
/// parse. The cmark bridge is the real one.
public protocol MarkdownParsing: Sendable {
    /// Parses `source` once. `scan` reads its top-level blocks and returns what it made
    /// of them with the notes it found, each note as indices into those blocks; each
    /// note comes back rendered (`RenderedNotes`), in the same order. Line numbers count
    /// from the first line of `source`; callers keep front matter lines as blank lines
    /// so numbers match the file.
    func parse<Scan>(_ source: String, scan: ([MarkdownBlock]) -> (Scan, notes: [[Int]])) -> (Scan, [RenderedNotes])
}

extension MarkdownParsing {
    /// The top-level blocks of `source`, in document order.
    public func parseBlocks(_ source: String) -> [MarkdownBlock] {
        parse(source) { blocks in (blocks, notes: []) }.0
    }
}
