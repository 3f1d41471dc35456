/// One `key: value` item of a property list, before its value is interpreted.
struct RawProperty: Sendable {
    var key: String
    var normalizedKey: String
    var keyRange: SourceRange
    /// The value text after the colon, trimmed; may be empty when a nested list follows.
    var value: String
    /// Where the value starts (or, when empty, the position after the colon).
    var valueRange: SourceRange
    /// Items of a nested list under the item, each taken whole.
    var nested: [RawItem]
    var itemRange: SourceRange
    /// Whether the item's text is ASCII (character offsets equal byte offsets).
    var ascii: Bool

    /// `x-` keys are custom fields: kept, never checked.
    var isCustom: Bool {
        let bytes = key.utf8
        guard bytes.count >= 2, let first = bytes.first else { return false }
        return (first | 0x20) == UInt8(ascii: "x") && bytes[bytes.index(after: bytes.startIndex)] == UInt8(ascii: "-")
    }
}

/// The text of one list item, taken from the source lines.
struct RawItem: Sendable {
    var text: String
    /// Covers `text` on its first line.
    var range: SourceRange
    var ascii: Bool
}

/// A typed heading and what stands under it, before interpretation.
struct RawElement: Sendable {
    var kind: ElementKind
    var title: String
    var explicitID: Located<String>?
    var headingRange: SourceRange
    var level: Int
    /// Index of the parent element in `RawDocument.elements`; nil for the document.
    var parent: Int?
    var properties: [RawProperty] = []
    var notes = RawNotes()
}

/// The structure of a map body: its elements in order and the document's own text.
struct RawDocument: Sendable {
    var title: Located<String>?
    var description = RawNotes()
    var notes = RawNotes()
    var elements: [RawElement] = []

    /// Every piece of notes, as block indices: the description, the document's notes,
    /// then each element's, as `setRendered` takes them back.
    var noteBlocks: [[Int]] {
        [description.blocks, notes.blocks] + elements.map(\.notes.blocks)
    }

    mutating func setRendered(_ rendered: [RenderedNotes]) {
        precondition(rendered.count == elements.count + 2, "the Markdown parser renders each piece of notes it is given")
        description.rendered = rendered[0]
        notes.rendered = rendered[1]
        for i in elements.indices { elements[i].notes.rendered = rendered[i + 2] }
    }
}

/// The top-level blocks that hold the notes of an element or of the document.
struct RawNotes: Sendable {
    /// Their indices among the document's top-level blocks.
    var blocks: [Int] = []
    var ranges: [SourceRange] = []
    /// Set after the scan, from the same parse.
    var rendered = RenderedNotes()

    mutating func append(_ index: Int, _ range: SourceRange) {
        blocks.append(index)
        ranges.append(range)
    }
}
