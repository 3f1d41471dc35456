@testable import JourneyCore
@testable import JourneyOutputs

/// Projects for site model tests, built from Swift values (no cmark, no disk) and
/// resolved by the real resolver.
enum SiteTestProject {
    static let hostile = "</script><img src=x onerror=alert(1)>"
    static let quoted = "\"quoted\" & 'single'"

    static func header(_ kind: ElementKind, _ title: String, id: String? = nil, line: Int, notes: String = "") -> ElementHeader {
        ElementHeader(kind: kind, id: id ?? Slug.make(title), title: title, range: SourceRange(line: line, column: 1, length: 3),
                      level: 2, notes: Self.notes(notes, line: line + 1))
    }

    /// Notes rendered as a marker, so tests see where notes went without cmark.
    static func notes(_ markdown: String, line: Int = 1) -> Notes {
        guard !markdown.isEmpty else { return Notes() }
        return Notes(markdown: markdown, range: SourceRange(line: line, column: 1, length: 1),
                     rendered: RenderedNotes(html: "<p>notes:" + HTMLText.escape(markdown) + "</p>"))
    }

    static func touchpoint(_ title: String, id: String? = nil, line: Int, channels: [String] = ["web"], emotion: Double? = nil,
                           scores: [(String, Double)] = [], need: Double? = nil, value: Double? = nil,
                           traffic: Rate? = nil) -> Touchpoint {
        var tp = Touchpoint(header: header(.touchpoint, title, id: id, line: line))
        tp.channels = channels
        tp.emotion = emotion.map { Located(Emotion(score: $0), SourceRange(line: line + 1, column: 1, length: 1)) }
        tp.scores = scores.map { CriterionScore(criterion: $0.0, score: $0.1) }
        tp.need = need
        tp.value = value
        tp.traffic = traffic
        return tp
    }

    static func tactic(_ title: String, line: Int, parent: TacticParent, impact: Double? = nil, effort: Double? = nil,
                       confidence: Double? = nil, status: String = "idea", segments: [String] = [],
                       experiment: (baseline: Double, lift: Double)? = nil) -> Tactic {
        var t = Tactic(header: header(.tactic, title, line: line), parent: parent)
        t.trigger = "a trigger"
        t.impact = impact
        t.effort = effort
        t.confidence = confidence
        t.status = status
        t.segmentRefs = segments.map { Ref(parsing: $0, range: SourceRange(line: line + 1, column: 1, length: 1)) }
        if let e = experiment {
            var x = Experiment(range: SourceRange(line: line + 2, column: 1, length: 1))
            x.baseline = e.baseline
            x.lift = e.lift
            t.experiment = x
        }
        return t
    }

    /// The journey of Journey Markdown section 9, with the experiment of the CLI
    /// contract's example (3.1% baseline, 10% lift, 1200/day on the product page) and a
    /// second tactic on the cart that has no effort.
    static func trailRunning(title: String = "From hiking boots to trail running") -> MapDocument {
        var doc = MapDocument(file: "maps/trail-running.md", id: "trail-running")
        doc.title = title
        doc.owner = "E-commerce growth"
        doc.status = "review"
        doc.personaRefs = [Ref(parsing: "trail-curious-hiker", range: SourceRange(line: 3, column: 1, length: 1))]
        var awareness = Stage(header: header(.stage, "Awareness", line: 12))
        var ad = touchpoint("Instagram ad", id: "ig-ad", line: 16, channels: ["social"], emotion: 0,
                            scores: [("volume", 5), ("influence", 2), ("data", 3)], need: 2, value: 4)
        ad.next = nil
        awareness.touchpoints = [ad]
        var purchase = Stage(header: header(.stage, "Purchase", line: 40))
        purchase.touchpoints = [
            touchpoint("Product page", id: "product-page", line: 42, emotion: 1,
                       scores: [("volume", 4), ("influence", 5), ("data", 4)], need: 5, value: 5,
                       traffic: Rate(amount: 1200, unit: .day)),
            touchpoint("Cart", id: "cart", line: 55, emotion: -1,
                       scores: [("volume", 3), ("influence", 5), ("data", 5)], need: 4, value: 2),
        ]
        doc.stages = [awareness, purchase]
        doc.tactics = [
            tactic("Trail line for boot buyers", line: 25, parent: .touchpoint(stage: 0, index: 0),
                   impact: 4, effort: 2, confidence: 3, status: "live", segments: ["boot-buyers"],
                   experiment: (3.1, 10)),
            tactic("Delivery cost up front", line: 60, parent: .touchpoint(stage: 1, index: 1), impact: 3, status: "idea"),
        ]
        // The experiment's traffic comes from a touchpoint the tactic belongs to.
        doc.tactics[0].touchpointRefs = [Ref(parsing: "product-page", range: SourceRange(line: 26, column: 1, length: 1))]
        return doc
    }

    static func library() -> MapDocument {
        var doc = MapDocument(file: "maps/library.md", id: "library")
        var persona = Persona(header: header(.persona, "Trail-curious hiker", line: 7))
        persona.goals = ["Run the trails she already hikes"]
        persona.segmentRefs = [Ref(parsing: "boot-buyers", range: SourceRange(line: 9, column: 1, length: 1))]
        var segment = Segment(header: header(.segment, "Boot buyers", line: 11))
        segment.rule = "bought hiking boots in the last 12 months"
        doc.personas = [persona]
        doc.segments = [segment]
        return doc
    }

    static func project(_ documents: [MapDocument], config: ProjectConfig = ProjectConfig()) -> Project {
        let workspace = Workspace(root: "maps", config: config, documents: documents, diagnostics: [], sources: [:],
                                  documentsRead: documents.count)
        return Project.resolve(workspace)
    }

    static func trailProject(title: String = "From hiking boots to trail running") -> Project {
        project([library(), trailRunning(title: title)])
    }

    static func input(_ project: Project) -> SiteInput {
        SiteInput(project: project)
    }

    static func model(_ project: Project = trailProject()) -> SiteModel { SiteModel(input(project)) }
}
