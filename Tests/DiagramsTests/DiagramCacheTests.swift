import Foundation
@testable import Diagrams
import Testing

/// The content-addressed cache: a hit gives the bytes drawn before; a damaged or
/// foreign entry is drawn again; the folder stays under its bound, holds nothing but
/// whole entries, and a cache that cannot be written is noted once and left alone.
struct DiagramCacheTests {
    static let graphviz = "2.43.0 (0)"

    static func cache(_ folder: String, limit: Int = DiagramCache.defaultLimit, notes: Notes = Notes()) -> DiagramCache {
        DiagramCache(folder: folder, toolVersion: "1.0.0", limit: limit, note: notes.append)
    }

    static func entryNames(_ cache: DiagramCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.entries)) ?? []).sorted()
    }

    @Test func renderMissesThenHitsWithTheSameBytes() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let diagrams = Samples.chains(4) + [Samples.broken]
        let renderer = DiagramRenderer(executable: nil, workers: 0, cache: Self.cache(folder + "/cache"))
        let first = try renderer.render(diagrams)
        #expect(first.prefix(4).allSatisfy { if case .drawn = $0 { return true } else { return false } })
        #expect(first[4] == .failed(Samples.brokenReason))
        let second = try renderer.render(diagrams)
        #expect(second.prefix(4).allSatisfy { if case .cached = $0 { return true } else { return false } })
        #expect(second[4] == .failed(Samples.brokenReason), "a failure is not cached: it is tried again")
        #expect(first.map(\.svg) == second.map(\.svg))
        #expect(Self.entryNames(renderer.cache!).count == 4)
    }

    /// The key is only an address: the entry must name the same releases and hold the
    /// same DOT text and intact SVG bytes.
    enum Damage: CaseIterable, Sendable {
        case flippedSVGByte, cutShort, otherTool, otherGraphviz, otherDOT

        func apply(_ bytes: [UInt8]) -> [UInt8] {
            var text = String(decoding: bytes, as: UTF8.self)
            switch self {
            case .flippedSVGByte:
                var copy = bytes
                copy[copy.count - 3] ^= 0x01
                return copy
            case .cutShort: return Array(bytes.dropLast(20))
            case .otherTool: text = text.replacingOccurrences(of: "\n1.0.0\n", with: "\n0.9.0\n")
            case .otherGraphviz: text = text.replacingOccurrences(of: "2.43.0 (0)", with: "2.42.0 (0)")
            case .otherDOT: text = text.replacingOccurrences(of: "step 1", with: "step X")
            }
            return Array(text.utf8)
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedOrForeignEntryIsDroppedAndMissed(_ damage: Damage) throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let cache = Self.cache(folder)
        let dot = Samples.chain("a", length: 3).dot
        let svg = Array("<svg>drawn</svg>\n".utf8)
        cache.store([(dot, svg)], graphviz: Self.graphviz)
        #expect(cache.lookUp([dot], graphviz: Self.graphviz) == [svg])
        let path = cache.path(DiagramCache.key(dot: dot, graphviz: Self.graphviz, tool: "1.0.0"))
        let damaged = damage.apply([UInt8](try #require(FileManager.default.contents(atPath: path))))
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        #expect(cache.lookUp([dot], graphviz: Self.graphviz) == [nil])
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Past the limit the least recently used entries go, a hit counting as a use.
    @Test func leastRecentlyUsedEntriesGoPastTheLimit() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let svg = [UInt8](repeating: UInt8(ascii: "x"), count: 1000)
        let dots = (0..<5).map { "digraph \"d\($0)\" {}" }
        let cache = Self.cache(folder, limit: 3 * 1100)
        for (i, dot) in dots.prefix(3).enumerated() {
            cache.store([(dot, svg)], graphviz: Self.graphviz)
            // Modification times a second apart, so that the order is plain.
            let path = cache.path(DiagramCache.key(dot: dot, graphviz: Self.graphviz, tool: "1.0.0"))
            var times = [timespec(tv_sec: 1_000_000 + i, tv_nsec: 0), timespec(tv_sec: 1_000_000 + i, tv_nsec: 0)]
            utimensat(AT_FDCWD, path, &times, 0)
        }
        #expect(cache.lookUp([dots[0]], graphviz: Self.graphviz) == [svg])  // used: now the newest
        cache.store([(dots[3], svg)], graphviz: Self.graphviz)
        let kept = cache.lookUp(dots, graphviz: Self.graphviz).map { $0 != nil }
        #expect(kept == [true, false, true, true, false])
        let total = Self.entryNames(cache).reduce(0) { sum, name in
            sum + ((try? FileManager.default.attributesOfItem(atPath: cache.entries + "/" + name)[.size] as? Int) ?? 0)
        }
        #expect(total <= 3 * 1100)
    }

    /// Many writers at once, two caches on one folder: every entry is whole, and no
    /// temporary file is left.
    @Test func concurrentWritersLeaveWholeEntriesAndNoLitter() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let items = (0..<40).map { i in ("digraph \"d\(i % 10)\" {}", Array("<svg>\(i % 10)</svg>".utf8)) }
        let caches = [Self.cache(folder), Self.cache(folder)]
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            caches[k % 2].store(Array(items[(k * 5)..<(k * 5 + 5)]), graphviz: Self.graphviz)
        }
        let names = Self.entryNames(caches[0])
        #expect(names.count == 10)
        #expect(names.allSatisfy { $0.hasSuffix(".entry") })
        let found = caches[1].lookUp((0..<10).map { "digraph \"d\($0)\" {}" }, graphviz: Self.graphviz)
        #expect(found == (0..<10).map { Array("<svg>\($0)</svg>".utf8) })
    }

    /// Two caches of one process never pick the same temporary file name.
    @Test func cachesOfOneProcessNumberTheirTemporaryFilesApart() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let caches = [Self.cache(folder), Self.cache(folder)]
        let numbers = (0..<6).map { caches[$0 % 2].nextNumber() }
        #expect(Set(numbers).count == numbers.count)
    }

    /// A cache that cannot be created is noted once, then left alone: the renderer
    /// draws every diagram as without one.
    @Test func unwritableCacheIsNotedOnceAndDrawsWithoutIt() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        try Data("a file".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let notes = Notes()
        let cache = Self.cache(folder + "/file/cache", notes: notes)
        let renderer = DiagramRenderer(executable: nil, workers: 0, cache: cache)
        for _ in 0..<2 {
            let outcomes = try renderer.render(Samples.chains(3))
            #expect(outcomes.allSatisfy { if case .drawn = $0 { return true } else { return false } })
        }
        #expect(notes.all == ["journeymap: note: cannot create the diagram cache '\(folder)/file/cache' "
            + "(Not a directory); drawing without it\n"])
        #expect(cache.isBroken)
    }

    @Test func defaultFolderFollowsXDGThenHome() {
        #expect(DiagramCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/journeymap")
        #expect(DiagramCache.defaultFolder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.cache/journeymap")
        #expect(DiagramCache.defaultFolder(environment: ["HOME": "/home/a"]) == "/home/a/.cache/journeymap")
        #expect(DiagramCache.defaultFolder(environment: [:]) == nil)
    }

    /// Temporary files a killed writer left an hour ago go at the next trim; younger
    /// ones may be another build's, still writing.
    @Test func oldTemporaryFilesAreRemoved() throws {
        let folder = try Samples.folder()
        defer { Samples.remove(folder) }
        let cache = Self.cache(folder)
        cache.store([("digraph {}", Array("<svg/>".utf8))], graphviz: Self.graphviz)
        for (name, age) in [(".tmp-1-1", 7200), (".tmp-1-2", 60)] {
            let path = cache.entries + "/" + name
            try Data("partial".utf8).write(to: URL(fileURLWithPath: path))
            var times = [timespec(tv_sec: time(nil) - age, tv_nsec: 0), timespec(tv_sec: time(nil) - age, tv_nsec: 0)]
            utimensat(AT_FDCWD, path, &times, 0)
        }
        cache.trim()
        #expect(Self.entryNames(cache).filter { $0.hasPrefix(".tmp-") } == [".tmp-1-2"])
    }
}
