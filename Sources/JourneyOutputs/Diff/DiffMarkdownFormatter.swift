import JourneyCore

/// A diff as a pull-request comment in GitHub's Markdown: a hidden marker (a workflow
/// finds its earlier comment by it and edits it in place), a summary line, then per
/// journey a collapsible section with its emotion curve before and after as Unicode
/// blocks and a list of its changes, then the new and fixed diagnostics.
///
/// Every text from a map is escaped: for HTML in the section's summary, for Markdown in
/// the lists; an `@` is kept from mentioning anyone.
public struct DiffMarkdownFormatter: Sendable {
    public static let marker = "<!-- journeymap-diff -->"

    public init() {}

    public func format(_ diff: MapDiff) -> String {
        var out = Self.marker + "\n"
        guard !diff.isEmpty else { return out + "**Journey maps:** no changes.\n" }
        out += "**Journey maps:** \(DiffWording.summary(diff)).\n"
        for journey in diff.journeys { out += "\n" + section(journey) }
        out += diagnostics("New diagnostics", diff.newDiagnostics)
        out += diagnostics("Fixed diagnostics", diff.fixedDiagnostics)
        return out
    }

    private func section(_ j: JourneyDiff) -> String {
        let count = j.status == .changed ? DiffWording.plural(j.changes.count, "change") : j.status.rawValue
        var out = "<details><summary><b>\(Self.html(j.title))</b> (<code>\(Self.html(j.id))</code>): \(count)</summary>\n\n"
        switch j.status {
        case .added, .removed:
            out += "Journey \(j.status.rawValue) (`\(Self.code(j.file))`)"
            if let size = DiffWording.size(j) { out += ": \(size)" }
            out += ".\n"
            let emotions = j.status == .added ? j.emotionsAfter : j.emotionsBefore
            if emotions.contains(where: { $0 != nil }) { out += "\nEmotion curve: `\(Sparkline.of(emotions))`\n" }
        case .changed:
            out += "Emotion curve: `\(Sparkline.of(j.emotionsBefore))` → `\(Sparkline.of(j.emotionsAfter))`\n"
            if j.hasEmotionChanges {
                out += "\nLow points: \(names(j.lowPointsBefore)) → \(names(j.lowPointsAfter))\n"
            }
            out += "\n"
            for change in j.changes {
                out += "- " + DiffWording.sentence(change, name: { "**" + Self.markdown($0) + "**" }) + "\n"
            }
        }
        return out + "\n</details>\n"
    }

    private func names(_ titles: [String]) -> String {
        titles.isEmpty ? "none" : titles.map { Self.markdown($0) }.joined(separator: ", ")
    }

    private func diagnostics(_ heading: String, _ list: [Diagnostic]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\n<details><summary>\(heading): \(list.count)</summary>\n\n"
        for d in list {
            out += "- `\(Self.code("\(d.file):\(d.line):\(d.column)"))` \(d.severity.rawValue) "
                + "`\(d.id.rawValue)`: \(Self.markdown(d.message))\n"
        }
        return out + "\n</details>\n"
    }

    /// Text for a Markdown line: every character that could start markup escaped.
    static func markdown(_ s: String) -> String { escaped(s, markdown: true) }

    /// Text for HTML (a `<summary>`).
    static func html(_ s: String) -> String { escaped(s, markdown: false) }

    /// HTML's special characters as references, Markdown's (for `markdown`) after a
    /// backslash, `@` kept from mentioning, line ends as spaces.
    private static func escaped(_ s: String, markdown: Bool) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where !markdown: out += "&quot;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "~", "!", "{", "}" where markdown:
                out += "\\" + String(c)
            case "@": out += "@\u{2060}"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// Text inside a code span, which cannot hold a backtick or a line end.
    static func code(_ s: String) -> String {
        String(s.map { $0 == "`" ? "'" : ($0.isNewline ? " " : $0) })
    }
}
