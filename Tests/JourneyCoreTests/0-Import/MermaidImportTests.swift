import Testing
@testable import JourneyCore

/// The maps that import writes, as text: the pipeline tests check that they parse
/// back to the same titles with no errors.
@Suite struct MermaidImportTests {
    static func map(_ mermaid: String, fallback: String = "journey") throws -> String {
        let journey = try #require(MermaidFixtures.journey(mermaid))
        return MermaidImport.markdown(journey, fallbackTitle: fallback)
    }

    @Test func shoppingTrip() throws {
        let text = try Self.map("journey\ntitle Shopping\n" + MermaidFixtures.shopping.split(separator: "\n").dropFirst().joined(separator: "\n"))
        #expect(text == """
            ---
            title: "Shopping"
            ---

            # Shopping

            Accessible title: Shopping

            Accessible description: A user journey for family shopping

            ## Stage: Journey to the shops

            ### Touchpoint: Get car keys
            - channel: none
            - emotion: +2
            - actor: Dad

            ### Touchpoint: Go to car
            - channel: none
            - emotion: 0
            - actor: Dad, Mum, Child1, Child2

            ### Touchpoint: Drive to supermarket
            - channel: none
            - emotion: +1
            - actor: Dad

            ## Stage: Do shopping

            ### Touchpoint: Go shopping
            - channel: none
            - emotion: +2
            - actor: Mum


            """)
    }

    @Test func emotionIsScoreMinusThree() throws {
        let text = try Self.map("journey\nsection S\n  A: 1\n  B: 2.5\n  C: 4.25\n  D: Hello")
        let emotions = text.split(separator: "\n").filter { $0.hasPrefix("- emotion:") }
        #expect(emotions == ["- emotion: -2", "- emotion: -0.5", "- emotion: +1.3"])
    }

    @Test func repeatedNamesGetUniqueIds() throws {
        let text = try Self.map("journey\nsection Go\n  Tea: 3\n  Tea: 4\nsection Go\n  Tea: 5\nsection 購入\n  注文: 2")
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }.dropFirst()
        #expect(Array(headings) == [
            "## Stage: Go", "### Touchpoint: Tea", "### Touchpoint: Tea {#tea-2}",
            "## Stage: Go {#go-2}", "### Touchpoint: Tea {#tea-3}",
            "## Stage: 購入 {#stage-3}", "### Touchpoint: 注文 {#touchpoint-4}",
        ])
    }

    @Test func markdownInTitlesIsEscaped() throws {
        let text = try Self.map("journey\ntitle *Bold* & [link](x)\nsection a_b `code` <b> &amp\u{FF1B} C \u{FF03}\n  T {x}: 3")
        #expect(text.contains("# \\*Bold\\* & \\[link\\](x)\n"))
        #expect(text.contains("## Stage: a\\_b \\`code\\` \\<b> \\&amp; C \\#\n"))
        #expect(text.contains("### Touchpoint: T {x} {#t-x}\n"))
        #expect(text.hasPrefix("---\ntitle: \"*Bold* & [link](x)\"\n---\n"))
    }

    @Test func aTitleThatReadsAsAnElementHeadingStaysInTheFrontMatter() throws {
        let text = try Self.map("journey\ntitle Step: one\nsection S")
        #expect(text == "---\ntitle: \"Step: one\"\n---\n\n## Stage: S\n\n")
    }

    @Test func withoutTitleTheFileNameNamesTheJourney() throws {
        let journey = try #require(MermaidFixtures.journey("journey\nsection S"))
        let maps = MermaidImport.maps([
            .init(journey: journey, fallbackTitle: "README"),
            .init(journey: journey, fallbackTitle: "購入"),
        ])
        #expect(maps.map(\.fileName) == ["readme.md", "journey.md"])
        #expect(maps[0].text.hasPrefix("---\ntitle: \"README\"\n"))
    }

    @Test func sameSlugsGetNumbersInOrder() throws {
        let a = try #require(MermaidFixtures.journey("journey\ntitle My day"))
        let b = try #require(MermaidFixtures.journey("journey\ntitle My Day!"))
        let c = try #require(MermaidFixtures.journey("journey\ntitle Other"))
        let maps = MermaidImport.maps([.init(journey: a, fallbackTitle: "x"), .init(journey: c, fallbackTitle: "x"),
                                       .init(journey: b, fallbackTitle: "x"), .init(journey: a, fallbackTitle: "x")])
        #expect(maps.map(\.fileName) == ["my-day.md", "other.md", "my-day-2.md", "my-day-3.md"])
    }

    @Test func yamlQuoting() {
        #expect(MapMarkdownText.yamlQuoted("a \"b\" \\ c\td\u{1}") == "\"a \\\"b\\\" \\\\ c\\td\\x01\"")
    }

    @Test func sameDiagramSameBytes() throws {
        #expect(try Self.map(MermaidFixtures.tasks) == Self.map(MermaidFixtures.tasks))
    }
}
