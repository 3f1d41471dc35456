import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// Journeys written as Mermaid `journey` diagrams.
@Suite struct MermaidExportTests {
    /// The export read back by the importer's parser, as a whole Mermaid file.
    static func readBack(_ text: String) -> MermaidParser.Result {
        MermaidParser.parse(MermaidSource.chunks(in: text, markdown: false)[0].lines)
    }

    @Test func trailRunning() throws {
        let project = SiteTestProject.trailProject()
        let journey = try #require(project.journeys.first)
        #expect(MermaidExport.diagram(journey, personas: project.personas) == """
            journey
                title From hiking boots to trail running
                section Awareness
                  Instagram ad: 3: Trail-curious hiker
                section Purchase
                  Product page: 4: Trail-curious hiker
                  Cart: 2: Trail-curious hiker

            """)
    }

    @Test func scoresAreRoundedEmotionsPlusThreeWithinOneToFive() {
        #expect([-2, -1.5, -0.5, 0, 0.4, 0.5, 1.5, 2].map { MermaidExport.score(Emotion(score: $0)) } == [1, 1, 2, 3, 3, 4, 5, 5])
        #expect(MermaidExport.score(nil) == 3)
    }

    @Test func textIsMadeSafeForTheGrammar() throws {
        var doc = SiteTestProject.trailRunning(title: "Trail: running #1; go")
        doc.stages[0].header.title = "Step: one # two; three"
        doc.stages[0].touchpoints[0].header.title = "Journey planning: ad"
        doc.stages[0].touchpoints[0].actors = ["Ann: B", "C, D #2"]
        doc.stages[0].touchpoints[0].emotion = nil
        doc.stages[1].touchpoints[0].header.title = "%%x"
        doc.stages[1].touchpoints[1].header.title = "a%%b"
        let project = SiteTestProject.project([SiteTestProject.library(), doc])
        let text = MermaidExport.diagram(try #require(project.journeys.first), personas: project.personas)
        #expect(text == """
            journey
                title Trail: running \u{FF03}1\u{FF1B} go
                section Step\u{A789} one \u{FF03} two\u{FF1B} three
                  %% no emotion
                  \u{200B}Journey planning\u{A789} ad: 3: Ann\u{A789} B, C\u{FF0C} D \u{FF03}2
                section Purchase
                  %\u{FF05}x: 4: Trail-curious hiker
                  a%\u{FF05}b: 2: Trail-curious hiker

            """)
        let back = try #require(Self.readBack(text).journeys.first)
        #expect(back.title == "Trail: running #1; go")
        #expect(back.sections.map(\.title) == ["Step: one # two; three", "Purchase"])
        #expect(back.tasks.map(\.title) == ["Journey planning: ad", "%%x", "a%%b"])
        #expect(back.tasks.map(\.score) == [nil, 4, 2])
        #expect(back.tasks[0].actors == ["Ann: B", "C\u{FF0C} D #2"])
    }

    @Test func streamNamesEachJourney() throws {
        let second = SiteTestProject.trailRunning(title: "Second")
        var renamed = second
        renamed.id = "second"
        renamed.file = "maps/second.md"
        let project = SiteTestProject.project([SiteTestProject.library(), SiteTestProject.trailRunning(), renamed])
        let stream = MermaidExport.stream(project)
        #expect(stream.hasPrefix("%% journey: trail-running\njourney\n"))
        #expect(stream.contains("      Cart: 2: Trail-curious hiker\n\n%% journey: second\njourney\n    title Second\n"))
        #expect(Self.readBack(stream).journeys.map(\.title) == ["From hiking boots to trail running", "Second"])
    }
}
