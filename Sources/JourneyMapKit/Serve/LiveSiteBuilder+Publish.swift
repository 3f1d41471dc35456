import Foundation
import JourneyCore

extension LiveSiteBuilder {
    /// The pages, JSON, DOT and SVG files of the journeys resolved since they were last
    /// published; the diagrams of other journeys, the index and the rest are as they were.
    ///
    /// The pages are made from a project that holds only these journeys and those their
    /// flows lead into, which is all a journey page reads of the project besides the
    /// personas, segments and settings; `publishRest` makes them again from the whole
    /// project, and renders them again only if that were to differ.
    func publishJourneys(_ project: Project, generator: SiteGenerator, timings: BuildTimings) throws(BuildError) {
        let options = DiagramOptions(project: project)
        let owed = project.journeys.filter { debt.journeys.contains($0.id) }
        var dots: [String: String] = [:]
        for j in owed { dots[SiteBuild.journeyFile(j.id, ".dot")] = DotWriter.journey(j, options: options) }
        _ = try diagrams.update(dots, renderer: renderer)
        timings.mark("\(owed.count) journey diagrams drawn")

        var shown = Set(owed.map(\.id))
        for j in owed {
            for case .external(let journey, _) in j.touchpointFigures.flatMap(\.next).map(\.target) { shown.insert(journey) }
        }
        var part = project
        part.journeys = project.journeys.filter { shown.contains($0.id) }
        let files = Set(part.journeys.map(\.document.file))
        part.diagnostics = project.diagnostics.filter { files.contains($0.file) }
        let model = SiteModel(input(part))
        let kinds = part.journeys.indices.filter { debt.journeys.contains(part.journeys[$0].id) }.map { SitePageKind.journey($0) }
        var out: [String: [UInt8]] = [:]
        let rendered = try renderPages(kinds, model, generator)!
        for file in rendered.files { out[file.path] = file.bytes }
        for j in owed {
            out[SiteBuild.journeyFile(j.id, ".json")] = JSONExporter.journey(j).bytes
            addDiagram(SiteBuild.journeyFile(j.id, ".dot"), to: &out)
        }
        timings.mark("journey pages made")
        publish(out, removed: [])
        pages.record(rendered.prints)
        timings.mark("journey pages published")
        debt.journeys = []
        debt.rest = true
    }

    /// Every file of the site that may have changed, written again where it did;
    /// files of journeys, personas or filters that are gone are removed.
    ///
    /// The pages that show many journeys are made every time. A journey page is made
    /// again when its journey was resolved, its diagram redrawn or its diagnostics
    /// changed, when a journey its flows lead into was resolved or went away, and
    /// every journey page when the personas or segments (a file defining them), the
    /// journey titles or everything changed. A new overview too large to draw at once
    /// is drawn in the background (`post`): the pages show the old one until it is
    /// there. When `pending` says another change waits, this stops between steps and
    /// publishes nothing; the next build does it all.
    func publishRest(_ project: Project, libraryFiles: Set<String>, generator: SiteGenerator,
                     timings: BuildTimings, pending: @escaping @Sendable () -> Bool) throws(BuildError) {
        let everything = debt.everything
        let options = DiagramOptions(project: project)
        let titlesChanged = options.journeyTitles != last.titles
        var dots: [String: String] = [:]
        let known = diagrams
        let journeyDots = Parallel.map(project.journeys) { j -> (String, String)? in
            let path = SiteBuild.journeyFile(j.id, ".dot")
            return everything || titlesChanged || known.dot(path) == nil ? (path, DotWriter.journey(j, options: options)) : nil
        }
        for case let (path, dot)? in journeyDots { dots[path] = dot }
        let overview = DotWriter.overview(project, options: .siteOverview(project: project))
        if !drawLater(overview) { dots[SiteBuild.overviewDot] = overview }
        debt.redrawn.formUnion(try diagrams.update(dots, renderer: renderer))
        let redrawn = debt.redrawn
        timings.mark("\(redrawn.count) diagrams drawn")
        guard everything || !pending() else { return }

        let model = SiteModel(input(project))
        var out: [String: [UInt8]] = [:]
        var expected: Set<String> = [SiteBuild.overviewDot, DiagramJob.svgPath(forDot: SiteBuild.overviewDot)]
        for j in project.journeys {
            let json = SiteBuild.journeyFile(j.id, ".json")
            expected.formUnion([json, SitePaths.journey(j.id), SiteBuild.journeyFile(j.id, ".dot"), SiteBuild.journeyFile(j.id, ".svg")])
            if everything || debt.journeys.contains(j.id) { out[json] = JSONExporter.journey(j).bytes }
        }
        for path in redrawn { addDiagram(path, to: &out) }
        out[SitePaths.searchIndex] = SearchIndex.bytes(project)
        out[SiteBuild.tacticsCSV] = Array(TacticsCSV.render(project).utf8)
        for asset in generator.templates.assets { out[SitePaths.assetsFolder + asset.name] = asset.bytes }
        expected.formUnion(out.keys)
        timings.mark("site model, search index and CSV made")

        let diagnostics = Dictionary(grouping: project.diagnostics, by: \.file)
        let global = everything || titlesChanged || debt.files.map { !$0.isDisjoint(with: libraryFiles.union(last.libraryFiles)) } ?? true
        let hot = debt.touched.union(last.journeyIDs.subtracting(project.journeys.map(\.id)))
        let kinds = model.pages.filter { kind in
            guard case .journey(let i) = kind, !global else { return true }
            let j = project.journeys[i]
            return hot.contains(j.id) || redrawn.contains(SiteBuild.journeyFile(j.id, ".dot"))
                || diagnostics[j.document.file] != last.diagnostics[j.document.file]
                || j.touchpointFigures.contains { $0.next.contains { edge in
                    if case .external(let other, _) = edge.target { return hot.contains(other) } else { return false }
                } }
        }
        // A whole site is owed (first build, new settings): it is made without stopping.
        let cancelled: @Sendable () -> Bool = { !everything && pending() }
        guard let rendered = try renderPages(kinds, model, generator, cancelled: cancelled) else { return }
        for file in rendered.files { out[file.path] = file.bytes }
        expected.formUnion(rendered.paths)
        timings.mark("\(rendered.files.count) of \(kinds.count) pages made again")

        pages.record(rendered.prints)
        pages.keep(only: expected)
        diagrams.keep(only: Set(expected.filter { $0.hasSuffix(".dot") }))
        publish(out, removed: Set(published.keys).subtracting(expected))
        timings.mark("site published")
        last = LastPublished(journeyIDs: Set(project.journeys.map(\.id)), titles: options.journeyTitles,
                             diagnostics: diagnostics, libraryFiles: libraryFiles)
        debt = Debt(everything: false, journeys: [], touched: [], files: [], rest: false, redrawn: [])
    }

