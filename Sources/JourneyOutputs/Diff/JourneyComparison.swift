import JourneyCore

/// The changes between two versions of one journey: its title and KPIs, then its stages,
/// touchpoints and tactics matched by id.
struct JourneyComparison {
    let base: ResolvedJourney
    let head: ResolvedJourney
    var changes: [DiffChange] = []

    init(base: ResolvedJourney, head: ResolvedJourney) {
        self.base = base
        self.head = head
    }

    mutating func run() {
        if base.title != head.title {
            changes.append(DiffChange(.renamed, .journey, id: head.id, title: head.title, field: .title,
                                      before: .text(base.title), after: .text(head.title)))
        }
        kpis(.journey, id: head.id, title: head.title, base.document.kpis, head.document.kpis)
        stages()
        touchpoints()
        tactics()
    }

    private mutating func stages() {
        let old = Self.byID(base.stages.indices.map { (base.stages[$0].header.id, $0) })
        let new = Self.byID(head.stages.indices.map { (head.stages[$0].header.id, $0) })
        let moved = OrderMoves.moved(base: base.stages.map(\.header.id), head: head.stages.map(\.header.id))
        for (n, stage) in head.stages.enumerated() where new[stage.header.id] == n {
            let (id, title) = (stage.header.id, stage.header.title)
            guard let before = old[id].map({ base.stages[$0] }) else {
                changes.append(DiffChange(.added, .stage, id: id, title: title))
                continue
            }
            common(.stage, id: id, title: title, oldTitle: before.header.title, moved: moved.contains(id))
            kpis(.stage, id: id, title: title, before.kpis, stage.kpis)
        }
        for (o, stage) in base.stages.enumerated() where new[stage.header.id] == nil && old[stage.header.id] == o {
            changes.append(DiffChange(.removed, .stage, id: stage.header.id, title: stage.header.title))
        }
    }

    private mutating func touchpoints() {
        let old = Self.byID(base.touchpoints.indices.map { (base.touchpoints[$0].header.id, $0) })
        let new = Self.byID(head.touchpoints.indices.map { (head.touchpoints[$0].header.id, $0) })
        // Order within each stage: a touchpoint that changed stage, or whose stage moved,
        // did not move within one.
        var moved = Set<String>()
        for stage in Set(head.stages.map(\.header.id)) {
            moved.formUnion(OrderMoves.moved(base: Self.touchpointIDs(base, stage: stage), head: Self.touchpointIDs(head, stage: stage)))
        }
        for (n, touchpoint) in head.touchpoints.enumerated() where new[touchpoint.header.id] == n {
            let (id, title) = (touchpoint.header.id, touchpoint.header.title)
            guard let o = old[id] else {
                changes.append(DiffChange(.added, .touchpoint, id: id, title: title))
                continue
            }
            let before = base.touchpoints[o]
            if before.header.title != title {
                changes.append(DiffChange(.renamed, .touchpoint, id: id, title: title, field: .title,
                                          before: .text(before.header.title), after: .text(title)))
            }
            let oldStage = base.stages[base.stageOfTouchpoint[o]].header
            let newStage = head.stages[head.stageOfTouchpoint[n]].header
            if oldStage.id != newStage.id {
                changes.append(DiffChange(.moved, .touchpoint, id: id, title: title, field: .stage,
                                          before: .text(oldStage.title), after: .text(newStage.title)))
            } else if moved.contains(id) {
                changes.append(DiffChange(.moved, .touchpoint, id: id, title: title, field: .order))
            }
            figures(id: id, title: title, base: (before, base.touchpointFigures[o]), head: (touchpoint, head.touchpointFigures[n]))
        }
        for (o, touchpoint) in base.touchpoints.enumerated() where new[touchpoint.header.id] == nil && old[touchpoint.header.id] == o {
            changes.append(DiffChange(.removed, .touchpoint, id: touchpoint.header.id, title: touchpoint.header.title))
        }
    }

    private mutating func figures(id: String, title: String, base: (Touchpoint, TouchpointFigures), head: (Touchpoint, TouchpointFigures)) {
        func change(_ field: DiffChange.Field, _ before: DiffValue?, _ after: DiffValue?) {
            guard before != after else { return }
            changes.append(DiffChange(.changed, .touchpoint, id: id, title: title, field: field, before: before, after: after))
        }
        change(.emotion, base.0.emotion.map { .number($0.value.score) }, head.0.emotion.map { .number($0.value.score) })
        change(.priority, base.1.priority.map { .number(Self.rounded($0)) }, head.1.priority.map { .number(Self.rounded($0)) })
        change(.rank, base.1.rank.map { .number(Double($0)) }, head.1.rank.map { .number(Double($0)) })
        change(.focus, .flag(base.1.focus), .flag(head.1.focus))
        for pain in head.0.pains where !base.0.pains.contains(pain) {
            changes.append(DiffChange(.added, .touchpoint, id: id, title: title, field: .pain, item: pain))
        }
        for pain in base.0.pains where !head.0.pains.contains(pain) {
            changes.append(DiffChange(.removed, .touchpoint, id: id, title: title, field: .pain, item: pain))
        }
        if head.1.focus, head.1.tactics.isEmpty, !base.1.tactics.isEmpty {
            change(.tactics, .number(Double(base.1.tactics.count)), .number(0))
        }
        kpis(.touchpoint, id: id, title: title, base.0.kpis, head.0.kpis)
    }

