import JourneyCore

/// One tactic of the catalog with what its filters look at and its table row.
struct CatalogEntry: Sendable {
    var journey: Int
    var tactic: Int
    var ice: Double?
    var channels: [String]
    /// Segment ids; empty: the tactic is for everyone.
    var segments: [String]
    var quadrant: TacticQuadrant?
    var status: String
    /// The table row (`<tr>...</tr>`), with links relative to `tactics/`: made once,
    /// shown on the catalog and on each of its filter pages.
    var rowHTML: String

    func matches(_ filter: TacticFilter) -> Bool {
        switch filter.dimension {
        case .channel: return filter.value.map(channels.contains) ?? channels.isEmpty
        case .segment: return filter.value.map(segments.contains) ?? segments.isEmpty
        case .quadrant: return quadrant?.rawValue == filter.value
        case .status: return status == filter.value
        }
    }
}

extension SiteModel {
    /// The statuses in their life-cycle order; others follow by name.
    static let statusOrder = ["idea", "planned", "live", "retired"]

    /// Every tactic of the project, highest ICE first (no ICE last), then by journey and
    /// document order.
    static func catalogEntries(_ p: Project) -> [CatalogEntry] {
        let root = SitePaths.root(of: SitePaths.tactics)
        let segmentTitles = Dictionary(p.segments.map { ($0.header.id, $0.header.title) }, uniquingKeysWith: { a, _ in a })
        // Every page waits for the catalog: its rows are made on all cores.
        let entries = Parallel.map(Array(p.journeys.indices)) { ji in
            let j = p.journeys[ji]
            return j.tactics.indices.map { k in
                let f = j.tacticFigures[k]
                let t = j.tactics[k]
                return CatalogEntry(journey: ji, tactic: k, ice: f.ice, channels: f.channels, segments: t.segmentRefs.map(\.id),
                                    quadrant: f.quadrant, status: t.status,
                                    rowHTML: catalogRow(j, k, segmentTitles: segmentTitles, root: root))
            }
        }.joined()
        return entries.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.ice != y.ice { return iceOrder(x.ice, 0, y.ice, 1) }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The filter values that have tactics, per dimension in display order, with unique page names.
    static func filters(_ entries: [CatalogEntry], project p: Project, segmentIndex: [String: Int]) -> [TacticFilter] {
        var used: Set<String> = []
        func name(_ base: String) -> String {
            var candidate = base
            var n = 2
            while used.contains(candidate) { candidate = base + "-\(n)"; n += 1 }
            used.insert(candidate)
            return candidate
        }
        func slug(_ prefix: String, _ value: String) -> String {
            // A channel word may be as long as `journeymap.yml` makes it; a file name may
            // have 255 bytes. Slugs are ASCII, so a prefix of characters is one of bytes.
            var s = Slug.make(value).prefix(100)
            while s.hasSuffix("-") { s = s.dropLast() }
            return name(prefix + "-" + (s.isEmpty ? "value" : s))
        }
        var filters: [TacticFilter] = []
        for channel in Set(entries.flatMap(\.channels)).sorted() {
            filters.append(TacticFilter(dimension: .channel, value: channel, label: channel, name: slug("channel", channel)))
        }
        let segmentIDs = Set(entries.flatMap(\.segments))
        let title: (String) -> String = { id in segmentIndex[id].map { p.segments[$0].header.title } ?? id }
        for id in segmentIDs.sorted(by: { (title($0), $0) < (title($1), $1) }) {
            filters.append(TacticFilter(dimension: .segment, value: id, label: title(id), name: slug("segment", id)))
        }
        if entries.contains(where: { $0.segments.isEmpty }) {
            filters.append(TacticFilter(dimension: .segment, value: nil, label: "everyone (no segment)", name: name("no-segment")))
        }
        for q in TacticQuadrant.allCases where entries.contains(where: { $0.quadrant == q }) {
            filters.append(TacticFilter(dimension: .quadrant, value: q.rawValue, label: q.rawValue, name: slug("quadrant", q.rawValue)))
        }
        if entries.contains(where: { $0.quadrant == nil }) {
            filters.append(TacticFilter(dimension: .quadrant, value: nil, label: "outside the matrix", name: name("no-quadrant")))
        }
        let statuses = Set(entries.map(\.status))
        let ordered = statusOrder.filter(statuses.contains) + statuses.subtracting(statusOrder).sorted()
        for status in ordered {
            filters.append(TacticFilter(dimension: .status, value: status, label: status, name: slug("status", status)))
        }
        return filters
    }

    /// How many tactics (of the filter) each status has, in life-cycle order.
    func statusCounts(_ filter: TacticFilter?) -> [SiteValue] {
        var counts: [String: Int] = [:]
        for e in catalog where filter.map(e.matches) ?? true { counts[e.status, default: 0] += 1 }
        return tacticFilters.filter { $0.dimension == .status }.compactMap { f in
            guard let status = f.value, let n = counts[status] else { return nil }
            // `4 ideas`, `15 planned`: the one status that is a noun takes a plural.
            let word = status == "idea" && n != 1 ? "ideas" : status
            return .object(["status": .text(word), "class": .text("status-" + Slug.make(status)), "count": .text(SiteNumber.integer(n))])
        }
    }

    /// The catalog: every tactic, or those of one filter value, with links to every filter.
    func catalogPage(_ filter: TacticFilter?) -> SitePage {
        let path = filter?.path ?? SitePaths.tactics
        let root = SitePaths.root(of: path)
        // By index: a copy of each entry would cost more than its row.
        let rows = catalog.indices.filter { i in filter.map { catalog[i].matches($0) } ?? true }.map { catalog[$0].rowHTML }
        let counts = Dictionary(zip(tacticFilters, filterCounts), uniquingKeysWith: { a, _ in a })
        let groups: [SiteValue] = TacticFilter.Dimension.allCases.compactMap { d in
            let options = tacticFilters.filter { $0.dimension == d }
            guard !options.isEmpty else { return nil }
            return .object(["title": .text(d.title), "options": .list(options.map { f in
                .object(["label": .text(f.label), "href": .text(root + f.path), "count": .text(String(counts[f] ?? 0)),
                         "current": .bool(f == filter), "dimension": .text(d.rawValue), "value": .text(f.value ?? "")])
            })])
        }
        let title = filter.map { "Tactics: \($0.dimension.title.lowercased()) \($0.label)" } ?? "Tactic catalog"
        return frame(path, template: "tactics", title: title, section: .tactics, [
            "heading": .text(title),
            "filter": filter.map { .object(["dimension": .text($0.dimension.title), "label": .text($0.label)]) } ?? .null,
            "allHref": .text(root + SitePaths.tactics),
            "filters": .list(groups),
            "rowsHTML": .html(rows.joined()),
            "hasRows": .bool(!rows.isEmpty),
            "count": .text(SiteNumber.integer(rows.count)),
            "total": .text(SiteNumber.integer(catalog.count)),
            "statusCounts": .list(statusCounts(filter)),
            "portfolio": filter == nil ? portfolio(root: root) : .null,
        ])
    }
}

extension SiteModel {
    /// A catalog row; the `data-` attributes let the script filter and sort in place,
    /// `data-id` (`journey/tactic`) ties it to its mark in the portfolio chart. The
    /// tactic's other facts are on its card, which the title links to.
    static func catalogRow(_ j: ResolvedJourney, _ k: Int, segmentTitles: [String: String], root: String) -> String {
        let t = j.tactics[k]
        let f = j.tacticFigures[k]
        var h = SiteHTML()
        h.raw("<tr data-id=\"")
        h.text(j.id + "/" + t.header.id)
        h.raw("\" data-channel=\"")
        h.text(f.channels.joined(separator: "|"))
        h.raw("\" data-segment=\"")
        h.text(t.segmentRefs.map(\.id).joined(separator: "|"))
        h.raw("\" data-quadrant=\"")
        h.text(f.quadrant?.rawValue ?? "")
        h.raw("\" data-status=\"")
        h.text(t.status)
        h.raw("\" data-ice=\"" + SiteNumber.sortKey(f.ice) + "\">\n<th scope=\"row\">")
        h.link(t.header.title, href: root + SitePaths.tacticLink(journey: j.id, tactic: t.header.id))
        h.raw("</th><td>")
        h.link(j.title, href: root + SitePaths.journeyLink(j.id))
        h.raw("</td><td>")
        h.text(f.channels.joined(separator: ", "))
        h.raw("</td><td>")
        if t.segmentRefs.isEmpty { h.raw("everyone") }
        for (n, ref) in t.segmentRefs.enumerated() {
            if n > 0 { h.raw(", ") }
            let title = segmentTitles[ref.id]
            h.link(title ?? ref.text, href: title == nil ? nil : root + SitePaths.segmentLink(ref.id))
        }
        h.raw("</td><td>")
        if let q = f.quadrant {
            h.raw("<span class=\"q-chip q-" + Slug.make(q.rawValue) + "\">")
            h.text(q.rawValue)
            h.raw("</span>")
        } else {
            h.raw("\u{2013}")
        }
        h.raw("</td><td>")
        h.raw(f.ice.map { SiteNumber.decimal($0) } ?? "\u{2013}")
        h.raw("</td><td><span class=\"badge status-")
        h.text(Slug.make(t.status))
        h.raw("\">")
        h.text(t.status)
        h.raw("</span></td>\n</tr>\n")
        return h.html
    }
}
