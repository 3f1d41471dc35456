import Foundation
@testable import JourneyCore
@testable import JourneyOutputs

/// Resolved journeys built by hand, so the DOT writer is tested without a parser.
enum DotFixtures {
    /// A touchpoint as a test writes it; `next` nil means the implicit flow to the
    /// following touchpoint (or nothing for the last one).
    struct TP {
        var id: String
        var title: String
        var channels = ["web"]
        var emotion: Double?
        var label: String?
        var next: [FlowEdge]?
        var focus = false
        var rank: Int?
        var priority: Double?
        var momentOfTruth = false
        var pains = 0
        var tactics = 0

        init(_ id: String, _ title: String? = nil, emotion: Double? = 0, label: String? = nil,
             next: [FlowEdge]? = nil) {
            self.id = id
            self.title = title ?? id.capitalized
            self.emotion = emotion
            self.label = label
            self.next = next
        }
    }

    struct StageSpec {
        var id: String
        var title: String
        var touchpoints: [TP]

        init(_ id: String, _ title: String, _ touchpoints: [TP]) {
            self.id = id
            self.title = title
            self.touchpoints = touchpoints
        }

        init(_ id: String, _ touchpoints: [TP]) {
            self.init(id, id.capitalized, touchpoints)
        }
    }

    static let range = SourceRange(line: 1, column: 1, length: 1)

    /// An edge to touchpoint `i` (an index in document order).
    static func to(_ i: Int, _ share: Double? = nil, _ label: String? = nil) -> FlowEdge {
        FlowEdge(target: .local(i), share: share, label: label, implicit: false)
    }

    static func end(_ share: Double? = nil) -> FlowEdge {
        FlowEdge(target: .end, share: share, label: nil, implicit: false)
    }

    static func external(_ journey: String, _ touchpoint: String, _ share: Double? = nil) -> FlowEdge {
        FlowEdge(target: .external(journey: journey, touchpoint: touchpoint), share: share, label: nil, implicit: false)
    }

    static func journey(_ stages: [StageSpec]) -> ResolvedJourney { journey("j", title: "J", stages) }

    static func journey(_ id: String, title: String? = nil, _ stages: [StageSpec]) -> ResolvedJourney {
        var document = MapDocument(file: "maps/\(id).md", id: id)
        document.title = title ?? id.capitalized
        var touchpoints: [Touchpoint] = []
        var stageOf: [Int] = []
        var specs: [TP] = []
        for (s, spec) in stages.enumerated() {
            var stage = Stage(header: ElementHeader(kind: .stage, id: spec.id, title: spec.title, range: range, level: 2))
            for tp in spec.touchpoints {
                var touchpoint = Touchpoint(header: ElementHeader(kind: .touchpoint, id: tp.id, title: tp.title,
                                                                  range: range, level: 3))
                touchpoint.channels = tp.channels
                touchpoint.emotion = tp.emotion.map { Located(Emotion(score: $0, label: tp.label), range) }
                touchpoint.momentOfTruth = tp.momentOfTruth
                touchpoint.pains = (0..<tp.pains).map { "pain \($0)" }
                stage.touchpoints.append(touchpoint)
                touchpoints.append(touchpoint)
                stageOf.append(s)
                specs.append(tp)
            }
            document.stages.append(stage)
        }
        let figures = specs.enumerated().map { i, tp in
            var f = TouchpointFigures()
            f.focus = tp.focus
            f.rank = tp.rank
            f.priority = tp.priority
            f.tactics = Array(0..<tp.tactics)
            f.next = tp.next ?? (i + 1 < specs.count
                ? [FlowEdge(target: .local(i + 1), share: nil, label: nil, implicit: true)] : [])
            return f
        }
        return ResolvedJourney(document: document, touchpoints: touchpoints, stageOfTouchpoint: stageOf,
                               touchpointFigures: figures, stageEmotions: stages.map { _ in nil },
                               tacticFigures: [], lowPoints: [])
    }

    /// A project of `journeys`, nothing else.
    static func project(_ journeys: [ResolvedJourney]) -> Project {
        Project(root: "maps", config: ProjectConfig(), journeys: journeys, personas: [], segments: [],
                diagnostics: [], sources: [:], documentsRead: journeys.count)
    }

    /// Two stages, four touchpoints: an explicit share, an implicit edge, a jump back,
    /// an exit and a link to another journey.
    static var sample: ResolvedJourney {
        var ad = TP("ad", "Instagram ad", emotion: 0, label: "curious", next: [to(1, 40, "taps")])
        ad.tactics = 1
        ad.pains = 2
        var page = TP("page", "Product page", emotion: 1, label: "confident")
        page.focus = true
        page.rank = 1
        page.priority = 83.3
        var cart = TP("cart", "Cart", emotion: -1, next: [to(3, 70), to(1, 20), end(5)])
        cart.momentOfTruth = true
        let done = TP("done", "Done", emotion: nil, next: [external("onboarding", "welcome", 10)])
        return journey("shop", title: "Shop", [
            StageSpec("aware", "Awareness", [ad]),
            StageSpec("buy", "Purchase", [page, cart, done]),
        ])
    }
}
