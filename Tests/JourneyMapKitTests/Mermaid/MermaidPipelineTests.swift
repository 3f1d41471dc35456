@testable import JourneyOutputs
import Testing
@testable import JourneyCore
import JourneyMapKit
import TestSupport

/// Imported maps through the real parser: they check with no errors and read back as
/// the diagrams said; and the round trip map -> Mermaid -> map.
@Suite struct MermaidPipelineTests {
    static let hostile = """
        %%{init: {"theme": "dark"}}%%
        journey
          title Tom & Jerry's *"fun"* <b>day</b> &amp\u{FF1B} [x](y) \\ _z_ `c`
          accDescr {
            Line <one>
            & *two*
          }
          Wake up: 4: Me
        \tsection Step: one
        \t\tJourney planning: 5: Me, , Cat,
        \t\tAuswertung: Trends und Verteilung: 4: Web-App
        \t\tMake tea: Hello: Me
        \t\tBad: 23
        \t\t購入 😀: 3.5: 顾客
        \t\tEnds in braces {x}: 2
        \t\t# heading-like: 3
          section Empty
          section Step: one
            Make tea: 1: Me
        """

    /// Mermaid's documentation example, with an accessible title and description.
    static let workingDay = """
        journey
            title My working day
            accTitle: A working day
            accDescr: From tea to sofa
            section Go to work
              Make tea: 5: Me
              Go upstairs: 3: Me
              Do work: 1: Me, Cat
            section Go home
              Go downstairs: 5: Me
              Sit down: 5: Me
        """

    static let fixtures: [String] = [workingDay, hostile, "journey\ntitle Step: one\nsection 購入\n  注文: 2\n  Empty actors: 4: ,",
                                      "journey\n  only: 1\n  tasks: 5:"]

    static func imported(_ text: String) throws -> (MermaidJourney, Project) {
        let journey = try #require(MermaidParser.parse(MermaidSource.chunks(in: text, markdown: false)[0].lines).journeys.first)
        let map = try #require(MermaidImport.maps([.init(journey: journey, fallbackTitle: "fixture")]).first)
        return (journey, try MapsFolder([map.fileName: map.text]).project())
    }

    @Test(arguments: fixtures.indices)
    func importedMapsCheckWithoutErrorsAndReadBack(index: Int) throws {
        let (mermaid, project) = try Self.imported(Self.fixtures[index])
        #expect(!project.hasErrors, "\(project.diagnostics.map(\.message))")
        let journey = try #require(project.journeys.first)
        #expect(journey.title == mermaid.title ?? "fixture")
        #expect(journey.stages.map(\.header.title) == mermaid.sections.map(\.title))
        #expect(journey.touchpoints.map(\.header.title) == mermaid.tasks.map(\.title))
        #expect(journey.touchpoints.map { $0.emotion?.value.score } == mermaid.tasks.map { $0.score.map { (($0 - 3) * 10).rounded() / 10 } })
        #expect(journey.touchpoints.map(\.actors) == mermaid.tasks.map(\.actors))
        #expect(journey.touchpoints.allSatisfy { $0.channels == ["none"] })
    }

    @Test func hostileTitlesSurvive() throws {
        let (_, project) = try Self.imported(Self.hostile)
        let journey = try #require(project.journeys.first)
        #expect(journey.title == "Tom & Jerry's *\"fun\"* <b>day</b> &amp; [x](y) \\ _z_ `c`")
        #expect(journey.stages.map(\.header.title) == ["Steps", "Step: one", "Empty", "Step: one"])
        #expect(journey.stages.map(\.header.id) == ["steps", "step-one", "empty", "step-one-2"])
        #expect(journey.touchpoints.map(\.header.title) == ["Wake up", "Journey planning", "Auswertung: Trends und Verteilung",
                                                            "Make tea", "Bad", "購入 😀", "Ends in braces {x}", "Make tea"])
        #expect(journey.touchpoints[1].actors == ["Me", "Cat"])
        #expect(journey.document.description.markdown.contains("Accessible description: Line \\<one> & \\*two\\*"))
    }

    /// map -> Mermaid -> map: stages, touchpoint titles and rounded emotions come back;
    /// no emotion stays none.
    @Test func roundTrip() throws {
        let body = """
            ### Touchpoint: App: first run # 1; ok {#first}
            - channel: app
            - emotion: -2 angry
            - actor: Customer, Support: tier 1

            ### Touchpoint: Journey planning 100%% done
            - channel: web

            ## Stage: Pay: now; later

            ### Touchpoint: Pay
            - channel: web
            - emotion: +1.5 relieved

            ### Touchpoint: Title page
            - channel: web
            - emotion: 0.4

            """
        let project = try MapsFolder.journey(body).project()
        #expect(!project.hasErrors, "\(project.diagnostics.map(\.message))")
        let stream = MermaidExport.stream(project)
        let parsed = MermaidParser.parse(MermaidSource.chunks(in: stream, markdown: false)[0].lines)
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
        let maps = MermaidImport.maps(parsed.journeys.map { .init(journey: $0, fallbackTitle: "x") })
        let back = try MapsFolder(Dictionary(uniqueKeysWithValues: maps.map { ($0.fileName, $0.text) })).project()
        #expect(!back.hasErrors, "\(back.diagnostics.map(\.message))")
        let before = try #require(project.journeys.first)
        let after = try #require(back.journeys.first)
        #expect(after.title == before.title)
        #expect(after.stages.map(\.header.title) == before.stages.map(\.header.title))
        #expect(after.touchpoints.map(\.header.title) == before.touchpoints.map(\.header.title))
        #expect(after.touchpoints.map { $0.emotion?.value.score } == [-2, nil, 2, 0])
        #expect(after.touchpoints[0].actors == ["Customer", "Support: tier 1"])
    }
}
