import Foundation
import JourneyCore
@testable import JourneyMapKit
import Testing

/// The walker and reader in this process, for what cannot block: names, sizes, types.
@Suite struct MapsFolderWalkerTests {
    static let names: [([UInt8], String)] = [
        (Array("café.md".utf8), "café.md"),
        (Array("caf".utf8) + [0xE9] + Array(".md".utf8), "caf\\xE9.md"),
        ([0xFF, 0xFE], "\\xFF\\xFE"),
        (Array("é".utf8) + [0x80], "é\\x80"),
        ([0xE2, 0x82, 0x41], "\\xE2\\x82A"),  // a sequence cut short
        ([0xED, 0xA0, 0x80], "\\xED\\xA0\\x80"),  // an encoded surrogate
        ([0xF0, 0x9F, 0x98, 0x80, 0xC0, 0xAF], "😀\\xC0\\xAF"),  // an overlong '/'
    ]

    /// Valid UTF-8 is kept, every other byte is written `\xHH`.
    @Test(arguments: names)
    func undecodableBytesAreEscaped(_ name: [UInt8], _ shown: String) {
        #expect(MapsFolderWalker.escaped(name) == shown)
    }

    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-walker-\(UUID().uuidString)").path
        try OddEntries.folder(folder + "/maps")
        defer { OddEntries.remove(folder) }
        try body(folder)
    }

    /// 16 MiB is read whole; a byte more is refused before reading.
    @Test func sizeLimitOnDisk() throws {
        try Self.withFolder { folder in
            try OddEntries.file(folder + "/maps/at.md", size: MapFiles.sizeLimit)
            try OddEntries.file(folder + "/maps/over.md", size: MapFiles.sizeLimit + 1)
            let disk = DiskFileSystem()
            guard case .bytes(let bytes) = disk.contents(of: folder + "/maps/at.md") else {
                Issue.record("a file of 16 MiB was not read")
                return
            }
            #expect(bytes.count == MapFiles.sizeLimit)
            #expect(disk.contents(of: folder + "/maps/over.md") == .skipped(.tooLarge))
        }
    }

    @Test func readsWhatIsThereAndNamesWhatIsNot() throws {
        try Self.withFolder { folder in
            try OddEntries.file(folder + "/maps/a.md", "text")
            try OddEntries.link(folder + "/maps/b.md", to: "a.md")
            try OddEntries.link(folder + "/maps/c.md", to: "none.md")
            let disk = DiskFileSystem()
            #expect(disk.contents(of: folder + "/maps/a.md") == .bytes(Array("text".utf8)))
            #expect(disk.contents(of: folder + "/maps/b.md") == .bytes(Array("text".utf8)))
            #expect(disk.contents(of: folder + "/maps/c.md") == .skipped(.danglingLink))
            #expect(disk.contents(of: folder + "/maps/none.md") == .missing)
            #expect(disk.contents(of: folder + "/maps") == .skipped(.notRegular("a folder")))
            #expect(disk.isDirectory(folder + "/maps"))
            #expect(!disk.isDirectory(folder + "/maps/a.md"))
        }
    }

    /// The listing in sorted order, with root given with or without a trailing slash.
    @Test(arguments: ["maps", "maps/"])
    func listingKeepsThePathsAsGiven(_ root: String) throws {
        try Self.withFolder { folder in
            try OddEntries.folder(folder + "/maps/b")
            try OddEntries.file(folder + "/maps/b/z.md", "")
            try OddEntries.file(folder + "/maps/a.md", "")
            try OddEntries.file(folder + "/maps/notes.txt", "")
            try OddEntries.link(folder + "/maps/gone.md", to: "nowhere")
            let listing = try MapsFolderWalker.list(folder + "/" + root)
            #expect(listing.files == [folder + "/maps/a.md", folder + "/maps/b/z.md"])
            #expect(listing.skipped == [SkippedEntry(folder + "/maps/gone.md", .danglingLink)])
        }
    }

    @Test func aMissingRootThrows() {
        #expect(throws: LoadError.self) { try MapsFolderWalker.list("/nonexistent/journeymap-maps") }
    }
}
