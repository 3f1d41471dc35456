extension Resolver {
    /// Micro-moments of each touchpoint: its own children, then every other moment that
    /// names it with `touchpoint:` (under a stage or under another touchpoint), in document order.
    mutating func computeMoments(_ journey: inout ResolvedJourney, index: JourneyIndex) {
        for (i, tp) in journey.touchpoints.enumerated() {
            journey.touchpointFigures[i].moments = tp.moments.map(\.header.id)
        }
        let moments = journey.stages.flatMap { stage in stage.moments + stage.touchpoints.flatMap(\.moments) }
            .sorted { $0.header.range.start < $1.header.range.start }
        for moment in moments {
            for i in index.momentTouchpoints[moment.header.id] ?? [] where
                !journey.touchpointFigures[i].moments.contains(moment.header.id) {
                journey.touchpointFigures[i].moments.append(moment.header.id)
            }
        }
    }

    /// Which touchpoints and micro-moments each tactic belongs to (section 4, Tactic),
    /// its channels, matrix quadrant, ICE and experiment size; and the segment references.
    mutating func computeTactics(_ journey: inout ResolvedJourney, index: JourneyIndex) {
        let doc = journey.document
        var offsets: [Int] = []
        var running = 0
        for stage in doc.stages {
            offsets.append(running)
            running += stage.touchpoints.count
        }
        for (k, tactic) in doc.tactics.enumerated() {
            var members: [Int] = []
            // The parent micro-moment comes first, then those named with `moment:`.
            var moments: [String] = []
            switch tactic.parent {
            case .document: break
            case .stage(let s): members += journey.touchpointIndices(ofStage: s)
            case .touchpoint(let s, let t): members.append(offsets[s] + t)
            case .moment(let s, let t, let m):
                let moment = t.map { doc.stages[s].touchpoints[$0].moments[m] } ?? doc.stages[s].moments[m]
                members += index.momentTouchpoints[moment.header.id] ?? []
                moments.append(moment.header.id)
            }
            for ref in tactic.touchpointRefs {
                if let i = localTouchpoint(ref, doc: doc, index: index, kind: "touchpoint") { members.append(i) }
            }
            for ref in tactic.momentRefs {
                if let journey = ref.journey, journey != doc.id {
                    checkOtherJourney(ref, journey, doc: doc, ids: momentIDs, noun: "micro-moment")
                } else if let targets = index.momentTouchpoints[ref.id] {
                    members += targets
                    if !moments.contains(ref.id) { moments.append(ref.id) }
                } else {
                    let known = index.momentTouchpoints.keys.sorted()
                    let hint = Suggest.closest(to: ref.id, in: known).map { "did you mean '\($0)'? " } ?? ""
                    report(.unresolvedRef, doc.file, ref.range,
                           "no micro-moment '\(ref.text)' in journey '\(doc.id)'; \(hint)a moment reference names a Micro-moment id of this journey")
                }
            }
            for ref in tactic.segmentRefs { checkFolderRef(ref, kind: .segment, known: segmentIDs, file: doc.file) }
            var seen = Set<Int>()
            members = members.filter { seen.insert($0).inserted }
            for i in members { journey.touchpointFigures[i].tactics.append(k) }

            var figures = TacticFigures(touchpoints: members, moments: moments)
            figures.channels = tactic.channels.isEmpty
                ? (members.first.flatMap { journey.touchpoints[$0].channels.first }.map { [$0] } ?? [])
                : tactic.channels
            figures.quadrant = Figures.tacticQuadrant(impact: tactic.impact, effort: tactic.effort)
            figures.ice = Figures.ice(impact: tactic.impact, confidence: tactic.confidence, effort: tactic.effort)
            if let experiment = tactic.experiment {
                figures.experiment = size(experiment, tactic: tactic, members: members, journey: journey)
            }
            journey.tacticFigures.append(figures)
        }
    }

    private mutating func size(_ e: Experiment, tactic: Tactic, members: [Int], journey: ResolvedJourney) -> ExperimentFigures {
        var out = ExperimentFigures()
        out.trafficPerDay = e.traffic?.perDay ?? members.lazy.compactMap { journey.touchpoints[$0].traffic?.perDay }.first
        guard let baseline = e.baseline, let lift = e.lift else { return out }
        switch Figures.samplePerVariant(baselinePercent: baseline, liftPercent: lift) {
        case .success(let n):
            out.samplePerVariant = n
            out.days = Figures.experimentDays(samplePerVariant: n, variants: e.variants, trafficPerDay: out.trafficPerDay)
            if let days = out.days, days > 90 {
                report(.experimentTooLong, journey.document.file, e.range,
                       "the experiment of Tactic '\(tactic.header.title)' needs \(days) days (\(n) visitors per variant x \(e.variants) at \(Self.format(out.trafficPerDay ?? 0))/day); test a larger lift, fewer variants or a touchpoint with more traffic")
            }
        case .failure(let error):
            report(.badValue, journey.document.file, e.liftRange ?? e.range,
                   "experiment of Tactic '\(tactic.header.title)': \(error.message)")
        }
        return out
    }

    static func format(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(format2: x)
    }

    /// Priority, rank, focus and needs x value per touchpoint; stage emotions; low points.
    mutating func computeFigures(_ journey: inout ResolvedJourney) {
        let weights = config.weights
        let priorities = journey.touchpoints.map { $0.scores.isEmpty ? nil : Figures.priority($0.scores, weights: weights) }
        let ranked = Figures.rankAndFocus(priorities, focusShare: config.focus)
        for i in journey.touchpoints.indices {
            journey.touchpointFigures[i].priority = priorities[i]
            journey.touchpointFigures[i].rank = ranked[i].rank
            journey.touchpointFigures[i].focus = ranked[i].focus
            journey.touchpointFigures[i].needsValue = Figures.needsValueQuadrant(
                need: journey.touchpoints[i].need, value: journey.touchpoints[i].value)
        }
        journey.stageEmotions = journey.stages.enumerated().map { s, stage in
            stage.emotion?.value.score
                ?? Figures.mean(journey.touchpointIndices(ofStage: s).compactMap { journey.touchpoints[$0].emotion?.value.score })
        }
        let scores = journey.touchpoints.map { $0.emotion?.value.score }
        if let lowest = scores.compactMap({ $0 }).min() {
            journey.lowPoints = scores.indices.filter { scores[$0] == lowest }
        }
        let tacticValues = journey.tactics.map {
            Figures.tacticValue(impact: $0.impact, confidence: $0.confidence, status: $0.status)
        }
        for i in journey.touchpoints.indices {
            journey.touchpointFigures[i].personalizationValue =
                Figures.interactionValue(journey.touchpointFigures[i].tactics.map { tacticValues[$0] })
        }
        journey.cxScore = Figures.cxScore(values: journey.touchpointFigures.map(\.personalizationValue),
                                          priorities: priorities)
    }
}

extension String {
    /// A number with up to two decimals, trailing zeros dropped.
    init(format2 x: Double) {
        let scaled = (x * 100).rounded() / 100
        self = scaled.rounded() == scaled ? String(Int(scaled)) : String(scaled)
    }
}
