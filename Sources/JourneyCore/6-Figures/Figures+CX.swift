extension Figures {
    /// Weight of a tactic's status in its personalization value (section 6, 1.1): only a
    /// live tactic counts fully; an idea counts a quarter, a retired one nothing.
    static let statusWeights: [String: Double] = ["live": 1, "planned": 0.5, "idea": 0.25, "retired": 0]

    /// A tactic's personalization value, `(impact / 5) x (confidence / 5) x w`.
    ///
    /// No impact gives 0; no confidence counts as 3; an unknown status (reported by the
    /// parser) weighs like an idea, the default status.
    public static func tacticValue(impact: Double?, confidence: Double?, status: String) -> Double {
        guard let impact else { return 0 }
        let weight = statusWeights[status] ?? 0.25
        return (impact / 5) * ((confidence ?? 3) / 5) * weight
    }

    /// A touchpoint's personalized interaction value: the sum of its tactics' values,
    /// capped at 1.
    public static func interactionValue(_ tacticValues: [Double]) -> Double {
        min(1, tacticValues.reduce(0, +))
    }

    /// The journey's CX score on 0..100, `100 x sum(v x p) / sum(p)`, weighting each
    /// touchpoint by its priority; nil for a journey without touchpoints.
    ///
    /// An unscored touchpoint weighs the mean priority of the scored ones; when none is
    /// scored, or every weight is 0, each touchpoint weighs 1.
    public static func cxScore(values: [Double], priorities: [Double?]) -> Double? {
        guard !values.isEmpty else { return nil }
        let scored = priorities.compactMap { $0 }
        var weights = Array(repeating: 1.0, count: values.count)
        if let meanPriority = mean(scored) {
            weights = values.indices.map { priorities.indices.contains($0) ? priorities[$0] ?? meanPriority : meanPriority }
        }
        var total = weights.reduce(0, +)
        if total == 0 {
            weights = Array(repeating: 1.0, count: values.count)
            total = Double(values.count)
        }
        let weighted = zip(values, weights).reduce(0.0) { $0 + $1.0 * $1.1 }
        return 100 * weighted / total
    }
}
