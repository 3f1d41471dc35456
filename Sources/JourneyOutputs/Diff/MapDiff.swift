import JourneyCore

/// What changed between two maps folders, as `journeymap diff` reports it: journeys
/// and their elements matched by id, the figures computed on each side, and the
/// diagnostics that are new or fixed.
public struct MapDiff: Sendable {
    /// Journeys added, removed or changed, in the head's order, then removed ones in the
    /// base's order. Unchanged journeys are left out.
    public var journeys: [JourneyDiff] = []
    /// Diagnostics of the head that the base did not have, and of the base that the head
    /// no longer has (matched by file, check id and element, never by line).
    public var newDiagnostics: [Diagnostic] = []
    public var fixedDiagnostics: [Diagnostic] = []

    public init() {}

    public var isEmpty: Bool { journeys.isEmpty && newDiagnostics.isEmpty && fixedDiagnostics.isEmpty }

    public var newErrors: [Diagnostic] { newDiagnostics.filter { $0.severity == .error } }

    public func count(_ status: JourneyDiff.Status) -> Int { journeys.filter { $0.status == status }.count }
}

/// One journey that differs between the two sides.
public struct JourneyDiff: Sendable {
    public enum Status: String, Sendable { case added, removed, changed }

    public var id: String
    /// The head's title, or the base's for a removed journey.
    public var title: String
    public var status: Status
    /// The head's file, relative to its maps folder (the base's when removed).
    public var file: String
    public var changes: [DiffChange] = []
    /// The emotion of each touchpoint in document order, on either side (empty for the
    /// side that has no such journey).
    public var emotionsBefore: [Double?] = []
    public var emotionsAfter: [Double?] = []
    /// Titles of the touchpoints at the journey's lowest emotion, on either side.
    public var lowPointsBefore: [String] = []
    public var lowPointsAfter: [String] = []
    /// For an added or removed journey: how many stages, touchpoints and tactics it has.
    public var size: (stages: Int, touchpoints: Int, tactics: Int)?

    public var hasEmotionChanges: Bool { changes.contains { $0.field == .emotion } }
}

/// A value before or after a change.
public enum DiffValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case flag(Bool)

    public var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }
}

/// One change of a journey or of one of its elements.
public struct DiffChange: Sendable {
    public enum Kind: String, Sendable { case added, removed, renamed, moved, changed }

    public enum Element: String, Sendable { case journey, stage, touchpoint, tactic }

    /// What changed in an element that is on both sides.
    public enum Field: String, Sendable {
        case title, file, stage, order, emotion, priority, rank, focus, pain, tactics
        case status, ice, quadrant, touchpoints
        case experimentSample = "experiment sample"
        case experimentDays = "experiment days"
        case kpi
    }

    public var kind: Kind
    public var element: Element
    public var id: String
    /// The element's title (the head's, or the base's when removed).
    public var title: String
    public var field: Field?
    /// For `kpi` and `pain` changes: the KPI's name or the pain's text.
    public var item: String?
    public var before: DiffValue?
    public var after: DiffValue?

    public init(_ kind: Kind, _ element: Element, id: String, title: String, field: Field? = nil, item: String? = nil,
                before: DiffValue? = nil, after: DiffValue? = nil) {
        self.kind = kind
        self.element = element
        self.id = id
        self.title = title
        self.field = field
        self.item = item
        self.before = before
        self.after = after
    }
}
