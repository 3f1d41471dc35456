import JourneyCore

/// What a diagram links to and how hard Graphviz may work on it.
public struct DiagramOptions: Sendable {
    /// Appended to a journey id to make the link to its page: nodes link to
    /// `<journey-id><pageSuffix>#tp-<touchpoint-id>`, relative, so the SVG works next
    /// to the journey pages (the site's anchors for touchpoints are `tp-<id>`).
    public var pageSuffix = ".html"
    /// Put in front of every page link: `journeys/` for a diagram that sits at the site
    /// root (the overview) while the journey pages are in `journeys/`.
    public var pagePrefix = ""
    /// Titles of the journeys by id, for the stubs of cross-journey edges; a journey
    /// not listed is named by its id.
    public var journeyTitles: [String: String] = [:]
    /// From this many touchpoints on, a journey diagram uses the bounded layout: the
    /// flow in document order, every other edge a leaf (see `DotWriter+Layout`).
    public var boundedLayoutFrom = 150
    /// In the full layout, the most rank spans the flow edges may add up to before the
    /// longest become leaves (see `DotWriter+Layout`).
    public var spanBudget = 1500

    public init() {}

    /// Options that name other journeys by their titles in `project`.
    public init(project: Project) {
        for j in project.journeys where journeyTitles[j.id] == nil { journeyTitles[j.id] = j.title }
    }

    /// Options for the overview of a site, drawn for the site root while the journey
    /// pages are in `journeys/`: the standalone `overview.svg` and the index share it.
    public static func siteOverview(project: Project) -> DiagramOptions {
        var options = DiagramOptions(project: project)
        options.pagePrefix = "journeys/"
        return options
    }

    /// The relative link to a touchpoint's anchor (or to the page, for nil). A touchpoint
    /// id too long for a DOT string (`DotLimits`) links to the page; nil for a journey id
    /// that long (no page can have such a name).
    func link(journey: String, touchpoint: String?) -> String? {
        let name = DotEscaping.urlComponent(journey)
        guard name.utf8.count <= DotLimits.identifierBytes else { return nil }
        let page = pagePrefix + name + DotEscaping.urlComponent(pageSuffix)
        guard let touchpoint else { return page }
        let anchor = DotEscaping.urlComponent(touchpoint)
        guard anchor.utf8.count <= DotLimits.identifierBytes else { return page }
        return page + "#tp-" + anchor
    }

    /// `URL` and `target` for a node that links to `link(journey:touchpoint:)`; none
    /// when there is no link.
    func linkAttributes(journey: String, touchpoint: String?) -> [(String, DotValue)] {
        guard let url = link(journey: journey, touchpoint: touchpoint) else { return [] }
        return [("URL", .literal(url)), ("target", .literal("_top"))]
    }
}
