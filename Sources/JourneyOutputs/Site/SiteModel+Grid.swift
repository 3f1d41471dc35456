import JourneyCore

extension SiteModel {
    static func item(_ text: String, href: String? = nil, cls: String? = nil, note: String? = nil) -> CellItem {
        CellItem(text, href: href, cls: cls, note: note)
    }

    static func items(_ texts: [String]) -> [CellItem] { texts.map { CellItem($0) } }

    /// How a lane's items are drawn in its cells.
    enum LaneStyle {
        /// A paragraph, or a list when there are several.
        case text(String?)
        /// Small rounded labels (channels, actors, moments, tactics).
        case chips(String)
        /// Tinted cards (pains, opportunities).
        case cards(String)
    }

    /// One row of the map: its key in the template's `lanes`, how it is drawn, and its
    /// items per touchpoint (or per stage, for stage rows).
    struct Lane {
        var key: String
        var style: LaneStyle
        var cell: (Int) -> [CellItem]
    }

    /// From this many touchpoints on, the map is one table per stage, each folded but
    /// the first: a browser lays out a table of thousands of columns for seconds.
    static let collapsibleStagesFrom = 150

    /// The journey map: a column per touchpoint under its stage's heading (a stage
    /// without touchpoints keeps one empty column) and a row per lane, as `blocks`: one
    /// table, or one per stage for long journeys (`collapsible`).
    func grid(_ j: ResolvedJourney, root: String) -> SiteValue {
        let collapsible = j.touchpoints.count >= Self.collapsibleStagesFrom
        let groups = collapsible ? j.stages.indices.map { [$0] } : [Array(j.stages.indices)]
        let blocks = groups.enumerated().map { n, stages in
            var block = gridBlock(j, stages: stages, root: root)
            block["index"] = .text(String(n + 1))
            block["open"] = .bool(n == 0)
            block["title"] = .text(j.stages[stages[0]].header.title)
            block["touchpointCount"] = .text(SiteNumber.integer(j.touchpointIndices(ofStage: stages[0]).count))
            return SiteValue.object(block)
        }
        return .object(["blocks": .list(blocks), "collapsible": .bool(collapsible)])
    }

    /// Beyond this many columns a printed map sets its text smaller, to fit landscape A4.
    static let printColumns = 8

    /// The lanes the default template folds behind the details toggle.
    static let detailLanes = ["next", "stageKpis", "stageOwner", "stageDuration", "stageEmotion", "data", "evidence", "frontstage",
                              "backstage", "support", "kpis", "priority", "needsValue", "traffic", "duration", "sources",
                              "stageSources", "custom"]

    /// One table of the map over `stages`. Each lane is its own field of `lanes`
    /// (`lanes.pains.cellsHTML`), null when no touchpoint there fills it: the template
    /// decides which lanes show, in which order, under which name, and which sit behind
    /// the details toggle. Cells are markup made in Swift: most of a page.
    func gridBlock(_ j: ResolvedJourney, stages: [Int], root: String) -> [String: SiteValue] {
        var columns: [Int?] = []
        var stageHeads: [SiteValue] = []
        var spans: [Int] = []
        for s in stages {
            let stage = j.stages[s]
            let tps = j.touchpointIndices(ofStage: s)
            let span = max(tps.count, 1)
            columns += tps.isEmpty ? [nil] : tps.map { Optional($0) }
            spans.append(span)
            stageHeads.append(.object([
                "anchor": .text(SitePaths.Anchor.stage(stage.header.id)), "title": .text(stage.header.title),
                "colspan": .text(String(span)),
            ]))
        }
        var lanes: [String: SiteValue] = [:]
        for lane in stageLanes(j) {
            let cells = stages.map(lane.cell)
            guard cells.contains(where: { !$0.isEmpty }) else { lanes[lane.key] = .null; continue }
            var html = SiteHTML()
            for (items, span) in zip(cells, spans) { html.laneCell(items, style: lane.style, colspan: span) }
            lanes[lane.key] = .object(["cellsHTML": .html(html.html)])
        }
        for lane in touchpointLanes(j, root: root) {
            let cells = columns.map { column in column.map(lane.cell) ?? [] }
            guard cells.contains(where: { !$0.isEmpty }) else { lanes[lane.key] = .null; continue }
            var html = SiteHTML()
            for items in cells { html.laneCell(items, style: lane.style) }
            lanes[lane.key] = .object(["cellsHTML": .html(html.html)])
        }
        let curve = EmotionCurve(j, columns: columns)
        lanes["emotion"] = curve.isUsed ? .object(["cellsHTML": .html(curve.cells())]) : .null
        lanes["tactics"] = tacticLane(j, columns: columns)
        return [
            "hasDetails": .bool(Self.detailLanes.contains { lanes[$0]?["cellsHTML"] != nil }),
            "stages": .list(stageHeads),
            "columnCount": .text(String(columns.count)),
            "wide": .bool(columns.count > Self.printColumns),
            "touchpointsHTML": .html(touchpointHeads(j, columns: columns)),
            "lanes": .object(lanes),
        ]
    }

