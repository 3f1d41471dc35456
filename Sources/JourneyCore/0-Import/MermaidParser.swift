/// Reads Mermaid `journey` diagrams the way Mermaid's own grammar does (its
/// `journey.jison` lexer and `journeyDb`), leniently: where Mermaid would reject a line,
/// the import keeps what the author meant and warns.
///
/// Keywords are case-insensitive and any indentation is ignored. `%%` lines are
/// comments and `%%{ ... }%%` directives (one line or several) are dropped; a line that
/// starts with `#` is a comment, and `#` ends a title, section or task. A
/// `%% no emotion` comment, which export writes, gives the next task no emotion.
public struct MermaidParser {
    public struct Result: Sendable, Equatable {
        public var journeys: [MermaidJourney] = []
        public var warnings: [MermaidWarning] = []
    }

    private var result = Result()
    private var current: MermaidJourney?
    private var frontMatterTitle: String?
    private var description: (lines: [String], line: Int)?
    private var inDirective = false
    private var noEmotionNext = false

    /// Every `journey` diagram in `lines`, the first of which is line `firstLine` of its
    /// file. A text whose first statement is not `journey` (a `flowchart`) gives none.
    /// Each further line that is just `journey` starts another diagram, so that a
    /// stream of several (what `export mermaid` prints) reads back whole.
    public static func parse(_ lines: [Substring], firstLine: Int = 1) -> Result {
        var parser = MermaidParser()
        var inFrontMatter = false
        var seenContent = false
        for (offset, raw) in lines.enumerated() {
            let number = firstLine + offset
            let text = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if parser.current == nil {
                if inFrontMatter {
                    if text.trimmingJavaScriptSpace() == "---" { inFrontMatter = false } else { parser.readFrontMatter(text) }
                    continue
                }
                if !seenContent, text.trimmingJavaScriptSpace() == "---" {
                    inFrontMatter = true
                    seenContent = true
                    continue
                }
            }
            if !text.isEmpty { seenContent = true }
            if !parser.statement(text, line: number) { break }
        }
        parser.finishJourney()
        return parser.result
    }

    /// Reads one line (or what follows a `}` or the `journey` keyword); false when the
    /// text before the first `journey` is some other diagram.
    private mutating func statement(_ text: Substring, line: Int) -> Bool {
        let text = text.drop { $0 == " " || $0 == "\t" }
        if inDirective {
            if text.contains("}%%") { inDirective = false }
            return true
        }
        if description != nil { return descriptionLine(text, line: line) }
        if text.isEmpty { return true }
        if text.hasPrefix("%%") {
            comment(text)
            return true
        }
        if let rest = MermaidKeyword.journey.match(text), startsDiagram(rest, line: line) {
            finishJourney()
            current = MermaidJourney(line: line)
            current?.title = frontMatterTitle
            frontMatterTitle = nil
            return statement(rest, line: line)
        }
        if text.hasPrefix("#") { return true }
        guard current != nil else { return false }
        if text.hasPrefix(";") {
            warn(line, "Mermaid cannot read a line that starts with ';' (the diagram fails there); the line is dropped")
            return true
        }
        body(text, line: line)
        return true
    }

    /// Whether a line that starts with `journey` starts a diagram: always before the
    /// first; after it only alone or before another statement, so that a task such as
    /// `Journey planning: 4` stays a task (Mermaid itself fails on it).
    private mutating func startsDiagram(_ rest: Substring, line: Int) -> Bool {
        let after = rest.drop { $0 == " " || $0 == "\t" }
        if current == nil || after.isEmpty || MermaidKeyword.isStatement(after) { return true }
        warn(line, "a task that starts with the word 'journey' is kept, but Mermaid cannot read it "
             + "(it takes the word for its keyword)")
        return false
    }

    private mutating func body(_ text: Substring, line: Int) {
        guard !MermaidKeyword.isStatement(text) else { return keywordStatement(text, line: line) }
        task(text, line: line)
    }

    private mutating func keywordStatement(_ text: Substring, line: Int) {
        noEmotionNext = false
        if let rest = MermaidKeyword.accTitle.match(text) {
            current?.accessibleTitle = Self.nonEmpty(MermaidText.imported(String(rest)).trimmingJavaScriptSpace())
        } else if let rest = MermaidKeyword.accDescrLine.match(text) {
            current?.accessibleDescription = Self.nonEmpty(MermaidText.imported(String(rest)).trimmingJavaScriptSpace())
        } else if let rest = MermaidKeyword.accDescrBlock.match(text) {
            description = ([], line)
            _ = descriptionLine(rest, line: line)
        } else if let rest = MermaidKeyword.title.match(text) {
            if let title = Self.nonEmpty(cut(rest, line: line)) { current?.title = title }
        } else if let rest = MermaidKeyword.section.match(text) {
            section(rest, line: line)
        }
    }

