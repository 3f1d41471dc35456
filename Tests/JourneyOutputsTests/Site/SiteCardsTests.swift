@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// The journey cards of the index and the persona pages: top pains, focus,
/// CX score, avatars and the persona filter.
@Suite struct SiteCardsTests {
    /// The trail journey with a pain on every touchpoint, the cart's the worst.
    static func withPains() -> MapDocument {
        var doc = SiteTestProject.trailRunning()
        doc.stages[0].touchpoints[0].pains = ["Ads look alike"]
        doc.stages[1].touchpoints[0].pains = ["Sizes differ", "Too many filters"]
        doc.stages[1].touchpoints[1].pains = ["Delivery cost shows late", "No PayPal"]
        return doc
    }

    @Test func topPainsStartAtTheLowestEmotion() throws {
        let project = SiteTestProject.project([Self.withPains()])
        let j = try #require(project.journeys.first)
        let pains = SiteFigures.topPains(j, limit: 3)
        #expect(pains.map(\.text) == ["Delivery cost shows late", "Ads look alike", "Sizes differ"])
        #expect(pains.map(\.touchpoint) == [2, 0, 1])
        #expect(SiteFigures.topPains(j, limit: 1).map(\.text) == ["Delivery cost shows late"])
    }

    @Test func topPainsWithoutEmotionsFollowPriorityThenDocumentOrder() throws {
        var doc = Self.withPains()
        for s in doc.stages.indices {
            for t in doc.stages[s].touchpoints.indices { doc.stages[s].touchpoints[t].emotion = nil }
        }
        doc.stages[1].touchpoints[1].scores = []
        let j = try #require(SiteTestProject.project([doc]).journeys.first)
        // Product page (priority 4.3) before the ad (3.3); the cart, unscored, last.
        #expect(SiteFigures.topPains(j, limit: 5).map(\.touchpoint) == [1, 0, 2])
    }

    @Test(arguments: [("Trail-curious hiker", "TH"), ("zoë", "Z"), ("First-time home buyer", "FH"),
                      ("  Ana  María ", "AM"), ("!!", "?"), ("R2 D2", "RD"), ("(Ops) team", "OT")])
    func avatarInitials(_ title: String, _ initials: String) {
        #expect(PersonaAvatar.initials(title) == initials)
    }

    @Test func avatarColourFollowsTheLibraryOrder() {
        #expect(PersonaAvatar(title: "A", id: "a", index: 0).colourClass == "avatar-0")
        #expect(PersonaAvatar(title: "A", id: "a", index: 7).colourClass == "avatar-1")
        #expect(PersonaAvatar(title: "A", id: "a", index: nil) == PersonaAvatar(title: "A", id: "a", index: nil))
        #expect(PersonaAvatar(title: "<b> x", id: "b", index: 2).html(large: true)
                == #"<span class="avatar avatar-large avatar-2" aria-hidden="true">BX</span>"#)
    }

    @Test func indexCardShowsSparklinePainFocusAndCX() throws {
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), Self.withPains()]))
        let card = try #require(model.page(.index).context["journeys"]?[0])
        #expect(card["sparklineSVG"]?.string?.hasPrefix("<svg") == true)
        #expect(card["topPain"]?["text"] == .text("Delivery cost shows late"))
        #expect(card["topPain"]?["touchpoint"] == .text("Cart"))
        #expect(card["topPain"]?["href"] == .text("journeys/trail-running.html#tp-cart"))
        #expect(card["focusCount"] == .text("1 focus touchpoint"))
        #expect(card["focusTactics"] == .text("all with a tactic"))
        let j = try #require(model.input.project.journeys.first)
        #expect(card["cxScore"] == .text(SiteNumber.decimal(try #require(j.cxScore), maxDecimals: 0)))
        #expect(card["personaIDs"] == .text("trail-curious-hiker"))
        #expect(card["personas"]?[0]?["avatarHTML"] == .html(#"<span class="avatar avatar-0" aria-hidden="true">TH</span>"#))
    }

    @Test func personaFilterListsPersonasByTitleAndJourneysWithout() {
        var other = SiteTestProject.trailRunning(title: "Second")
        other.id = "second"
        other.file = "maps/second.md"
        other.personaRefs = []
        var third = SiteTestProject.trailRunning(title: "Third")
        third.id = "third"
        third.file = "maps/third.md"
        third.personaRefs.append(Ref(parsing: "ghost", range: SourceRange(line: 3, column: 1, length: 1)))
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), SiteTestProject.trailRunning(),
                                                                   other, third]))
        let page = model.page(.index).context
        let options = page["personaFilter"]?.items ?? []
        #expect(options.map { $0["label"]?.string } == ["ghost", "Trail-curious hiker", "no persona"])
        #expect(options.map { $0["value"]?.string } == ["ghost", "trail-curious-hiker", ""])
        #expect(options.map { $0["count"]?.string } == ["1", "2", "1"])
        #expect(page["journeys"]?.items.map { $0["personaIDs"]?.string } == ["trail-curious-hiker", "", "trail-curious-hiker ghost"])
    }

    @Test func personaFilterNeedsTwoChoices() {
        let page = SiteTestProject.model().page(.index).context
        #expect(page["personaFilter"] == .list([]))
    }

    @Test func personaPageShowsEachJourneyWithSparklineAndPains() throws {
        let model = SiteTestProject.model(SiteTestProject.project([SiteTestProject.library(), Self.withPains()]))
        let page = model.page(.persona(0)).context
        #expect(page["avatarHTML"] == .html(#"<span class="avatar avatar-large avatar-0" aria-hidden="true">TH</span>"#))
        let journey = try #require(page["journeys"]?[0])
        #expect(journey["sparklineSVG"]?.string?.contains("class=\"sparkline\"") == true)
        #expect(journey["pains"]?.items.map { $0["text"]?.string } == ["Delivery cost shows late", "Ads look alike", "Sizes differ"])
        #expect(journey["pains"]?[0]?["href"] == .text("../journeys/trail-running.html#tp-cart"))
    }
}
