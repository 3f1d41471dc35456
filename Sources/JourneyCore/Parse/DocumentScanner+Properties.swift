extension DocumentScanner {
    /// The `key: value` items of a property list; items of another form are reported.
    mutating func properties(of list: MarkdownBlock) -> [RawProperty] {
        var result: [RawProperty] = []
        result.reserveCapacity(list.children.count)
        for item in list.children where item.kind == .item {
            guard let paragraph = item.children.first, paragraph.kind == .paragraph else {
                sink.report(.notAProperty, at: itemMarker(item),
                            "a property list item must be 'key: value'; write e.g. '- channel: web' or move this text out of the property list")
                continue
            }
            let text = self.text(of: paragraph)
            let start = paragraph.range.start
            guard let colon = text.firstIndex(of: ":"), !text[..<colon].trimmed().isEmpty else {
                let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
                sink.report(.notAProperty, at: SourceRange(line: start.line, column: start.column, length: text.count),
                            "'\(shown)' is not 'key: value'; write it as a property (e.g. '- note: \(shown)') or leave a blank line and a paragraph before the list so it becomes notes")
                continue
            }
            let keyText = text[..<colon].trimmed()
            let keyOffset = text.distance(from: text.startIndex, to: keyText.startIndex)
            let afterColon = text[text.index(after: colon)...]
            let value = afterColon.trimmed()
            let valueOffset = value.isEmpty
                ? text.distance(from: text.startIndex, to: colon) + 1
                : text.distance(from: text.startIndex, to: value.startIndex)
            var nested: [RawItem] = []
            for child in item.children.dropFirst() where child.isList {
                for sub in child.children where sub.kind == .item {
                    guard let para = sub.children.first, para.kind == .paragraph else { continue }
                    let subText = self.text(of: para)
                    nested.append(RawItem(text: subText, range: SourceRange(
                        line: para.range.start.line, column: para.range.start.column, length: subText.count)))
                }
            }
            result.append(RawProperty(
                key: String(keyText), normalizedKey: Schema.normalize(keyText),
                keyRange: SourceRange(line: start.line, column: start.column + keyOffset, length: keyText.count),
                value: String(value),
                valueRange: SourceRange(line: start.line, column: start.column + valueOffset, length: value.count),
                nested: nested, itemRange: item.range))
        }
        return result
    }

    /// A paragraph's source text, its lines joined by single spaces.
    func text(of paragraph: MarkdownBlock) -> String {
        let first = source.rest(ofLine: paragraph.range.start.line, from: paragraph.range.start.column)
        let lastLine = paragraph.range.end.line
        guard lastLine > paragraph.range.start.line else { return first.trimmingSpaces() }
        var text = String(first.trimmed())
        for n in (paragraph.range.start.line + 1)...lastLine {
            let line = source.line(n).trimmed()
            if !line.isEmpty { text += " " + line }
        }
        return text
    }

    private func itemMarker(_ item: MarkdownBlock) -> SourceRange {
        SourceRange(line: item.range.start.line, column: item.range.start.column, length: 1)
    }
}
