import Foundation
import JourneyCore
import Testing

/// Maps for the diagram tests: the fixture folders on disk, and generated journeys for
/// the layout limits, hostile text and timing.
enum DiagramCorpus {
    /// `Fixtures/dot` next to this file's folder (read from the source tree, so that
    /// `RECORD_GOLDEN=1` rewrites the files that are checked in).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dot")

    /// The map folders with golden files: the spec's example, a set of linked journeys
    /// (cross-journey edges, exits, an empty stage, a moment of truth), and the
    /// repository's example maps (`maps/`, what `make site` builds).
    static let sets = ["spec-example", "linked", exampleMaps]
    static let exampleMaps = "example-maps"

    static func maps(_ set: String) -> String {
        set == exampleMaps ? SiteFixtures.repository + "/maps" : fixtures.appendingPathComponent(set).path
    }
    static func golden(_ set: String, _ file: String) -> URL {
        fixtures.appendingPathComponent("golden").appendingPathComponent(set).appendingPathComponent(file)
    }

    /// A journey of `count` touchpoints over five stages, like the benchmark corpus: 30%
    /// of touchpoints split their flow between the next one and a random other one.
    static func big(_ count: Int, seed: UInt64 = 1) -> String {
        var random = LCG(seed)
        let channels = ["web", "app", "email", "push", "sms", "social", "store", "phone", "chat"]
        let emotions = ["delighted", "happy", "confident", "curious", "neutral", "unsure", "confused",
                        "anxious", "frustrated", "angry", "+1 relieved", "-1 impatient"]
        var out = "---\nid: big\n---\n\n# A big journey\n\n"
        for k in 0..<count {
            if k % (count / 5) == 0 { out += "## Stage: Stage \(k / (count / 5)) {#stage-\(k / (count / 5))}\n\n" }
            out += "### Touchpoint: Touchpoint \(k) {#tp-\(k)}\n- channel: \(channels[random.next(channels.count)])\n"
            out += "- emotion: \(emotions[random.next(emotions.count)])\n- pain: Pain \(k)\n"
            out += "- score: volume \(1 + random.next(5)), influence \(1 + random.next(5)), data \(1 + random.next(5))\n"
            if k + 1 < count, random.next(10) < 3 {
                let share = 30 + random.next(30)
                var other = random.next(count)
                if other == k + 1 { other = (other + 2) % count }
                out += "- next: tp-\(k + 1) \(share)%, tp-\(other) \(1 + random.next(100 - share))%\n"
            }
            out += "\n"
        }
        return out
    }

    /// The pathological flow: `stages` stages of `perStage` touchpoints each, every one
    /// of them (outside the hub's stage) also flowing to one hub touchpoint in the
    /// middle stage; 60 incoming edges for 5 x 15.
    static func hub(stages: Int = 5, perStage: Int = 15) -> String {
        var out = "---\nid: hub\n---\n\n# Hub\n\n"
        let total = stages * perStage
        var k = 0
        for s in 0..<stages {
            out += "## Stage: Stage \(s) {#s\(s)}\n\n"
            if s == stages / 2 { out += "### Touchpoint: The hub {#hub}\n- channel: web\n- emotion: -1\n\n" }
            for _ in 0..<perStage {
                let next = k + 1 < total ? "t\(k + 1) 50%, " : ""
                out += "### Touchpoint: Touchpoint \(k) {#t\(k)}\n- channel: web\n- emotion: \(k % 5 - 2)\n"
                out += "- next: \(next)\(s == stages / 2 ? "end" : "hub 20%")\n\n"
                k += 1
            }
        }
        return out
    }

    /// A deterministic generator (Knuth's MMIX constants).
    struct LCG {
        var state: UInt64
        init(_ seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }
}
