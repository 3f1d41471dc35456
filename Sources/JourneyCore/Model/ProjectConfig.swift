/// Project settings from `journeymap.yml` (Journey Markdown section 7).
public struct ProjectConfig: Sendable {
    public struct Criterion: Sendable, Equatable {
        public var name: String
        public var weight: Double
    }

    /// What `checks:` sets a warning check to.
    public enum CheckSetting: String, Sendable {
        case error, warning, off
    }

    public var criteria: [Criterion] = [
        Criterion(name: "volume", weight: 1), Criterion(name: "influence", weight: 1), Criterion(name: "data", weight: 1),
    ]
    /// Share of scored touchpoints flagged as focus, as a fraction (0.2 for 20%).
    public var focus = 0.2
    public var channels: [String] = []
    public var checks: [CheckID: CheckSetting] = [:]
    public var siteTitle: String?

    public init() {}

    public var weights: [String: Double] {
        Dictionary(criteria.map { ($0.name, $0.weight) }, uniquingKeysWith: { a, _ in a })
    }

    /// The severity a diagnostic ends with, or nil when its check is off.
    public func severity(of id: CheckID, strict: Bool) -> Severity? {
        guard id.isConfigurable else { return .error }
        switch checks[id] {
        case .off?: return nil
        case .error?: return .error
        case .warning?, nil: return strict ? .error : .warning
        }
    }

    /// Applies `checks:` and `--strict` to diagnostics: changes severities, drops checks set off.
    public func apply(to diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        diagnostics.compactMap { d in
            guard let severity = severity(of: d.id, strict: strict) else { return nil }
            var d = d
            d.severity = severity
            return d
        }
    }
}
