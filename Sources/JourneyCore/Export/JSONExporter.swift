/// The resolved model as JSON (cli.md, "JSON export"). Field names are the contract.
public enum JSONExporter {
    public static func export(_ project: Project) -> String {
        JSONValue.object([
            ("version", .int(1)),
            ("journeys", .array(project.journeys.map(journey))),
            ("personas", .array(project.personas.map(persona))),
            ("segments", .array(project.segments.map(segment))),
            ("diagnostics", .array(project.diagnostics.map(diagnostic))),
        ]).rendered()
    }

    /// One journey, also written per journey by the site (`journeys/<id>.json`).
    public static func journey(_ j: ResolvedJourney) -> JSONValue {
        let doc = j.document
        var offset = 0
        let stages: [JSONValue] = doc.stages.enumerated().map { s, stage in
            let range = offset..<(offset + stage.touchpoints.count)
            offset += stage.touchpoints.count
            return self.stage(stage, emotion: j.stageEmotions[s], touchpoints: range.map { touchpoint(j, $0) })
        }
        return .object([
            ("id", .string(doc.id)), ("title", .string(j.title)), ("file", .string(doc.file)),
            ("persona", .string(doc.personaRefs.first?.text)), ("personas", .strings(doc.personaRefs.map(\.text))),
            ("owner", .string(doc.owner)), ("status", .string(doc.status)), ("state", .string(doc.state)),
            ("tags", .strings(doc.tags)), ("version", .string(doc.version)), ("kpis", .array(doc.kpis.map(kpi))),
            ("description", .string(doc.description.markdown)),
            ("meanEmotion", .double(j.meanEmotion)),
            ("stages", .array(stages)),
            ("tactics", .array(doc.tactics.indices.map { tactic(j, $0) })),
            ("lowPoints", .strings(j.lowPoints.map { j.touchpoints[$0].header.id })),
            ("custom", custom(doc.custom)),
        ])
    }

    static func stage(_ stage: Stage, emotion: Double?, touchpoints: [JSONValue]) -> JSONValue {
        .object([
            ("id", .string(stage.header.id)), ("title", .string(stage.header.title)),
            ("line", .int(stage.header.range.start.line)), ("emotion", .double(emotion)),
            ("goal", .string(stage.goal)), ("owner", .string(stage.owner)), ("kpis", .array(stage.kpis.map(kpi))),
            ("actions", .strings(stage.actions)), ("thoughts", .strings(stage.thoughts)),
            ("pains", .strings(stage.pains)), ("opportunities", .strings(stage.opportunities)),
            ("duration", .string(stage.duration)),
            ("touchpoints", .array(touchpoints)),
            ("moments", .array(stage.moments.map(moment))),
            ("custom", custom(stage.header.custom)),
        ])
    }

    static func touchpoint(_ j: ResolvedJourney, _ i: Int) -> JSONValue {
        let tp = j.touchpoints[i]
        let f = j.touchpointFigures[i]
        let emotion: JSONValue = tp.emotion.map {
            .object([("score", .number($0.value.score)), ("label", .string($0.value.label))])
        } ?? .null
        return .object([
            ("id", .string(tp.header.id)), ("title", .string(tp.header.title)), ("line", .int(tp.header.range.start.line)),
            ("channels", .strings(tp.channels)), ("emotion", emotion),
            ("priority", .double(f.priority)), ("rank", f.rank.map { .int($0) } ?? .null), ("focus", .bool(f.focus)),
            ("need", .number(tp.need)), ("value", .number(tp.value)), ("needsValue", .string(f.needsValue?.rawValue)),
            ("trafficPerDay", .double(tp.traffic?.perDay)),
            ("next", .array(f.next.map { edge($0, j) })),
            ("moments", .strings(f.moments)),
            ("tactics", .strings(f.tactics.map { j.tactics[$0].header.id })),
            ("scores", .object(tp.scores.map { ($0.criterion, .number($0.score)) })),
            ("actions", .strings(tp.actions)), ("thoughts", .strings(tp.thoughts)),
            ("pains", .strings(tp.pains)), ("opportunities", .strings(tp.opportunities)),
            ("data", .strings(tp.data)), ("evidence", .strings(tp.evidence)), ("frontstage", .strings(tp.frontstage)),
            ("backstage", .strings(tp.backstage)), ("support", .strings(tp.support)), ("sources", .strings(tp.sources)),
            ("duration", .string(tp.duration)), ("momentOfTruth", .bool(tp.momentOfTruth)), ("entry", .bool(tp.entry)),
            ("reachable", .bool(f.reachable)), ("kpis", .array(tp.kpis.map(kpi))),
            ("custom", custom(tp.header.custom)),
        ])
    }

    static func edge(_ e: FlowEdge, _ j: ResolvedJourney) -> JSONValue {
        let to: String
        switch e.target {
        case .end: to = "end"
        case .local(let k): to = "\(j.id)/\(j.touchpoints[k].header.id)"
        case .external(let journey, let touchpoint): to = "\(journey)/\(touchpoint)"
        }
        return .object([("to", .string(to)), ("share", .double(e.share)), ("label", .string(e.label)),
                        ("implicit", .bool(e.implicit))])
    }

    static func moment(_ m: MicroMoment) -> JSONValue {
        .object([
            ("id", .string(m.header.id)), ("title", .string(m.header.title)), ("intent", .string(m.intent)),
            ("type", .string(m.type)), ("signals", .strings(m.signals)), ("touchpoints", .strings(m.touchpointRefs.map(\.text))),
        ])
    }

    static func kpi(_ k: KPI) -> JSONValue {
        .object([("name", .string(k.name)), ("now", .string(k.now)), ("target", .string(k.target))])
    }

    static func custom(_ fields: [CustomField]) -> JSONValue {
        .object(fields.map { ($0.key, .string($0.value)) })
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
            ("severity", .string(d.severity.rawValue)), ("id", .string(d.id.rawValue)), ("message", .string(d.message)),
        ])
    }
}
