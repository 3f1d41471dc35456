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
        let settings = Settings(root: root, contents: limited(fileSystem.contents(of: Settings.path(root: root))))
        let listing = try fileSystem.markdownFiles(under: root)
        let paths = listing.files.sorted()
        let parser = settings.parser(markdown: markdown)
        let results = Parallel.map(paths) { path in
            parseFile(path, parser: parser, contents: limited(fileSystem.contents(of: path)))
        }
        return assemble(root: root, settings: settings, skipped: listing.skipped, parsed: Array(zip(paths, results)))
    }
}

