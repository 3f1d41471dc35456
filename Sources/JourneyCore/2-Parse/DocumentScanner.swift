/// Walks the top-level Markdown blocks of a map body and finds its structure:
/// typed headings, their nesting by level, property lists and notes.
struct DocumentScanner {
    let source: SourceText
    var sink: DiagnosticSink

    init(source: SourceText, file: String) {
        self.source = source
        self.sink = DiagnosticSink(file: file)
    }

    mutating func scan(_ blocks: [MarkdownBlock]) -> RawDocument {
        var doc = RawDocument()
        // Element indices by open heading level: only element headings open and close
        // elements; prose headings are transparent for nesting (section 3).
        var open: [Int] = []
        // Where notes go: an element index, or nil for the document.
        var notesOwner: Int?
        var expectingProperties = false
        var seenElement = false

        for (index, block) in blocks.enumerated() {
            if let level = block.headingLevel {
                expectingProperties = false
                if let element = HeadingClassifier.element(block.text) {
                    while let top = open.last, doc.elements[top].level >= level { open.removeLast() }
                    let raw = RawElement(kind: element.kind, title: element.title,
                                         explicitID: explicitID(element.explicitID, block.range),
                                         headingRange: headingRange(block), level: level, parent: open.last)
                    doc.elements.append(raw)
                    open.append(doc.elements.count - 1)
                    notesOwner = doc.elements.count - 1
                    expectingProperties = true
                    seenElement = true
                    continue
                }
                // The first level-1 heading that is not an element is the title, wherever it stands.
                if level == 1, doc.title == nil {
                    doc.title = Located(block.text.trimmingSpaces(), headingRange(block))
                    notesOwner = nil
                    continue
                }
                if let message = HeadingClassifier.nearMiss(block.text, level: level) {
                    sink.report(.unknownKind, at: headingRange(block), message)
                }
                // A prose heading belongs to the nearest open element of a lower level.
                notesOwner = open.last { doc.elements[$0].level < level }
                appendNote(index, block.range, to: notesOwner, seenElement: seenElement, in: &doc)
                continue
            }
            if expectingProperties, block.kind == .bulletList, let owner = notesOwner {
                doc.elements[owner].properties = properties(of: block)
                expectingProperties = false
                continue
            }
            expectingProperties = false
            appendNote(index, block.range, to: notesOwner, seenElement: seenElement, in: &doc)
        }
        return doc
    }

    private func appendNote(_ index: Int, _ range: SourceRange, to owner: Int?, seenElement: Bool,
                            in doc: inout RawDocument) {
        if let owner {
            doc.elements[owner].notes.append(index, range)
        } else if doc.title != nil, !seenElement, doc.notes.blocks.isEmpty {
            doc.description.append(index, range)
        } else {
            doc.notes.append(index, range)
        }
    }

    /// The heading's first line, where element diagnostics point.
    private func headingRange(_ block: MarkdownBlock) -> SourceRange {
        let length = source.length(ofLine: block.range.start.line) - (block.range.start.column - 1)
        return SourceRange(line: block.range.start.line, column: block.range.start.column, length: max(length, 1))
    }

    private func explicitID(_ id: String?, _ range: SourceRange) -> Located<String>? {
        guard let id else { return nil }
        let lineNo = range.start.line
        let line = source.line(lineNo)
        var column = range.start.column
        if let found = HeadingClassifier.lastIDOpening(in: line) {
            column = (source.isASCII(line: lineNo) ? line.utf8.distance(from: line.startIndex, to: found)
                      : line.distance(from: line.startIndex, to: found)) + 3
        }
        return Located(id, SourceRange(line: lineNo, column: column, length: max(id.count, 1)))
    }
}
