import JourneyCore
import JourneyOutputs

/// What the tactic catalog pages and the tactics CSV show of a project, as hashes: the
/// journeys in order with, for each, its title and its tactics' fields and figures (the
/// CSV's rows: ids, titles, touchpoints, segments, channels, scores, ICE, quadrant,
/// status), and the segments' titles. Two versions with the same prints give the same
/// catalog pages and CSV, so an edit that leaves them alone (an emotion, a pain, a
/// persona's goal) does not make those pages again.
///
/// A journey's print changes only when the journey is resolved again, so only those are
/// printed again; the others keep the print they had.
struct CatalogPrints: Equatable {
    /// Journey ids in project order.
    var order: [String] = []
    /// Journey id -> hash of its title and tactics.
    var journeys: [String: Int] = [:]
    /// Segment ids and titles, in library order.
    var segments: [[String]] = []

    init() {}

    /// The prints of `project`, taking those of journeys not in `resolved` from `old`.
    /// With `resolved` nil, every journey is printed.
    init(_ project: Project, resolved: Set<String>?, old: CatalogPrints) {
        order = project.journeys.map(\.id)
        for j in project.journeys {
            if let resolved, !resolved.contains(j.id), let kept = old.journeys[j.id] {
                journeys[j.id] = kept
            } else {
                journeys[j.id] = Self.print(j)
            }
        }
        segments = project.segments.map { [$0.header.id, $0.header.title] }
    }

    static func print(_ j: ResolvedJourney) -> Int {
        var hasher = Hasher()
        PageCache.feed(j.title, &hasher)
        for (k, row) in TacticsCSV.rows(j).enumerated() {
            hasher.combine(row.count)
            for field in row { PageCache.feed(field, &hasher) }
            // The CSV names segments as written; the catalog links them by id.
            for ref in j.tactics[k].segmentRefs { PageCache.feed(ref.id, &hasher) }
        }
        return hasher.finalize()
    }
}
