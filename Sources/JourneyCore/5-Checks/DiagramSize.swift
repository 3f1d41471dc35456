/// How much a diagram asks of Graphviz, and the limits that follow from it.
///
/// The work of `dot` grows faster than the graph: with the bounded layout (see
/// `DotWriter+Layout`) a journey of 5000 touchpoints in one stage took 2 s, 10000 took
/// 9 s and 20000 took 32 s, and about 32800 crashed Graphviz ("out of memory", then a
/// segmentation fault). A jump drawn as a leaf costs about what a touchpoint costs; a
/// stage is a cluster, which costs more: 2000 stages of one touchpoint each took 7 s and
/// 230 MB, 4000 took 19 s and 780 MB. So a journey's size counts its stages, its
/// touchpoints and the flow edges that do not lead to the following touchpoint (the
/// leaves of the bounded layout); a journey of more than `limit` is not drawn, the site
/// shows its flow as text and `check` warns (`diagram-too-large`). At the limit the
/// worst shape measured (one touchpoint per stage) takes about 7 s.
///
/// The overview's size counts its journeys and the links between them; past
/// `overviewBoundedFrom` it is drawn with a bounded layout of its own (`OverviewWriter`),
/// past `limit` not at all.
public enum DiagramSize {
    /// The largest diagram drawn.
    public static let limit = 4_000
    /// From this size on, a journey is drawn with the bounded layout whatever its
    /// number of touchpoints: many stages with many leaves made the full layout take
    /// 5 to 10 s at sizes of 1000 to 3300.
    public static let journeyBoundedFrom = 1_000
    /// From this size on, the overview is drawn with its bounded layout: 50 journeys
    /// with 200 links took 14 s in the full one, 100 journeys with 400 links more than
    /// 2 minutes; in the bounded layout 1000 journeys with 4000 links take about 1 s.
    public static let overviewBoundedFrom = 150

    /// Stages, touchpoints, and flow edges other than to the following touchpoint.
    public static func of(_ journey: ResolvedJourney) -> Int {
        var size = journey.stages.count + journey.touchpoints.count
        for (i, figures) in journey.touchpointFigures.enumerated() {
            size += figures.next.count { $0.target != .local(i + 1) }
        }
        return size
    }

    /// Journeys, and the pairs of journeys that flows link.
    public static func overview(_ journeys: [ResolvedJourney]) -> Int {
        journeys.count + JourneyLink.all(journeys).count
    }

    /// Whether the journey's flow diagram is drawn.
    public static func fits(_ journey: ResolvedJourney) -> Bool { of(journey) <= limit }

    /// Whether the overview of `journeys` is drawn.
    public static func overviewFits(_ journeys: [ResolvedJourney]) -> Bool { overview(journeys) <= limit }
}
