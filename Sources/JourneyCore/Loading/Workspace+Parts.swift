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

        /// `bytes` is the settings file's content, nil when there is none.
        public init(root: String, bytes: [UInt8]?) {
            path = Self.path(root: root)
            guard let bytes else {
                config = ProjectConfig()
                diagnostics = []
                return
            }
            (config, diagnostics) = ConfigReader.read(bytes: bytes, path: path)
            if case .success(let text) = SourceText.decode(bytes) { source = text }
        }

        public static func path(root: String) -> String {
            root.hasSuffix("/") ? root + "journeymap.yml" : root + "/journeymap.yml"
        }

        /// The parser for the maps of a folder with these settings (its channels, criteria).
        public func parser(markdown: any MarkdownParsing) -> MapDocumentParser {
            MapDocumentParser(markdown: markdown, vocabulary: Vocabulary(config: config))
        }
    }

    /// What parsing the file at `path` gives: `read` returns its bytes, nil when it has
    /// disappeared, or throws when it cannot be read (a `file` diagnostic either way).
    public static func parseFile(_ path: String, parser: MapDocumentParser,
                                 read: () throws -> [UInt8]?) -> MapDocumentParser.Result {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let whole = SourceRange(line: 1, column: 1, length: 1)
        do {
            guard let bytes = try read() else {
                return .init(document: nil, diagnostics: [Diagnostic(.file, file: path, range: whole,
                                                                     message: "the file disappeared while reading the maps folder")], source: nil)
            }
            return parser.parse(bytes: bytes, path: path, fileName: name)
        } catch {
            return .init(document: nil, diagnostics: [Diagnostic(.file, file: path, range: whole,
                                                                 message: "cannot read the file: \(error)")], source: nil)
        }
    }

    /// The workspace of `root` from its settings and its parsed files, given in path order.
    public static func assemble(root: String, settings: Settings,
                                parsed: [(path: String, result: MapDocumentParser.Result)]) -> Workspace {
        var diagnostics = settings.diagnostics
        var sources: [String: SourceText] = [:]
        if let source = settings.source { sources[settings.path] = source }
        var documents: [MapDocument] = []
        var read = 0
        for (path, result) in parsed {
            if let document = result.document { documents.append(document) }
            if result.document != nil || !result.diagnostics.isEmpty { read += 1 }
            diagnostics += result.diagnostics
            if let source = result.source { sources[path] = source }
        }
        return Workspace(root: root, config: settings.config, documents: documents, diagnostics: diagnostics,
                         sources: sources, documentsRead: read)
    }
}
