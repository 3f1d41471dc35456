extension Resolver {
    /// Local lookups of one journey, built once.
    struct JourneyIndex {
        var touchpoint: [String: Int] = [:]
        /// Moment id -> the touchpoints it is about.
        var momentTouchpoints: [String: [Int]] = [:]
    }

    mutating func resolve(_ doc: MapDocument) -> ResolvedJourney {
        var touchpoints: [Touchpoint] = []
        var stageOf: [Int] = []
        for (s, stage) in doc.stages.enumerated() {
            for tp in stage.touchpoints {
                touchpoints.append(tp)
                stageOf.append(s)
            }
        }
        checkDuplicateIDs(doc)
        for ref in doc.personaRefs { checkFolderRef(ref, kind: .persona, known: personaIDs, file: doc.file) }
        let index = buildIndex(doc, touchpoints)

        var figures = [TouchpointFigures](repeating: TouchpointFigures(), count: touchpoints.count)
        for (i, tp) in touchpoints.enumerated() {
            figures[i].next = flow(from: i, touchpoints, doc: doc, index: index)
            checkShares(tp, file: doc.file)
        }
        var journey = ResolvedJourney(document: doc, touchpoints: touchpoints, stageOfTouchpoint: stageOf,
                                      touchpointFigures: figures, stageEmotions: [], tacticFigures: [], lowPoints: [])
        computeMoments(&journey, index: index)
        computeTactics(&journey, index: index)
        computeFigures(&journey)
        computeReachability(&journey)
        runWarningChecks(journey)
        return journey
    }

    private mutating func buildIndex(_ doc: MapDocument, _ touchpoints: [Touchpoint]) -> JourneyIndex {
        var index = JourneyIndex()
        for (i, tp) in touchpoints.enumerated() where index.touchpoint[tp.header.id] == nil {
            index.touchpoint[tp.header.id] = i
        }
        var offset = 0
        for stage in doc.stages {
            for moment in stage.moments {
                let targets = moment.touchpointRefs.compactMap { localTouchpoint($0, doc: doc, index: index, kind: "touchpoint") }
                index.momentTouchpoints[moment.header.id, default: []] += targets
            }
            for (t, tp) in stage.touchpoints.enumerated() {
                for moment in tp.moments {
                    var targets = [offset + t]
                    targets += moment.touchpointRefs.compactMap { localTouchpoint($0, doc: doc, index: index, kind: "touchpoint") }
                    index.momentTouchpoints[moment.header.id, default: []] += targets
                }
            }
            offset += stage.touchpoints.count
        }
        return index
    }

    /// Resolves a touchpoint reference of this journey; reports it when it does not
    /// exist. A reference into another journey is checked but gives no local index.
    mutating func localTouchpoint(_ ref: Ref, doc: MapDocument, index: JourneyIndex, kind: String) -> Int? {
        if let journey = ref.journey, journey != doc.id {
            checkOtherJourney(ref, journey, doc: doc, ids: touchpointIDs, noun: "touchpoint")
            return nil
        }
        if let i = index.touchpoint[ref.id] { return i }
        let known = index.touchpoint.keys.sorted()
        let hint = Suggest.closest(to: ref.id, in: known).map { "did you mean '\($0)'? " } ?? ""
        report(.unresolvedRef, doc.file, ref.range,
               "no touchpoint '\(ref.id)' in journey '\(doc.id)'; \(hint)a \(kind) reference names a touchpoint id (its {#id} or title slug)",
               fix: Suggest.closest(to: ref.id, in: known))
        return nil
    }

    /// Reports `ref` (`journey/id`, `journey` not `doc`'s) unless that journey has a
    /// `noun` with the id; `ids` maps each journey to its ids of that kind. Another
    /// journey's element is only checked: a tactic belongs to elements of its own.
    mutating func checkOtherJourney(_ ref: Ref, _ journey: String, doc: MapDocument, ids: [String: Set<String>],
                                    noun: String) {
        consulted.insert(journey)
        guard let known = ids[journey] else {
            let hint = Suggest.closest(to: journey, in: ids.keys.sorted()).map { "did you mean '\($0)'? " } ?? ""
            report(.unresolvedRef, doc.file, ref.range,
                   "no journey '\(journey)' in the maps folder for '\(ref.text)'; \(hint)use the id from that journey's front matter or file name")
            return
        }
        guard !known.contains(ref.id) else { return }
        let near = Suggest.closest(to: ref.id, in: known.sorted()).map { "\(journey)/\($0)" }
        let hint = near.map { "did you mean '\($0)'? " } ?? ""
        report(.unresolvedRef, doc.file, ref.range,
               "journey '\(journey)' has no \(noun) '\(ref.id)'; \(hint)use a \(noun) id of that journey (its {#id} or title slug)",
               fix: near)
    }
}
