/// One parsed map file: a journey, or a library document with no Stage.
public struct MapDocument: Sendable {
    /// The path as the user gave it, used in diagnostics and the export.
    public var file: String
    public var id: String
    public var title: String?
    public var personaRefs: [Ref] = []
    public var owner: String?
    public var status = "draft"
    public var state = "current"
    public var tags: [String] = []
    public var version: String?
    public var kpis: [KPI] = []
    /// `x-` front-matter keys, kept as their source text.
    public var custom: [CustomField] = []
    /// Text between the title heading and the first element.
    public var description: Notes = Notes()
    /// Other Markdown that belongs to the document itself.
    public var notes: Notes = Notes()
    public var stages: [Stage] = []
    /// Every tactic of the document, in document order, wherever it sits.
    public var tactics: [Tactic] = []
    public var personas: [Persona] = []
    public var segments: [Segment] = []
    /// Where the front matter starts (line 1), for document-level diagnostics.
    public var range = SourceRange(line: 1, column: 1, length: 3)

    public init(file: String, id: String) {
        self.file = file
        self.id = id
    }

    /// A document with no Stage defines only Personas and Segments.
    public var isLibrary: Bool { stages.isEmpty }

    /// Every touchpoint in document order, with the index of its stage.
    public var touchpoints: [(stage: Int, touchpoint: Touchpoint)] {
        stages.enumerated().flatMap { s, stage in stage.touchpoints.map { (s, $0) } }
    }
}
