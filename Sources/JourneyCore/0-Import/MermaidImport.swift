/// Turns Mermaid `journey` diagrams into Journey Markdown maps.
///
/// `title` gives the front-matter `title` and the `# Title` heading; `accTitle` and
/// `accDescr` a note under it; each `section` a `## Stage:`; each task a
/// `### Touchpoint:` with `channel: none`, its emotion (score - 3) and its actors.
/// The text is the same byte for byte for the same diagram.
public enum MermaidImport {
    /// One map to write: its file name in the output folder and its text.
    public struct Map: Sendable, Equatable {
        public var fileName: String
        public var text: String
    }

    /// One diagram and what to call it when it has no title (the input file's name).
    public struct Input: Sendable {
        public var journey: MermaidJourney
        public var fallbackTitle: String

        public init(journey: MermaidJourney, fallbackTitle: String) {
            self.journey = journey
            self.fallbackTitle = fallbackTitle
        }
    }

    /// A map per diagram, named after the title's slug (else the fallback's, else
    /// `journey`); names that repeat get `-2`, `-3` in order.
    public static func maps(_ inputs: [Input]) -> [Map] {
        var used = Set<String>()
        return inputs.map { input in
            let base = [input.journey.title, input.fallbackTitle].compactMap { $0 }.map(Slug.make).first { !$0.isEmpty } ?? "journey"
            let name = unique(base, in: &used)
            return Map(fileName: name + ".md", text: markdown(input.journey, fallbackTitle: input.fallbackTitle))
        }
    }

    /// The map's text.
    public static func markdown(_ journey: MermaidJourney, fallbackTitle: String) -> String {
        let title = journey.title ?? fallbackTitle
        var out = "---\ntitle: \(MapMarkdownText.yamlQuoted(title))\n---\n\n"
        // A title such as `Step: one` would be read as an element heading: the front
        // matter names the journey then.
        if HeadingClassifier.element(title) == nil {
            out += "# \(MapMarkdownText.inline(title))\n\n"
        }
        if let accessibleTitle = journey.accessibleTitle {
            out += "Accessible title: \(MapMarkdownText.inline(accessibleTitle))\n\n"
        }
        if let description = journey.accessibleDescription {
            let oneLine = description.split(whereSeparator: \.isNewline).joined(separator: " ")
            out += "Accessible description: \(MapMarkdownText.inline(oneLine))\n\n"
        }
        var stageIDs = Set<String>()
        var touchpointIDs = Set<String>()
        var touchpointCount = 0
        for (s, section) in journey.sections.enumerated() {
            out += "## Stage: " + heading(section.title, fallbackID: "stage-\(s + 1)", used: &stageIDs) + "\n\n"
            for task in section.tasks {
                touchpointCount += 1
                out += "### Touchpoint: " + heading(task.title, fallbackID: "touchpoint-\(touchpointCount)", used: &touchpointIDs) + "\n"
                out += "- channel: none\n"
                if let score = task.score {
                    out += "- emotion: \(MapMarkdownText.emotion(score - 3))\n"
                }
                if !task.actors.isEmpty {
                    out += "- actor: \(task.actors.joined(separator: ", "))\n"
                }
                out += "\n"
            }
        }
        return out
    }

    /// `Title {#id}`, with the id written only when the title's slug is not it (empty
    /// or taken) or the title could be read as ending in an id.
    private static func heading(_ title: String, fallbackID: String, used: inout Set<String>) -> String {
        let slug = Slug.make(title)
        let id = unique(slug.isEmpty ? fallbackID : slug, in: &used)
        let text = MapMarkdownText.inline(title)
        return id == slug && !title.hasSuffix("}") ? text : text + " {#\(id)}"
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        var name = base
        var n = 2
        while used.contains(name) {
            name = "\(base)-\(n)"
            n += 1
        }
        used.insert(name)
        return name
    }
}
