/// The search index as a script that assigns a global, so the search works from
/// `file://` (where `fetch` of a local file is refused).
///
/// One entry per journey, touchpoint, tactic, persona and segment:
/// `[kind, title, context, href, keywords]`, `href` relative to the site root. Every
/// string goes through `JSONEscaping.quoted`, which also escapes `<`, `>` and `&`.
public enum SearchIndex {
    public static let globalName = "JOURNEYMAP_SEARCH"

    public static func script(_ p: Project) -> String { String(decoding: bytes(p), as: UTF8.self) }

    /// `script` as UTF-8, the form the site writes.
    public static func bytes(_ p: Project) -> [UInt8] {
        var out = Array("/* journeymap search index: [kind, title, context, href, keywords] */\nwindow.\(globalName) = [\n".utf8)
        func add(_ kind: String, _ title: String, _ context: String, _ href: String, _ keywords: [String]) {
            out.append(0x5B)
            for field in [kind, title, context, href] {
                JSONEscaping.append(field, to: &out)
                out.append(0x2C)
            }
            JSONEscaping.append(keywords.filter { !$0.isEmpty }.joined(separator: " "), to: &out)
            out.append(contentsOf: "],\n".utf8)
        }
        let personaTitles = Dictionary(p.personas.map { ($0.header.id, $0.header.title) }, uniquingKeysWith: { a, _ in a })
        let segmentTitles = Dictionary(p.segments.map { ($0.header.id, $0.header.title) }, uniquingKeysWith: { a, _ in a })
        for j in p.journeys {
            let doc = j.document
            add("Journey", j.title, doc.owner ?? "", SitePaths.journeyLink(j.id),
                [j.id, doc.status, doc.state] + doc.tags + doc.personaRefs.map { personaTitles[$0.id] ?? $0.text })
        }
        for j in p.journeys {
            let stages = j.stages
            // By index: a copy of each touchpoint would cost more than its entry.
            for i in j.touchpoints.indices {
                let header = j.touchpoints[i].header
                add("Touchpoint", header.title, j.title, SitePaths.touchpointLink(journey: j.id, touchpoint: header.id),
                    [header.id, stages[j.stageOfTouchpoint[i]].header.title] + j.touchpoints[i].channels)
            }
        }
        for j in p.journeys {
            for (k, t) in j.tactics.enumerated() {
                let f = j.tacticFigures[k]
                add("Tactic", t.header.title, j.title, SitePaths.tacticLink(journey: j.id, tactic: t.header.id),
                    [t.header.id, t.status, f.quadrant?.rawValue ?? "", t.trigger ?? ""] + f.channels
                        + t.segmentRefs.map { segmentTitles[$0.id] ?? $0.text })
            }
        }
        for persona in p.personas {
            add("Persona", persona.header.title, persona.quote ?? "", SitePaths.personaLink(persona.header.id),
                [persona.header.id] + persona.goals)
        }
        for segment in p.segments {
            add("Segment", segment.header.title, segment.rule ?? "", SitePaths.segmentLink(segment.header.id),
                [segment.header.id, segment.basis ?? ""])
        }
        out.append(contentsOf: "];\n".utf8)
        return out
    }
}
