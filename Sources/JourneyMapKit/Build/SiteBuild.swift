import Foundation
import JourneyCore

/// The files of one build, written into a fresh folder (`tree`):
///
/// - the pages (`SiteGenerator`), e.g. `index.html`, `journeys/<id>.html`;
/// - `journeys/<id>.json`: the journey as `journeymap export json` writes it;
/// - `journeys/<id>.dot` and `journeys/<id>.svg`: the flow diagram;
/// - `overview.dot` and `overview.svg`: the lifecycle overview;
/// - `tactics.csv`: every tactic of every journey (`TacticsCSV`);
/// - `.journeymap-diagrams`: the record of the diagrams (`DiagramManifest`).
///
/// Diagrams whose DOT text has not changed since the build being replaced, and whose
/// SVG that build recorded in its manifest, are reused (`DiagramCache`); the others are
/// laid out by a `DiagramPool`, then the pages, which inline the diagrams, are made and
/// the manifest of this build's diagrams written (`DiagramManifest`); the JSON and CSV
/// files are written meanwhile. A diagram too large to draw (`DiagramSize`) has no DOT
/// or SVG file; one that Graphviz failed on keeps its DOT file; the pages show those
/// flows as text.
struct SiteBuild: Sendable {
    var project: Project
    var templates: TemplateSet
    var generatedAt: String?
    var tree: FileTree
    var timings: BuildTimings
    /// The output folder being replaced, when an earlier build wrote it: its diagrams
    /// are reused where its manifest vouches for them (`DiagramCache`).
    var previous: String? = nil
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

    /// Writes every file, the diagrams drawn by `workers` render workers started from
    /// `executable` (`DiagramPool`). Returns the warnings of diagrams Graphviz could not
    /// draw (`diagram-failed`, with `checks:` and `--strict` applied); when one of them
    /// is an error, no page is written.
    func write(workers: Int, executable: String?) throws(BuildError) -> [Diagnostic] {
        let jobs = diagramJobs()
        for job in jobs {
            try tree.claim(job.dotPath)
            try tree.claim(job.svgPath)
        }
        let dotHashes = Parallel.map(jobs) { DiagramManifest.hash($0.dot) }
        let versions = DiagramCache.currentVersions()
        let cache = versions.flatMap { versions in previous.flatMap { DiagramCache(previous: $0, versions: versions) } }
        let reused = cache?.reuse(jobs, dotHashes: dotHashes, into: tree.root) ?? [:]
        let pending = jobs.indices.filter { reused[$0] == nil }.map { jobs[$0] }
        let root = tree.root
        // DOT files the cache did not link, having checked their bytes, are written.
        let unlinked = jobs.indices.filter { reused[$0]?.dotInPlace != true }.map { jobs[$0] }
        try Parallel.forEach(unlinked) { job throws(BuildError) in
            try FileTree.writeFile(root + "/" + job.dotPath, Array(job.dot.utf8))
        }
        timings.mark("DOT texts written, \(reused.count) of \(jobs.count) diagrams reused")
        let pool = DiagramPool(jobs: pending, root: root)
        pool.start(workers: workers, executable: executable)
        // The exports need neither diagrams nor pages: written on the side, joined
        // before returning, also on failure (the folder may be deleted right after).
        let exports = Background { () throws(BuildError) in
            try writeExports()
            timings.mark("JSON and CSV written")
        }
        let failures: [Diagnostic]
        do throws(BuildError) {
            var drawn = try pool.wait().makeIterator()
            timings.mark("diagrams drawn")
            var svgs: [[UInt8]?] = []
            var failed: [Diagnostic] = []
            for (i, job) in jobs.enumerated() {
                switch reused[i].map({ DiagramPool.Outcome.drawn($0.svg) }) ?? drawn.next()! {
                case .drawn(let svg):
                    svgs.append(svg)
                case .failed(let reason):
                    svgs.append(nil)
                    failed += failure(job, reason: reason)
                }
            }
            failures = failed
            if !failures.contains(where: { $0.severity == .error }) {
                try writePages(jobs, svgs: svgs, diagnostics: failures)
                if let versions {
                    let hashes = Parallel.map(Array(svgs.indices)) { [svgs] i in reused[i]?.hash ?? svgs[i].map(DiagramManifest.hash) }
                    try writeManifest(jobs, dotHashes: dotHashes, svgHashes: hashes, versions: versions)
                }
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
