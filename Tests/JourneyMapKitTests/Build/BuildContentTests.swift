import Foundation
import JourneyCore
@testable import JourneyMapKit
import JourneyOutputs
import Testing

/// What a successful build writes, and that it writes it the same way every time.
struct BuildContentTests {
    @Test func smallBuildWritesPagesExportsDiagramsAndMarker() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let outcome = box.build()
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(outcome.err.hasSuffix("0 errors, 2 warnings in 2 files\n"))

        let project = try ProjectLoader.load(maps: box.path("maps"), strict: false)
        let journey = try #require(project.journey("trail-running"))
        let options = DiagramOptions(project: project)
        // The site's export names the map relative to the maps folder.
        let exported = try #require(project.withMapPathsRelative().journey("trail-running"))
        #expect(box.read("output/journeys/trail-running.json") == JSONExporter.journey(exported).rendered())
        #expect(box.read("output/journeys/trail-running.dot") == DotWriter.journey(journey, options: options))
        #expect(box.read("output/overview.dot") == DotWriter.overview(project, options: .siteOverview(project: project)))
        // The standalone overview sits at the root: its links go into journeys/.
        #expect(box.read("output/overview.svg")?.contains("xlink:href=\"journeys/trail-running.html\"") == true)
        #expect(box.read("output/tactics.csv") == TacticsCSV.render(project))
        #expect(box.read("output/.journeymap-output") == OutputFolder.markerText)
        for svg in ["output/journeys/trail-running.svg", "output/overview.svg"] {
            let text = try #require(box.read(svg), "\(svg) missing")
            #expect(text.hasPrefix("<?xml"))
            #expect(text.hasSuffix("</svg>\n"))
        }
        let index = try #require(box.read("output/index.html"))
        #expect(index.contains("From hiking boots to trail running"))
        #expect(box.exists("output/journeys/trail-running.html"))
        // Nothing left beside the output: no temporary or retired folder.
        #expect(box.names() == ["maps", "output"])
    }

    /// The maps folder is given as an absolute path, as the sandbox does: no page, report
    /// or JSON file of the site holds it, the terminal output does.
    @Test func noSiteFileNamesWhereTheMapsLie() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let outcome = box.build()
        #expect(outcome.status == .ok)
        #expect(outcome.err.contains(box.path("maps/")))
        let files = try #require(box.snapshot("output"))
        for (name, bytes) in files {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(box.folder), "\(name) names the maps folder")
        }
        #expect(try #require(box.read("output/report.html")).contains(">trail-running.md</a>"))
        #expect(try #require(box.read("output/journeys/trail-running.json")).contains(#""file": "trail-running.md""#))
    }

    /// A rebuild replaces the whole folder: files of journeys that are gone go too.
    @Test func rebuildDropsFilesOfRemovedJourneys() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        try box.write("maps/other.md", "---\nid: other\n---\n\n# Other\n\n## Stage: S\n\n### Touchpoint: T\n- channel: web\n")
        #expect(box.build().status == .ok)
        #expect(box.exists("output/journeys/other.json"))
        try FileManager.default.removeItem(atPath: box.path("maps/other.md"))
        #expect(box.build().status == .ok)
        #expect(!box.exists("output/journeys/other.json"))
        #expect(!box.exists("output/journeys/other.html"))
        #expect(box.exists("output/journeys/trail-running.json"))
        #expect(box.names() == ["maps", "output"])
    }

    /// Same maps, same bytes: in process and with render workers, into two folders.
    @Test func twoBuildsAreByteIdentical() throws {
        let box = try BuildSandbox(BuildMaps.many(18))
        #expect(box.build(output: "first", workers: 0).status == .ok)
        #expect(box.build(output: "second", workers: 2).status == .ok)
        let first = try #require(box.snapshot("first"))
        #expect(first.count > 4 * 18)
        #expect(first == box.snapshot("second"))
    }

    @Test func sourceDateEpochStampsThePages() throws {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build(output: "stamped", environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status == .ok)
        #expect(box.build(output: "plain").status == .ok)
        #expect(try #require(box.read("stamped/index.html")).contains("2023-11-14T22:13:20Z"))
        let plain = try #require(box.snapshot("plain"))
        #expect(!plain.values.contains { String(decoding: $0, as: UTF8.self).contains("2023-11-14") })
    }

    @Test(arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1700000000", "2023-11-14T22:13:20Z"),
        ("951782400", "2000-02-29T00:00:00Z"),
        ("253402300799", "9999-12-31T23:59:59Z"),
    ])
    func sourceDateEpochIsUTC(_ value: String, _ expected: String) throws {
        #expect(try SourceDateEpoch.generatedAt(["SOURCE_DATE_EPOCH": value]) == expected)
    }

    @Test func sourceDateEpochUnsetOrEmptyMeansNoDate() throws {
        #expect(try SourceDateEpoch.generatedAt([:]) == nil)
        #expect(try SourceDateEpoch.generatedAt(["SOURCE_DATE_EPOCH": ""]) == nil)
    }

    @Test(arguments: ["yesterday", "-1", "1.5", " 1", "253402300800", "99999999999999999999"])
    func badSourceDateEpochCannotRun(_ value: String) throws {
        let box = try BuildSandbox(BuildMaps.clean)
        let outcome = box.build(environment: ["SOURCE_DATE_EPOCH": value])
        #expect(outcome.status == .cannotRun)
        #expect(outcome.err.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"))
        #expect(!box.exists("output"))
    }
}
