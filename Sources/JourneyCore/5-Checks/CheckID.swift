/// The checks of Journey Markdown section 8. Raw values are the ids users see.
public enum CheckID: String, CaseIterable, Sendable, Codable {
    // Errors: the build fails.
    case file
    case unknownKey = "unknown-key"
    case notAProperty = "not-a-property"
    case badValue = "bad-value"
    case missingKey = "missing-key"
    case duplicateKey = "duplicate-key"
    case duplicateID = "duplicate-id"
    case unresolvedRef = "unresolved-ref"
    case badParent = "bad-parent"
    case flowOver100 = "flow-over-100"
    // Warnings: reported; `--strict` and `checks:` may change their severity.
    case unknownKind = "unknown-kind"
    case unknownFrontMatter = "unknown-front-matter"
    case tacticNoConsent = "tactic-no-consent"
    case tacticNoFallback = "tactic-no-fallback"
    case tacticNoKPI = "tactic-no-kpi"
    case focusNoTactic = "focus-no-tactic"
    case painNoAnswer = "pain-no-answer"
    case stageEmpty = "stage-empty"
    case unreachable
    case experimentTooLong = "experiment-too-long"
    case emotionSign = "emotion-sign"
    /// A journey (or the overview) past `DiagramSize.limit`: shown as text, not drawn.
    case diagramTooLarge = "diagram-too-large"
    /// Graphviz failed or crashed on a diagram (`build` only): shown as text instead.
    case diagramFailed = "diagram-failed"

    /// The severity a check has before `journeymap.yml` or `--strict` changes it.
    public var defaultSeverity: Severity {
        switch self {
        case .file, .unknownKey, .notAProperty, .badValue, .missingKey, .duplicateKey,
             .duplicateID, .unresolvedRef, .badParent, .flowOver100:
            return .error
        default:
            return .warning
        }
    }

    /// Only warning checks may be configured in `checks:`.
    public var isConfigurable: Bool { defaultSeverity == .warning }
}

/// How bad a finding is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
