import JourneyCore

/// Where each persona and segment is used, collected once for their pages.
struct LibraryUsage: Sendable {
    /// Persona id -> (journey index, whether it is the journey's main persona).
    var personaJourneys: [String: [(journey: Int, main: Bool)]] = [:]
    /// Segment id -> persona indices naming it.
    var segmentPersonas: [String: [Int]] = [:]
    /// Segment id -> (journey index, tactic index) of tactics aimed at it.
    var segmentTactics: [String: [(journey: Int, tactic: Int)]] = [:]

    init(_ p: Project) {
        for (ji, j) in p.journeys.enumerated() {
            for (n, ref) in j.document.personaRefs.enumerated() { personaJourneys[ref.id, default: []].append((ji, n == 0)) }
            for (k, t) in j.tactics.enumerated() {
                for ref in t.segmentRefs { segmentTactics[ref.id, default: []].append((ji, k)) }
            }
        }
        for (i, persona) in p.personas.enumerated() {
            for ref in persona.segmentRefs { segmentPersonas[ref.id, default: []].append(i) }
        }
    }
}

extension SiteModel {
    /// Every persona and segment, with links to their pages.
    func peoplePage() -> SitePage {
        let root = ""
        return frame(SitePaths.people, template: "people", title: "Personas and segments", section: .people, [
            "personas": .list(project.personas.enumerated().map { i, p in
                .object([
                    "title": .text(p.header.title), "href": .text(root + SitePaths.personaLink(p.header.id)),
                    "avatarHTML": .html(PersonaAvatar(title: p.header.title, id: p.header.id, index: i).html),
                    "quote": .opt(p.quote),
                    "goal": .opt(p.goals.first),
                    "journeys": .text(Self.count(usage.personaJourneys[p.header.id]?.count ?? 0, "journey")),
                ])
            }),
            "segments": .list(project.segments.map { s in
                .object([
                    "title": .text(s.header.title), "href": .text(root + SitePaths.segmentLink(s.header.id)),
                    "rule": .opt(s.rule), "basis": .opt(s.basis), "size": .opt(s.size.map(SiteNumber.percent)),
                    "tactics": .text(Self.count(usage.segmentTactics[s.header.id]?.count ?? 0, "tactic")),
                ])
            }),
            "hasPersonas": .bool(!project.personas.isEmpty),
            "hasSegments": .bool(!project.segments.isEmpty),
        ])
    }

    /// A persona's profile and every journey it appears in, each with its emotion
    /// sparkline and its top pains.
    func personaPage(_ index: Int) -> SitePage {
        let p = project.personas[index]
        let path = SitePaths.persona(p.header.id)
        let root = SitePaths.root(of: path)
        let journeys: [SiteValue] = (usage.personaJourneys[p.header.id] ?? []).map { use in
            let j = project.journeys[use.journey]
            let pains: [SiteValue] = SiteFigures.topPains(j, limit: 3).map { pain in
                let tp = j.touchpoints[pain.touchpoint]
                return .object(["text": .text(pain.text), "touchpoint": .text(tp.header.title),
                                "href": .text(root + SitePaths.touchpointLink(journey: j.id, touchpoint: tp.header.id))])
            }
            return .object([
                "title": .text(j.title), "href": .text(root + SitePaths.journeyLink(j.id)), "main": .bool(use.main),
                "status": .text(j.document.status), "state": .text(j.document.state),
                "sparklineSVG": EmotionSparkline(j).svg().map(SiteValue.html) ?? .null,
                "meanEmotion": .opt(j.meanEmotion.map(SiteNumber.signed)),
                "cxScore": .opt(SiteFigures.cxText(j)),
                "pains": .list(pains),
            ])
        }
        return frame(path, template: "persona", title: p.header.title, section: .people, [
            "title": .text(p.header.title), "id": .text(p.header.id),
            "avatarHTML": .html(PersonaAvatar(title: p.header.title, id: p.header.id, index: index).html(large: true)),
            "goals": .texts(p.goals), "needs": .texts(p.needs), "frustrations": .texts(p.frustrations),
            "quote": .opt(p.quote), "segments": .list(p.segmentRefs.map { segmentLink($0, root: root) }),
            "notesHTML": notes(p.header.notes, top: 3), "custom": Self.custom(p.header.custom),
            "journeys": .list(journeys), "hasJourneys": .bool(!journeys.isEmpty),
        ])
    }

