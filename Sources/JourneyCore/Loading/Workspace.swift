import Dispatch

/// Every map document of a maps folder with its settings and the diagnostics of parsing.
public struct Workspace: Sendable {
    public var root: String
    public var config: ProjectConfig
    public var documents: [MapDocument]
    /// Parse-time diagnostics, before `checks:` and `--strict` are applied.
    public var diagnostics: [Diagnostic]
    /// Decoded text per display path, for source excerpts.
    public var sources: [String: SourceText]
    /// How many map documents were read (files with front matter).
    public var documentsRead: Int

    /// Reads and parses every map file under `root`, in parallel.
    ///
    /// Throws only for I/O: a missing folder or an unreadable file listing. A file that
    /// cannot be read is a `file` diagnostic and the other files are still checked.
    public static func load(root: String, fileSystem: any MapFileSystem, markdown: any MarkdownParsing) throws -> Workspace {
        guard fileSystem.isDirectory(root) else { throw LoadError("maps folder '\(root)' does not exist or is not a folder") }
        var diagnostics: [Diagnostic] = []
        var config = ProjectConfig()
        var sources: [String: SourceText] = [:]
        let configPath = root.hasSuffix("/") ? root + "journeymap.yml" : root + "/journeymap.yml"
        if let bytes = try fileSystem.contents(of: configPath) {
            let (read, found) = ConfigReader.read(bytes: bytes, path: configPath)
            config = read
            diagnostics += found
            if case .success(let text) = SourceText.decode(bytes) { sources[configPath] = text }
        }
        let paths = try fileSystem.markdownFiles(under: root).sorted()
        let parser = MapDocumentParser(markdown: markdown, vocabulary: Vocabulary(config: config))
        let results = Parallel.map(paths) { path -> MapDocumentParser.Result in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            do {
                guard let bytes = try fileSystem.contents(of: path) else {
                    return .init(document: nil, diagnostics: [Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1),
                                                                         message: "the file disappeared while reading the maps folder")], source: nil)
                }
                return parser.parse(bytes: bytes, path: path, fileName: name)
            } catch {
                return .init(document: nil, diagnostics: [Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1),
                                                                     message: "cannot read the file: \(error)")], source: nil)
            }
        }
        var documents: [MapDocument] = []
        var read = 0
        for (path, result) in zip(paths, results) {
            if let document = result.document { documents.append(document) }
            if result.document != nil || !result.diagnostics.isEmpty { read += 1 }
            diagnostics += result.diagnostics
            if let source = result.source { sources[path] = source }
        }
        return Workspace(root: root, config: config, documents: documents, diagnostics: diagnostics,
                         sources: sources, documentsRead: read)
    }
}

