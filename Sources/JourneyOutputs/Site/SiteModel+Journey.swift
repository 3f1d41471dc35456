import JourneyCore

extension SiteModel {
    /// Flow diagrams larger than this are linked, not inlined: a page of thousands of
    /// touchpoints would carry megabytes of drawing that no screen shows legibly.
    public static let inlineFlowLimit = 512 * 1024

    /// A journey page: the summary, the journey map, the flow, the priority charts,
    /// tactics, micro-moments, notes and a link to the notes for authors on the report
    /// page. Links within the page are `#anchor`s.
    func journeyPage(_ index: Int) -> SitePage {
        let j = project.journeys[index]
        let doc = j.document
        let path = SitePaths.journey(j.id)
        let root = SitePaths.root(of: path)
        let svg = input.journeySVG[j.id]
        let flowSVG = svg.flatMap { $0.utf8.count <= Self.inlineFlowLimit ? InlineSVG.flow($0, labelledBy: "diagram-caption") : nil }
        let tactics = j.tactics.indices.map { Self.tacticCardValue(tacticCard(j, $0, root: root)) }
        let moments = momentCards(j)
        let noteEntries = notesList(j)
        return frame(path, template: "journey", title: j.title, section: nil, [
            "id": .text(j.id), "title": .text(j.title), "file": .text(doc.file),
            "owner": .opt(doc.owner), "status": .text(doc.status), "state": .text(doc.state),
            "version": .opt(doc.version), "tags": .texts(doc.tags),
            "custom": Self.custom(doc.custom),
            "descriptionHTML": notes(doc.description, top: 3),
            "summary": summary(j, root: root),
            "persona": doc.personaRefs.first.map { personaCard($0, root: root) } ?? .null,
            "otherPersonas": .list(doc.personaRefs.dropFirst().map { personaLink($0, root: root) }),
            "grid": grid(j, root: root),
            "flowSVG": flowSVG.map(SiteValue.html) ?? .null,
            "flowTooLarge": .bool(svg != nil && flowSVG == nil),
            "flowTextHTML": .html(flowTextHTML(j, root: root)),
            "priority": priority(j),
            "tactics": .list(tactics),
            "hasTactics": .bool(!tactics.isEmpty),
            "moments": .list(moments),
            "hasMoments": .bool(!moments.isEmpty),
            "notes": .list(noteEntries),
            "hasNotes": .bool(!noteEntries.isEmpty),
            "authorNotes": authorNotes(j, root: root),
            "jsonHref": .text(SitePaths.encode(j.id) + ".json"),
            "svgHref": svg == nil ? .null : .text(SitePaths.encode(j.id) + ".svg"),
        ])
    }

    /// `name: now -> target`, or the name alone.
    static func kpiText(_ k: KPI) -> String {
        var text = k.name
        if let now = k.now { text += ": " + now }
        if let target = k.target { text += " \u{2192} " + target }
        return text
    }

    /// The main persona with its profile, for the journey header.
    func personaCard(_ ref: Ref, root: String) -> SiteValue {
        guard let i = personaIndex[ref.id] else {
            return .object(["title": .text(ref.text), "href": .null, "goals": .list([]), "needs": .list([]),
                            "frustrations": .list([]), "quote": .null, "segments": .list([])])
        }
        let p = project.personas[i]
        return .object([
            "title": .text(p.header.title), "href": .text(root + SitePaths.personaLink(p.header.id)),
            "goals": .texts(p.goals), "needs": .texts(p.needs), "frustrations": .texts(p.frustrations),
            "quote": .opt(p.quote), "segments": .list(p.segmentRefs.map { segmentLink($0, root: root) }),
        ])
    }

    /// The flow as text: a list item per touchpoint with where its customers go next.
    func flowTextHTML(_ j: ResolvedJourney, root: String) -> String {
        var html = SiteHTML()
        for i in j.touchpoints.indices {
            let tp = j.touchpoints[i]
            html.raw("<li>")
            html.link(tp.header.title, href: Self.touchpointAnchor(tp.header.id))
            html.raw(" \u{2192} ")
            let edges = j.touchpointFigures[i].next
            if edges.isEmpty { html.raw("end of journey") }
            for (n, edge) in edges.enumerated() {
                if n > 0 { html.raw("; ") }
                let link = edgeTarget(edge, j, root: root)
                var text = link.title
                if let share = edge.share { text += " " + SiteNumber.percent(share) }
                if let label = edge.label { text += " (" + label + ")" }
                html.link(text, href: link.href)
            }
            html.raw("</li>\n")
        }
        return html.html
    }

