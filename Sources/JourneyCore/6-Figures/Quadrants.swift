/// Where a touchpoint sits in the needs x value matrix (Journey Markdown section 6).
public enum NeedsValueQuadrant: String, CaseIterable, Sendable {
    /// High need, high value.
    case fixFirst = "fix first"
    /// High need, low value.
    case customerCare = "customer care"
    /// Low need, high value.
    case businessPush = "business push"
    /// Low need, low value.
    case later
}

/// Where a tactic sits in the impact x effort matrix (Journey Markdown section 6).
public enum TacticQuadrant: String, CaseIterable, Sendable {
    /// High impact, low effort.
    case quickWin = "quick win"
    /// High impact, high effort.
    case majorProject = "major project"
    /// Low impact, low effort.
    case fillIn = "fill-in"
    /// Low impact, high effort.
    case thanklessTask = "thankless task"
}

extension Figures {
    /// Scores from 3 up count as high in both matrices.
    public static let highFrom = 3.0

    /// The needs x value quadrant; nil when either score is missing.
    public static func needsValueQuadrant(need: Double?, value: Double?) -> NeedsValueQuadrant? {
        guard let need, let value else { return nil }
        switch (need >= highFrom, value >= highFrom) {
        case (true, true): return .fixFirst
        case (true, false): return .customerCare
        case (false, true): return .businessPush
        case (false, false): return .later
        }
    }

    /// The tactic matrix quadrant; nil when impact or effort is missing (the tactic is
    /// listed beside the matrix).
    public static func tacticQuadrant(impact: Double?, effort: Double?) -> TacticQuadrant? {
        guard let impact, let effort else { return nil }
        switch (impact >= highFrom, effort >= highFrom) {
        case (true, false): return .quickWin
        case (true, true): return .majorProject
        case (false, false): return .fillIn
        case (false, true): return .thanklessTask
        }
    }

    /// ICE score: impact x confidence x (6 - effort), 1..125 for scores 1..5; nil when
    /// any of the three is missing.
    public static func ice(impact: Double?, confidence: Double?, effort: Double?) -> Double? {
        guard let impact, let confidence, let effort else { return nil }
        return impact * confidence * (6 - effort)
    }
}
