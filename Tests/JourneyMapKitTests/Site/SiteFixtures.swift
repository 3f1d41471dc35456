import Foundation
import GraphvizBridge
import JourneyCore
import JourneyMapKit
import JourneyOutputs

/// Sites built for tests: the repository's example maps with real diagrams and notes.
enum SiteFixtures {
    /// The repository root, found from this file's path.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let exampleMaps = repository + "/maps"

    /// The example maps' site input, with Graphviz SVGs and cmark notes.
    static func exampleInput(generatedAt: String? = nil) throws -> SiteInput {
        let project = try ProjectLoader.load(maps: exampleMaps, strict: false)
        return try input(project, generatedAt: generatedAt)
    }

    /// `diagrams: false` leaves the journeys' flow diagrams out (a page can link them).
    static func input(_ project: Project, generatedAt: String? = nil, diagrams: Bool = true) throws -> SiteInput {
        let options = DiagramOptions(project: project)
        var svgs: [String: String] = [:]
        for j in project.journeys where diagrams {
            let bytes = try GraphvizRenderer.shared.render(dot: DotWriter.journey(j, options: options), name: j.id)
            svgs[j.id] = String(decoding: bytes, as: UTF8.self)
        }
        let overview = try GraphvizRenderer.shared.render(dot: DotWriter.overview(project, options: .siteOverview(project: project)), name: "overview")
        return SiteInput(project: project, journeySVG: svgs, overviewSVG: String(decoding: overview, as: UTF8.self),
                         generatedAt: generatedAt)
    }

    /// Writes `files` under `dir` (for looking at a site by hand: `SITE_PREVIEW_DIR`).
    static func write(_ files: [SiteFile], to dir: String) throws {
        for file in files {
            let url = URL(fileURLWithPath: dir).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }
}
