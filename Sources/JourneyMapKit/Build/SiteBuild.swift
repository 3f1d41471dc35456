import Foundation
import Diagrams
import JourneyCore
import JourneyOutputs

/// The files of one build, written into a fresh folder (`tree`):
///
/// - the pages (`SiteGenerator`), e.g. `index.html`, `journeys/<id>.html`;
/// - `journeys/<id>.json`: the journey as `journeymap export json` writes it;
/// - `journeys/<id>.dot` and `journeys/<id>.svg`: the flow diagram;
/// - `overview.dot` and `overview.svg`: the lifecycle overview;
/// - `tactics.csv`: every tactic of every journey (`TacticsCSV`).
///
/// The diagrams come from a `DiagramRenderer` (its cache, or its render workers), then
/// the pages, which inline them, are made; the JSON and CSV files are written
/// meanwhile. A diagram too large to draw (`DiagramSize`) has no DOT or SVG file; one
/// that Graphviz failed on keeps its DOT file; the pages show those flows as text.
struct SiteBuild: Sendable {
    var project: Project
    var templates: TemplateSet
    var generatedAt: String?
    var tree: FileTree
    var timings: BuildTimings
    /// `--strict`, for the severity of `diagram-failed`.
    var strict = false

    static let overviewDot = "overview.dot"
    static let tacticsCSV = "tactics.csv"

    static func journeyFile(_ id: String, _ suffix: String) -> String {
        "journeys/" + id + suffix
    }

    /// The built-in templates, overridden file by file from `folder`.
    static func loadTemplates(_ folder: String?) throws(BuildError) -> TemplateSet {
        do {
            guard let folder else { return try TemplateSet.defaults() }
            return try TemplateSet.load(overriding: folder)
        } catch {
            throw BuildError("cannot use the templates\(folder.map { " in '\($0)'" } ?? ""): \(error)")
        }
    }

    /// Writes every file, the diagrams drawn by `renderer`. Returns the warnings of
    /// diagrams Graphviz could not draw (`diagram-failed`, with `checks:` and
    /// `--strict` applied); when one of them is an error, no page is written.
    func write(renderer: DiagramRenderer) throws(BuildError) -> [Diagnostic] {
        let jobs = diagramJobs()
        for job in jobs {
            try tree.claim(job.dotPath)
            try tree.claim(job.svgPath)
        }
        let root = tree.root
        // The exports need neither diagrams nor pages: written on the side, joined
        // before returning, also on failure (the folder may be deleted right after).
        let exports = Background { () throws(BuildError) in
            try Parallel.forEach(jobs) { job throws(BuildError) in
                try FileTree.writeFile(root + "/" + job.dotPath, Array(job.dot.utf8))
            }
            try writeExports()
            timings.mark("DOT, JSON and CSV written")
        }
        let failures: [Diagnostic]
        do throws(BuildError) {
            let outcomes: [DiagramOutcome]
            do {
                outcomes = try renderer.render(jobs.map(\.diagram))
            } catch {
                throw BuildError(error.description)
            }
            let cached = outcomes.filter { if case .cached = $0 { return true } else { return false } }.count
            let drawn = outcomes.filter { if case .drawn = $0 { return true } else { return false } }.count
            timings.mark("diagrams: \(drawn) drawn, \(cached) from the cache, \(outcomes.count - drawn - cached) failed")
            var failed: [Diagnostic] = []
            for (job, outcome) in zip(jobs, outcomes) {
                if case .failed(let reason) = outcome { failed += failure(job, reason: reason) }
            }
            failures = failed
            if !failures.contains(where: { $0.severity == .error }) {
                let svgs = outcomes.map(\.svg)
                try Parallel.forEach(Array(jobs.indices)) { i throws(BuildError) in
                    if let svg = svgs[i] { try FileTree.writeFile(root + "/" + jobs[i].svgPath, svg) }
                }
                try writePages(jobs, svgs: svgs, diagnostics: failures)
            }
        } catch {
            _ = exports.join()
            throw error
        }
        if let error = exports.join() { throw error }
        return failures
    }

    /// `journeys/<id>.json` and `tactics.csv`.
    private func writeExports() throws(BuildError) {
        let journeys = project.journeys
        for j in journeys { try tree.claim(Self.journeyFile(j.id, ".json")) }
        let tree = tree
        try Parallel.forEach(Array(journeys.indices)) { i throws(BuildError) in
            let j = journeys[i]
            try FileTree.writeFile(tree.root + "/" + Self.journeyFile(j.id, ".json"),
                                   JSONExporter.journey(j).bytes)
        }
        try tree.write(Self.tacticsCSV, TacticsCSV.render(project))
    }

    /// The pages, with the diagrams that were drawn and the warnings of those that were
    /// not (`diagnostics`) beside the maps' own.
    private func writePages(_ jobs: [DiagramJob], svgs: [[UInt8]?], diagnostics: [Diagnostic]) throws(BuildError) {
        var journeySVG: [String: String] = [:]
        var overviewSVG: String?
        for (job, svg) in zip(jobs, svgs) {
            guard let svg = svg.map({ String(decoding: $0, as: UTF8.self) }) else { continue }
            if let j = job.journey { journeySVG[project.journeys[j].id] = svg } else { overviewSVG = svg }
        }
        var shown = project
        shown.diagnostics = (project.diagnostics + diagnostics).sorted(by: Diagnostic.sortKey)
        let input = SiteInput(project: shown, journeySVG: journeySVG, overviewSVG: overviewSVG,
                              generatedAt: generatedAt)
        // Each page is written as soon as it is made: holding a large site's pages until
        // the last is made costs more than writing them.
        let tree = tree
        do {
            try SiteGenerator(templates: templates).generate(input) { file in
                try tree.claim(file.path)
                try FileTree.writeFile(tree.root + "/" + file.path, file.bytes)
            }
        } catch let error as BuildError {
            throw error
        } catch {
            throw BuildError("cannot build the pages: \(error)")
        }
        timings.mark("pages made and written")
    }
}
