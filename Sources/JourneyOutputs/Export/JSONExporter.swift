import JourneyCore

/// The resolved model as JSON (cli.md, "JSON export"). Field names are the contract.
public enum JSONExporter {
    public static func export(_ project: Project) -> String {
        JSONDocument { w in
            w.object { w in
                w.member("version", 1)
                w.member("journeys", project.journeys, journey)
                w.member("personas", project.personas, persona)
                w.member("segments", project.segments, segment)
                w.member("diagnostics", project.diagnostics, diagnostic)
            }
        }.rendered()
    }

    /// One journey, also written per journey by the site (`journeys/<id>.json`).
    public static func journey(_ j: ResolvedJourney) -> JSONDocument {
        // A journey of 20 touchpoints takes some 35 KB.
        JSONDocument(capacity: 4096 + 1536 * j.touchpoints.count) { journey(&$0, j) }
    }

    static func journey(_ w: inout JSONWriter, _ j: ResolvedJourney) {
        let doc = j.document
        w.object { w in
            w.member("id", doc.id)
            w.member("title", j.title)
            w.member("file", doc.file)
            w.member("persona", doc.personaRefs.first?.text)
            w.member("personas", doc.personaRefs.map(\.text))
            w.member("owner", doc.owner)
            w.member("status", doc.status)
            w.member("state", doc.state)
            w.member("tags", doc.tags)
            w.member("version", doc.version)
            w.member("kpis", doc.kpis, kpi)
            w.member("description", doc.description.markdown)
            w.member("meanEmotion", double: j.meanEmotion)
            w.member("cxScore", double: j.cxScore)
            var offset = 0
            w.member("stages", doc.stages.indices) { w, s in
                let count = doc.stages[s].touchpoints.count
                stage(&w, doc.stages[s], emotion: j.stageEmotions[s], touchpoints: offset..<(offset + count), of: j)
                offset += count
            }
            w.member("tactics", doc.tactics.indices) { w, k in tactic(&w, j, k) }
            w.member("lowPoints", j.lowPoints.map { j.touchpoints[$0].header.id })
            w.member("custom") { custom(&$0, doc.custom) }
        }
    }

    static func stage(_ w: inout JSONWriter, _ stage: Stage, emotion: Double?, touchpoints: Range<Int>,
                      of j: ResolvedJourney) {
        w.object { w in
            w.member("id", stage.header.id)
            w.member("title", stage.header.title)
            w.member("line", stage.header.range.start.line)
            w.member("emotion", double: emotion)
            w.member("goal", stage.goal)
            w.member("owner", stage.owner)
            w.member("kpis", stage.kpis, kpi)
            w.member("actions", stage.actions)
            w.member("thoughts", stage.thoughts)
            w.member("pains", stage.pains)
            w.member("opportunities", stage.opportunities)
            w.member("duration", stage.duration)
            w.member("touchpoints", touchpoints) { w, i in touchpoint(&w, j, i) }
            w.member("moments", stage.moments, moment)
            w.member("custom") { custom(&$0, stage.header.custom) }
        }
    }

    static func touchpoint(_ w: inout JSONWriter, _ j: ResolvedJourney, _ i: Int) {
        let tp = j.touchpoints[i]
        let f = j.touchpointFigures[i]
        // Loops, not closures: a closure that captures `j` copies the whole journey.
        var next: [(edge: FlowEdge, to: String)] = []
        for e in f.next { next.append((e, target(e, j))) }
        var tactics: [String] = []
        for k in f.tactics { tactics.append(j.tactics[k].header.id) }
        w.object { w in
            w.member("id", tp.header.id)
            w.member("title", tp.header.title)
            w.member("line", tp.header.range.start.line)
            w.member("channels", tp.channels)
            w.member("emotion") { w in
                guard let emotion = tp.emotion else { return w.null() }
                w.object { w in
                    w.member("score", number: emotion.value.score)
                    w.member("label", emotion.value.label)
                }
            }
            w.member("priority", double: f.priority)
            w.member("rank", f.rank)
            w.member("focus", f.focus)
            w.member("need", number: tp.need)
            w.member("value", number: tp.value)
            w.member("needsValue", f.needsValue?.rawValue)
            w.member("trafficPerDay", double: tp.traffic?.perDay)
            w.member("personalizationValue", double: f.personalizationValue)
            w.member("actors", tp.actors)
            w.member("next", next) { w, next in edge(&w, next.edge, to: next.to) }
            w.member("moments", f.moments)
            w.member("tactics", tactics)
            w.member("scores") { w in
                w.object { w in
                    for s in tp.scores {
                        w.key(s.criterion)
                        w.number(s.score)
                    }
                }
            }
            w.member("actions", tp.actions)
            w.member("thoughts", tp.thoughts)
            w.member("pains", tp.pains)
            w.member("opportunities", tp.opportunities)
            w.member("data", tp.data)
            w.member("evidence", tp.evidence)
            w.member("frontstage", tp.frontstage)
            w.member("backstage", tp.backstage)
            w.member("support", tp.support)
            w.member("sources", tp.sources)
            w.member("duration", tp.duration)
            w.member("momentOfTruth", tp.momentOfTruth)
            w.member("entry", tp.entry)
            w.member("reachable", f.reachable)
            w.member("kpis", tp.kpis, kpi)
            w.member("custom") { custom(&$0, tp.header.custom) }
        }
    }

    static func edge(_ w: inout JSONWriter, _ e: FlowEdge, to: String) {
        w.object { w in
            w.member("to", to)
            w.member("share", double: e.share)
            w.member("label", e.label)
            w.member("implicit", e.implicit)
        }
    }

    /// Where an edge goes: `end`, or `journey/touchpoint`.
    static func target(_ e: FlowEdge, _ j: ResolvedJourney) -> String {
        switch e.target {
        case .end: return "end"
        case .local(let k): return "\(j.id)/\(j.touchpoints[k].header.id)"
        case .external(let journey, let touchpoint): return "\(journey)/\(touchpoint)"
        }
    }
}
