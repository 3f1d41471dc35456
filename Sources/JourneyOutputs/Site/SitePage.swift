import JourneyCore

/// One page to render: where it goes, which template renders it, and its data.
public struct SitePage: Sendable {
    /// Relative output path, e.g. `journeys/trail-running.html`.
    public var path: String
    /// The template's name: its file name without `.mustache` (`journey`).
    public var template: String
    public var context: SiteValue

    public init(path: String, template: String, context: SiteValue) {
        self.path = path
        self.template = template
        self.context = context
    }
}

/// Every kind of page of the site; `SiteModel.pages` lists the ones a project has.
public enum SitePageKind: Sendable, Hashable {
    case index
    /// A journey, by index into `project.journeys`.
    case journey(Int)
    /// The tactic catalog: every tactic, or those of one filter value.
    case tactics(TacticFilter?)
    case channels
    case people
    case persona(Int)
    case segment(Int)
    case report
}

/// One value of one catalog filter, with the page that lists its tactics.
public struct TacticFilter: Sendable, Hashable {
    public enum Dimension: String, Sendable, CaseIterable {
        case channel, segment, quadrant, status

        /// How the filter is headed on the page.
        public var title: String {
            switch self {
            case .channel: return "Channel"
            case .segment: return "Segment"
            case .quadrant: return "Quadrant"
            case .status: return "Status"
            }
        }
    }

    public var dimension: Dimension
    /// The channel word, segment id, quadrant name or status; nil for "none"
    /// (a tactic for everyone, or one outside the matrix).
    public var value: String?
    /// What the page and the filter link show: `web`, `Boot buyers`, `everyone`.
    public var label: String
    /// The page's file name without folder and extension: `channel-web`, `no-segment`.
    public var name: String

    public init(dimension: Dimension, value: String?, label: String, name: String) {
        self.dimension = dimension
        self.value = value
        self.label = label
        self.name = name
    }

    public var path: String { SitePaths.tacticFilter(name) }
}
