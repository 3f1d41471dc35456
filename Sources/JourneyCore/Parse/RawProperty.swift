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
    var noteBlocks: [SourceRange] = []
}

/// The structure of a map body: its elements in order and the document's own text.
struct RawDocument: Sendable {
    var title: Located<String>?
    var descriptionBlocks: [SourceRange] = []
    var noteBlocks: [SourceRange] = []
    var elements: [RawElement] = []
}
