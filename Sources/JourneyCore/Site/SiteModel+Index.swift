/// Figures the site shows that the resolver does not compute.
public enum SiteFigures {
    /// Focus touchpoints that at least one tactic belongs to, out of all focus touchpoints.
    public static func focusCoverage(_ j: ResolvedJourney) -> (covered: Int, focus: Int) {
        var covered = 0
        var focus = 0
        for f in j.touchpointFigures where f.focus {
            focus += 1
            if !f.tactics.isEmpty { covered += 1 }
        }
        return (covered, focus)
    }

    /// `2 of 3 (67%)`, or nil when the journey has no focus touchpoint.
    public static func focusCoverageText(_ j: ResolvedJourney) -> String? {
        let c = focusCoverage(j)
        guard c.focus > 0 else { return nil }
        return "\(c.covered) of \(c.focus) (\(SiteNumber.percent(c.covered, of: c.focus)))"
    }
}

extension SiteModel {
    func indexPage() -> SitePage {
        let root = ""
        let p = project
        let cards: [SiteValue] = p.journeys.indices.map { journeyCard($0, root: root) }
        let touchpoints = p.journeys.reduce(0) { $0 + $1.touchpoints.count }
        let tactics = p.journeys.reduce(0) { $0 + $1.tactics.count }
        return frame(SitePaths.index, template: "index", title: Section.overview.label, section: .overview, [
            "journeys": .list(cards),
            "journeyCount": .text(SiteNumber.integer(p.journeys.count)),
            "touchpointCount": .text(SiteNumber.integer(touchpoints)),
            "tacticCount": .text(SiteNumber.integer(tactics)),
            "personaCount": .text(SiteNumber.integer(p.personas.count)),
            "segmentCount": .text(SiteNumber.integer(p.segments.count)),
            "warningCount": .text(SiteNumber.integer(p.warningCount)),
            "errorCount": .text(SiteNumber.integer(p.errorCount)),
            "overviewSVG": input.overviewSVG.map { .html(InlineSVG.overview($0, labelledBy: "lifecycle-caption")) } ?? .null,
            "crossLinks": .list(crossJourneyLinks(root: root)),
            "tacticsHref": .text(SitePaths.tactics),
            "channelsHref": .text(SitePaths.channels),
            "peopleHref": .text(SitePaths.people),
            "reportHref": .text(SitePaths.report),
        ])
    }

    /// One journey's card for the index.
    func journeyCard(_ index: Int, root: String) -> SiteValue {
        let j = project.journeys[index]
        let doc = j.document
        let warnings = diagnosticsByFile[doc.file]?.count ?? 0
        let href = SitePaths.journeyLink(j.id)
        return .object([
            "title": .text(j.title), "href": .text(root + href),
            "persona": doc.personaRefs.first.map { personaLink($0, root: root) } ?? .null,
            "owner": .opt(doc.owner), "status": .text(doc.status), "state": .text(doc.state),
            "stageCount": .text(String(doc.stages.count)),
            "touchpointCount": .text(String(j.touchpoints.count)),
            "tacticCount": .text(String(j.tactics.count)),
            "meanEmotion": .opt(j.meanEmotion.map(SiteNumber.signed)),
            "focusCoverage": .opt(SiteFigures.focusCoverageText(j)),
            "warningCount": .text(String(warnings)),
            "warningsHref": warnings > 0
                ? .text(root + SitePaths.report + "#" + SitePaths.encode(SitePaths.Anchor.report(journey: j.id))) : .null,
            "cxScore": .opt(j.cxScore.map { SiteNumber.decimal($0, maxDecimals: 0) }),
        ])
    }

    /// Journey -> journey flows, the text alternative of the lifecycle overview.
    func crossJourneyLinks(root: String) -> [SiteValue] {
        var counts: [String: [String: Int]] = [:]
        for j in project.journeys {
            for f in j.touchpointFigures {
                for edge in f.next {
                    if case .external(let other, _) = edge.target, other != j.id { counts[j.id, default: [:]][other, default: 0] += 1 }
                }
            }
        }
        let titles = Dictionary(project.journeys.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var links: [SiteValue] = []
        for j in project.journeys {
            for (other, n) in (counts[j.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                links.append(.object([
                    "from": Self.link(j.title, SitePaths.journeyLink(j.id), root: root),
                    "to": Self.link(titles[other] ?? other, titles[other] == nil ? nil : SitePaths.journeyLink(other), root: root),
                    "count": .text(n == 1 ? "1 link" : "\(n) links"),
                ]))
            }
        }
        return links
    }
}
