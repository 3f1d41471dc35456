import JourneyCore

/// A tactic's card on its journey page: badges, facts and its experiment.
public struct TacticCard: Sendable, Equatable {
    public var anchor: String
    public var title: String
    /// Status, quadrant, ICE.
    public var badges: [CellItem]
    public var facts: [Fact]
    /// The experiment's inputs and size; nil without an experiment.
    public var experiment: [Fact]?
}

extension SiteModel {
    /// The card's data; `tacticCardValue` makes it the template's.
    func tacticCard(_ j: ResolvedJourney, _ k: Int, root: String) -> TacticCard {
        let t = j.tactics[k]
        let f = j.tacticFigures[k]
        func score(_ x: Double?) -> String { x.map { SiteNumber.decimal($0) } ?? "\u{2013}" }
        var facts: [Fact] = [
            Fact("Touchpoints", f.touchpoints.isEmpty ? [CellItem("none")] : f.touchpoints.map { i in
                CellItem(j.touchpoints[i].header.title, href: Self.touchpointAnchor(j.touchpoints[i].header.id))
            }, asList: !f.touchpoints.isEmpty),
        ]
        if !f.moments.isEmpty {
            facts.append(Fact("Micro-moments", f.moments.map { id in
                CellItem(momentTitle(j, id) ?? id, href: "#" + SitePaths.encode(SitePaths.Anchor.moment(id)))
            }, asList: true))
        }
        facts.append(Fact("Segments", t.segmentRefs.isEmpty ? [CellItem("everyone")] : t.segmentRefs.map { ref in
            segmentIndex[ref.id].map { i in
                CellItem(project.segments[i].header.title, href: root + SitePaths.segmentLink(project.segments[i].header.id))
            } ?? CellItem(ref.text)
        }, asList: !t.segmentRefs.isEmpty))
        if let trigger = t.trigger { facts.append(Fact("Trigger", trigger)) }
        if !f.channels.isEmpty { facts.append(Fact("Channel", f.channels.map { CellItem($0) })) }
        if !t.content.isEmpty { facts.append(Fact("Content", t.content.map { CellItem($0) }, asList: true)) }
        if let type = t.type { facts.append(Fact("Type", type)) }
        if let engine = t.engine { facts.append(Fact("Engine", engine)) }
        if !t.data.isEmpty { facts.append(Fact("Data", t.data.map { CellItem($0) }, asList: true)) }
        // Consent is the legal basis for the tactic's data: without data there is nothing
        // for it to cover, and "not given" would read as a compliance gap.
        if t.consent != nil || !t.data.isEmpty { facts.append(Fact("Consent", t.consent ?? "not given")) }
        facts.append(Fact("Fallback", t.fallback ?? "none"))
        facts.append(Fact("Impact · effort · confidence", [score(t.impact), score(t.effort), score(t.confidence)].joined(separator: " · ")))
        facts.append(Fact("ICE", f.ice.map { SiteNumber.decimal($0) } ?? "not scored"))
        if !t.kpis.isEmpty { facts.append(Fact("KPIs", t.kpis.map { CellItem(Self.kpiText($0)) }, asList: true)) }
        if let owner = t.owner { facts.append(Fact("Owner", owner)) }
        facts += t.header.custom.map { Fact($0.key, $0.value) }
        var badges = [CellItem(t.status, cls: "badge status-" + Slug.make(t.status))]
        if let q = f.quadrant { badges.append(CellItem(q.rawValue, cls: "badge")) }
        if let ice = f.ice { badges.append(CellItem("ICE " + SiteNumber.decimal(ice), cls: "badge")) }
        return TacticCard(anchor: SitePaths.Anchor.tactic(t.header.id), title: t.header.title, badges: badges, facts: facts,
                          experiment: t.experiment.map { experiment($0, f.experiment) })
    }

    /// The experiment's inputs and its size: visitors per variant and days.
    func experiment(_ e: Experiment, _ figures: ExperimentFigures?) -> [Fact] {
        var facts: [Fact] = []
        if let metric = e.metric { facts.append(Fact("Metric", metric)) }
        facts.append(Fact("Baseline", e.baseline.map(SiteNumber.percent) ?? "\u{2013}"))
        facts.append(Fact("Lift to detect", e.lift.map { ($0 > 0 ? "+" : "") + SiteNumber.percent($0) } ?? "\u{2013}"))
        facts.append(Fact("Variants", String(e.variants)))
        facts.append(Fact("Traffic", figures?.trafficPerDay.map { SiteNumber.decimal($0) + "/day" } ?? "unknown"))
        facts.append(Fact("Visitors per variant", figures?.samplePerVariant.map(SiteNumber.integer) ?? "\u{2013}"))
        let duration: CellItem
        if let days = figures?.days {
            duration = CellItem(days == 1 ? "1 day" : SiteNumber.integer(days) + " days", note: days > 90 ? "over 90 days" : nil)
        } else {
            duration = CellItem(figures?.samplePerVariant != nil ? "no traffic given" : "\u{2013}")
        }
        facts.append(Fact("Duration", [duration]))
        return facts
    }

    /// The card as the `tactic-card` template reads it.
    static func tacticCardValue(_ card: TacticCard) -> SiteValue {
        var badges = SiteHTML()
        for (n, badge) in card.badges.enumerated() {
            if n > 0 { badges.raw(" ") }
            badges.raw("<span class=\"" + HTMLText.escape(badge.cls ?? "badge") + "\">")
            badges.text(badge.text)
            badges.raw("</span>")
        }
        var facts = SiteHTML()
        facts.facts(card.facts)
        var experiment = SiteHTML()
        if let e = card.experiment { experiment.facts(e) }
        return .object([
            "anchor": .text(card.anchor), "title": .text(card.title),
            "badgesHTML": .html(badges.html), "factsHTML": .html(facts.html),
            "experimentHTML": card.experiment == nil ? .null : .html(experiment.html),
        ])
    }
}