    private mutating func section(_ text: Substring, line: Int) {
        var title = cut(text, line: line)
        if text.contains(":") {
            warn(line, "section '\(title)' holds a colon: it is kept, but Mermaid cannot read it (a section name ends before ':')")
        }
        if title.isEmpty {
            title = "Section \((current?.sections.count ?? 0) + 1)"
            warn(line, "a section without a name is named '\(title)'")
        }
        current?.sections.append(MermaidSection(title: title, line: line))
    }

    private mutating func task(_ text: Substring, line: Int) {
        let fields = MermaidTaskFields(Substring(cutText(text, line: line)))
        var title = fields.title
        if title.isEmpty {
            title = "Task \((current?.tasks.count ?? 0) + 1)"
            warn(line, "a task without a name is named '\(title)'")
        }
        for message in fields.warnings { warn(line, message) }
        var score = fields.score
        if noEmotionNext {
            score = nil
        } else if let value = score, !(1...5).contains(value) {
            warn(line, "the score '\(fields.scoreText ?? "")' of task '\(title)' is not a number from 1 to 5 "
                 + "(Mermaid rejects it); the touchpoint has no emotion")
            score = nil
        } else if let value = score, (value * 10).rounded() != value * 10 {
            warn(line, "the score '\(fields.scoreText ?? "")' of task '\(title)' has more than one decimal; "
                 + "the emotion is rounded to one")
        } else if score == nil, let written = fields.scoreText {
            warn(line, "task '\(title)' has no score that is a number from 1 to 5 ('\(written)'); the touchpoint has no emotion")
        }
        noEmotionNext = false
        guard var journey = current else { return }
        if journey.sections.isEmpty { journey.sections.append(MermaidSection(title: "Steps", line: line)) }
        journey.sections[journey.sections.count - 1].tasks
            .append(MermaidTask(title: title, score: score, actors: fields.actors, line: line))
        current = journey
    }

    private mutating func descriptionLine(_ text: Substring, line: Int) -> Bool {
        guard let close = text.firstIndex(of: "}") else {
            let part = text.trimmingJavaScriptSpace()
            if !part.isEmpty { description?.lines.append(part) }
            return true
        }
        let part = text[..<close].trimmingJavaScriptSpace()
        if !part.isEmpty { description?.lines.append(part) }
        let joined = description!.lines.map { MermaidText.imported($0) }.joined(separator: "\n")
        current?.accessibleDescription = Self.nonEmpty(joined)
        description = nil
        return statement(text[text.index(after: close)...], line: line)
    }

    private mutating func comment(_ text: Substring) {
        if text.hasPrefix("%%{") {
            inDirective = !text.dropFirst(3).contains("}%%")
            return
        }
        if text.dropFirst(2).trimmingJavaScriptSpace().lowercased() == "no emotion" { noEmotionNext = true }
    }

    /// A front-matter `title:` of a diagram (Mermaid's YAML block before `journey`).
    private mutating func readFrontMatter(_ text: Substring) {
        guard text.hasPrefix("title:") else { return }
        var value = text.dropFirst(6).trimmingJavaScriptSpace()
        if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
            value = String(value.dropFirst().dropLast())
        }
        frontMatterTitle = Self.nonEmpty(MermaidText.imported(value).trimmingJavaScriptSpace())
    }

    /// The text of a title or section: up to a `#` (a comment) or a `;`, or a `%%`
    /// comment (Mermaid wants those on their own line, and would keep it as text).
    private mutating func cut(_ text: Substring, line: Int) -> String {
        MermaidText.imported(cutText(text, line: line)).trimmingJavaScriptSpace()
    }

    private mutating func cutText(_ text: Substring, line: Int) -> String {
        var text = text
        if let comment = text.firstRange(of: "%%") { text = text[..<comment.lowerBound] }
        guard let end = text.firstIndex(where: { $0 == "#" || $0 == ";" }) else { return String(text) }
        if text[end] == ";" {
            warn(line, "Mermaid cannot read ';' (the diagram fails there); the rest of the line is dropped")
        }
        return String(text[..<end])
    }

    private mutating func finishJourney() {
        if let description {
            current?.accessibleDescription = Self.nonEmpty(description.lines.map { MermaidText.imported($0) }.joined(separator: "\n"))
            warn(description.line, "accDescr { is never closed with '}'")
            self.description = nil
        }
        if let current { result.journeys.append(current) }
        current = nil
    }

    private mutating func warn(_ line: Int, _ message: String) {
        result.warnings.append(MermaidWarning(line: line, message))
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
