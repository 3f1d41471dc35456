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
/// files are written meanwhile.
struct SiteBuild: Sendable {
    var project: Project
    var templates: TemplateSet
    var generatedAt: String?
    var tree: FileTree
    var timings: BuildTimings
    /// The output folder being replaced, when an earlier build wrote it: its diagrams
    /// are reused where its manifest vouches for them (`DiagramCache`).
    var previous: String? = nil

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

    /// Writes every file. `workers` render workers are started from `executable` when
    /// there are enough diagrams to be worth it.
    func write(workers: Int, executable: String?) throws(BuildError) {
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
        pool.start(workers: pending.count >= BuildAction.workerThreshold ? workers : 0, executable: executable)
        // The exports need neither diagrams nor pages: written on the side, joined
        // before returning, also on failure (the folder may be deleted right after).
        let exports = Background { () throws(BuildError) in
            try writeExports()
            timings.mark("JSON and CSV written")
        }
        do throws(BuildError) {
            let drawn = try pool.wait()
            timings.mark("diagrams drawn")
            var next = drawn.makeIterator()
            let svgs = jobs.indices.map { reused[$0]?.svg ?? next.next()! }
            try writePages(svgs: svgs.map { String(decoding: $0, as: UTF8.self) })
            if let versions {
                let svgHashes = Parallel.map(Array(svgs.indices)) { reused[$0]?.hash ?? DiagramManifest.hash(svgs[$0]) }
                try writeManifest(jobs, dotHashes: dotHashes, svgHashes: svgHashes, versions: versions)
            }
        } catch {
            _ = exports.join()
            throw error
        }
        if let error = exports.join() { throw error }
    }

    /// The record of the diagrams just written, which the next build trusts
    /// (`DiagramManifest`); a dot name, like the marker, so no page can claim it.
    private func writeManifest(_ jobs: [DiagramJob], dotHashes: [String], svgHashes: [String],
                               versions: DiagramManifest.Versions) throws(BuildError) {
        let entries = jobs.indices.map { DiagramManifest.Entry(svgPath: jobs[$0].svgPath, dot: dotHashes[$0], svg: svgHashes[$0]) }
        let manifest = DiagramManifest(versions: versions, entries: entries)
        try FileTree.writeFile(tree.root + "/" + DiagramManifest.fileName, manifest.bytes)
        timings.mark("diagram manifest written")
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

    /// A journey's diagram per journey, in project order, then the overview.
    func diagramJobs() -> [DiagramJob] {
        let options = DiagramOptions(project: project)
        let journeys = Parallel.map(project.journeys) { j in
            DiagramJob(name: j.id, dotPath: Self.journeyFile(j.id, ".dot"), dot: DotWriter.journey(j, options: options))
        }
        return journeys + [DiagramJob(name: "overview", dotPath: Self.overviewDot,
                                      dot: DotWriter.overview(project, options: .siteOverview(project: project)))]
    }

    private func writePages(svgs: [String]) throws(BuildError) {
        var journeySVG: [String: String] = [:]
        for (j, svg) in zip(project.journeys, svgs) { journeySVG[j.id] = svg }
        let input = SiteInput(project: project, journeySVG: journeySVG, overviewSVG: svgs.last,
                              generatedAt: generatedAt)
        let files: [SiteFile]
        do {
            files = try SiteGenerator(templates: templates).generate(input)
        } catch {
            throw BuildError("cannot build the pages: \(error)")
        }
        timings.mark("pages made")
        for file in files { try tree.claim(file.path) }
        let root = tree.root
        try Parallel.forEach(files) { file throws(BuildError) in
            try FileTree.writeFile(root + "/" + file.path, file.bytes)
        }
        timings.mark("pages written")
    }
}
