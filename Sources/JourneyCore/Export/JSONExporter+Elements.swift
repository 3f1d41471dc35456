extension JSONExporter {
    static func tactic(_ j: ResolvedJourney, _ k: Int) -> JSONValue {
        let t = j.tactics[k]
        let f = j.tacticFigures[k]
        let experiment: JSONValue = t.experiment.map { e in
            .object([
                ("baseline", .double(e.baseline)), ("lift", .double(e.lift)), ("metric", .string(e.metric)),
                ("variants", .int(e.variants)), ("trafficPerDay", .double(f.experiment?.trafficPerDay)),
                ("samplePerVariant", f.experiment?.samplePerVariant.map { .int($0) } ?? .null),
                ("days", f.experiment?.days.map { .int($0) } ?? .null),
            ])
        } ?? .null
        return .object([
            ("id", .string(t.header.id)), ("title", .string(t.header.title)), ("line", .int(t.header.range.start.line)),
            ("touchpoints", .strings(f.touchpoints.map { j.touchpoints[$0].header.id })),
            ("segments", .strings(t.segmentRefs.map(\.text))), ("channels", .strings(f.channels)),
            ("impact", .number(t.impact)), ("effort", .number(t.effort)), ("confidence", .number(t.confidence)),
            ("ice", .number(f.ice)), ("quadrant", .string(f.quadrant?.rawValue)),
            ("experiment", experiment),
            ("trigger", .string(t.trigger)), ("content", .strings(t.content)), ("type", .string(t.type)),
            ("engine", .string(t.engine)), ("data", .strings(t.data)), ("consent", .string(t.consent)),
            ("fallback", .string(t.fallback)), ("status", .string(t.status)), ("owner", .string(t.owner)),
            ("kpis", .array(t.kpis.map(kpi))), ("moments", .strings(t.momentRefs.map(\.text))),
            ("custom", custom(t.header.custom)),
        ])
    }

    static func persona(_ p: Persona) -> JSONValue {
        .object([
            ("id", .string(p.header.id)), ("title", .string(p.header.title)),
            ("goals", .strings(p.goals)), ("needs", .strings(p.needs)), ("frustrations", .strings(p.frustrations)),
            ("quote", .string(p.quote)), ("segments", .strings(p.segmentRefs.map(\.text))),
        ])
    }

    static func segment(_ s: Segment) -> JSONValue {
        .object([
            ("id", .string(s.header.id)), ("title", .string(s.header.title)), ("rule", .string(s.rule)),
            ("basis", .string(s.basis)), ("size", .double(s.size)),
        ])
    }
}
