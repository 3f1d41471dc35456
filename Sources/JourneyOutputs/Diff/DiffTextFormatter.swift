import JourneyCore

/// A diff as plain text for a terminal or a log: the summary line, each journey with
/// its emotion curve and changes, then new and fixed diagnostics in the form of
/// `check`'s text output.
public struct DiffTextFormatter: Sendable {
    public init() {}

    public func format(_ diff: MapDiff) -> String {
        var out = "journeymap diff: \(DiffWording.summary(diff))\n"
        for j in diff.journeys {
            out += "\n\(j.status.rawValue) journey '\(TerminalText.sanitized(j.title))' (\(j.id), \(TerminalText.sanitized(j.file)))"
            if let size = DiffWording.size(j) { out += ": \(size)" }
            out += "\n"
            if j.status == .changed {
                out += "  emotion \(Sparkline.of(j.emotionsBefore)) -> \(Sparkline.of(j.emotionsAfter))\n"
                if j.hasEmotionChanges {
                    out += "  low points: \(names(j.lowPointsBefore)) -> \(names(j.lowPointsAfter))\n"
                }
            }
            for change in j.changes {
                out += "  - " + DiffWording.sentence(change, name: { "'" + TerminalText.sanitized($0) + "'" }) + "\n"
            }
        }
        out += diagnostics("new diagnostics", diff.newDiagnostics)
        out += diagnostics("fixed diagnostics", diff.fixedDiagnostics)
        return out
    }

    private func names(_ titles: [String]) -> String {
        titles.isEmpty ? "none" : titles.map { "'" + TerminalText.sanitized($0) + "'" }.joined(separator: ", ")
    }

    private func diagnostics(_ heading: String, _ list: [Diagnostic]) -> String {
        guard !list.isEmpty else { return "" }
        return "\n\(heading):\n" + list.map {
            "  \(TerminalText.sanitized($0.file)):\($0.line):\($0.column): \($0.severity.rawValue): "
                + "\(TerminalText.sanitized($0.message)) [\($0.id.rawValue)]\n"
        }.joined()
    }
}
