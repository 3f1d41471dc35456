import JourneyCore

extension SiteModel {
    /// Stages of different journeys share a column when their titles have the same slug
    /// (`Awareness` and `awareness!` align). Columns are ordered by where their stages
    /// sit in their journeys on average (0 first, 1 last), ties by first appearance.
    struct StageColumn {
        var key: String
        var title: String
        var positions: [Double] = []
        var firstSeen: Int
        var journeys: Set<Int> = []

        var meanPosition: Double { positions.reduce(0, +) / Double(max(positions.count, 1)) }
    }

    static func stageKey(_ title: String) -> String {
        let slug = Slug.make(title)
        return slug.isEmpty ? title.lowercased() : slug
    }

    /// The aligned stage columns, in order.
    func stageColumns() -> [StageColumn] {
        var columns: [String: StageColumn] = [:]
        var seen = 0
        for (ji, j) in project.journeys.enumerated() {
            let last = Double(max(j.stages.count - 1, 1))
            for (s, stage) in j.stages.enumerated() {
                let key = Self.stageKey(stage.header.title)
                if columns[key] == nil {
                    columns[key] = StageColumn(key: key, title: stage.header.title, firstSeen: seen)
                    seen += 1
                }
                columns[key]!.positions.append(Double(s) / last)
                columns[key]!.journeys.insert(ji)
            }
        }
        return columns.values.sorted { a, b in
            a.meanPosition != b.meanPosition ? a.meanPosition < b.meanPosition : a.firstSeen < b.firstSeen
        }
    }

    /// The channel x stage matrix: a row per channel, a column per aligned stage, each
    /// cell the touchpoints of that channel in that stage, grouped by journey (cells
    /// as markup, `cellsHTML`: the page lists every touchpoint of the project).
    func channelsPage() -> SitePage {
        let root = ""
        let columns = stageColumns()
        let columnOf = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.key, $0) })
        // channel -> column -> (journey, touchpoint) in journey order.
        var cells: [String: [[(journey: Int, touchpoint: Int)]]] = [:]
        // Journeys and touchpoints by index throughout: copies of them would cost more
        // than the page's own work.
        let journeys = project.journeys
        for (ji, j) in journeys.enumerated() {
            for i in j.touchpoints.indices {
                let c = columnOf[Self.stageKey(j.stages[j.stageOfTouchpoint[i]].header.title)]!
                for channel in Set(j.touchpoints[i].channels) {
                    if cells[channel] == nil { cells[channel] = Array(repeating: [], count: columns.count) }
                    cells[channel]![c].append((ji, i))
                }
            }
        }
        let rows: [SiteValue] = cells.keys.sorted().map { channel in
            let row = cells[channel]!
            var html = SiteHTML()
            for members in row {
                html.raw("<td>")
                var k = 0
                // One group per journey: its title, then its touchpoints.
                while k < members.count {
                    let ji = members[k].journey
                    let id = journeys[ji].id
                    html.raw("<p class=\"group\">")
                    html.link(journeys[ji].title, href: root + SitePaths.journeyLink(id))
                    html.raw("</p><ul>")
                    while k < members.count, members[k].journey == ji {
                        let header = journeys[ji].touchpoints[members[k].touchpoint].header
                        html.raw("<li>")
                        html.link(header.title, href: root + SitePaths.touchpointLink(journey: id, touchpoint: header.id))
                        html.raw("</li>")
                        k += 1
                    }
                    html.raw("</ul>")
                }
                html.raw("</td>")
            }
            return .object([
                "channel": .text(channel), "total": .text(SiteNumber.integer(row.reduce(0) { $0 + $1.count })),
                "cellsHTML": .html(html.html),
            ])
        }
        return frame(SitePaths.channels, template: "channels", title: "Channels by stage", section: .channels, [
            "columns": .list(columns.map { c in
                .object(["title": .text(c.title),
                         "journeys": .text(c.journeys.count == 1 ? "1 journey" : "\(c.journeys.count) journeys")])
            }),
            "rows": .list(rows),
            "hasRows": .bool(!rows.isEmpty),
        ])
    }
}
