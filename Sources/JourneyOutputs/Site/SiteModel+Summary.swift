import JourneyCore

extension SiteModel {
    /// The one-glance summary at the top of a journey page: who it is for, how it feels
    /// (sparkline), the CX score, where to act first (focus touchpoints), where it hurts
    /// (low points and moments of truth with their top pain), the KPIs as now -> target,
    /// and the tactics by status and by quadrant.
    func summary(_ j: ResolvedJourney, root: String) -> SiteValue {
        let doc = j.document
        return .object([
            "personas": .list(doc.personaRefs.map { personaChip($0, root: root) }),
            "sparklineSVG": EmotionSparkline(j).svg().map(SiteValue.html) ?? .null,
            "meanEmotion": .opt(j.meanEmotion.map(SiteNumber.signed)),
            "cxScore": .opt(j.cxScore.map { SiteNumber.decimal($0, maxDecimals: 0) }),
            "cxValue": .opt(j.cxScore.map { SiteNumber.decimal($0, maxDecimals: 1, grouping: false) }),
            "focus": .list(focusItems(j)),
            "focusCoverage": .opt(SiteFigures.focusCoverageText(j)),
            "lows": .list(lowItems(j)),
            "kpis": .list(doc.kpis.map(Self.kpiValue)),
            "tacticStatus": .list(Self.counts(j.tactics.map(\.status), order: ["live", "planned", "idea", "retired"], prefix: "status-")),
            "tacticQuadrants": .list(Self.counts(j.tacticFigures.compactMap { $0.quadrant?.rawValue },
                                                 order: TacticQuadrant.allCases.map(\.rawValue), prefix: "q-")),
            "hasTactics": .bool(!j.tactics.isEmpty),
        ])
    }

    /// A persona as a chip: initials in a circle (`avatarHTML` with the persona's
    /// colour), the title, a link to its page.
    func personaChip(_ ref: Ref, root: String) -> SiteValue {
        let index = personaIndex[ref.id]
        let title = index.map { project.personas[$0].header.title } ?? ref.text
        let href = index.map { root + SitePaths.personaLink(project.personas[$0].header.id) }
        let avatar = PersonaAvatar(title: title, id: ref.id, index: index)
        return .object(["title": .text(title), "href": href.map(SiteValue.text) ?? .null, "initials": .text(avatar.initials),
                        "avatarHTML": .html(avatar.html)])
    }

    /// `TH` for `Trail-curious hiker`: the first letters of the first two words.
    static func initials(_ title: String) -> String { PersonaAvatar.initials(title) }

    /// The focus touchpoints in rank order with their priority.
    func focusItems(_ j: ResolvedJourney) -> [SiteValue] {
        j.touchpoints.indices.filter { j.touchpointFigures[$0].focus }
            .sorted { (j.touchpointFigures[$0].rank ?? 0) < (j.touchpointFigures[$1].rank ?? 0) }
            .prefix(5)
            .map { i in
                let f = j.touchpointFigures[i]
                return .object([
                    "title": .text(j.touchpoints[i].header.title), "href": .text(Self.touchpointAnchor(j.touchpoints[i].header.id)),
                    "priority": .text(f.priority.map { SiteNumber.decimal($0, maxDecimals: 0) } ?? ""),
                    "rank": .text(f.rank.map(String.init) ?? ""),
                ])
            }
    }

    /// The low points, then the moments of truth, each once, with its emotion and first pain.
    func lowItems(_ j: ResolvedJourney) -> [SiteValue] {
        var seen = Set<Int>()
        var picked: [(Int, String)] = []
        for i in j.lowPoints where seen.insert(i).inserted { picked.append((i, "low point")) }
        for i in j.touchpoints.indices where j.touchpoints[i].momentOfTruth && seen.insert(i).inserted {
            picked.append((i, "moment of truth"))
        }
        return picked.prefix(2).map { i, kind in
            let tp = j.touchpoints[i]
            let e = tp.emotion?.value
            return .object([
                "title": .text(tp.header.title), "href": .text(Self.touchpointAnchor(tp.header.id)), "kind": .text(kind),
                "emotion": .opt(e.map { SiteNumber.signed($0.score) + ($0.label.map { " " + $0 } ?? "") }),
                "emotionClass": .text(e.map { EmotionCurve.emotionClass($0.score) } ?? "emo-none"),
                "pain": .opt(tp.pains.first),
            ])
        }
    }

    /// A KPI with its gap graphic when now and target are numbers in the same unit.
    static func kpiValue(_ k: KPI) -> SiteValue {
        let gap = KPIGap(now: k.now, target: k.target)
        let direction: String? = gap.map {
            switch $0.direction {
            case .increase: return "increase"
            case .decrease: return "decrease"
            case .hold: return "hold"
            }
        }
        return .object([
            "name": .text(k.name), "now": .opt(k.now), "target": .opt(k.target),
            "gapSVG": gap.map { .html($0.svg()) } ?? .null, "direction": .opt(direction),
        ])
    }

    /// `[{label, count, cls}]` per value in `order` that occurs, then any other value.
    static func counts(_ values: [String], order: [String], prefix: String) -> [SiteValue] {
        var tally: [String: Int] = [:]
        for v in values { tally[v, default: 0] += 1 }
        let keys = order.filter { tally[$0] != nil } + tally.keys.filter { !order.contains($0) }.sorted()
        return keys.map { key in
            .object(["label": .text(key), "count": .text(String(tally[key] ?? 0)), "cls": .text(prefix + Slug.make(key))])
        }
    }

    /// `3 notes for authors`, linking to this file's diagnostics on the report page.
    func authorNotes(_ j: ResolvedJourney, root: String) -> SiteValue {
        let count = diagnosticsByFile[j.document.file]?.count ?? 0
        guard count > 0 else { return .null }
        return .object([
            "label": .text(count == 1 ? "1 note for authors" : "\(count) notes for authors"),
            "href": .text(root + SitePaths.report + "#" + SitePaths.encode(SitePaths.Anchor.report(journey: j.id))),
        ])
    }
}
