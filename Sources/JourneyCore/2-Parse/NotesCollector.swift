/// Gathers the Markdown source of note blocks, whole lines, blocks separated by a blank
/// line, with the HTML the Markdown parser made of them.
enum NotesCollector {
    static func collect(_ notes: RawNotes, from source: SourceText) -> Notes {
        guard let first = notes.ranges.first, let last = notes.ranges.last else { return Notes() }
        var parts: [String] = []
        parts.reserveCapacity(notes.ranges.count)
        for block in notes.ranges {
            let lines = (block.start.line...max(block.end.line, block.start.line)).map { source.line($0) }
            parts.append(lines.joined(separator: "\n"))
        }
        return Notes(markdown: parts.joined(separator: "\n\n"), range: SourceRange(start: first.start, end: last.end),
                     rendered: notes.rendered)
    }
}
