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
    /// cannot be read, and every entry the listing left out, is a `file` diagnostic and
    /// the other files are still checked.
    public static func load(root: String, fileSystem: any MapFileSystem, markdown: any MarkdownParsing) throws -> Workspace {
        guard fileSystem.isDirectory(root) else { throw LoadError("maps folder '\(root)' does not exist or is not a folder") }
        var diagnostics: [Diagnostic] = []
        var config = ProjectConfig()
        var sources: [String: SourceText] = [:]
        let configPath = root.hasSuffix("/") ? root + "journeymap.yml" : root + "/journeymap.yml"
        switch contents(configPath, fileSystem) {
        case .bytes(let bytes):
            let (read, found) = ConfigReader.read(bytes: bytes, path: configPath)
            config = read
            diagnostics += found
            if case .success(let text) = SourceText.decode(bytes) { sources[configPath] = text }
        case .missing:
            break
        case .skipped(let reason):
            diagnostics.append(SkippedEntry(configPath, reason).diagnostic)
        }
        let listing = try fileSystem.markdownFiles(under: root)
        diagnostics += listing.skipped.map(\.diagnostic)
        let paths = listing.files.sorted()
        let parser = MapDocumentParser(markdown: markdown, vocabulary: Vocabulary(config: config))
        // `parsed` is nil when the file was not read; `unread` then says why.
        let results = Parallel.map(paths) { path -> (parsed: MapDocumentParser.Result?, unread: Diagnostic?) in
            switch contents(path, fileSystem) {
            case .bytes(let bytes):
                let name = path.split(separator: "/").last.map(String.init) ?? path
                return (parser.parse(bytes: bytes, path: path, fileName: name), nil)
            case .missing:
                return (nil, Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1),
                                        message: "the file disappeared while reading the maps folder"))
            case .skipped(let reason):
                return (nil, SkippedEntry(path, reason).diagnostic)
            }
        }
        var documents: [MapDocument] = []
        var read = 0
        for (path, (parsed, unread)) in zip(paths, results) {
            if let unread { diagnostics.append(unread) }
            guard let result = parsed else { continue }
            if let document = result.document { documents.append(document) }
            if result.document != nil || !result.diagnostics.isEmpty { read += 1 }
            diagnostics += result.diagnostics
            if let source = result.source { sources[path] = source }
        }
        return Workspace(root: root, config: config, documents: documents, diagnostics: diagnostics,
                         sources: sources, documentsRead: read)
    }

    /// What the file system gives for `path`, with the size limit applied.
    private static func contents(_ path: String, _ fileSystem: any MapFileSystem) -> FileContents {
        let found = fileSystem.contents(of: path)
        if case .bytes(let bytes) = found, bytes.count > MapFiles.sizeLimit { return .skipped(.tooLarge) }
        return found
    }
}

