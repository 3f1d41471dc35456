import JourneyCore
import JourneyOutputs

extension SiteBuild {
    /// The flow diagram of each journey that is not too large to draw (`DiagramSize`),
    /// in project order, then the overview unless it is too large.
    func diagramJobs() -> [DiagramJob] {
        let options = DiagramOptions(project: project)
        let drawn = project.journeys.indices.filter { DiagramSize.fits(project.journeys[$0]) }
        let journeys = Parallel.map(drawn) { [project] i in
            let j = project.journeys[i]
            return DiagramJob(name: j.id, dotPath: Self.journeyFile(j.id, ".dot"),
                              dot: DotWriter.journey(j, options: options), journey: i)
        }
        guard DiagramSize.overviewFits(project.journeys) else { return journeys }
        return journeys + [DiagramJob(name: "overview", dotPath: Self.overviewDot,
                                      dot: DotWriter.overview(project, options: .siteOverview(project: project)))]
    }

    /// `diagram-failed` for `job`, with `checks:` and `--strict` applied (none when the
    /// check is off).
    func failure(_ job: DiagramJob, reason: String) -> [Diagnostic] {
        let journey = job.journey.map { project.journeys[$0] }
        guard let diagnostic = DiagramDiagnostics.failed(journey, of: project.journeys, reason: reason) else { return [] }
        return project.config.apply(to: [diagnostic], strict: strict)
    }

    /// The record of the diagrams just written, which the next build trusts
    /// (`DiagramManifest`); a dot name, like the marker, so no page can claim it. A
    /// diagram that was not drawn is left out, so the next build tries again.
    func writeManifest(_ jobs: [DiagramJob], dotHashes: [String], svgHashes: [String?],
                       versions: DiagramManifest.Versions) throws(BuildError) {
        let entries = jobs.indices.compactMap { i in
            svgHashes[i].map { DiagramManifest.Entry(svgPath: jobs[i].svgPath, dot: dotHashes[i], svg: $0) }
        }
        let manifest = DiagramManifest(versions: versions, entries: entries)
        try FileTree.writeFile(tree.root + "/" + DiagramManifest.fileName, manifest.bytes)
        timings.mark("diagram manifest written")
    }
}
