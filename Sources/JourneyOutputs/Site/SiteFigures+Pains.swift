import JourneyCore

extension SiteFigures {
    /// A pain with the touchpoint that has it (an index into the journey's touchpoints).
    public struct Pain: Sendable, Equatable {
        public var touchpoint: Int
        public var text: String
    }

    /// The pains to show first: the first pain of each touchpoint that has one, the
    /// lowest emotion first (touchpoints without one last), then the highest priority,
    /// then document order; at most `limit`.
    public static func topPains(_ j: ResolvedJourney, limit: Int) -> [Pain] {
        let candidates = j.touchpoints.indices.filter { !j.touchpoints[$0].pains.isEmpty }
        // Keys with "none" as +infinity sort after every value, ascending.
        func key(_ i: Int) -> (Double, Double, Int) {
            (j.touchpoints[i].emotion?.value.score ?? .infinity, -(j.touchpointFigures[i].priority ?? -.infinity), i)
        }
        return candidates.sorted { key($0) < key($1) }.prefix(limit).map { Pain(touchpoint: $0, text: j.touchpoints[$0].pains[0]) }
    }

    /// How many touchpoints are in the journey's focus.
    public static func focusCount(_ j: ResolvedJourney) -> Int {
        j.touchpointFigures.reduce(0) { $0 + ($1.focus ? 1 : 0) }
    }

    /// The CX score as the pages print it: a whole number out of 100.
    public static func cxText(_ j: ResolvedJourney) -> String? {
        j.cxScore.map { SiteNumber.decimal($0, maxDecimals: 0) }
    }
}
