import Foundation
@testable import JourneyMapKit
import Testing

/// A build takes the diagrams the cache holds and draws the rest, and writes exactly
/// what a build without the cache writes; the output folder holds no record of them.
struct BuildCacheTests {
    static let other = "---\nid: other\n---\n\n# Other\n\n## Stage: S\n\n### Touchpoint: T\n- channel: web\n"

    /// The timing line of the diagrams, up to its figures: how many were drawn and how
    /// many came from the cache.
    static func diagramLine(_ err: String) -> String? {
        err.split(separator: "\n").first { $0.hasPrefix("timing: diagrams: ") }
            .map { $0.dropFirst("timing: ".count).components(separatedBy: " failed:")[0] + " failed:" }
    }

    static let timings = ["JOURNEYMAP_TIMINGS": "1"]

    @Test func warmCacheDrawsNothingAndWritesTheSameBytes() throws {
        let box = try BuildSandbox(BuildMaps.many(4))
        let cold = box.build(output: "cold", cache: "cache", environment: Self.timings)
        #expect(cold.status == .ok)
        #expect(Self.diagramLine(cold.err) == "diagrams: 5 drawn, 0 from the cache, 0 failed:")
        let warm = box.build(output: "warm", cache: "cache", environment: Self.timings)
        #expect(warm.status == .ok)
        #expect(Self.diagramLine(warm.err) == "diagrams: 0 drawn, 5 from the cache, 0 failed:")
        #expect(box.build(output: "uncached").status == .ok)
        #expect(box.snapshot("cold") == box.snapshot("uncached"))
        #expect(box.snapshot("warm") == box.snapshot("uncached"))
        #expect(!box.exists("warm/.journeymap-diagrams"))
    }

    /// A changed journey is drawn again; the rest (the overview shows no touchpoint)
    /// come from the cache, whichever output folder asked for them first.
    @Test func changedDiagramIsDrawnTheRestComesFromTheCache() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("maps/other.md", Self.other)
        #expect(box.build(output: "a", cache: "cache").status == .ok)
        try box.write("maps/other.md", Self.other.replacingOccurrences(of: "### Touchpoint: T", with: "### Touchpoint: Renamed"))
        let second = box.build(output: "b", cache: "cache", environment: Self.timings)
        #expect(Self.diagramLine(second.err) == "diagrams: 1 drawn, 2 from the cache, 0 failed:")
        #expect(try #require(box.read("b/journeys/other.svg")).contains("Renamed"))
        #expect(box.build(output: "scratch").status == .ok)
        #expect(box.snapshot("b") == box.snapshot("scratch"))
    }

    /// `--no-cache` neither reads nor writes the cache; without it the binary uses
    /// `$XDG_CACHE_HOME/journeymap`, or `--cache DIR`.
    @Test func noCacheLeavesTheCacheAlone() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let uncached = try box.run(["build", "--maps", "maps", "--output", "out", "--no-cache"])
        #expect(uncached.status == 0)
        #expect(!FileManager.default.fileExists(atPath: box.cacheFolder))
        #expect(try box.run(["build", "--maps", "maps", "--output", "out"]).status == 0)
        let entries = try FileManager.default.contentsOfDirectory(atPath: box.cacheFolder + "/journeymap/diagrams-1")
        #expect(entries.count == 2)
        #expect(try box.run(["build", "--maps", "maps", "--output", "out", "--cache", "mine"]).status == 0)
        #expect(box.names(in: "mine/diagrams-1").count == 2)
        let again = try box.run(["build", "--maps", "maps", "--output", "out", "--no-cache"], environment: Self.timings)
        #expect(Self.diagramLine(again.err) == "diagrams: 2 drawn, 0 from the cache, 0 failed:")
    }

    /// A cache that cannot be written (here: its folder would be inside a file) is
    /// noted once on standard error; the build goes on without it and succeeds.
    @Test func unwritableCacheWarnsOnceAndBuilds() throws {
        let box = try BuildSandbox(BuildMaps.many(3))
        try box.write("blocker", "a file, not a folder")
        let result = try box.run(["build", "--maps", "maps", "--output", "out", "--cache", "blocker/cache"])
        #expect(result.status == 0)
        let notes = result.err.split(separator: "\n").filter { $0.contains("diagram cache") }
        #expect(notes == ["journeymap: note: cannot create the diagram cache 'blocker/cache' (Not a directory); drawing without it"])
        #expect(box.build(output: "uncached").status == .ok)
        #expect(box.snapshot("out") == box.snapshot("uncached"))
    }

    /// The diagram record that versions before the cache wrote is dropped, not kept as
    /// the user's.
    @Test func oldDiagramRecordIsDropped() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build().status == .ok)
        try box.write("output/.journeymap-diagrams", "journeymap diagrams 2\n")
        #expect(box.build().status == .ok)
        #expect(!box.exists("output/.journeymap-diagrams"))
    }
}
