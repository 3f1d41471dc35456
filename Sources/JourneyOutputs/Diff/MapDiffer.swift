import JourneyCore

/// Compares two resolved maps folders. Either side may be missing (a folder that does
/// not exist yet): everything on the other side is then added or removed.
public enum MapDiffer {
    public static func compare(base: Project?, head: Project?) -> MapDiff {
        var diff = MapDiff()
        let baseJourneys = base?.journeys ?? []
        let headJourneys = head?.journeys ?? []
        let baseByID = Dictionary(baseJourneys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let headIDs = Set(headJourneys.map(\.id))
        var seen = Set<String>()
        for journey in headJourneys where seen.insert(journey.id).inserted {
            let file = relative(journey.document.file, root: head?.root)
            guard let old = baseByID[journey.id] else {
                diff.journeys.append(summary(journey, status: .added, file: file, after: true))
                continue
            }
            var comparison = JourneyComparison(base: old, head: journey)
            let oldFile = relative(old.document.file, root: base?.root)
            if oldFile != file {
                comparison.changes.insert(DiffChange(.moved, .journey, id: journey.id, title: journey.title, field: .file,
                                                     before: .text(oldFile), after: .text(file)), at: 0)
            }
            comparison.run()
            guard !comparison.changes.isEmpty else { continue }
            var changed = JourneyDiff(id: journey.id, title: journey.title, status: .changed, file: file,
                                      changes: comparison.changes)
            changed.emotionsBefore = emotions(old)
            changed.emotionsAfter = emotions(journey)
            changed.lowPointsBefore = old.lowPoints.map { old.touchpoints[$0].header.title }
            changed.lowPointsAfter = journey.lowPoints.map { journey.touchpoints[$0].header.title }
            diff.journeys.append(changed)
        }
        for journey in baseJourneys where !headIDs.contains(journey.id) && seen.insert(journey.id).inserted {
            diff.journeys.append(summary(journey, status: .removed, file: relative(journey.document.file, root: base?.root),
                                         after: false))
        }
        let matched = DiagnosticMatcher.match(base: base, head: head)
        diff.newDiagnostics = matched.new
        diff.fixedDiagnostics = matched.fixed
        return diff
    }

    /// An added or removed journey: its size, and its emotions on its own side.
    private static func summary(_ journey: ResolvedJourney, status: JourneyDiff.Status, file: String, after: Bool) -> JourneyDiff {
        var diff = JourneyDiff(id: journey.id, title: journey.title, status: status, file: file)
        let lowPoints = journey.lowPoints.map { journey.touchpoints[$0].header.title }
        if after {
            diff.emotionsAfter = emotions(journey)
            diff.lowPointsAfter = lowPoints
        } else {
            diff.emotionsBefore = emotions(journey)
            diff.lowPointsBefore = lowPoints
        }
        diff.size = (journey.stages.count, journey.touchpoints.count, journey.tactics.count)
        return diff
    }

    static func emotions(_ journey: ResolvedJourney) -> [Double?] {
        journey.touchpoints.map { $0.emotion?.value.score }
    }

    /// `file` without the maps folder it was found under: the two sides sit in different
    /// folders, and the same map has the same path inside each.
    static func relative(_ file: String, root: String?) -> String {
        guard let root, !root.isEmpty else { return file }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
}