    /// Starts drawing `dot` in the background when it is new and large and there is
    /// somewhere to hand it back to; true while it is being drawn.
    func drawLater(_ dot: String) -> Bool {
        guard let post, dot.utf8.count >= LocalDiagramRenderer.largeDiagram, !diagrams.isDrawn(dot) else { return false }
        guard drawing.insert(DiagramStore.hash(dot)).inserted else { return true }
        let renderer = renderer
        Thread.detachNewThread {
            let svg = renderer.render([dot])[0]
            post(Change(paths: [], drawings: [Drawing(dot: dot, svg: svg)]))
        }
        return true
    }

    func input(_ project: Project) -> SiteInput {
        var journeySVG: [String: String] = [:]
        for j in project.journeys { journeySVG[j.id] = diagrams.svg(SiteBuild.journeyFile(j.id, ".dot")) }
        let notes = notes
        return SiteInput(project: project, journeySVG: journeySVG, overviewSVG: diagrams.svg(SiteBuild.overviewDot),
                         notesHTML: { notes.renderHTML($0) })
    }

    /// A diagram's DOT file and its SVG.
    func addDiagram(_ dotPath: String, to files: inout [String: [UInt8]]) {
        guard let dot = diagrams.dot(dotPath), let svg = diagrams.svg(dotPath) else { return }
        files[dotPath] = Array(dot.utf8)
        files[DiagramJob.svgPath(forDot: dotPath)] = Array(svg.utf8)
    }

    func renderPages(_ kinds: [SitePageKind], _ model: SiteModel, _ generator: SiteGenerator,
                     cancelled: @escaping @Sendable () -> Bool = { false }) throws(BuildError) -> PageCache.Rendered? {
        do {
            return try pages.render(kinds, model: model, with: generator, cancelled: cancelled)
        } catch {
            throw BuildError("cannot build the pages: \(error)")
        }
    }

    /// Puts the files whose bytes changed on the site and tells the open pages which.
    func publish(_ files: [String: [UInt8]], removed: Set<String>) {
        var changed: [String: [UInt8]] = [:]
        for (path, bytes) in files {
            let hash = MapFolderReader.hash(bytes)
            if published[path] != hash {
                changed[path] = bytes
                published[path] = hash
            }
        }
        for path in removed { published[path] = nil }
        let (version, cleared) = site.publish(changed, removed: removed)
        let paths = Array(changed.keys) + removed
        if cleared || debt.everything || paths.count > 500 {
            notify(version, nil)
        } else if !paths.isEmpty {
            notify(version, paths)
        }
        console.err("journeymap: site updated: \(changed.count) files changed, \(removed.count) removed\n")
    }
}
