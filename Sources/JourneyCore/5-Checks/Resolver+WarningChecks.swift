extension Resolver {
    /// The warning checks of section 8 that look at one journey. Each points at the
    /// element's heading, once per element.
    mutating func runWarningChecks(_ journey: ResolvedJourney) {
        let file = journey.document.file
        for (s, stage) in journey.stages.enumerated() where stage.touchpoints.isEmpty && !stage.hasLanes {
            _ = s
            report(.stageEmpty, file, stage.header.range,
                   "Stage '\(stage.header.title)' has no Touchpoint and no stage-level lanes; add a '### Touchpoint: ...' under it or 'action:'/'pain:' lines for a coarse map")
        }
        for (i, tp) in journey.touchpoints.enumerated() {
            let figures = journey.touchpointFigures[i]
            let name = "Touchpoint '\(tp.header.title)'"
            if figures.focus && figures.tactics.isEmpty {
                let rank = figures.rank.map { "rank \($0)" } ?? "focus"
                report(.focusNoTactic, file, tp.header.range,
                       "\(name) is a focus touchpoint (\(rank), priority \(String(format2: figures.priority ?? 0))) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'")
            }
            if !tp.pains.isEmpty && tp.opportunities.isEmpty && figures.tactics.isEmpty {
                report(.painNoAnswer, file, tp.header.range,
                       "\(name) has a pain but no 'opportunity' and no Tactic; add '- opportunity: ...' or a tactic that answers the pain")
            }
            if !figures.reachable {
                report(.unreachable, file, tp.header.range,
                       "\(name) is not reached by any path from an entry touchpoint; point a 'next' at '\(tp.header.id)' or mark it 'entry: yes'")
            }
        }
        if let tooLarge = DiagramDiagnostics.tooLarge(journey) { diagnostics.append(tooLarge) }
        for tactic in journey.tactics {
            let name = "Tactic '\(tactic.header.title)'"
            if !tactic.data.isEmpty && tactic.consent == nil {
                report(.tacticNoConsent, file, tactic.header.range,
                       "\(name) uses data but names no legal basis; add '- consent: consent' (or contract, legitimate interest, ...)")
            }
            if tactic.fallback == nil {
                report(.tacticNoFallback, file, tactic.header.range,
                       "\(name) has no 'fallback'; add '- fallback: ...' saying what customers see when data is missing or late")
            }
            if tactic.kpis.isEmpty {
                report(.tacticNoKPI, file, tactic.header.range,
                       "\(name) has no 'kpi'; add '- kpi: metric: now -> target' so its effect can be measured")
            }
        }
    }
}
