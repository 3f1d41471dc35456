import Foundation
import JourneyCore
@testable import JourneyMapKit
import Testing

/// The site `serve` keeps in memory, brought up to date edit by edit, is the site
/// `build` writes for the same maps, file for file and byte for byte.
@Suite struct LiveSiteBuilderTests {
    /// Linked journeys (flows into each other) and a library, on disk.
    static func sandbox() throws -> BuildSandbox {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("dot/linked")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            files["maps/" + name] = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        }
        return try BuildSandbox(files)
    }

    final class Session {
        let box: BuildSandbox
        let site = LiveSite()
        let builder: LiveSiteBuilder
        let notes = Captured()
        /// The paths of every reload message, in order (nil: every page).
        let reloads = Posted.Reloads()

        /// Changes the builder hands back, when it draws the overview in the background.
        let posted = Posted()

        /// With `background`, every overview is drawn in the background and handed back
        /// as a change of its own, as `serve` does with large ones.
        init(_ box: BuildSandbox, background: Bool = false) {
            self.box = box
            let notes = notes
            let console = Console(out: { _ in }, err: { notes.append($0) }, errIsTerminal: false)
            let reloads = reloads
            builder = LiveSiteBuilder(maps: box.path("maps"), templates: nil,
                                      renderer: LocalDiagramRenderer(executable: nil, workers: 0),
                                      site: site, console: console, environment: [:]) { _, paths in reloads.add(paths) }
            if background {
                let posted = posted
                builder.largeDiagram = 0
                builder.post = { posted.add($0) }
            }
            builder.build(.everything, pending: { false })
            settle()
        }

        /// Writes `text` to the map file `name` (nil deletes it) and builds the change.
        func edit(_ name: String, _ text: String?) throws {
            let path = box.path("maps/" + name)
            if let text { try box.write("maps/" + name, text) } else { try FileManager.default.removeItem(atPath: path) }
            builder.build(LiveSiteBuilder.Change(paths: [path]), pending: { false })
            settle()
        }

        /// Builds what drawings in the background hand back until none is under way.
        func settle() {
            while builder.drawing != nil || posted.count > 0 {
                guard let change = posted.take() else {
                    usleep(10_000)
                    continue
                }
                builder.build(change, pending: { false })
            }
        }

        var hasProblems: Bool { site.lookup("index.html").problems != nil }

        /// What `build` writes for the maps as they are now, without its own dot-files.
        func built() throws -> [String: Data] {
            try? FileManager.default.removeItem(atPath: box.path("output"))
            let outcome = box.build(maps: "maps", output: "output", workers: 0, executable: nil)
            try #require(outcome.status == .ok, "build: \(outcome.err)")
            var files: [String: Data] = [:]
            for path in FileManager.default.subpaths(atPath: box.path("output")) ?? [] where !path.hasPrefix(".") {
                var isFolder: ObjCBool = false
                let full = box.path("output/" + path)
                if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    files[path] = FileManager.default.contents(atPath: full)
                }
            }
            return files
        }

        func expectSameAsBuild(_ step: String) throws {
            let expected = try built()
            let served = Dictionary(uniqueKeysWithValues: site.paths.map { ($0, site.lookup($0).file!) })
            #expect(Set(served.keys) == Set(expected.keys), "\(step): paths")
            for (path, bytes) in expected where served[path] != bytes {
                Issue.record("\(step): \(path) differs from the build")
            }
        }
    }

        /// One edit of a map's text, chosen by `rng`; nil text deletes the file.
    static func edit(_ files: [String: String], _ rng: inout SplitMix64) -> (name: String, text: String?, what: String) {
        let names = files.keys.sorted()
        let name = names[Int(rng.next() % UInt64(names.count))]
        var text = files[name]!
        var lines = text.components(separatedBy: "\n")
        func pick(_ prefix: String) -> Int? {
            let found = lines.indices.filter { lines[$0].hasPrefix(prefix) }
            return found.isEmpty ? nil : found[Int(rng.next() % UInt64(found.count))]
        }
        switch rng.next() % 6 {
        case 0, 1:
            guard let i = pick("- emotion:") else { break }
            lines[i] = "- emotion: " + ["-2 angry", "-1", "0", "+1 relieved", "2"][Int(rng.next() % 5)]
            return (name, lines.joined(separator: "\n"), "emotion in \(name)")
        case 2:
            guard let i = pick("### Touchpoint:") else { break }
            lines[i] = lines[i].replacingOccurrences(of: " {#", with: " again {#")
            return (name, lines.joined(separator: "\n"), "touchpoint title in \(name)")
        case 3:
            guard let i = pick("# ") else { break }
            lines[i] += " (new)"
            return (name, lines.joined(separator: "\n"), "title of \(name)")
        case 4:
            guard let i = pick("- goal:") ?? pick("- pain:") ?? pick("- trigger:") else { break }
            lines[i] += " and more"
            return (name, lines.joined(separator: "\n"), "a value in \(name)")
        default:
            if name.hasPrefix("copy-") { return (name, nil, "deleted \(name)") }
            text = text.replacingOccurrences(of: "\nid: ", with: "\nid: copy-")
            return ("copy-" + name, text, "a copy of \(name)")
        }
        return (name, text + "\n", "blank line in \(name)")
    }

    @Test(arguments: [(11, false), (12, false), (13, false), (14, true)] as [(UInt64, Bool)])
    func matchesAFullBuildAfterEveryEdit(seed: UInt64, background: Bool) throws {
        let session = Session(try Self.sandbox(), background: background)
        try session.expectSameAsBuild("first build")
        var rng = SplitMix64(seed: seed)
        for round in 0..<12 {
            var files: [String: String] = [:]
            for name in session.box.names(in: "maps") { files[name] = session.box.read("maps/" + name) }
            let edit = Self.edit(files, &rng)
            try session.edit(edit.name, edit.text)
            #expect(!session.hasProblems, "round \(round), \(edit.what): \(session.notes.text)")
            try session.expectSameAsBuild("seed \(seed) round \(round): \(edit.what)")
        }
    }

    /// With a change waiting, the edited journey's page is published and the rest is
    /// given up; the next build brings every page up to date.
    @Test func aWaitingChangeLeavesTheRestToTheNextBuild() throws {
        let session = Session(try Self.sandbox())
        let signup = try #require(session.box.read("maps/signup.md"))
        try session.box.write("maps/signup.md", signup.replacingOccurrences(of: "+1 relieved", with: "+1 delighted"))
        session.builder.build(LiveSiteBuilder.Change(paths: [session.box.path("maps/signup.md")]), pending: { true })
        let page = try #require(session.site.lookup("journeys/signup.html").file)
        #expect(String(decoding: page, as: UTF8.self).contains("delighted"))
        #expect(session.builder.debt.rest)
        session.builder.build(LiveSiteBuilder.Change(paths: []), pending: { false })
        try session.expectSameAsBuild("after the next build")
    }

    /// After a persona's edit, the pages of its journeys and its own page are published
    /// before the pages that gather many.
    @Test func aPersonaEditPublishesThePagesOfOneFirst() throws {
        let session = Session(try Self.sandbox())
        let library = try #require(session.box.read("maps/library.md"))
        let seen = session.reloads.count
        try session.edit("library.md", library.replacingOccurrences(of: "this week", with: "this weekend"))
        let messages = session.reloads.all.dropFirst(seen).map { $0 ?? [] }
        let first = try #require(messages.first)
        #expect(first.contains("journeys/signup.html") && first.contains("personas/new-customer.html"))
        #expect(first.allSatisfy { $0.hasPrefix("journeys/") || $0.hasPrefix("personas/") || $0.hasPrefix("segments/") })
        #expect(messages.dropFirst().joined().contains("people.html"))
        try session.expectSameAsBuild("after the persona's edit")
    }

    @Test func newSettingsReachEveryPage() throws {
        let session = Session(try Self.sandbox())
        try session.edit("journeymap.yml", "focus: 50%\nsite:\n  title: Broadband atlas\n")
        #expect(!session.hasProblems, "\(session.notes.text)")
        let index = try #require(session.site.lookup("journeys/signup.html").file)
        #expect(String(decoding: index, as: UTF8.self).contains("Broadband atlas"))
        try session.expectSameAsBuild("new settings")
        try session.edit("journeymap.yml", nil)
        try session.expectSameAsBuild("settings removed")
    }

    @Test func anErrorKeepsTheLastGoodSiteAndItsFixBringsTheSiteUpToDate() throws {
        let session = Session(try Self.sandbox())
        let good = try #require(session.site.lookup("journeys/signup.html").file)
        let signup = try #require(session.box.read("maps/signup.md"))
        try session.edit("signup.md", signup.replacingOccurrences(of: "- channel: web\n- emotion: +0.5", with: "- chanel: web\n- emotion: +0.5"))
        #expect(session.hasProblems)
        #expect(session.site.lookup("journeys/signup.html").file == good)
        // Edits made while the maps have errors reach the site with the fix.
        let support = try #require(session.box.read("maps/support.md"))
        try session.edit("support.md", support.replacingOccurrences(of: "# Support", with: "# Support desk"))
        #expect(session.hasProblems)
        try session.edit("signup.md", signup.replacingOccurrences(of: "Coverage check", with: "Address check"))
        #expect(!session.hasProblems)
        try session.expectSameAsBuild("after the fix")
    }
}

/// Changes handed back from other threads.
final class Posted: @unchecked Sendable {
    /// The paths of reload messages.
    final class Reloads: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [[String]?] = []

        func add(_ paths: [String]?) { lock.withLock { messages.append(paths) } }
        var all: [[String]?] { lock.withLock { messages } }
        var count: Int { all.count }
    }

    private let lock = NSLock()
    private var changes: [LiveSiteBuilder.Change] = []

    func add(_ change: LiveSiteBuilder.Change) { lock.withLock { changes.append(change) } }

    var count: Int { lock.withLock { changes.count } }

    /// All changes so far, merged; nil when there are none.
    func take() -> LiveSiteBuilder.Change? {
        lock.withLock {
            guard var merged = changes.first else { return nil }
            for change in changes.dropFirst() { merged.merge(change) }
            changes = []
            return merged
        }
    }
}