    /// The column headings: title, then small flags (focus rank, moment of truth, entry).
    func touchpointHeads(_ j: ResolvedJourney, columns: [Int?]) -> String {
        var heads = SiteHTML()
        for column in columns {
            guard let i = column else {
                heads.raw("<th scope=\"col\" class=\"tp-head empty\">No touchpoints</th>")
                continue
            }
            let id = j.touchpoints[i].header.id
            heads.raw("<th scope=\"col\" id=\"")
            heads.text(SitePaths.Anchor.touchpoint(id))
            heads.raw("\" data-touchpoint=\"")
            heads.text(id)
            heads.raw("\" class=\"tp-head\">")
            heads.text(j.touchpoints[i].header.title)
            let flags = flags(j, i)
            if !flags.isEmpty {
                heads.raw("<span class=\"flags\">")
                for flag in flags {
                    heads.raw(" <span class=\"flag " + flag.cls + "\">")
                    heads.text(flag.text)
                    heads.raw("</span>")
                }
                heads.raw("</span>")
            }
            heads.raw("</th>")
        }
        return heads.html
    }

    /// Short facts under a touchpoint's title, each with its class.
    func flags(_ j: ResolvedJourney, _ i: Int) -> [(text: String, cls: String)] {
        let tp = j.touchpoints[i]
        let f = j.touchpointFigures[i]
        var flags: [(String, String)] = []
        if f.focus, let rank = f.rank { flags.append(("\u{2605} focus #\(rank)", "focus")) }
        if tp.momentOfTruth { flags.append(("\u{25C6} moment of truth", "truth")) }
        if tp.entry || i == 0 { flags.append(("entry", "entry")) }
        if !f.reachable { flags.append(("unreachable", "unreachable")) }
        return flags
    }

    /// Rows about stages, each cell spanning its stage's columns.
    func stageLanes(_ j: ResolvedJourney) -> [Lane] {
        let stages = j.stages
        return [
            Lane(key: "stageGoal", style: .text(nil)) { s in stages[s].goal.map { [Self.item($0)] } ?? [] },
            Lane(key: "stageActions", style: .text(nil)) { s in Self.items(stages[s].actions) },
            Lane(key: "stageThoughts", style: .text("thought")) { s in Self.items(stages[s].thoughts) },
            Lane(key: "stagePains", style: .cards("pain")) { s in Self.items(stages[s].pains) },
            Lane(key: "stageOpportunities", style: .cards("opportunity")) { s in Self.items(stages[s].opportunities) },
            Lane(key: "stageKpis", style: .text(nil)) { s in stages[s].kpis.map { Self.item(Self.kpiText($0)) } },
            Lane(key: "stageOwner", style: .text(nil)) { s in stages[s].owner.map { [Self.item($0)] } ?? [] },
            Lane(key: "stageDuration", style: .text(nil)) { s in stages[s].duration.map { [Self.item($0)] } ?? [] },
            Lane(key: "stageEmotion", style: .chips("emo")) { s in
                j.stageEmotions[s].map { e in
                    [Self.item(SiteNumber.signed(e), cls: EmotionCurve.emotionClass(e),
                               note: stages[s].emotion == nil ? "mean of its touchpoints" : nil)]
                } ?? []
            },
            Lane(key: "stageSources", style: .text(nil)) { s in Self.items(stages[s].sources) },
        ]
    }

