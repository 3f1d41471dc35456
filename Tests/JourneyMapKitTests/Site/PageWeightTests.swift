import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing
import TestSupport

/// How much a journey page weighs: a 20-touchpoint journey like the benchmark
/// corpus's (`../shared/bench/gen_corpus.py`) with its real flow diagram inline, and
/// one of 2,000 touchpoints, whose diagram is linked, not inlined.
@Suite struct PageWeightTests {
    /// A journey of `count` touchpoints over five stages, written like the corpus: every
    /// touchpoint with action, thought, emotion, pain, opportunity, data, scores, need,
    /// value and traffic; a micro-moment on every fourth, a tactic on every third.
    static func corpusMap(_ count: Int, seed: UInt64) -> MapsFolder {
        var random = DiagramCorpus.LCG(seed)
        let channels = ["web", "app", "email", "push", "sms", "social", "ads", "search", "store", "phone", "chat"]
        let emotions = ["delighted", "happy", "confident", "curious", "neutral", "unsure", "confused", "anxious",
                        "frustrated", "angry", "+1 relieved", "-1 impatient"]
        let things = ["the price", "delivery options", "the size guide", "a discount code", "the product video",
                      "return policy", "loyalty points", "the app", "an order update", "a recommendation"]
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var out = "---\nid: corpus\npersona: p\nowner: Team 3\nstatus: review\ntags: [bench, t3]\n---\n\n# Journey 3: \(pick(things))\n\n"
        out += "Benchmark journey with **\(count)** touchpoints.\n\n"
        for k in 0..<count {
            if k % (count / 5) == 0 {
                let s = k / (count / 5)
                out += "## Stage: Stage \(s) {#stage-\(s)}\n- goal: Goal for stage \(s)\n- kpi: conversion \(s): 3% -> 12%\n\n"
            }
            out += "### Touchpoint: Touchpoint \(k) {#tp-\(k)}\n- channel: \(pick(channels))\n- action: Opens \(pick(things))\n"
            out += "- thought: Is \(pick(things)) worth it?\n- emotion: \(pick(emotions))\n- pain: \(pick(things)) is hard to find\n"
            out += "- opportunity: Surface \(pick(things)) earlier\n- data: analytics, heatmaps\n"
            out += "- score: volume \(1 + random.next(5)), influence \(1 + random.next(5)), data \(1 + random.next(5))\n"
            out += "- need: \(1 + random.next(5))\n- value: \(1 + random.next(5))\n- traffic: \(50 + random.next(4000))/day\n"
            if k + 1 < count, random.next(10) < 3 { out += "- next: tp-\(k + 1) 40%, tp-\(random.next(count)) 20%\n" }
            out += "\n"
            if k % 4 == 1 { out += "#### Micro-moment: Moment \(k) {#mm-\(k)}\n- intent: decide about \(pick(things))\n- type: do\n\n" }
            if k % 3 == 0 {
                out += "#### Tactic: Tactic \(k) {#tactic-\(k)}\n- segment: s\n- trigger: viewed \(pick(things)) twice\n"
                out += "- content: Personalised \(pick(things))\n- type: behavioral\n- data: browsing history\n- consent: consent\n"
                out += "- fallback: default content\n- impact: \(1 + random.next(5))\n- effort: \(1 + random.next(5))\n"
                out += "- confidence: \(1 + random.next(5))\n- kpi: click-through: 2% -> 5%\n"
                if k % 2 == 0 { out += "- experiment:\n  - metric: conversion\n  - baseline: 8%\n  - lift: 20%\n" }
                out += "\n"
            }
        }
        let library = "---\nstatus: approved\n---\n\n# People\n\n## Persona: Persona 3 {#p}\n- goal: Goal\n- segment: s\n\n"
            + "## Segment: Segment {#s}\n- rule: a rule\n"
        return MapsFolder(["corpus.md": out, "library.md": library])
    }

    static func page(_ files: [SiteFile]) throws -> [UInt8] {
        try #require(files.first { $0.path == "journeys/corpus.html" }).bytes
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aTwentyTouchpointPageWeighsAtMost150KB(seed: UInt64) throws {
        let project = try Self.corpusMap(20, seed: seed).project()
        #expect(!project.hasErrors, "\(project.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let files = try SiteGenerator(templates: try TemplateSet.defaults()).generate(try SiteFixtures.input(project))
        let page = try Self.page(files)
        #expect(String(decoding: page, as: UTF8.self).contains(#"class="flow-diagram""#))
        #expect(page.count <= 150_000, "\(page.count) bytes")
    }

    /// The diagram of 2,000 touchpoints runs to megabytes: linked from the page instead.
    @Test func aTwoThousandTouchpointPageStaysUnder5MB() throws {
        let project = try Self.corpusMap(2000, seed: 4).project()
        let svg = "<svg>" + String(repeating: "<g></g>", count: SiteModel.inlineFlowLimit / 7 + 1) + "</svg>"
        var input = try SiteFixtures.input(project, diagrams: false)
        input.journeySVG = ["corpus": svg]
        let page = String(decoding: try Self.page(try SiteGenerator(templates: try TemplateSet.defaults()).generate(input)), as: UTF8.self)
        #expect(page.utf8.count < 5 * 1024 * 1024, "\(page.utf8.count) bytes")
        #expect(!page.contains("<g></g>"))
        #expect(page.contains(#"<a href="corpus.svg">open it on its own</a>"#))
        #expect(page.components(separatedBy: #"<details class="stage-block""#).count == 6)
    }
}
