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
            let (text, ascii) = self.text(of: paragraph)
            let start = paragraph.range.start
            guard let split = KeyValueSplit(text, ascii: ascii) else {
                let shown = text.count > 40 ? String(text.prefix(40)) + "..." : String(text)
                sink.report(.notAProperty, at: SourceRange(line: start.line, column: start.column, length: text.count),
                            "'\(shown)' is not 'key: value'; write it as a property (e.g. '- x-note: \(shown)', a custom field) or leave a blank line and a paragraph before the list so it becomes notes")
                continue
            }
            var nested: [RawItem] = []
            for child in item.children.dropFirst() where child.isList {
                for sub in child.children where sub.kind == .item {
                    guard let para = sub.children.first, para.kind == .paragraph else { continue }
                    let (subText, subASCII) = self.text(of: para)
                    nested.append(RawItem(text: String(subText), range: SourceRange(
                        line: para.range.start.line, column: para.range.start.column,
                        length: KeyValueSplit.length(subText, ascii: subASCII)), ascii: subASCII))
                }
            }
            result.append(RawProperty(
                key: String(split.key), normalizedKey: Schema.normalize(split.key),
                keyRange: SourceRange(line: start.line, column: start.column + split.keyOffset,
                                      length: KeyValueSplit.length(split.key, ascii: ascii)),
                value: String(split.value),
                valueRange: SourceRange(line: start.line, column: start.column + split.valueOffset,
                                        length: KeyValueSplit.length(split.value, ascii: ascii)),
                nested: nested, itemRange: item.range, ascii: ascii))
        }
        return result
    }

    /// A paragraph's source text, its lines joined by single spaces, and whether it is ASCII.
    /// A one-line paragraph (almost every property) is a slice of the source: no copy.
    func text(of paragraph: MarkdownBlock) -> (Substring, Bool) {
        let firstLine = paragraph.range.start.line
        let first = source.rest(ofLine: firstLine, from: paragraph.range.start.column)
        var ascii = source.isASCII(line: firstLine)
        let lastLine = paragraph.range.end.line
        guard lastLine > firstLine else { return (first.trimmed(), ascii) }
        var text = String(first.trimmed())
        for n in (firstLine + 1)...lastLine {
            let line = source.line(n).trimmed()
            ascii = ascii && source.isASCII(line: n)
            if !line.isEmpty { text += " " + line }
        }
        return (Substring(text), ascii)
    }

    private func itemMarker(_ item: MarkdownBlock) -> SourceRange {
        SourceRange(line: item.range.start.line, column: item.range.start.column, length: 1)
    }
}