    /// The touchpoint lanes but the emotion curve and the tactics, which draw themselves.
    func touchpointLanes(_ j: ResolvedJourney, root: String) -> [Lane] {
        let tps = j.touchpoints
        let figures = j.touchpointFigures
        return [
            Lane(key: "channels", style: .chips("channel")) { i in Self.items(tps[i].channels) },
            Lane(key: "actors", style: .chips("actor")) { i in Self.items(tps[i].actors) },
            Lane(key: "actions", style: .text(nil)) { i in Self.items(tps[i].actions) },
            Lane(key: "thoughts", style: .text("thought")) { i in Self.items(tps[i].thoughts) },
            Lane(key: "pains", style: .cards("pain")) { i in Self.items(tps[i].pains) },
            Lane(key: "opportunities", style: .cards("opportunity")) { i in Self.items(tps[i].opportunities) },
            Lane(key: "moments", style: .chips("moment")) { i in
                figures[i].moments.map { id in
                    Self.item(self.momentTitle(j, id) ?? id, href: "#" + SitePaths.encode(SitePaths.Anchor.moment(id)))
                }
            },
            Lane(key: "next", style: .text(nil)) { i in
                figures[i].next.filter { !$0.implicit || $0.share != nil }.map { edge in
                    let target = self.edgeTarget(edge, j, root: root)
                    let share = edge.share.map { " " + SiteNumber.percent($0) } ?? ""
                    return Self.item(target.title + share, href: target.href, note: edge.label)
                }
            },
            Lane(key: "data", style: .text(nil)) { i in Self.items(tps[i].data) },
            Lane(key: "evidence", style: .text(nil)) { i in Self.items(tps[i].evidence) },
            Lane(key: "frontstage", style: .text(nil)) { i in Self.items(tps[i].frontstage) },
            Lane(key: "backstage", style: .text(nil)) { i in Self.items(tps[i].backstage) },
            Lane(key: "support", style: .text(nil)) { i in Self.items(tps[i].support) },
            Lane(key: "kpis", style: .text(nil)) { i in tps[i].kpis.map { Self.item(Self.kpiText($0)) } },
            Lane(key: "priority", style: .text(nil)) { i in
                figures[i].priority.map { p in
                    [Self.item(SiteNumber.decimal(p), note: figures[i].rank.map { "rank \($0)" + (figures[i].focus ? ", focus" : "") })]
                } ?? []
            },
            Lane(key: "needsValue", style: .chips("quadrant")) { i in
                figures[i].needsValue.map { [Self.item($0.rawValue, cls: "q-" + Slug.make($0.rawValue))] } ?? []
            },
            Lane(key: "traffic", style: .text(nil)) { i in tps[i].traffic.map { [Self.item(Self.rateText($0))] } ?? [] },
            Lane(key: "duration", style: .text(nil)) { i in tps[i].duration.map { [Self.item($0)] } ?? [] },
            Lane(key: "sources", style: .text(nil)) { i in Self.items(tps[i].sources) },
            Lane(key: "custom", style: .text(nil)) { i in tps[i].header.custom.map { Self.item($0.key + ": " + $0.value) } },
        ]
    }

    /// Tactics as chips coloured by quadrant with their ICE score, and the touchpoint's
    /// personalized interaction value under them.
    func tacticLane(_ j: ResolvedJourney, columns: [Int?]) -> SiteValue {
        guard columns.contains(where: { $0.map { !j.touchpointFigures[$0].tactics.isEmpty } ?? false }) else { return .null }
        var html = SiteHTML()
        for column in columns {
            guard let i = column, !j.touchpointFigures[i].tactics.isEmpty else {
                html.raw("<td></td>")
                continue
            }
            let f = j.touchpointFigures[i]
            let chips = f.tactics.map { k in
                let t = j.tactics[k]
                let figures = j.tacticFigures[k]
                return Self.item(t.header.title, href: Self.tacticAnchor(t.header.id),
                                 cls: figures.quadrant.map { "q-" + Slug.make($0.rawValue) },
                                 note: figures.ice.map { "ICE " + SiteNumber.decimal($0) })
            }
            html.raw("<td>")
            html.chips(chips, cls: "tactic")
            html.raw("<p class=\"pv\">Personalization value <strong>")
            html.raw(SiteNumber.decimal(f.personalizationValue, maxDecimals: 2))
            html.raw("</strong></p></td>")
        }
        return .object(["cellsHTML": .html(html.html)])
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

    /// `1,200/day`.
    static func rateText(_ r: Rate) -> String { SiteNumber.decimal(r.amount, maxDecimals: 2) + "/" + r.unit.rawValue }
}
