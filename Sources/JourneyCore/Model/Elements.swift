/// A `## Stage:` of a journey.
public struct Stage: Sendable {
    public var header: ElementHeader
    public var goal: String?
    public var kpis: [KPI] = []
    public var owner: String?
    public var actions: [String] = []
    public var thoughts: [String] = []
    public var pains: [String] = []
    public var opportunities: [String] = []
    public var sources: [String] = []
    public var emotion: Located<Emotion>?
    public var duration: String?
    public var touchpoints: [Touchpoint] = []
    /// Micro-moments whose parent is the stage itself.
    public var moments: [MicroMoment] = []

    public init(header: ElementHeader) { self.header = header }

    /// Whether the stage uses any of the stage-level lanes of a coarse map.
    public var hasLanes: Bool {
        !actions.isEmpty || !thoughts.isEmpty || !pains.isEmpty || !opportunities.isEmpty || !sources.isEmpty
    }
}

/// A `### Touchpoint:`: one contact between customer and brand.
public struct Touchpoint: Sendable {
    public var header: ElementHeader
    public var channels: [String] = []
    public var actions: [String] = []
    public var thoughts: [String] = []
    public var emotion: Located<Emotion>?
    public var pains: [String] = []
    public var opportunities: [String] = []
    public var data: [String] = []
    public var evidence: [String] = []
    public var frontstage: [String] = []
    public var backstage: [String] = []
    public var support: [String] = []
    public var sources: [String] = []
    public var duration: String?
    /// Who takes part in the step (the customer, staff, a system), in written order.
    public var actors: [String] = []
    public var momentOfTruth = false
    public var scores: [CriterionScore] = []
    public var need: Double?
    public var value: Double?
    public var traffic: Rate?
    public var entry = false
    public var kpis: [KPI] = []
    /// The `next` targets as written; `nil` when the key is absent (implicit flow).
    public var next: [FlowTarget]?
    public var moments: [MicroMoment] = []

    public init(header: ElementHeader) { self.header = header }
}

/// One written `next` target, with its reference resolved later.
public struct FlowTarget: Sendable {
    /// `nil` for `end`.
    public var ref: Ref?
    public var share: Double?
    public var label: String?
    public var range: SourceRange
}

/// A `#### Micro-moment:`: an intent-rich moment of need.
public struct MicroMoment: Sendable {
    public var header: ElementHeader
    public var intent: String?
    public var type: String?
    public var signals: [String] = []
    public var sources: [String] = []
    public var touchpointRefs: [Ref] = []

    public init(header: ElementHeader) { self.header = header }
}

/// Where a tactic sits in the document, which decides what it belongs to.
public enum TacticParent: Sendable, Equatable {
    case document
    case stage(index: Int)
    case touchpoint(stage: Int, index: Int)
    /// A micro-moment under a stage (`touchpoint == nil`) or under a touchpoint.
    case moment(stage: Int, touchpoint: Int?, index: Int)
}

/// A `#### Tactic:`: a personalization tactic.
public struct Tactic: Sendable {
    public var header: ElementHeader
    public var parent: TacticParent
    public var trigger: String?
    public var segmentRefs: [Ref] = []
    public var channels: [String] = []
    public var content: [String] = []
    public var type: String?
    public var engine: String?
    public var data: [String] = []
    public var consent: String?
    public var fallback: String?
    public var impact: Double?
    public var effort: Double?
    public var confidence: Double?
    public var kpis: [KPI] = []
    public var status = "idea"
    public var owner: String?
    public var touchpointRefs: [Ref] = []
    public var momentRefs: [Ref] = []
    public var experiment: Experiment?

    public init(header: ElementHeader, parent: TacticParent) {
        self.header = header
        self.parent = parent
    }
}

/// The A/B test of a tactic.
public struct Experiment: Sendable {
    public var baseline: Double?
    public var lift: Double?
    public var metric: String?
    public var variants = 2
    public var traffic: Rate?
    /// The `experiment:` item, where experiment diagnostics point.
    public var range: SourceRange
    /// Where `baseline` and `lift` were written, for `bad-value` on the pair.
    public var liftRange: SourceRange?
}

/// A `## Persona:` of a library or journey document.
public struct Persona: Sendable {
    public var header: ElementHeader
    public var goals: [String] = []
    public var needs: [String] = []
    public var frustrations: [String] = []
    public var quote: String?
    public var segmentRefs: [Ref] = []

    public init(header: ElementHeader) { self.header = header }
}

/// A `## Segment:`: a group of customers defined by a rule.
public struct Segment: Sendable {
    public var header: ElementHeader
    public var rule: String?
    public var basis: String?
    public var size: Double?

    public init(header: ElementHeader) { self.header = header }
}