    /// Where an edge goes: a touchpoint on this page, one on another page, or the end.
    func edgeTarget(_ edge: FlowEdge, _ j: ResolvedJourney, root: String) -> (title: String, href: String?) {
        switch edge.target {
        case .end:
            return ("end of journey", nil)
        case .local(let k):
            let tp = j.touchpoints[k]
            return (tp.header.title, "#" + SitePaths.encode(SitePaths.Anchor.touchpoint(tp.header.id)))
        case .external(let journey, let touchpoint):
            let other = journeyIndex[journey].map { project.journeys[$0] }
            let title = other?.touchpoints.first { $0.header.id == touchpoint }?.header.title ?? touchpoint
            return ((other?.title ?? journey) + ": " + title,
                    root + SitePaths.touchpointLink(journey: journey, touchpoint: touchpoint))
        }
    }

    /// Micro-moment cards in document order, each with the touchpoints it belongs to and
    /// the tactics that serve it.
    func momentCards(_ j: ResolvedJourney) -> [SiteValue] {
        var all: [MicroMoment] = []
        for stage in j.stages {
            all += stage.moments
            for tp in stage.touchpoints { all += tp.moments }
        }
        all.sort { $0.header.range.start < $1.header.range.start }
        var touchpointsOf: [String: [CellItem]] = [:]
        for (i, f) in j.touchpointFigures.enumerated() {
            let tp = j.touchpoints[i]
            for id in f.moments {
                touchpointsOf[id, default: []].append(CellItem(tp.header.title, href: Self.touchpointAnchor(tp.header.id)))
            }
        }
        return all.map { m in
            var facts: [Fact] = []
            if let intent = m.intent { facts.append(Fact("Intent", intent)) }
            if let type = m.type { facts.append(Fact("Type", type)) }
            if !m.signals.isEmpty { facts.append(Fact("Signals", m.signals.map { CellItem($0) }, asList: true)) }
            if let tps = touchpointsOf[m.header.id] { facts.append(Fact("Touchpoints", tps, asList: true)) }
            let tactics = j.tacticIndices(ofMoment: m.header.id).map { k in
                CellItem(j.tactics[k].header.title, href: Self.tacticAnchor(j.tactics[k].header.id))
            }
            if !tactics.isEmpty { facts.append(Fact("Tactics", tactics, asList: true)) }
            if !m.sources.isEmpty { facts.append(Fact("Sources", m.sources.map { CellItem($0) }, asList: true)) }
            facts += m.header.custom.map { Fact($0.key, $0.value) }
            var html = SiteHTML()
            html.facts(facts)
            return .object([
                "anchor": .text(SitePaths.Anchor.moment(m.header.id)), "title": .text(m.header.title),
                "factsHTML": .html(html.html),
            ])
        }
    }

    /// Every element's notes in document order, each with a link to the element.
    func notesList(_ j: ResolvedJourney) -> [SiteValue] {
        var entries: [(line: Int, value: SiteValue)] = []
        func add(_ kind: ElementKind?, _ title: String, anchor: String?, _ notes: Notes, line: Int) {
            guard !notes.isEmpty else { return }
            entries.append((line, .object([
                "kind": .text(kind?.rawValue ?? "Journey"), "title": .text(title),
                "href": anchor.map { .text("#" + SitePaths.encode($0)) } ?? .null,
                "notesHTML": self.notes(notes, top: 4),
            ])))
        }
        func add(_ header: ElementHeader) {
            add(header.kind, header.title, anchor: SitePaths.Anchor.of(header), header.notes, line: header.range.start.line)
        }
        let doc = j.document
        add(nil, j.title, anchor: nil, doc.notes, line: doc.notes.range?.start.line ?? 0)
        for stage in doc.stages {
            add(stage.header)
            stage.moments.forEach { add($0.header) }
            for tp in stage.touchpoints {
                add(tp.header)
                tp.moments.forEach { add($0.header) }
            }
        }
        doc.tactics.forEach { add($0.header) }
        // Stable: ties (none expected) keep the order added.
        return entries.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element.value)
    }
}
