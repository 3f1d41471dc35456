import Foundation
import JourneyCore
import JourneyOutputs

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
        let owedIDs = debt.journeys
        var shown = owedIDs
        for j in project.journeys where owedIDs.contains(j.id) {
            for case .external(let journey, _) in j.touchpointFigures.flatMap(\.next).map(\.target) { shown.insert(journey) }
        }
        // As `build` does: the site names map files relative to the maps folder.
        var part = project
        part.journeys = project.journeys.filter { shown.contains($0.id) }
        let files = Set(part.journeys.map(\.document.file))
        part.diagnostics = project.diagnostics.filter { files.contains($0.file) }
        part = part.withMapPathsRelative()
        let owed = part.journeys.indices.filter { owedIDs.contains(part.journeys[$0].id) }

        _ = try diagrams.update(journeyDots(owed.map { part.journeys[$0] }, options: options), renderer: renderer)
        timings.mark("\(owed.count) journey diagrams drawn")
        part.diagnostics = try withDiagramFailures(part, overview: false)

        let model = SiteModel(input(part))
        var out: [String: [UInt8]] = [:]
        let rendered = try renderPages(owed.map { SitePageKind.journey($0) }, model, generator)!
        for file in rendered.files { out[file.path] = file.bytes }
        for i in owed {
            let j = part.journeys[i]
            out[SiteBuild.journeyFile(j.id, ".json")] = JSONExporter.journey(j).bytes
            addDiagram(SiteBuild.journeyFile(j.id, ".dot"), to: &out)
        }
        timings.mark("journey pages made")
        publish(out, removed: [])
        pages.record(rendered.prints)
        diagrams.keep(only: Set(diagrams.diagrams.keys), wanted: wanted)
        timings.mark("journey pages published")
        debt.journeys = []
        debt.rest = true
    }

    /// Every file of the site that may have changed, written again where it did;
    /// files of journeys, personas or filters that are gone are removed.
    ///
    /// The pages that show many journeys are made every time. A journey page is made
    /// again when its journey was resolved, its diagram redrawn or its diagnostics
    /// changed, when a journey its flows lead into was resolved or went away, or a
    /// persona or segment it shows changed (`LibraryPrints`); every journey page when
    /// the journey titles, the settings or everything changed. A new overview too large to draw at once
    /// is drawn in the background (`post`): the pages show the old one until it is
    /// there. When `pending` says another change waits, this stops between steps; the
    /// next build does what is left (what was published by then stays).
    func publishRest(_ whole: Project, generator: SiteGenerator,
                     timings: BuildTimings, pending: @escaping @Sendable () -> Bool) throws(BuildError) {
        let everything = debt.everything
        // A whole site is owed (first build, new settings): it is made without stopping.
        // Otherwise the long steps are given up as soon as another change waits.
        let cancelled: @Sendable () -> Bool = { !everything && pending() }
        // As `build` does: the site names map files relative to the maps folder.
        guard let project = Interruptible.run(unless: cancelled, { whole.withMapPathsRelative() }) else { return }
        // Only diagrams drawn in the background arrived: no map changed since the site
        // was last published whole, so only pages that show diagrams can change.
        let onlyDrawings = !everything && debt.touched.isEmpty && debt.files?.isEmpty == true
        let options = DiagramOptions(project: project)
        let titlesChanged = options.journeyTitles != last.titles
        let known = diagrams
        let stale = project.journeys.filter { j in everything || titlesChanged || known.dot(SiteBuild.journeyFile(j.id, ".dot")) == nil }
        var dots = journeyDots(stale, options: options)
        if DiagramSize.overviewFits(project.journeys) {
            guard let overview = Interruptible.run(unless: cancelled, {
                DotWriter.overview(project, options: .siteOverview(project: project))
            }) else { return }
            if !drawLater(overview) { dots[SiteBuild.overviewDot] = overview }
        } else {
            diagrams.remove(SiteBuild.overviewDot)
        }
        debt.redrawn.formUnion(try diagrams.update(dots, renderer: renderer))
        let redrawn = debt.redrawn
        timings.mark("\(redrawn.count) diagrams drawn")

        var shown = project
        shown.diagnostics = try withDiagramFailures(project, overview: true)
        let siteInput = input(shown)
        guard let model = Interruptible.run(unless: cancelled, { SiteModel(siteInput) }) else { return }
        var out: [String: [UInt8]] = [:]
        var expected = diagramFiles(project)
        for j in project.journeys {
            let json = SiteBuild.journeyFile(j.id, ".json")
            expected.formUnion([json, SitePaths.journey(j.id)])
            if everything || debt.journeys.contains(j.id) { out[json] = JSONExporter.journey(j).bytes }
        }
        for path in redrawn { addDiagram(path, to: &out) }
        expected.formUnion(out.keys)
        expected.formUnion([SitePaths.searchIndex, SiteBuild.tacticsCSV])
        expected.formUnion(generator.templates.assets.map { SitePaths.assetsFolder + $0.name })
        timings.mark("site model made")

        let diagnostics = Dictionary(grouping: shown.diagnostics, by: \.file)
        let library = LibraryPrints(project)
        let all = everything || titlesChanged || debt.files == nil
        let catalog = CatalogPrints(project, resolved: all ? nil : debt.touched, old: last.catalog)
        let catalogChanged = all || catalog != last.catalog
        let kinds = pagesToMake(model, redrawn: redrawn, diagnostics: diagnostics, library: library,
                                all: all, onlyDrawings: onlyDrawings, catalogChanged: catalogChanged)
        // The catalog pages left out stay as they are.
        let making = Set(kinds)
        for case .tactics(let filter) in model.pages where !making.contains(.tactics(filter)) {
            expected.insert(filter?.path ?? SitePaths.tactics)
        }
        // Each batch is published as it is made: the pages of one journey, persona or
        // segment first, then those that gather many, then the search index and CSV.
        let batches = everything ? [kinds] : [kinds.filter(\.showsOne), kinds.filter { !$0.showsOne }]
        for batch in batches where !batch.isEmpty {
            guard let rendered = try renderPages(batch, model, generator, cancelled: cancelled) else { return }
            for file in rendered.files { out[file.path] = file.bytes }
            expected.formUnion(rendered.paths)
            timings.mark("\(rendered.files.count) of \(batch.count) pages made again")
            pages.record(rendered.prints)
            if !everything, !onlyDrawings, !out.isEmpty {
                publish(out, removed: [])
                out = [:]
            }
        }
        if !onlyDrawings {
            guard let search = Interruptible.run(unless: cancelled, { SearchIndex.bytes(project) }) else { return }
            out[SitePaths.searchIndex] = search
            guard !cancelled() else { return }
            if catalogChanged { out[SiteBuild.tacticsCSV] = Array(TacticsCSV.render(project).utf8) }
            for asset in generator.templates.assets { out[SitePaths.assetsFolder + asset.name] = asset.bytes }
            timings.mark("search index and CSV made")
        }

        if !onlyDrawings { pages.keep(only: expected) }
        diagrams.keep(only: Set(expected.filter { $0.hasSuffix(".dot") }), wanted: wanted)
        publish(out, removed: onlyDrawings ? [] : Set(published.keys).subtracting(expected))
        timings.mark("site published")
        last = LastPublished(journeyIDs: Set(project.journeys.map(\.id)), titles: options.journeyTitles,
                             diagnostics: diagnostics, library: library, catalog: catalog)
        debt = Debt(everything: false, journeys: [], touched: [], files: [], rest: false, redrawn: [])
    }

    /// The pages `publishRest` makes again (see there). With `onlyDrawings`, the index
    /// (the one page that shows the overview) and the journeys whose diagram changed.
    /// The catalog pages only when what they show changed (`catalogChanged`).
    func pagesToMake(_ model: SiteModel, redrawn: Set<String>, diagnostics: [String: [Diagnostic]], library: LibraryPrints,
                     all: Bool, onlyDrawings: Bool, catalogChanged: Bool = true) -> [SitePageKind] {
        let project = model.input.project
        let hot = debt.touched.union(last.journeyIDs.subtracting(project.journeys.map(\.id)))
        let shows = library.changes(since: last.library).journeys(in: project)
        return model.pages.filter { kind in
            if case .tactics = kind, !all, !catalogChanged { return false }
            guard case .journey(let i) = kind else { return !onlyDrawings || kind == .index }
            guard !all else { return true }
            let j = project.journeys[i]
            if redrawn.contains(SiteBuild.journeyFile(j.id, ".dot")) { return true }
            if onlyDrawings { return false }
            return hot.contains(j.id) || shows.contains(j.id)
                || diagnostics[j.document.file] != last.diagnostics[j.document.file]
                || j.touchpointFigures.contains { $0.next.contains { edge in
                    if case .external(let other, _) = edge.target { return hot.contains(other) } else { return false }
                } }
        }
    }

    /// The pages of `kinds` whose data changed (`PageCache`), rendered; nil when
    /// `cancelled` says so before they are all made (`Interruptible`).
    func renderPages(_ kinds: [SitePageKind], _ model: SiteModel, _ generator: SiteGenerator,
                     cancelled: @escaping @Sendable () -> Bool = { false }) throws(BuildError) -> PageCache.Rendered? {
        let cache = pages
        let outcome = Interruptible.run(unless: cancelled) {
            Result { () throws(TemplateError) in try cache.render(kinds, model: model, with: generator, cancelled: cancelled) }
        }
        do {
            return try outcome?.get()
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

extension SitePageKind {
    /// Whether the page shows one journey, persona or segment (rather than gathering many).
    var showsOne: Bool {
        switch self {
        case .journey, .persona, .segment: return true
        default: return false
        }
    }
}
