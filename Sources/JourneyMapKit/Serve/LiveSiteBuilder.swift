import Foundation
import JourneyCore

/// The site of `serve`, built in memory and brought up to date after each change with
/// the least work the change needs.
///
/// A build reads only the files that changed (`MapFolderReader`), resolves only the
/// journeys whose result can differ (`IncrementalResolver`), draws only diagrams whose
/// DOT text is new (`DiagramStore`) and renders only pages whose data changed
/// (`PageCache`). It publishes in two steps: first the pages and files of the journeys
/// resolved again, then everything that shows more than one journey (the index, the
/// catalog, the people and channel pages, the report, the overview, the search index,
/// the CSV), which waits when another change is already pending.
///
/// With map errors, a template that cannot be used or a diagram that cannot be drawn,
/// the site stays as it was and the problems are shown over every page; what the
/// failed builds changed stays owed to the site until a build succeeds.
final class LiveSiteBuilder {
    struct Change: Sendable, Equatable {
        /// Files that changed; nil: look at every file of the maps folder.
        var paths: Set<String>?
        var templates = false
        /// Diagrams drawn in the background since (`post`).
        var drawings: [Drawing] = []

        static let everything = Change(paths: nil, templates: true)

        mutating func merge(_ other: Change) {
            if let mine = paths, let theirs = other.paths { paths = mine.union(theirs) } else { paths = nil }
            templates = templates || other.templates
            drawings += other.drawings
        }
    }

    struct Drawing: Sendable, Equatable {
        var dot: String
        /// The drawing, or what kept the renderer from drawing at all.
        var result: Result<Result<String, DiagramJob.Failure>, BuildError>
    }

    let templatesFolder: String?
    let reader: MapFolderReader
    let renderer: any DiagramRendering
    let site: LiveSite
    let notify: @Sendable (_ version: Int, _ paths: [String]?) -> Void
    let console: Console
    let environment: [String: String]
    /// Where a diagram drawn in the background is handed back (a change of its own);
    /// nil draws every diagram before the pages that show it.
    var post: (@Sendable (Change) -> Void)?
    /// From this many bytes of DOT text on, a new overview is drawn in the background.
    var largeDiagram = LocalDiagramRenderer.largeDiagram
    /// The DOT text being drawn in the background, and the newest one wanted: one
    /// drawing at a time, and one that is out of date when it arrives is dropped.
    var drawing: String?
    var wanted: String?

    var resolver = IncrementalResolver()
    var templates: TemplateSet?
    var templateProblem: String?
    var pages = PageCache()
    var diagrams = DiagramStore()
    /// Hash of each published file's bytes, by site path.
    var published: [String: Int] = [:]
    var debt = Debt()
    /// The site as it was last published whole, to tell which journey pages may change.
    var last = LastPublished()

    /// What the site still owes the maps since it was last published whole.
    struct Debt {
        /// First build, new settings or new templates: every file.
        var everything = true
        /// Journeys resolved since their own files were last published.
        var journeys: Set<String> = []
        /// Journeys resolved since the site was last published whole.
        var touched: Set<String> = []
        /// Files that changed since then; nil: any may have.
        var files: Set<String>? = []
        /// The files that show more than one journey are not published yet.
        var rest = false
        /// Diagrams (DOT paths) drawn again whose files are not published yet.
        var redrawn: Set<String> = []
    }

    /// What the journey pages read besides their own journey, as last published.
    struct LastPublished {
        var journeyIDs: Set<String> = []
        /// The titles the journeys' DOT texts were written with.
        var titles: [String: String] = [:]
        var diagnostics: [String: [Diagnostic]] = [:]
        /// Every persona and segment as text, by id (`LibraryPrints`).
        var library = LibraryPrints()
        /// What the catalog pages and the tactics CSV show (`CatalogPrints`).
        var catalog = CatalogPrints()
    }

    init(maps: String, templates: String?, renderer: any DiagramRendering, site: LiveSite,
         console: Console, environment: [String: String],
         notify: @escaping @Sendable (_ version: Int, _ paths: [String]?) -> Void) {
        reader = MapFolderReader(root: maps)
        templatesFolder = templates
        self.renderer = renderer
        self.site = site
        self.console = console
        self.environment = environment
        self.notify = notify
    }

    /// Brings the site up to date with `change`. `pending` tells whether another change
    /// is waiting: the pages that show more than one journey then wait for it.
    func build(_ change: Change, pending: @escaping @Sendable () -> Bool) {
        let timings = BuildTimings(environment: environment, report: console.err)
        if change.templates || templates == nil { loadTemplates() }
        for drawn in change.drawings {
            drawing = nil
            debt.rest = true
            guard drawn.dot == wanted else { continue }
            switch drawn.result {
            case .success(let drawing): diagrams.add(dot: drawn.dot, drawing: drawing)
            case .failure(let error): return show(ErrorOverlay.problem(error.description), log: "journeymap: error: \(error)\n")
            }
        }
        let snapshot: MapFolderReader.Snapshot
        do {
            snapshot = try reader.read(hint: change.paths)
        } catch {
            return show(ErrorOverlay.problem("\(error)"), log: "journeymap: error: \(error)\n")
        }
        timings.mark("maps read")
        let outcome = resolver.resolve(snapshot.workspace, changed: snapshot.changed)
        if let changed = snapshot.changed {
            debt.files?.formUnion(changed)
        } else {
            // New settings: every page, diagram and export may change.
            debt.files = nil
            debt.everything = true
        }
        if snapshot.changed?.isEmpty != true { debt.rest = true }
        debt.journeys.formUnion(outcome.resolved)
        debt.touched.formUnion(outcome.resolved)
        let project = outcome.project
        timings.mark("maps resolved: \(snapshot.changed.map { "\($0.count) files changed" } ?? "all files"), "
            + "\(outcome.resolved.count) journeys resolved")
        if project.hasErrors {
            let report = TextDiagnosticFormatter(colour: console.errIsTerminal, sources: project.sources)
                .format(project.diagnostics.filter { $0.severity == .error }, documentsRead: project.documentsRead)
            return show(ErrorOverlay.problems(project), log: report + "journeymap: the site keeps its last good build\n")
        }
        guard let templates, templateProblem == nil else {
            let message = templateProblem ?? "no templates"
            return show(ErrorOverlay.problem(message), log: "journeymap: error: \(message)\n")
        }
        let generator = SiteGenerator(templates: templates)
        do throws(BuildError) {
            if !debt.everything, !debt.journeys.isEmpty {
                try publishJourneys(project, generator: generator, timings: timings)
            }
            guard debt.everything || debt.rest, debt.everything || !pending() else { return }
            try publishRest(project, generator: generator, timings: timings, pending: pending)
        } catch {
            show(ErrorOverlay.problem(error.description), log: "journeymap: error: \(error)\n")
        }
    }

    private func loadTemplates() {
        do throws(BuildError) {
            templates = try SiteBuild.loadTemplates(templatesFolder)
            templateProblem = nil
            pages.clear()
            debt.everything = true
        } catch {
            templateProblem = error.description
        }
    }

    private func show(_ problems: LiveSite.Problems, log: String) {
        console.err(log)
        if let version = site.show(problems) { notify(version, nil) }
    }
}
