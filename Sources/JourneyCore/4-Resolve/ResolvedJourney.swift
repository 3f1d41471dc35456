/// A journey with every computed figure of Journey Markdown section 6.
///
/// Touchpoint figures are indexed like `touchpoints` (document order across stages).
public struct ResolvedJourney: Sendable {
    public var document: MapDocument
    /// Every touchpoint in document order with its stage index.
    public var touchpoints: [Touchpoint]
    public var stageOfTouchpoint: [Int]
    public var touchpointFigures: [TouchpointFigures]
    public var stageEmotions: [Double?]
    public var tacticFigures: [TacticFigures]
    /// Indices into `touchpoints` of the journey's lowest emotions.
    public var lowPoints: [Int]
    /// The journey's CX score on 0..100 (section 6); nil without touchpoints.
    public var cxScore: Double?

    public var id: String { document.id }
    public var title: String { document.title ?? document.id }
    public var stages: [Stage] { document.stages }
    public var tactics: [Tactic] { document.tactics }

    /// The mean of the touchpoints' emotions, for overviews.
    public var meanEmotion: Double? {
        Figures.mean(touchpoints.compactMap { $0.emotion?.value.score })
    }

    /// Indices into `tactics` of the tactics that serve the micro-moment `id` (see
    /// `TacticFigures.moments`), in document order.
    public func tacticIndices(ofMoment id: String) -> [Int] {
        tacticFigures.indices.filter { tacticFigures[$0].moments.contains(id) }
    }

    /// Indices of the touchpoints of stage `s`.
    public func touchpointIndices(ofStage s: Int) -> [Int] {
        stageOfTouchpoint.indices.filter { stageOfTouchpoint[$0] == s }
    }
}

/// Figures of one touchpoint.
public struct TouchpointFigures: Sendable {
    public var priority: Double?
    public var rank: Int?
    public var focus = false
    public var needsValue: NeedsValueQuadrant?
    /// The personalized interaction value on 0..1: what the touchpoint's tactics are worth.
    public var personalizationValue = 0.0
    /// Indices into the journey's `tactics` of every tactic that belongs here.
    public var tactics: [Int] = []
    /// The resolved flow out of the touchpoint, implicit edges included.
    public var next: [FlowEdge] = []
    public var reachable = true
    /// Ids of the micro-moments of this touchpoint (children and those that name it).
    public var moments: [String] = []
}

/// One resolved edge of the flow.
public struct FlowEdge: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case end
        /// A touchpoint of this journey, by index.
        case local(Int)
        /// A touchpoint of another journey.
        case external(journey: String, touchpoint: String)
    }

    public var target: Target
    public var share: Double?
    public var label: String?
    /// True when the edge comes from document order, not from `next`.
    public var implicit: Bool
}

/// Figures of one tactic.
public struct TacticFigures: Sendable {
    /// Indices into the journey's touchpoints of those the tactic belongs to.
    public var touchpoints: [Int] = []
    /// Ids of the micro-moments the tactic serves: its parent micro-moment, if any, then
    /// those it names with `moment:`, each once. The site and the export both read this,
    /// so a tactic placed under a moment is linked to it everywhere.
    public var moments: [String] = []
    public var channels: [String] = []
    public var quadrant: TacticQuadrant?
    public var ice: Double?
    public var experiment: ExperimentFigures?
}

/// The size of a tactic's A/B test.
public struct ExperimentFigures: Sendable {
    public var samplePerVariant: Int?
    public var trafficPerDay: Double?
    public var days: Int?
}