    private mutating func tactics() {
        let old = Self.byID(base.tactics.indices.map { (base.tactics[$0].header.id, $0) })
        let new = Self.byID(head.tactics.indices.map { (head.tactics[$0].header.id, $0) })
        for (n, tactic) in head.tactics.enumerated() where new[tactic.header.id] == n {
            let (id, title) = (tactic.header.id, tactic.header.title)
            guard let o = old[id] else {
                changes.append(DiffChange(.added, .tactic, id: id, title: title))
                continue
            }
            let before = base.tactics[o]
            let (b, h) = (base.tacticFigures[o], head.tacticFigures[n])
            common(.tactic, id: id, title: title, oldTitle: before.header.title, moved: false)
            let oldTouchpoints = b.touchpoints.map { base.touchpoints[$0].header.id }
            let newTouchpoints = h.touchpoints.map { head.touchpoints[$0].header.id }
            func change(_ field: DiffChange.Field, _ x: DiffValue?, _ y: DiffValue?, kind: DiffChange.Kind = .changed) {
                guard x != y else { return }
                changes.append(DiffChange(kind, .tactic, id: id, title: title, field: field, before: x, after: y))
            }
            change(.touchpoints, .text(oldTouchpoints.joined(separator: ", ")), .text(newTouchpoints.joined(separator: ", ")), kind: .moved)
            change(.status, .text(before.status), .text(tactic.status))
            change(.ice, b.ice.map { .number($0) }, h.ice.map { .number($0) })
            change(.quadrant, b.quadrant.map { .text($0.rawValue) }, h.quadrant.map { .text($0.rawValue) })
            change(.experimentSample, b.experiment?.samplePerVariant.map { .number(Double($0)) },
                   h.experiment?.samplePerVariant.map { .number(Double($0)) })
            change(.experimentDays, b.experiment?.days.map { .number(Double($0)) }, h.experiment?.days.map { .number(Double($0)) })
            kpis(.tactic, id: id, title: title, before.kpis, tactic.kpis)
        }
        for (o, tactic) in base.tactics.enumerated() where new[tactic.header.id] == nil && old[tactic.header.id] == o {
            changes.append(DiffChange(.removed, .tactic, id: tactic.header.id, title: tactic.header.title))
        }
    }

    /// Renamed and moved, for an element on both sides.
    private mutating func common(_ element: DiffChange.Element, id: String, title: String, oldTitle: String, moved: Bool) {
        if oldTitle != title {
            changes.append(DiffChange(.renamed, element, id: id, title: title, field: .title,
                                      before: .text(oldTitle), after: .text(title)))
        }
        if moved { changes.append(DiffChange(.moved, element, id: id, title: title, field: .order)) }
    }

    /// KPIs matched by name (case-insensitive): added, removed, or with another now or target.
    private mutating func kpis(_ element: DiffChange.Element, id: String, title: String, _ before: [KPI], _ after: [KPI]) {
        func key(_ k: KPI) -> String { k.name.lowercased() }
        func value(_ k: KPI) -> DiffValue { .text([k.now ?? "", k.target ?? ""].joined(separator: " -> ")) }
        for kpi in after {
            guard let old = before.first(where: { key($0) == key(kpi) }) else {
                changes.append(DiffChange(.added, element, id: id, title: title, field: .kpi, item: kpi.name, after: value(kpi)))
                continue
            }
            if old.now != kpi.now || old.target != kpi.target {
                changes.append(DiffChange(.changed, element, id: id, title: title, field: .kpi, item: kpi.name,
                                          before: value(old), after: value(kpi)))
            }
        }
        for kpi in before where !after.contains(where: { key($0) == key(kpi) }) {
            changes.append(DiffChange(.removed, element, id: id, title: title, field: .kpi, item: kpi.name, before: value(kpi)))
        }
    }

    /// The ids of the touchpoints of stage `stage`, in order.
    static func touchpointIDs(_ journey: ResolvedJourney, stage: String) -> [String] {
        journey.touchpoints.indices.filter { journey.stages[journey.stageOfTouchpoint[$0]].header.id == stage }
            .map { journey.touchpoints[$0].header.id }
    }

    /// The first position of each id (ids may repeat in a map with errors).
    static func byID<T>(_ pairs: [(String, T)]) -> [String: T] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Priorities to two decimals, so that float noise is no change.
    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
