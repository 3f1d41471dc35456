/// A pair of journeys whose flows cross, by their indices in project order, with the
/// cross-journey `next` edges between them: the lifecycle overview draws one edge per
/// link, and counts the links in its size (`DiagramSize.overview`).
public struct JourneyLink: Sendable {
    public var from: Int
    public var to: Int
    public var count = 0
    public var shareSum = 0.0
    public var sharedCount = 0

    /// The links in order of their first `next` edge (journeys, then touchpoints).
    public static func all(_ journeys: [ResolvedJourney]) -> [JourneyLink] {
        var index: [String: Int] = [:]
        for (i, j) in journeys.enumerated() where index[j.id] == nil { index[j.id] = i }
        var links: [JourneyLink] = []
        var position: [Int: Int] = [:]
        for (from, j) in journeys.enumerated() {
            for figures in j.touchpointFigures {
                for edge in figures.next {
                    guard case .external(let other, _) = edge.target, let to = index[other], to != from else { continue }
                    let key = from * journeys.count + to
                    if position[key] == nil {
                        position[key] = links.count
                        links.append(JourneyLink(from: from, to: to))
                    }
                    let p = position[key]!
                    links[p].count += 1
                    if let share = edge.share {
                        links[p].shareSum += share
                        links[p].sharedCount += 1
                    }
                }
            }
        }
        return links
    }
}
