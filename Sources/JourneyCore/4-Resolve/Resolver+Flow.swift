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

    /// Shares of one touchpoint may not sum above 100% (`flow-over-100`).
    mutating func checkShares(_ tp: Touchpoint, file: String) {
        guard let targets = tp.next, let first = targets.first else { return }
        let sum = targets.compactMap(\.share).reduce(0, +)
        // Shares are written with at most a few decimals; compare with a tolerance so
        // 33.3% + 33.3% + 33.4% is not over.
        guard sum > 100.000001 else { return }
        let last = targets.last!.range
        let shown = sum.rounded() == sum ? String(Int(sum)) : String(sum)
        report(.flowOver100, file, SourceRange(start: first.range.start, end: last.end),
               "the shares of 'next' in Touchpoint '\(tp.header.title)' sum to \(shown)%, above 100%; lower them so they add up to at most 100% (what is left is drop-off)")
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
