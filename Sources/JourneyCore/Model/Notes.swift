/// Markdown that belongs to an element but is not its property list, kept as source.
public struct Notes: Sendable, Equatable {
    /// The Markdown source, blocks separated by blank lines.
    public var markdown: String
    /// From the first line of the first block to the last line of the last one.
    public var range: SourceRange?
    /// The link reference definitions of the whole file (`MarkdownParsing`), which
    /// `[text][label]` in these notes may use, wherever in the file they stand.
    public var references: String

    public init(markdown: String = "", range: SourceRange? = nil, references: String = "") {
        self.markdown = markdown
        self.range = range
        self.references = references
    }

    public var isEmpty: Bool { markdown.isEmpty }

    /// What to render: the file's definitions, then the notes. The definitions come
    /// first, as a paragraph of their own: after the notes, an unclosed code fence or a
    /// list at their end would take them in.
    public var renderable: String {
        references.isEmpty || !markdown.contains("[") ? markdown : references + "\n\n" + markdown
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