    /// A segment's definition, the personas in it and the tactics aimed at it (rows as
    /// markup, `tacticRowsHTML`: a segment may be the target of thousands).
    func segmentPage(_ index: Int) -> SitePage {
        let s = project.segments[index]
        let path = SitePaths.segment(s.header.id)
        let root = SitePaths.root(of: path)
        let uses = usage.segmentTactics[s.header.id] ?? []
        var rows = SiteHTML()
        for use in uses {
            let j = project.journeys[use.journey]
            let t = j.tactics[use.tactic]
            rows.raw("<tr><th scope=\"row\">")
            rows.link(t.header.title, href: root + SitePaths.tacticLink(journey: j.id, tactic: t.header.id))
            rows.raw("</th><td>")
            rows.link(j.title, href: root + SitePaths.journeyLink(j.id))
            rows.raw("</td><td>")
            rows.text(t.status)
            rows.raw("</td><td>" + (j.tacticFigures[use.tactic].ice.map { SiteNumber.decimal($0) } ?? "\u{2013}") + "</td></tr>\n")
        }
        let filter = tacticFilters.first { $0.dimension == .segment && $0.value == s.header.id }
        return frame(path, template: "segment", title: s.header.title, section: .people, [
            "title": .text(s.header.title), "id": .text(s.header.id),
            "rule": .opt(s.rule), "basis": .opt(s.basis), "size": .opt(s.size.map(SiteNumber.percent)),
            "notesHTML": notes(s.header.notes, top: 3), "custom": Self.custom(s.header.custom),
            "personas": .list((usage.segmentPersonas[s.header.id] ?? []).map { i in
                let persona = project.personas[i]
                return Self.link(persona.header.title, SitePaths.personaLink(persona.header.id), root: root)
            }),
            "tacticRowsHTML": .html(rows.html), "hasTactics": .bool(!uses.isEmpty),
            "catalogHref": filter.map { .text(root + $0.path) } ?? .null,
        ])
    }

    /// Every diagnostic of the build, in output order, linked to its journey page (rows
    /// as markup, `rowsHTML`: a large project has thousands).
    func reportPage() -> SitePage {
        let root = ""
        var html = SiteHTML()
        var previousFile: String?
        for d in project.diagnostics {
            let journey = journeyByFile[d.file].map { project.journeys[$0].id }
            html.raw("<tr class=\"" + d.severity.rawValue + "\"")
            // The journey page's "notes for authors" link lands on its file's first row.
            if let journey, d.file != previousFile {
                html.raw(" id=\"")
                html.text(SitePaths.Anchor.report(journey: journey))
                html.raw("\"")
            }
            previousFile = d.file
            html.raw("><td>")
            html.link(d.file, href: journey.map { root + SitePaths.journeyLink($0) })
            html.raw("</td><td>\(d.line)</td><td>\(d.column)</td><td>" + d.severity.rawValue + "</td><td><code>")
            html.text(d.id.rawValue)
            html.raw("</code></td><td>")
            html.text(d.message)
            html.raw("</td></tr>\n")
        }
        let p = project
        return frame(SitePaths.report, template: "report", title: "Build report", section: .report, [
            "rowsHTML": .html(html.html), "hasDiagnostics": .bool(!project.diagnostics.isEmpty),
            "errors": .text(Self.count(p.errorCount, "error")), "warnings": .text(Self.count(p.warningCount, "warning")),
            "documents": .text(Self.count(p.documentsRead, "file")),
        ])
    }

    /// `1 journey`, `3 journeys`.
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(SiteNumber.integer(n)) \(noun)s" }
}
