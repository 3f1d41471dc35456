/// Parses one map file into a `MapDocument` and its diagnostics. Pure: the bytes come in,
/// the Markdown parser is injected, nothing touches the disk.
public struct MapDocumentParser: Sendable {
    public let markdown: any MarkdownParsing
    public let vocabulary: Vocabulary

    public init(markdown: any MarkdownParsing, vocabulary: Vocabulary) {
        self.markdown = markdown
        self.vocabulary = vocabulary
    }

    /// What parsing one file gives.
    public struct Result: Sendable {
        /// Nil when the file is not a map document or could not be read as one.
        public var document: MapDocument?
        public var diagnostics: [Diagnostic]
        /// The decoded text, kept for source excerpts in diagnostics.
        public var source: SourceText?
    }

    /// - Parameters:
    ///   - path: the display path (as the user gave it), used in diagnostics.
    ///   - fileName: the file's name without folders, for the default id.
    public func parse(bytes: [UInt8], path: String, fileName: String) -> Result {
        var sink = DiagnosticSink(file: path)
        let source: SourceText
        switch SourceText.decode(bytes) {
        case .success(let s): source = s
        case .failure(let e):
            // Only a document (front matter first) is a map file; other files are skipped silently.
            // A byte order mark may precede the front matter.
            let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            guard text.starts(with: Array("---".utf8)) else { return Result(document: nil, diagnostics: [], source: nil) }
            sink.report(.file, at: SourceRange(line: e.line, column: e.column, length: 1), e.message)
            return Result(document: nil, diagnostics: sink.items, source: nil)
        }
        guard let bodyStart = FrontMatterReader.bodyStart(source, sink: &sink) else {
            return Result(document: nil, diagnostics: sink.items, source: source)
        }
        let baseName = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        var doc = MapDocument(file: path, id: Slug.make(baseName))
        let idRange = FrontMatterReader.read(source, bodyStart: bodyStart, into: &doc, sink: &sink)

        // Blank lines in place of the front matter keep cmark's line numbers equal to the file's.
        let rest = bodyStart - 1 < source.lines.count ? source.text[source.lines[bodyStart - 1].startIndex...] : ""
        let body = String(repeating: "\n", count: bodyStart - 1) + rest
        var scanner = DocumentScanner(source: source, file: path)
        var (raw, rendered) = markdown.parse(body) { blocks in
            let raw = scanner.scan(blocks)
            return (raw, notes: raw.noteBlocks)
        }
        raw.setRendered(rendered)
        var builder = ElementBuilder(source: source, file: path, vocabulary: vocabulary)
        builder.build(raw, into: &doc)

        if doc.title == nil { doc.title = raw.title?.value }
        doc.description = NotesCollector.collect(raw.description, from: source)
        doc.notes = NotesCollector.collect(raw.notes, from: source)
        if !doc.isLibrary, doc.title?.isEmpty ?? true {
            sink.report(.missingKey, at: doc.range,
                        "journey '\(doc.id)' has no title; add a level-1 heading ('# Title') or 'title:' to the front matter")
        }
        if doc.id.isEmpty {
            sink.report(.badValue, at: doc.range,
                        "the file name '\(fileName)' gives an empty journey id; add 'id: some-id' to the front matter")
        } else if !doc.isLibrary, doc.id.utf8.count > ElementBuilder.longestPageID {
            let limit = "an id that names a page may have at most \(ElementBuilder.longestPageID)"
            if let idRange {
                sink.report(.badValue, at: idRange,
                            "journey id '\(doc.id)' is \(doc.id.utf8.count) bytes long; \(limit); write a shorter 'id:'")
            } else {
                sink.report(.badValue, at: doc.range,
                            "the file name '\(fileName)' gives a journey id of \(doc.id.utf8.count) bytes; \(limit); add a shorter 'id: some-id' to the front matter")
            }
        }
        sink.append(contentsOf: scanner.sink.items)
        sink.append(contentsOf: builder.diagnostics)
        return Result(document: doc, diagnostics: sink.items, source: source)
    }
}
