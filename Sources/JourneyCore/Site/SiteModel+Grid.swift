extension SiteModel {
    static func item(_ text: String, href: String? = nil, cls: String? = nil, note: String? = nil) -> CellItem {
        CellItem(text, href: href, cls: cls, note: note)
    }

    static func items(_ texts: [String]) -> [CellItem] { texts.map { CellItem($0) } }

    /// The journey grid: a column per touchpoint under its stage's heading (a stage
    /// without touchpoints keeps one empty column), stage rows (goal, KPIs, ...) that
    /// span their stage, and a row per lane. Optional lanes appear only when used.
    /// The rows are markup (`stageRowsHTML`, `lanesHTML`): most of a page, made in Swift.
    /// Row names are literals of this file, so they need no escaping.
    func grid(_ j: ResolvedJourney, root: String) -> SiteValue {
        // Columns: touchpoint indices, nil for the placeholder of an empty stage.
        var columns: [Int?] = []
        var stageHeads: [SiteValue] = []
        var spans: [Int] = []
        for (s, stage) in j.stages.enumerated() {
            let tps = j.touchpointIndices(ofStage: s)
            let span = max(tps.count, 1)
            columns += tps.isEmpty ? [nil] : tps.map { Optional($0) }
            spans.append(span)
            stageHeads.append(.object([
                "anchor": .text(SitePaths.Anchor.stage(stage.header.id)), "title": .text(stage.header.title),
                "colspan": .text(String(span)),
            ]))
        }
        var heads = SiteHTML()
        for column in columns {
            guard let i = column else {
                heads.raw("<th scope=\"col\" class=\"tp-head\">No touchpoints</th>")
                continue
            }
            heads.raw("<th scope=\"col\" id=\"" + HTMLText.escape(SitePaths.Anchor.touchpoint(j.touchpoints[i].header.id))
                      + "\" class=\"tp-head\">")
            heads.text(j.touchpoints[i].header.title)
            let flags = flags(j, i)
            if !flags.isEmpty {
                heads.raw("<span class=\"flags\">")
                for flag in flags {
                    heads.raw(" <span class=\"flag\">")
                    heads.text(flag)
                    heads.raw("</span>")
                }
                heads.raw("</span>")
            }
            heads.raw("</th>")
        }
        return .object([
            "stages": .list(stageHeads),
            "spans": .list(spans.map { .object(["span": .text(String($0))]) }),
            "touchpointsHTML": .html(heads.html),
            "stageRowsHTML": .opt(stageRows(j, spans: spans)).markup,
            "lanesHTML": .html(lanes(j, columns: columns, root: root)),
        ])
    }

    /// Short facts under a touchpoint's title.
    func flags(_ j: ResolvedJourney, _ i: Int) -> [String] {
        let tp = j.touchpoints[i]
        let f = j.touchpointFigures[i]
        var flags: [String] = []
        if let rank = f.rank { flags.append("rank \(rank)") }
        if f.focus { flags.append("focus") }
        if tp.momentOfTruth { flags.append("moment of truth") }
        if tp.entry || i == 0 { flags.append("entry") }
        if !f.reachable { flags.append("unreachable") }
        return flags
    }

    /// Rows about stages, each cell spanning its stage's columns.
    func stageRows(_ j: ResolvedJourney, spans: [Int]) -> String {
        let stages = j.stages
        let rows: [(String, (Int) -> [CellItem])] = [
            ("Goal", { s in stages[s].goal.map { [Self.item($0)] } ?? [] }),
            ("KPIs", { s in stages[s].kpis.map { Self.item(Self.kpiText($0)) } }),
            ("Owner", { s in stages[s].owner.map { [Self.item($0)] } ?? [] }),
            ("Duration", { s in stages[s].duration.map { [Self.item($0)] } ?? [] }),
            ("Stage emotion", { s in
                j.stageEmotions[s].map { e in
                    [Self.item(SiteNumber.signed(e), cls: "emo " + EmotionCurve.emotionClass(e),
                               note: stages[s].emotion == nil ? "mean of its touchpoints" : nil)]
                } ?? []
            }),
            ("Stage actions", { s in stages[s].actions.map { Self.item($0) } }),
            ("Stage thoughts", { s in stages[s].thoughts.map { Self.item($0) } }),
            ("Stage pain points", { s in stages[s].pains.map { Self.item($0) } }),
            ("Stage opportunities", { s in stages[s].opportunities.map { Self.item($0) } }),
            ("Stage sources", { s in stages[s].sources.map { Self.item($0) } }),
        ]
        var html = SiteHTML()
        for (name, cell) in rows {
            let cells = stages.indices.map { cell($0) }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            html.row(name) {
                for (items, span) in zip(cells, spans) { $0.cell(items, colspan: span) }
            }
        }
        return html.html
    }

    /// A row per lane; lanes after the first eight appear only when some touchpoint fills them.
    func lanes(_ j: ResolvedJourney, columns: [Int?], root: String) -> String {
        let tps = j.touchpoints
        let figures = j.touchpointFigures
        let lows = Set(j.lowPoints)
        let always: [(String, (Int) -> [CellItem])] = [
            ("Channel", { i in Self.items(tps[i].channels) }),
            ("Actions", { i in Self.items(tps[i].actions) }),
            ("Thoughts", { i in Self.items(tps[i].thoughts) }),
            ("Emotion", { i in
                guard let e = tps[i].emotion?.value else { return [] }
                return [Self.item(SiteNumber.signed(e.score) + (e.label.map { " " + $0 } ?? ""),
                                  cls: "emo " + EmotionCurve.emotionClass(e.score), note: lows.contains(i) ? "low point" : nil)]
            }),
            ("Pain points", { i in Self.items(tps[i].pains) }),
            ("Opportunities", { i in Self.items(tps[i].opportunities) }),
            ("Micro-moments", { i in
                figures[i].moments.map { id in
                    let title = self.momentTitle(j, id) ?? id
                    return Self.item(title, href: "#" + SitePaths.encode(SitePaths.Anchor.moment(id)))
                }
            }),
            ("Tactics", { i in
                figures[i].tactics.map { k in
                    let t = j.tactics[k]
                    return Self.item(t.header.title, href: "#" + SitePaths.encode(SitePaths.Anchor.tactic(t.header.id)),
                                     note: Self.tacticBadge(j, k))
                }
            }),
        ]
        let optional: [(String, (Int) -> [CellItem])] = [
            ("Next", { i in
                figures[i].next.filter { !$0.implicit || $0.share != nil }.map { edge in
                    let target = self.edgeTarget(edge, j, root: root)
                    let share = edge.share.map { " " + SiteNumber.percent($0) } ?? ""
                    return Self.item(target.title + share, href: target.href, note: edge.label)
                }
            }),
            ("Data", { i in Self.items(tps[i].data) }),
            ("Evidence", { i in Self.items(tps[i].evidence) }),
            ("Frontstage", { i in Self.items(tps[i].frontstage) }),
            ("Backstage", { i in Self.items(tps[i].backstage) }),
            ("Support", { i in Self.items(tps[i].support) }),
            ("KPIs", { i in tps[i].kpis.map { Self.item(Self.kpiText($0)) } }),
            ("Priority", { i in
                figures[i].priority.map { [Self.item(SiteNumber.decimal($0), note: figures[i].focus ? "focus" : nil)] } ?? []
            }),
            ("Need x value", { i in figures[i].needsValue.map { [Self.item($0.rawValue)] } ?? [] }),
            ("Traffic", { i in tps[i].traffic.map { [Self.item(Self.rateText($0))] } ?? [] }),
            ("Duration", { i in tps[i].duration.map { [Self.item($0)] } ?? [] }),
            ("Sources", { i in Self.items(tps[i].sources) }),
            ("Custom fields", { i in tps[i].header.custom.map { Self.item($0.key + ": " + $0.value) } }),
        ]
        var html = SiteHTML()
        for (lanes, always) in [(always, true), (optional, false)] {
            for (name, cell) in lanes {
                let cells = columns.map { column in column.map(cell) ?? [] }
                guard always || cells.contains(where: { !$0.isEmpty }) else { continue }
                html.row(name) {
                    for items in cells { $0.cell(items) }
                }
            }
        }
        return html.html
    }

    func momentTitle(_ j: ResolvedJourney, _ id: String) -> String? {
        for stage in j.stages {
            if let m = stage.moments.first(where: { $0.header.id == id }) { return m.header.title }
            for tp in stage.touchpoints {
                if let m = tp.moments.first(where: { $0.header.id == id }) { return m.header.title }
            }
        }
        return nil
    }

    /// `ICE 48 · quick win`, or what of it is known.
    static func tacticBadge(_ j: ResolvedJourney, _ k: Int) -> String? {
        let f = j.tacticFigures[k]
        let parts = [f.ice.map { "ICE " + SiteNumber.decimal($0) }, f.quadrant?.rawValue].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " \u{00B7} ")
    }

    /// `1,200/day`.
    static func rateText(_ r: Rate) -> String { SiteNumber.decimal(r.amount, maxDecimals: 2) + "/" + r.unit.rawValue }
}
