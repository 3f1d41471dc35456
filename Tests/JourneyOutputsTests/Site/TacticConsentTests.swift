@testable import JourneyCore
@testable import JourneyOutputs
import Foundation
import Testing

/// Consent on a tactic card: the legal basis for the tactic's data, so a tactic that uses
/// no data has no consent row, while one that uses data without a basis still shows it.
@Suite struct TacticConsentTests {
    /// The trail journey with its cart tactic ("Delivery cost up front") given `data` and `consent`.
    static func project(data: [String], consent: String?) -> Project {
        var doc = SiteTestProject.trailRunning()
        doc.tactics[1].data = data
        doc.tactics[1].consent = consent
        return SiteTestProject.project([SiteTestProject.library(), doc])
    }

    @Test(arguments: [
        ([String](), nil as String?, nil as String?),
        (["browsing history"], nil, "not given"),
        (["browsing history"], "consent", "consent"),
        ([], "none needed", "none needed"),
    ])
    func consentRow(_ data: [String], _ consent: String?, _ shown: String?) throws {
        let project = Self.project(data: data, consent: consent)
        let model = SiteTestProject.model(project)
        let card = model.tacticCard(project.journeys[0], 1, root: "../")
        #expect(card.title == "Delivery cost up front")
        let rows = card.facts.filter { $0.term == "Consent" }
        #expect(rows.map(\.texts) == (shown.map { [[$0]] } ?? []))
        let html = try #require(model.page(.journey(0)).context["tactics"]?[1]?["factsHTML"]?.string)
        #expect(html.contains("<dt>Consent</dt>") == (shown != nil))
        // The card says "not given" exactly where the check warns.
        #expect(project.diagnostics.contains { $0.id == .tacticNoConsent } == (shown == "not given"))
    }

    /// The export and `tactics.csv` keep what the contract says: the value as written.
    @Test func exportAndCSVAreUnchanged() throws {
        let project = Self.project(data: [], consent: nil)
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(project).utf8))
        let journey = try #require(((parsed as? [String: Any])?["journeys"] as? [[String: Any]])?.first)
        let tactic = try #require((journey["tactics"] as? [[String: Any]])?.last)
        #expect(tactic["data"] as? [String] == [])
        #expect(tactic["consent"] is NSNull)
        let row = try #require(TacticsCSV.rows(project.journeys[0]).last)
        #expect(row[TacticsCSV.header.firstIndex(of: "consent")!] == "")
    }
}
