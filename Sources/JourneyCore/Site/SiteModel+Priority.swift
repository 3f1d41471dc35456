/// A scored touchpoint in rank order.
public struct RankedRow: Sendable, Equatable {
    public var rank: Int
    public var title: String
    public var href: String
    /// Each configured criterion's score, `–` where the touchpoint has none.
    public var scores: [String]
    public var priority: String
    public var focus: Bool
    public var hasTactic: Bool
}

/// A 2x2 matrix: two rows (high first), two columns (low first), a quadrant per cell.
public struct Matrix: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var name: String
        public var members: [CellItem]
    }

    public var columns: [String]
    public var rows: [(label: String, cells: [Cell])]

    public static func == (a: Matrix, b: Matrix) -> Bool {
        a.columns == b.columns && a.rows.map(\.label) == b.rows.map(\.label) && a.rows.map(\.cells) == b.rows.map(\.cells)
    }
}

extension SiteModel {
    /// The priority section: ranked touchpoints, the needs x value matrix and the
    /// tactic matrix, each with what sits outside it listed beside.
    func priority(_ j: ResolvedJourney) -> SiteValue {
        let criteria = project.config.criteria.map(\.name)
        let ranked = rankedRows(j, criteria: criteria)
        var rows = SiteHTML()
        rows.ranked(ranked)
        var needs = SiteHTML()
        needs.matrix(needsValueMatrix(j), label: "Needs × value matrix (scrolls sideways)")
        var tactics = SiteHTML()
        tactics.matrix(tacticMatrix(j), label: "Impact × effort matrix (scrolls sideways)")
        return .object([
            "criteria": .texts(criteria),
            "rankedRowsHTML": .html(rows.html),
            "hasRanked": .bool(!ranked.isEmpty),
            "unscoredHTML": SiteHTML.inlineList(j.touchpoints.indices.filter { j.touchpointFigures[$0].rank == nil }
                .map { touchpointItem(j, $0) }),
            "needsValueHTML": .html(needs.html),
            "unplacedTouchpointsHTML": SiteHTML.inlineList(j.touchpoints.indices.filter { j.touchpointFigures[$0].needsValue == nil }
                .map { touchpointItem(j, $0) }),
            "tacticMatrixHTML": .html(tactics.html),
            "unplacedTacticsHTML": SiteHTML.inlineList(unplacedTactics(j)),
        ])
    }

    /// A link to a touchpoint on its own page.
    func touchpointItem(_ j: ResolvedJourney, _ i: Int) -> CellItem {
        CellItem(j.touchpoints[i].header.title, href: Self.touchpointAnchor(j.touchpoints[i].header.id))
    }

    static func touchpointAnchor(_ id: String) -> String { "#" + SitePaths.encode(SitePaths.Anchor.touchpoint(id)) }
    static func tacticAnchor(_ id: String) -> String { "#" + SitePaths.encode(SitePaths.Anchor.tactic(id)) }

    /// Scored touchpoints by rank, with each configured criterion's score.
    func rankedRows(_ j: ResolvedJourney, criteria: [String]) -> [RankedRow] {
        let ranked = j.touchpoints.indices.compactMap { i in j.touchpointFigures[i].rank.map { (i, $0) } }
            .sorted { $0.1 < $1.1 }
        return ranked.map { i, rank in
            let tp = j.touchpoints[i]
            let f = j.touchpointFigures[i]
            let scores = Dictionary(tp.scores.map { ($0.criterion, $0.score) }, uniquingKeysWith: { a, _ in a })
            return RankedRow(rank: rank, title: tp.header.title, href: Self.touchpointAnchor(tp.header.id),
                             scores: criteria.map { c in scores[c].map { SiteNumber.decimal($0) } ?? "\u{2013}" },
                             priority: f.priority.map { SiteNumber.decimal($0) } ?? "\u{2013}",
                             focus: f.focus, hasTactic: !f.tactics.isEmpty)
        }
    }

    /// Need on the vertical axis (high on top), value across.
    func needsValueMatrix(_ j: ResolvedJourney) -> Matrix {
        func cell(_ q: NeedsValueQuadrant) -> Matrix.Cell {
            Matrix.Cell(name: q.rawValue, members: j.touchpoints.indices.filter { j.touchpointFigures[$0].needsValue == q }.map {
                CellItem(j.touchpoints[$0].header.title, href: Self.touchpointAnchor(j.touchpoints[$0].header.id))
            })
        }
        return Matrix(columns: ["Lower value (below 3)", "Higher value (3 and up)"], rows: [
            ("Higher need (3 and up)", [cell(.customerCare), cell(.fixFirst)]),
            ("Lower need (below 3)", [cell(.later), cell(.businessPush)]),
        ])
    }

    /// Impact on the vertical axis (high on top), effort across (low first); tactics by ICE.
    func tacticMatrix(_ j: ResolvedJourney) -> Matrix {
        func cell(_ q: TacticQuadrant) -> Matrix.Cell {
            let members = j.tactics.indices.filter { j.tacticFigures[$0].quadrant == q }
                .sorted { a, b in Self.iceOrder(j.tacticFigures[a].ice, a, j.tacticFigures[b].ice, b) }
            return Matrix.Cell(name: q.rawValue, members: members.map { k in
                CellItem(j.tactics[k].header.title, href: Self.tacticAnchor(j.tactics[k].header.id),
                         note: j.tacticFigures[k].ice.map { "ICE " + SiteNumber.decimal($0) })
            })
        }
        return Matrix(columns: ["Lower effort (below 3)", "Higher effort (3 and up)"], rows: [
            ("Higher impact (3 and up)", [cell(.quickWin), cell(.majorProject)]),
            ("Lower impact (below 3)", [cell(.fillIn), cell(.thanklessTask)]),
        ])
    }

    /// Tactics without impact or effort, listed beside the matrix with what they lack.
    func unplacedTactics(_ j: ResolvedJourney) -> [CellItem] {
        j.tactics.indices.filter { j.tacticFigures[$0].quadrant == nil }.map { k in
            let t = j.tactics[k]
            let missing = [("impact", t.impact), ("effort", t.effort)].filter { $0.1 == nil }.map(\.0)
            return CellItem(t.header.title, href: Self.tacticAnchor(t.header.id), note: "no " + missing.joined(separator: " or "))
        }
    }

    /// Highest ICE first, tactics without ICE last, then document order.
    static func iceOrder(_ a: Double?, _ ai: Int, _ b: Double?, _ bi: Int) -> Bool {
        switch (a, b) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return ai < bi
        }
    }
}
