import JourneyCore

/// Writes the entries of `SearchIndex` as JavaScript array literals, straight into bytes.
struct SearchIndexWriter {
    var out: [UInt8] = []
    /// Whether the current entry's `texts` array has an element yet.
    private var hasText = false

    /// `[kind,title,context,href,"keywords",[texts]],` and a line break; `texts` adds
    /// the entry's texts with `text`, `texts` and `notes`.
    mutating func entry(_ kind: String, _ title: String, _ context: String, _ href: String, _ keywords: [String],
                        texts: (inout SearchIndexWriter) -> Void) {
        begin(kind, title)
        JSONEscaping.append(context, to: &out)
        out.append(0x2C)
        JSONEscaping.append(href, to: &out)
        finish(keywords, texts)
    }

    /// An element of the journey whose entry is the `journey`-th: its context is that
    /// entry's title and its link that entry's page with `#anchor`, written as the
    /// entry's number and the anchor alone (the index is a tenth smaller).
    mutating func element(_ kind: String, _ title: String, journey: Int, anchor: String, _ keywords: [String],
                          texts: (inout SearchIndexWriter) -> Void) {
        begin(kind, title)
        out.append(contentsOf: String(journey).utf8)
        out.append(0x2C)
        JSONEscaping.append(SitePaths.encode(anchor), to: &out)
        finish(keywords, texts)
    }

    private mutating func begin(_ kind: String, _ title: String) {
        out.append(0x5B)
        JSONEscaping.append(kind, to: &out)
        out.append(0x2C)
        JSONEscaping.append(title, to: &out)
        out.append(0x2C)
    }

    private mutating func finish(_ keywords: [String], _ texts: (inout SearchIndexWriter) -> Void) {
        out.append(0x2C)
        JSONEscaping.append(keywords.filter { !$0.isEmpty }.joined(separator: " "), to: &out)
        out.append(contentsOf: ",[".utf8)
        hasText = false
        texts(&self)
        out.append(contentsOf: "]],\n".utf8)
    }

    /// One text, its field's code first; nothing for nil or empty text.
    mutating func text(_ field: SearchIndex.Field, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        if hasText { out.append(0x2C) }
        hasText = true
        JSONEscaping.append(text, prefix: field.rawValue.asciiValue ?? 0x20, to: &out)
    }

    mutating func texts(_ field: SearchIndex.Field, _ texts: [String]) {
        for t in texts { text(field, t) }
    }

    /// Notes as one line of their Markdown source: whitespace runs become one space.
    mutating func notes(_ notes: Notes) {
        guard !notes.isEmpty else { return }
        text(.notes, Self.oneLine(notes.markdown))
    }

    static func oneLine(_ text: String) -> String {
        var line = ""
        line.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !line.isEmpty
            } else {
                if space { line.unicodeScalars.append(" ") }
                space = false
                line.unicodeScalars.append(scalar)
            }
        }
        return line
    }
}
