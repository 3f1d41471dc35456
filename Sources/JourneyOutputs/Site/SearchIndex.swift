import JourneyCore

/// The search index as a script that assigns a global, so the search works from
/// `file://` (where `fetch` of a local file is refused).
///
/// One entry per journey, stage, touchpoint, micro-moment, tactic, persona and segment:
/// `[kind, title, context, href, keywords, texts]`, `href` relative to the site root.
/// The journeys come first; an element of a journey has the journey entry's number as
/// its context and its anchor as its `href` (the script reads that entry's title and
/// page). `texts` holds the element's longer texts (actions, thoughts, pains, notes, ...), each
/// a string whose first character says what it is (`SearchIndex.Field`), so that a
/// result can show the line that matched. Every string goes through `JSONEscaping`,
/// which also escapes `<`, `>` and `&`.
public enum SearchIndex {
    public static let globalName = "JOURNEYMAP_SEARCH"

    /// What a text of an entry is: its code is the text's first character. The site
    /// script shows the label before a matching text.
    public enum Field: Character, CaseIterable, Sendable {
        case action = "a", thought = "t", pain = "p", opportunity = "o", goal = "g", notes = "n"
        case intent = "i", signal = "s", trigger = "r", content = "c", fallback = "b"
        case need = "e", frustration = "f", basis = "h"
    }

    public static func script(_ p: Project) -> String { String(decoding: bytes(p), as: UTF8.self) }

    /// `script` as UTF-8, the form the site writes.
    public static func bytes(_ p: Project) -> [UInt8] {
        var w = SearchIndexWriter()
        w.out = Array("/* journeymap search index: [kind, title, context, href, keywords, texts] */\nwindow.\(globalName) = [\n".utf8)
        let personaTitles = Dictionary(p.personas.map { ($0.header.id, $0.header.title) }, uniquingKeysWith: { a, _ in a })
        let segmentTitles = Dictionary(p.segments.map { ($0.header.id, $0.header.title) }, uniquingKeysWith: { a, _ in a })
        for j in p.journeys {
            let doc = j.document
            w.entry("Journey", j.title, doc.owner ?? "", SitePaths.journeyLink(j.id),
                    [j.id, doc.status, doc.state] + doc.tags + doc.personaRefs.map { personaTitles[$0.id] ?? $0.text }) { w in
                w.notes(doc.description)
                w.notes(doc.notes)
            }
        }
        for (n, j) in p.journeys.enumerated() { touchpoints(j, n, &w) }
        for (n, j) in p.journeys.enumerated() {
            for (k, t) in j.tactics.enumerated() {
                let f = j.tacticFigures[k]
                w.element("Tactic", t.header.title, journey: n, anchor: SitePaths.Anchor.tactic(t.header.id),
                          [t.header.id, t.status, f.quadrant?.rawValue ?? "", t.owner ?? ""] + f.channels
                            + t.segmentRefs.map { segmentTitles[$0.id] ?? $0.text }) { w in
                    w.text(.trigger, t.trigger)
                    w.texts(.content, t.content)
                    w.text(.fallback, t.fallback)
                    w.notes(t.header.notes)
                }
            }
        }
        for persona in p.personas {
            w.entry("Persona", persona.header.title, persona.quote ?? "", SitePaths.personaLink(persona.header.id),
                    [persona.header.id]) { w in
                w.texts(.goal, persona.goals)
                w.texts(.need, persona.needs)
                w.texts(.frustration, persona.frustrations)
                w.notes(persona.header.notes)
            }
        }
        for segment in p.segments {
            w.entry("Segment", segment.header.title, segment.rule ?? "", SitePaths.segmentLink(segment.header.id),
                    [segment.header.id]) { w in
                w.text(.basis, segment.basis)
                w.notes(segment.header.notes)
            }
        }
        w.out.append(contentsOf: "];\n".utf8)
        return w.out
    }

    /// The stages, touchpoints and micro-moments of a journey, in document order.
    static func touchpoints(_ j: ResolvedJourney, _ n: Int, _ w: inout SearchIndexWriter) {
        var i = 0
        for stage in j.stages {
            w.element("Stage", stage.header.title, journey: n, anchor: SitePaths.Anchor.stage(stage.header.id),
                      [stage.header.id] + (stage.owner.map { [$0] } ?? [])) { w in
                w.text(.goal, stage.goal)
                lanes(stage.actions, stage.thoughts, stage.pains, stage.opportunities, &w)
                w.notes(stage.header.notes)
            }
            moments(stage.moments, n, &w)
            for _ in stage.touchpoints.indices {
                let tp = j.touchpoints[i]
                let header = tp.header
                var keywords = [header.id, stage.header.title] + tp.channels + tp.actors
                if let label = tp.emotion?.value.label { keywords.append(label) }
                w.element("Touchpoint", header.title, journey: n, anchor: SitePaths.Anchor.touchpoint(header.id), keywords) { w in
                    lanes(tp.actions, tp.thoughts, tp.pains, tp.opportunities, &w)
                    w.notes(tp.header.notes)
                }
                moments(tp.moments, n, &w)
                i += 1
            }
        }
    }

    static func lanes(_ actions: [String], _ thoughts: [String], _ pains: [String], _ opportunities: [String],
                      _ w: inout SearchIndexWriter) {
        w.texts(.action, actions)
        w.texts(.thought, thoughts)
        w.texts(.pain, pains)
        w.texts(.opportunity, opportunities)
    }

    static func moments(_ moments: [MicroMoment], _ n: Int, _ w: inout SearchIndexWriter) {
        for m in moments {
            w.element("Micro-moment", m.header.title, journey: n, anchor: SitePaths.Anchor.moment(m.header.id),
                      [m.header.id, m.type ?? ""]) { w in
                w.text(.intent, m.intent)
                w.texts(.signal, m.signals)
                w.notes(m.header.notes)
            }
        }
    }
}
