import JourneyCore

/// A `--fail-on` condition of `journeymap diff`: the diff exits 1 when one is met.
public enum DiffFailure: Sendable, Equatable, CustomStringConvertible {
    /// A diagnostic of severity error that the base did not have.
    case newErrors
    /// A focus touchpoint that had a tactic has none.
    case lostFocusTactic
    /// A touchpoint's emotion falls by at least this many points.
    case emotionDrop(Double)

    /// `new-errors`, `lost-focus-tactic`, `emotion-drop` (by 1) or `emotion-drop=N`.
    public init?(parsing text: String) {
        switch text {
        case "new-errors": self = .newErrors
        case "lost-focus-tactic": self = .lostFocusTactic
        case "emotion-drop": self = .emotionDrop(1)
        default:
            guard text.hasPrefix("emotion-drop="), let n = Double(text.dropFirst("emotion-drop=".count)),
                  n.isFinite, n > 0 else { return nil }
            self = .emotionDrop(n)
        }
    }

    public var description: String {
        switch self {
        case .newErrors: return "new-errors"
        case .lostFocusTactic: return "lost-focus-tactic"
        case .emotionDrop(let n): return "emotion-drop=\(DiffWording.number(n))"
        }
    }

    /// What in `diff` meets the condition, in words; empty when nothing does.
    public func findings(in diff: MapDiff) -> [String] {
        switch self {
        case .newErrors:
            return diff.newErrors.map { "\($0.file):\($0.line):\($0.column): \($0.message) [\($0.id.rawValue)]" }
        case .lostFocusTactic:
            return diff.journeys.flatMap { j in
                j.changes.filter { $0.field == .tactics }.map { "\(j.id)/\($0.id): focus touchpoint '\($0.title)' lost its tactics" }
            }
        case .emotionDrop(let n):
            return diff.journeys.flatMap { j in
                j.changes.compactMap { c -> String? in
                    guard c.field == .emotion, let before = c.before?.number, let after = c.after?.number,
                          before - after >= n - 1e-9 else { return nil }
                    return "\(j.id)/\(c.id): emotion of '\(c.title)' fell from \(DiffWording.number(before)) to \(DiffWording.number(after))"
                }
            }
        }
    }
}
