/// Markdown that belongs to an element but is not its property list: its source, and
/// the HTML the Markdown parser made of it.
public struct Notes: Sendable, Equatable {
    /// The Markdown source, blocks separated by blank lines.
    public var markdown: String
    /// From the first line of the first block to the last line of the last one.
    public var range: SourceRange?
    public var rendered: RenderedNotes

    public init(markdown: String = "", range: SourceRange? = nil, rendered: RenderedNotes = RenderedNotes()) {
        self.markdown = markdown
        self.range = range
        self.rendered = rendered
    }

    public var isEmpty: Bool { markdown.isEmpty }

    /// The notes as HTML with their outline starting at heading level `top`.
    public func html(top: Int) -> String { rendered.html(top: top) }
}

/// Notes as HTML that is safe to embed, made by the Markdown parser (`MarkdownParsing`)
/// from the tree of the whole file, so that reference links resolve with every
/// definition of the file.
///
/// Where the notes' headings land depends on the page (`HeadingOutline`), which the
/// parser cannot know: notes with headings are rendered once for each level their
/// outline may start at (`HeadingOutline.tops`), notes without any just once.
public struct RenderedNotes: Sendable, Equatable {
    /// The HTML for each starting level from 1 up; one entry when it is the same for all.
    public var byTop: [String]

    public init(byTop: [String] = []) {
        self.byTop = byTop
    }

    public init(html: String) {
        byTop = [html]
    }

    /// The HTML whose outline starts at `top` (levels outside 1...6 are clamped to it).
    public func html(top: Int) -> String {
        guard !byTop.isEmpty else { return "" }
        return byTop[min(max(top, 1), byTop.count) - 1]
    }
}

/// A custom `x-` field: kept as text, shown and exported, never checked.
public struct CustomField: Sendable, Equatable {
    public var key: String
    public var value: String
}

/// Fields every element has: its heading, id, title, notes and custom fields.
public struct ElementHeader: Sendable {
    public var kind: ElementKind
    public var id: String
    public var title: String
    /// The heading line, where element-level diagnostics point.
    public var range: SourceRange
    public var level: Int
    public var notes: Notes
    public var custom: [CustomField]

    public init(kind: ElementKind, id: String, title: String, range: SourceRange, level: Int,
                notes: Notes = Notes(), custom: [CustomField] = []) {
        self.kind = kind
        self.id = id
        self.title = title
        self.range = range
        self.level = level
        self.notes = notes
        self.custom = custom
    }
}
