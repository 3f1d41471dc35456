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
}
