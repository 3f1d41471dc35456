extension Resolver {
    /// The resolved flow out of touchpoint `i` (section 5): its `next` targets, or the
    /// next touchpoint in document order, or nothing for the last one.
    mutating func flow(from i: Int, _ touchpoints: [Touchpoint], doc: MapDocument, index: JourneyIndex) -> [FlowEdge] {
        guard let targets = touchpoints[i].next else {
            return i + 1 < touchpoints.count ? [FlowEdge(target: .local(i + 1), share: nil, label: nil, implicit: true)] : []
        }
        return targets.compactMap { target in
            guard let ref = target.ref else {
                return FlowEdge(target: .end, share: target.share, label: target.label, implicit: false)
            }
            if let journey = ref.journey, journey != doc.id {
                _ = localTouchpoint(ref, doc: doc, index: index, kind: "next")
                return FlowEdge(target: .external(journey: journey, touchpoint: ref.id), share: target.share,
                                label: target.label, implicit: false)
            }
            guard let j = localTouchpoint(ref, doc: doc, index: index, kind: "next") else { return nil }
            return FlowEdge(target: .local(j), share: target.share, label: target.label, implicit: false)
        }
    }

    /// Every touchpoint that a path from an entry reaches. Entries: the first touchpoint,
    /// those marked `entry: yes`, and those another journey's flow leads into.
    mutating func computeReachability(_ journey: inout ResolvedJourney) {
        let count = journey.touchpoints.count
        guard count > 0 else { return }
        var reached = [Bool](repeating: false, count: count)
        var queue: [Int] = []
        let incomingHere = incoming[journey.id] ?? []
        for (i, tp) in journey.touchpoints.enumerated() where i == 0 || tp.entry || incomingHere.contains(tp.header.id) {
            reached[i] = true
            queue.append(i)
        }
        var head = 0
        while head < queue.count {
            let i = queue[head]
            head += 1
            for edge in journey.touchpointFigures[i].next {
                if case .local(let j) = edge.target, !reached[j] {
                    reached[j] = true
                    queue.append(j)
                }
            }
        }
        for i in 0..<count { journey.touchpointFigures[i].reachable = reached[i] }
    }
}
