import JourneyCore

extension JSONExporter {
    static func tactic(_ w: inout JSONWriter, _ j: ResolvedJourney, _ k: Int) {
        let t = j.tactics[k]
        let f = j.tacticFigures[k]
        w.object { w in
            w.member("id", t.header.id)
            w.member("title", t.header.title)
            w.member("line", t.header.range.start.line)
            w.member("touchpoints", f.touchpoints.map { j.touchpoints[$0].header.id })
            w.member("segments", t.segmentRefs.map(\.text))
            w.member("channels", f.channels)
            w.member("impact", number: t.impact)
            w.member("effort", number: t.effort)
            w.member("confidence", number: t.confidence)
            w.member("ice", number: f.ice)
            w.member("quadrant", f.quadrant?.rawValue)
            w.member("experiment") { w in
                guard let e = t.experiment else { return w.null() }
                w.object { w in
                    w.member("baseline", double: e.baseline)
                    w.member("lift", double: e.lift)
                    w.member("metric", e.metric)
                    w.member("variants", e.variants)
                    w.member("trafficPerDay", double: f.experiment?.trafficPerDay)
                    w.member("samplePerVariant", f.experiment?.samplePerVariant)
                    w.member("days", f.experiment?.days)
                }
            }
            w.member("trigger", t.trigger)
            w.member("content", t.content)
            w.member("type", t.type)
            w.member("engine", t.engine)
            w.member("data", t.data)
            w.member("consent", t.consent)
            w.member("fallback", t.fallback)
            w.member("status", t.status)
            w.member("owner", t.owner)
            w.member("kpis", t.kpis, kpi)
            w.member("moments", f.moments)
            w.member("custom") { custom(&$0, t.header.custom) }
        }
    }

    static func persona(_ w: inout JSONWriter, _ p: Persona) {
        w.object { w in
            w.member("id", p.header.id)
            w.member("title", p.header.title)
            w.member("goals", p.goals)
            w.member("needs", p.needs)
            w.member("frustrations", p.frustrations)
            w.member("quote", p.quote)
            w.member("segments", p.segmentRefs.map(\.text))
        }
    }

    static func segment(_ w: inout JSONWriter, _ s: Segment) {
        w.object { w in
            w.member("id", s.header.id)
            w.member("title", s.header.title)
            w.member("rule", s.rule)
            w.member("basis", s.basis)
            w.member("size", double: s.size)
        }
    }

    static func moment(_ w: inout JSONWriter, _ m: MicroMoment) {
        w.object { w in
            w.member("id", m.header.id)
            w.member("title", m.header.title)
            w.member("intent", m.intent)
            w.member("type", m.type)
            w.member("signals", m.signals)
            w.member("touchpoints", m.touchpointRefs.map(\.text))
        }
    }

    static func kpi(_ w: inout JSONWriter, _ k: KPI) {
        w.object { w in
            w.member("name", k.name)
            w.member("now", k.now)
            w.member("target", k.target)
        }
    }

    static func custom(_ w: inout JSONWriter, _ fields: [CustomField]) {
        w.object { w in
            for field in fields {
                w.key(field.key)
                w.string(field.value)
            }
        }
    }

    static func diagnostic(_ w: inout JSONWriter, _ d: Diagnostic) {
        w.object { w in
            w.member("file", d.file)
            w.member("line", d.line)
            w.member("column", d.column)
            w.member("severity", d.severity.rawValue)
            w.member("id", d.id.rawValue)
            w.member("message", d.message)
        }
    }
}
