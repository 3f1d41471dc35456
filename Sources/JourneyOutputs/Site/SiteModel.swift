import JourneyCore

/// The site as data: which pages there are and what each shows, with every figure
/// placed and every link resolved. Pure: no template engine, no disk.
///
/// `init` does the work shared by pages (lookups, the tactic catalog); `page(_:)`
/// builds one page and may run on many threads at once.
public struct SiteModel: Sendable {
    public let input: SiteInput
    var project: Project { input.project }
    public var siteTitle: String { input.project.config.siteTitle ?? "Customer journeys" }

    /// Persona and segment id -> index into `project.personas` / `project.segments`.
    let personaIndex: [String: Int]
    let segmentIndex: [String: Int]
    /// Diagnostics per file, in output order.
    let diagnosticsByFile: [String: [Diagnostic]]
    /// Journey index per document file, for links from the report.
    let journeyByFile: [String: Int]
    /// Journey index per id, for edges into other journeys.
    let journeyIndex: [String: Int]
    let usage: LibraryUsage
    /// Every tactic of every journey in catalog order (ICE, highest first).
    let catalog: [CatalogEntry]
    /// Every filter value with tactics, in display order per dimension.
    public let tacticFilters: [TacticFilter]
    /// How many tactics each filter value has, aligned with `tacticFilters`.
    let filterCounts: [Int]

    public init(_ input: SiteInput) {
        self.input = input
        let p = input.project
        personaIndex = Self.firstIndex(p.personas.map(\.header.id))
        segmentIndex = Self.firstIndex(p.segments.map(\.header.id))
        diagnosticsByFile = Dictionary(grouping: p.diagnostics, by: \.file)
        journeyByFile = Self.firstIndex(p.journeys.map(\.document.file))
        journeyIndex = Self.firstIndex(p.journeys.map(\.id))
        usage = LibraryUsage(p)
        let entries = Self.catalogEntries(p)
        let filters = Self.filters(entries, project: p, segmentIndex: segmentIndex)
        catalog = entries
        tacticFilters = filters
        filterCounts = filters.map { f in entries.reduce(0) { $0 + ($1.matches(f) ? 1 : 0) } }
    }

    /// Every page of the site, in a fixed order.
    public var pages: [SitePageKind] {
        var kinds: [SitePageKind] = [.index, .tactics(nil), .channels, .people, .report]
        kinds += project.journeys.indices.map { .journey($0) }
        kinds += tacticFilters.map { .tactics($0) }
        kinds += project.personas.indices.map { .persona($0) }
        kinds += project.segments.indices.map { .segment($0) }
        return kinds
    }

    public func page(_ kind: SitePageKind) -> SitePage {
        switch kind {
        case .index: return indexPage()
        case .journey(let j): return journeyPage(j)
        case .tactics(let filter): return catalogPage(filter)
        case .channels: return channelsPage()
        case .people: return peoplePage()
        case .persona(let i): return personaPage(i)
        case .segment(let i): return segmentPage(i)
        case .report: return reportPage()
        }
    }

    // MARK: Shared by every page

    /// The main navigation; `current` marks the page's own entry.
    enum Section: CaseIterable {
        case overview, tactics, channels, people, report

        var label: String {
            switch self {
            case .overview: return "Overview"
            case .tactics: return "Tactics"
            case .channels: return "Channels"
            case .people: return "Personas and segments"
            case .report: return "Report"
            }
        }

        var path: String {
            switch self {
            case .overview: return SitePaths.index
            case .tactics: return SitePaths.tactics
            case .channels: return SitePaths.channels
            case .people: return SitePaths.people
            case .report: return SitePaths.report
            }
        }
    }

    /// A page with the fields every template's layout uses added to `fields`.
    func frame(_ path: String, template: String, title: String, section: Section?,
               _ fields: [String: SiteValue]) -> SitePage {
        let root = SitePaths.root(of: path)
        var context = fields
        context["root"] = .text(root)
        context["siteTitle"] = .text(siteTitle)
        context["pageTitle"] = .text(title)
        context["generatedAt"] = .opt(input.generatedAt)
        context["nav"] = .list(Section.allCases.map { s in
            .object(["label": .text(s.label), "href": .text(root + s.path), "current": .bool(s == section)])
        })
        return SitePage(path: path, template: template, context: .object(context))
    }

    /// A link: `{title, href}` with `href` relative to the page at `root`.
    static func link(_ title: String, _ href: String?, root: String) -> SiteValue {
        .object(["title": .text(title), "href": href.map { .text(root + $0) } ?? .null])
    }

    func personaLink(_ ref: Ref, root: String) -> SiteValue {
        guard let i = personaIndex[ref.id] else { return Self.link(ref.text, nil, root: root) }
        let persona = project.personas[i]
        return Self.link(persona.header.title, SitePaths.personaLink(persona.header.id), root: root)
    }

    func segmentLink(_ ref: Ref, root: String) -> SiteValue {
        guard let i = segmentIndex[ref.id] else { return Self.link(ref.text, nil, root: root) }
        let segment = project.segments[i]
        return Self.link(segment.header.title, SitePaths.segmentLink(segment.header.id), root: root)
    }

    /// Rendered notes with their headings from level `top` down, or null when there are none.
    func notes(_ notes: Notes, top: Int) -> SiteValue {
        notes.isEmpty ? .null : .html(notes.html(top: top))
    }

    static func custom(_ fields: [CustomField]) -> SiteValue {
        .list(fields.map { .object(["key": .text($0.key), "value": .text($0.value)]) })
    }

    static func firstIndex(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, key) in keys.enumerated() where index[key] == nil { index[key] = i }
        return index
    }
}
