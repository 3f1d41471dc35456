extension ElementBuilder {
    /// Builds the typed element and puts it under its parent in `doc`.
    mutating func place(_ kind: ElementKind, header: ElementHeader, values v: ElementValues, parent: Place?,
                        rawElement: RawElement, owner: String, into doc: inout MapDocument) -> Place {
        switch kind {
        case .stage:
            var stage = Stage(header: header)
            stage.goal = v.text("goal")
            stage.kpis = v.kpis("kpi")
            stage.owner = v.text("owner")
            stage.actions = v.texts("action")
            stage.thoughts = v.texts("thought")
            stage.pains = v.texts("pain")
            stage.opportunities = v.texts("opportunity")
            stage.sources = v.texts("source")
            stage.emotion = v.all("emotion").first.flatMap(Self.emotion)
            stage.duration = v.text("duration")
            doc.stages.append(stage)
            return .stage(doc.stages.count - 1)
        case .touchpoint:
            guard case .stage(let s)? = parent else { return .dropped }
            doc.stages[s].touchpoints.append(touchpoint(header, v))
            return .touchpoint(s, doc.stages[s].touchpoints.count - 1)
        case .microMoment:
            var moment = MicroMoment(header: header)
            moment.intent = v.text("intent")
            moment.type = v.word("type")
            moment.signals = v.texts("signal")
            moment.sources = v.texts("source")
            moment.touchpointRefs = v.refs("touchpoint")
            switch parent {
            case .stage(let s)?:
                if moment.touchpointRefs.isEmpty && !v.has("touchpoint") {
                    reader.sink.report(.missingKey, at: header.range,
                                       "\(owner) sits directly under a Stage and has no 'touchpoint'; add '- touchpoint: touchpoint-id' or move it under a Touchpoint heading",
                                       fix: "- touchpoint: ")
                }
                doc.stages[s].moments.append(moment)
                return .moment(stage: s, touchpoint: nil, index: doc.stages[s].moments.count - 1)
            case .touchpoint(let s, let t)?:
                doc.stages[s].touchpoints[t].moments.append(moment)
                return .moment(stage: s, touchpoint: t, index: doc.stages[s].touchpoints[t].moments.count - 1)
            default:
                return .dropped
            }
        case .tactic:
            let tacticParent: TacticParent
            switch parent {
            case nil: tacticParent = .document
            case .stage(let s)?: tacticParent = .stage(index: s)
            case .touchpoint(let s, let t)?: tacticParent = .touchpoint(stage: s, index: t)
            case .moment(let s, let t, let m)?: tacticParent = .moment(stage: s, touchpoint: t, index: m)
            default: return .dropped
            }
            let tactic = self.tactic(header, v, parent: tacticParent)
            if tacticParent == .document && tactic.touchpointRefs.isEmpty && tactic.momentRefs.isEmpty
                && !v.has("touchpoint") && !v.has("moment") {
                reader.sink.report(.missingKey, at: header.range,
                                   "\(owner) stands at document level and names no 'touchpoint' or 'moment'; add '- touchpoint: touchpoint-id' or move it under the touchpoint it serves",
                                   fix: "- touchpoint: ")
            }
            doc.tactics.append(tactic)
            return .tactic(doc.tactics.count - 1)
        case .persona:
            var persona = Persona(header: header)
            persona.goals = v.texts("goal")
            persona.needs = v.texts("need")
            persona.frustrations = v.texts("frustration")
            persona.quote = v.text("quote")
            persona.segmentRefs = v.refs("segment")
            doc.personas.append(persona)
            return .other
        case .segment:
            var segment = Segment(header: header)
            segment.rule = v.text("rule")
            segment.basis = v.word("basis")
            segment.size = v.number("size")
            doc.segments.append(segment)
            return .other
        }
    }

    private static func emotion(_ value: PropertyValue) -> Located<Emotion>? {
        if case .emotion(let e) = value { return e }
        return nil
    }

    private func touchpoint(_ header: ElementHeader, _ v: ElementValues) -> Touchpoint {
        var tp = Touchpoint(header: header)
        tp.channels = v.words("channel")
        tp.actions = v.texts("action")
        tp.thoughts = v.texts("thought")
        tp.emotion = v.all("emotion").first.flatMap(Self.emotion)
        tp.pains = v.texts("pain")
        tp.opportunities = v.texts("opportunity")
        tp.data = v.texts("data")
        tp.evidence = v.texts("evidence")
        tp.frontstage = v.texts("frontstage")
        tp.backstage = v.texts("backstage")
        tp.support = v.texts("support")
        tp.sources = v.texts("source")
        tp.duration = v.text("duration")
        tp.actors = v.words("actor")
        tp.momentOfTruth = v.bool("moment of truth") ?? false
        for case .scores(let scores) in v.all("score") { tp.scores += scores }
        tp.need = v.number("need")
        tp.value = v.number("value")
        tp.traffic = v.rate("traffic")
        tp.entry = v.bool("entry") ?? false
        tp.kpis = v.kpis("kpi")
        var targets: [FlowTarget] = []
        for case .flow(let flow) in v.all("next") { targets += flow }
        // A `next` whose value was rejected (and reported) leaves the flow implicit, so
        // one typo does not also make every later touchpoint `unreachable`.
        if !targets.isEmpty { tp.next = targets }
        return tp
    }

    private func tactic(_ header: ElementHeader, _ v: ElementValues, parent: TacticParent) -> Tactic {
        var t = Tactic(header: header, parent: parent)
        t.trigger = v.text("trigger")
        t.segmentRefs = v.refs("segment")
        t.channels = v.words("channel")
        t.content = v.texts("content")
        t.type = v.word("type")
        t.engine = v.word("engine")
        t.data = v.texts("data")
        t.consent = v.word("consent")
        t.fallback = v.text("fallback")
        t.impact = v.number("impact")
        t.effort = v.number("effort")
        t.confidence = v.number("confidence")
        t.kpis = v.kpis("kpi")
        t.status = v.word("status") ?? "idea"
        t.owner = v.text("owner")
        t.touchpointRefs = v.refs("touchpoint")
        t.momentRefs = v.refs("moment")
        for case .experiment(let e) in v.all("experiment") { t.experiment = e }
        return t
    }
}
