/// The checks of one journey that need its ids and flow but no figures; `resolve(_:)`
/// runs them as it goes.
extension Resolver {
    /// Ids are unique per kind within a journey.
    mutating func checkDuplicateIDs(_ doc: MapDocument) {
        var stages: [String: Int] = [:]
        var tps: [String: Int] = [:]
        var moments: [String: Int] = [:]
        var tactics: [String: Int] = [:]
        func check(_ header: ElementHeader, _ seen: inout [String: Int], _ diags: inout [Diagnostic]) {
            guard !header.id.isEmpty else { return }
            if let line = seen[header.id] {
                diags.append(Diagnostic(.duplicateID, file: doc.file, range: header.range,
                                        message: duplicateMessage(header, "line \(line)")))
            } else {
                seen[header.id] = header.range.start.line
            }
        }
        var found: [Diagnostic] = []
        for stage in doc.stages {
            check(stage.header, &stages, &found)
            for moment in stage.moments { check(moment.header, &moments, &found) }
            for tp in stage.touchpoints {
                check(tp.header, &tps, &found)
                for moment in tp.moments { check(moment.header, &moments, &found) }
            }
        }
        for tactic in doc.tactics { check(tactic.header, &tactics, &found) }
        diagnostics += found
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
}
