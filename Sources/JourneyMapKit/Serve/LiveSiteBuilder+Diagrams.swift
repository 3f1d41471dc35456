import Foundation
import JourneyCore
import JourneyOutputs

/// The diagrams of the served site, as `build` makes them: a flow diagram for each
/// journey small enough to draw (`DiagramSize`), the overview when it is; a diagram
/// Graphviz cannot draw is left out with a `diagram-failed` warning, the page showing
/// its flow as text.
extension LiveSiteBuilder {
    /// The DOT texts of `journeys`, by DOT path; journeys too large to draw lose their
    /// diagram.
    func journeyDots(_ journeys: [ResolvedJourney], options: DiagramOptions) -> [String: String] {
        let drawn = Parallel.map(journeys) { j -> (String, String?) in
            (SiteBuild.journeyFile(j.id, ".dot"), DiagramSize.fits(j) ? DotWriter.journey(j, options: options) : nil)
        }
        var dots: [String: String] = [:]
        for (path, dot) in drawn {
            if let dot { dots[path] = dot } else { diagrams.remove(path) }
        }
        return dots
    }

    /// `project`'s diagnostics with the `diagram-failed` warnings of its journeys (and
    /// of the overview) added, `checks:` applied. One that `checks:` makes an error
    /// stops the build, as it stops `build`.
    func withDiagramFailures(_ project: Project, overview: Bool) throws(BuildError) -> [Diagnostic] {
        var failed: [Diagnostic] = []
        for j in project.journeys {
            guard let reason = diagrams.failure(SiteBuild.journeyFile(j.id, ".dot")) else { continue }
            failed += DiagramDiagnostics.failed(j, of: project.journeys, reason: reason).map { [$0] } ?? []
        }
        if overview, let reason = diagrams.failure(SiteBuild.overviewDot) {
            failed += DiagramDiagnostics.failed(nil, of: project.journeys, reason: reason).map { [$0] } ?? []
        }
        guard !failed.isEmpty else { return project.diagnostics }
        failed = project.config.apply(to: failed, strict: false)
        let errors = failed.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw BuildError(errors.map { "\($0.file):\($0.line):\($0.column): error: \($0.message) [\($0.id.rawValue)]" }
                .joined(separator: "\n"))
        }
        return (project.diagnostics + failed).sorted(by: Diagnostic.sortKey)
    }

    /// The DOT and SVG files the site has for `project`'s diagrams.
    func diagramFiles(_ project: Project) -> Set<String> {
        var paths: Set<String> = []
        for path in project.journeys.map({ SiteBuild.journeyFile($0.id, ".dot") }) + [SiteBuild.overviewDot] {
            guard diagrams.dot(path) != nil else { continue }
            paths.insert(path)
            if diagrams.svg(path) != nil { paths.insert(DiagramJob.svgPath(forDot: path)) }
        }
        return paths
    }

    /// A diagram's DOT file and, when it was drawn, its SVG.
    func addDiagram(_ dotPath: String, to files: inout [String: [UInt8]]) {
        guard let dot = diagrams.dot(dotPath) else { return }
        files[dotPath] = Array(dot.utf8)
        if let svg = diagrams.svg(dotPath) { files[DiagramJob.svgPath(forDot: dotPath)] = Array(svg.utf8) }
    }

    func input(_ project: Project) -> SiteInput {
        var journeySVG: [String: String] = [:]
        for j in project.journeys { journeySVG[j.id] = diagrams.svg(SiteBuild.journeyFile(j.id, ".dot")) }
        return SiteInput(project: project, journeySVG: journeySVG, overviewSVG: diagrams.svg(SiteBuild.overviewDot))
    }

    /// Whether `dot` is to be drawn in the background: when it is new and large and
    /// there is somewhere to hand it back to. Starts drawing it unless another drawing
    /// is under way; that one's arrival brings this one about.
    func drawLater(_ dot: String) -> Bool {
        guard let post, dot.utf8.count >= largeDiagram, !diagrams.isDrawn(dot) else { return false }
        wanted = dot
        guard drawing == nil else { return true }
        drawing = dot
        let renderer = renderer
        Thread.detachNewThread {
            let result = Result { () throws(BuildError) in try renderer.render([(DiagramStore.name(SiteBuild.overviewDot), dot)])[0] }
            post(Change(paths: [], drawings: [Drawing(dot: dot, result: result)]))
        }
        return true
    }
}
