/// Gathers the Markdown source of note blocks, whole lines, blocks separated by a blank line.
enum NotesCollector {
    /// - Parameter references: the file's link reference definitions: they are not
    ///   blocks, so no note holds them, yet any note may use them.
    static func collect(_ blocks: [SourceRange], from source: SourceText, references: String) -> Notes {
        guard let first = blocks.first, let last = blocks.last else { return Notes() }
        var parts: [String] = []
        parts.reserveCapacity(blocks.count)
        for block in blocks {
            let lines = (block.start.line...max(block.end.line, block.start.line)).map { source.line($0) }
            parts.append(lines.joined(separator: "\n"))
        }
        return Notes(markdown: parts.joined(separator: "\n\n"), range: SourceRange(start: first.start, end: last.end),
                     references: references)
    }
}
