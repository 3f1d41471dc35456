import Foundation
import JourneyCore
import JourneyOutputs
import Testing
import TestSupport

/// Journey Markdown 1.1: the Touchpoint key `actor` and the CX score, parsed and exported.
@Suite struct ActorAndCXExportTests {
    static let body = """
        ### Touchpoint: Order {#order}
        - channel: in-person
        - actor: Customer, Waiter
        - actor: Kitchen display
        - score: volume 5, influence 5, data 5

        #### Tactic: Usual order
        - trigger: a returning guest
        - fallback: the menu
        - kpi: repeat visits
        - impact: 5
        - confidence: 5
        - status: live

        ### Touchpoint: Pay {#pay}
        - channel: in-person
        - score: volume 1, influence 1, data 1

        """

    static func exported() throws -> [String: Any] {
        let project = try MapsFolder.journey(body).project()
        #expect(!project.hasErrors, "\(project.diagnostics)")
        let json = JSONExporter.export(project)
        return try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func touchpoints(_ root: [String: Any]) throws -> [[String: Any]] {
        let journeys = try #require(root["journeys"] as? [[String: Any]])
        let stages = try #require(journeys.first?["stages"] as? [[String: Any]])
        return stages.flatMap { ($0["touchpoints"] as? [[String: Any]]) ?? [] }
    }

    @Test func actorsAreSplitOnCommasAndRepeat() throws {
        let tps = try Self.touchpoints(Self.exported())
        #expect(tps.map { $0["actors"] as? [String] } == [["Customer", "Waiter", "Kitchen display"], []])
    }

    /// Order: a live tactic of impact 5 and confidence 5 is worth 1; Pay has none. Order
    /// has priority 100, Pay 0, so the CX score is 100 x (1 x 100 + 0 x 0) / 100.
    @Test func cxScoreWeighsInteractionValuesByPriority() throws {
        let root = try Self.exported()
        let tps = try Self.touchpoints(root)
        #expect(tps.map { $0["personalizationValue"] as? Double } == [1, 0])
        let journeys = try #require(root["journeys"] as? [[String: Any]])
        #expect(journeys.first?["cxScore"] as? Double == 100)
    }

    @Test func anEmptyActorIsABadValue() throws {
        let project = try MapsFolder.journey("### Touchpoint: A\n- channel: web\n- actor: Customer, , Waiter\n").project()
        let found = project.diagnostics.map { "\($0.id.rawValue) \($0.range.start.line):\($0.range.start.column) \($0.message)" }
        #expect(found == ["bad-value 11:20 empty item in 'actor'; remove the extra comma"])
    }
}
