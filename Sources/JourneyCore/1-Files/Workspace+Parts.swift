/// The steps of `Workspace.load`, public so that a long-running caller (`journeymap
/// serve`) can keep each file's parse and assemble a workspace again after a few files
/// changed, without reading or parsing the others.
extension Workspace {
    /// A maps folder's settings, from `journeymap.yml` at its root (defaults without one).
    public struct Settings: Sendable {
        public var path: String
        public var config: ProjectConfig
        public var diagnostics: [Diagnostic]
        /// The decoded file, for source excerpts in diagnostics.
        public var source: SourceText?

        /// `contents` is what the file system gave for the settings file.
        public init(root: String, contents: FileContents) {
            path = Self.path(root: root)
            config = ProjectConfig()
            diagnostics = []
            switch contents {
            case .bytes(let bytes):
                (config, diagnostics) = ConfigReader.read(bytes: bytes, path: path)
                if case .success(let text) = SourceText.decode(bytes) { source = text }
            case .missing:
                break
            case .skipped(let reason):
                diagnostics.append(SkippedEntry(path, reason).diagnostic)
            }
        }

        public static func path(root: String) -> String {
            root.hasSuffix("/") ? root + "journeymap.yml" : root + "/journeymap.yml"
        }

        /// The parser for the maps of a folder with these settings (its channels, criteria).
        public func parser(markdown: any MarkdownParsing) -> MapDocumentParser {
            MapDocumentParser(markdown: markdown, vocabulary: Vocabulary(config: config))
        }
    }

    /// One map file: its parse, or, when it was not read, the diagnostic that says why.
    public struct ParsedFile: Sendable {
        public var parsed: MapDocumentParser.Result?
        public var unread: Diagnostic?
    }

    /// `contents` with the size limit applied (`MapFiles.sizeLimit`).
    public static func limited(_ contents: FileContents) -> FileContents {
        if case .bytes(let bytes) = contents, bytes.count > MapFiles.sizeLimit { return .skipped(.tooLarge) }
        return contents
    }

    /// The file at `path` parsed from what the file system gave for it.
    public static func parseFile(_ path: String, parser: MapDocumentParser, contents: FileContents) -> ParsedFile {
        switch contents {
        case .bytes(let bytes):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return ParsedFile(parsed: parser.parse(bytes: bytes, path: path, fileName: name), unread: nil)
        case .missing:
            return ParsedFile(parsed: nil, unread: Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1),
                                                              message: "the file disappeared while reading the maps folder"))
        case .skipped(let reason):
            return ParsedFile(parsed: nil, unread: SkippedEntry(path, reason).diagnostic)
        }
    }

    /// The workspace of `root` from its settings, the entries its listing left out, and
    /// its files in path order.
    public static func assemble(root: String, settings: Settings, skipped: [SkippedEntry],
                                parsed: [(path: String, file: ParsedFile)]) -> Workspace {
        var diagnostics = settings.diagnostics + skipped.map(\.diagnostic)
        var sources: [String: SourceText] = [:]
        if let source = settings.source { sources[settings.path] = source }
        var documents: [MapDocument] = []
        var read = 0
        for (path, file) in parsed {
            if let unread = file.unread { diagnostics.append(unread) }
            guard let result = file.parsed else { continue }
            if let document = result.document { documents.append(document) }
            if result.document != nil || !result.diagnostics.isEmpty { read += 1 }
            diagnostics += result.diagnostics
            if let source = result.source { sources[path] = source }
        }
        return Workspace(root: root, config: settings.config, documents: documents, diagnostics: diagnostics,
                         sources: sources, documentsRead: read)
    }
}
