import JourneyCore
import Testing

/// What the loader does with entries a file system could not read: each is a `file`
/// error naming it, the other maps are still read, and nothing is skipped silently.
@Suite struct WorkspaceLoadingTests {
    /// Blocks are not needed here: every map is a library document of front matter only.
    struct NoMarkdown: MarkdownParsing {
        func parse<Scan>(_ source: String, scan: ([MarkdownBlock]) -> (Scan, notes: [[Int]])) -> (Scan, [RenderedNotes]) {
            let (result, notes) = scan([])
            return (result, notes.map { _ in RenderedNotes() })
        }
    }

    static let map = "---\nid: lib\n---\n"

    static func load(_ files: [String: String], problems: [SkippedEntry]) throws -> Workspace {
        try Workspace.load(root: "maps", fileSystem: InMemoryFileSystem(files, problems: problems), markdown: NoMarkdown())
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var entry: SkippedEntry
        var message: String
        var testDescription: String { message }

        init(_ path: String, _ reason: SkipReason, folder: Bool = false, _ message: String) {
            entry = SkippedEntry(path, reason, isFolder: folder)
            self.message = message
        }
    }

    static let rows: [Row] = [
        Row("maps/x.md", .notRegular("a FIFO (named pipe)"),
            "not read: not a regular file but a FIFO (named pipe); only regular files and links to them are read"),
        Row("maps/zero.md", .notRegular("a character device"),
            "not read: not a regular file but a character device; only regular files and links to them are read"),
        Row("maps/big.md", .tooLarge, "not read: the file is larger than 16 MiB, the most journeymap reads"),
        Row("maps/gone.md", .danglingLink, "not read: the link leads to nothing (its target does not exist)"),
        Row("maps/loop.md", .linkLoop, "not read: the link leads round a loop of links"),
        Row("maps/sub/up", .folderLoop("maps"), folder: true,
            "not followed: the link leads back to 'maps', a folder that holds it"),
        Row("maps/again", .folderReadAs("maps/shared"), folder: true,
            "not followed: the link leads to the folder already read as 'maps/shared'"),
        Row("maps/locked.md", .unreadable("Permission denied"), "cannot read the file: Permission denied"),
        Row("maps/private", .unreadable("Permission denied"), folder: true,
            "cannot list the folder: Permission denied; the maps in it are not read"),
        Row("maps/deep.md", .pathTooLong, "not read: the path has 4096 bytes or more, too long for the system"),
        Row("maps/deep", .pathTooLong, folder: true,
            "not read: the path has 4096 bytes or more, too long for the system; the maps in it are not read"),
        Row("maps/caf\\xE9.md", .undecodableName, "not read: the name is not valid UTF-8 (shown with \\x escapes); rename it"),
        Row("maps/\\xFF", .undecodableName, folder: true,
            "not read: the name is not valid UTF-8 (shown with \\x escapes); rename it; the maps in it are not read"),
    ]

    @Test(arguments: rows)
    func eachSkippedEntryIsAFileError(_ row: Row) throws {
        let workspace = try Self.load(["maps/ok.md": Self.map], problems: [row.entry])
        #expect(workspace.diagnostics == [
            Diagnostic(.file, file: row.entry.path, range: SourceRange(line: 1, column: 1, length: 1), message: row.message),
        ])
        #expect(workspace.diagnostics.allSatisfy { $0.severity == .error })
        // The other map is still read, and the entry not read is not counted as read.
        #expect(workspace.documents.map(\.file) == ["maps/ok.md"])
        #expect(workspace.documentsRead == 1)
    }

    /// A folder that cannot be listed hides its maps: they are not read, and the one
    /// error names the folder.
    @Test func filesUnderASkippedFolderAreNotRead() throws {
        let workspace = try Self.load(["maps/ok.md": Self.map, "maps/private/a.md": Self.map],
                                      problems: [SkippedEntry("maps/private", .unreadable("Permission denied"), isFolder: true)])
        #expect(workspace.documents.map(\.file) == ["maps/ok.md"])
        #expect(workspace.diagnostics.map(\.file) == ["maps/private"])
    }

    /// `journeymap.yml` that is not a regular file is reported; the maps are read with
    /// the default settings.
    @Test func settingsThatCannotBeReadAreReported() throws {
        let config = SkippedEntry("maps/journeymap.yml", .notRegular("a FIFO (named pipe)"))
        let workspace = try Self.load(["maps/ok.md": Self.map], problems: [config])
        #expect(workspace.diagnostics.map(\.file) == ["maps/journeymap.yml"])
        #expect(workspace.diagnostics.map(\.id) == [.file])
        #expect(workspace.documents.count == 1)
    }

    static func padded(to size: Int) -> String { map + String(repeating: "#", count: size - map.utf8.count) }

    /// 16 MiB is read; one byte more is a `file` error, whatever the file system gives.
    @Test func mapOfSixteenMebibytesIsRead() throws {
        let workspace = try Self.load(["maps/big.md": Self.padded(to: MapFiles.sizeLimit)], problems: [])
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.documents.count == 1)
    }

    @Test(arguments: ["maps/big.md", "maps/journeymap.yml"])
    func overSixteenMebibytesIsAFileError(_ path: String) throws {
        let over = try Self.load([path: Self.padded(to: MapFiles.sizeLimit + 1)], problems: [])
        #expect(over.diagnostics == [Diagnostic(.file, file: path, range: SourceRange(line: 1, column: 1, length: 1),
                                                message: "not read: the file is larger than 16 MiB, the most journeymap reads")])
    }
}
