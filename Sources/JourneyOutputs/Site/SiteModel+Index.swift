import JourneyCore

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
            "personaFilter": .list(personaFilter()),
            "tacticsHref": .text(SitePaths.tactics),
            "channelsHref": .text(SitePaths.channels),
            "peopleHref": .text(SitePaths.people),
            "reportHref": .text(SitePaths.report),
        ])
    }

    /// One journey's card for the index: who it is for, its emotion at a glance, its
    /// worst pain, its focus and CX score.
    func journeyCard(_ index: Int, root: String) -> SiteValue {
        let j = project.journeys[index]
        let doc = j.document
        let warnings = diagnosticsByFile[doc.file]?.count ?? 0
        let href = SitePaths.journeyLink(j.id)
        let focus = SiteFigures.focusCount(j)
        let pain = SiteFigures.topPains(j, limit: 1).first.map { pain -> SiteValue in
            let tp = j.touchpoints[pain.touchpoint]
            return .object(["text": .text(pain.text), "touchpoint": .text(tp.header.title),
                            "href": .text(root + SitePaths.touchpointLink(journey: j.id, touchpoint: tp.header.id))])
        }
        return .object([
            "title": .text(j.title), "href": .text(root + href),
            "persona": doc.personaRefs.first.map { personaLink($0, root: root) } ?? .null,
            "personas": .list(doc.personaRefs.map { personaChip($0, root: root) }),
            "personaIDs": .text(Self.personaFilterKeys(doc).joined(separator: " ")),
            "owner": .opt(doc.owner), "status": .text(doc.status), "state": .text(doc.state),
            "stageCount": .text(String(doc.stages.count)),
            "touchpointCount": .text(String(j.touchpoints.count)),
            "tacticCount": .text(String(j.tactics.count)),
            "meanEmotion": .opt(j.meanEmotion.map(SiteNumber.signed)),
            "sparklineSVG": EmotionSparkline(j).svg().map(SiteValue.html) ?? .null,
            "topPain": pain ?? .null,
            "focusCount": .text(Self.count(focus, "focus touchpoint")),
            "focusCoverage": .opt(SiteFigures.focusCoverageText(j)),
            "focusTactics": .opt(Self.focusTacticsText(j)),
            "cxScore": .opt(SiteFigures.cxText(j)),
            "warningCount": .text(String(warnings)),
            "warnings": .text(Self.count(warnings, "note") + " for authors"),
            "warningsHref": warnings > 0
                ? .text(root + SitePaths.report + "#" + SitePaths.encode(SitePaths.Anchor.report(journey: j.id))) : .null,
        ])
    }

    /// `all with a tactic`, `2 with a tactic`, `none with a tactic`; nil without focus.
    static func focusTacticsText(_ j: ResolvedJourney) -> String? {
        let c = SiteFigures.focusCoverage(j)
        guard c.focus > 0 else { return nil }
        return (c.covered == c.focus ? "all" : c.covered == 0 ? "none" : String(c.covered)) + " with a tactic"
    }

    /// What the index's persona filter matches a card by: its personas' ids (ids hold
    /// no spaces), or the empty key for a journey without one.
    static func personaFilterKeys(_ doc: MapDocument) -> [String] {
        doc.personaRefs.isEmpty ? [noPersonaKey] : doc.personaRefs.map(\.id)
    }

    static let noPersonaKey = ""

    /// The persona filter's options: every persona a journey names, by title, with its
    /// number of journeys; "no persona" last when a journey has none. Empty when there
    /// is nothing to choose between.
    func personaFilter() -> [SiteValue] {
        var counts: [String: Int] = [:]
        var refs: [String: Ref] = [:]
        for j in project.journeys {
            for key in Set(Self.personaFilterKeys(j.document)) { counts[key, default: 0] += 1 }
            for ref in j.document.personaRefs where refs[ref.id] == nil { refs[ref.id] = ref }
        }
        let title: (String) -> String = { id in personaIndex[id].map { project.personas[$0].header.title } ?? refs[id]?.text ?? id }
        let ids = refs.keys.sorted { (title($0).lowercased(), $0) < (title($1).lowercased(), $1) }
        var options: [SiteValue] = ids.map { id in
            .object(["value": .text(id), "label": .text(title(id)), "count": .text(String(counts[id] ?? 0))])
        }
        if let none = counts[Self.noPersonaKey] {
            options.append(.object(["value": .text(Self.noPersonaKey), "label": .text("no persona"), "count": .text(String(none))]))
        }
        return options.count > 1 ? options : []
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
