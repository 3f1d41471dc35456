import Testing
@testable import JourneyCore

/// The constructs of Mermaid's journey grammar, read as Mermaid reads them, and the
/// places where the import reads what the author meant and warns.
@Suite struct MermaidParserTests {
    @Test func titleDefinition() throws {
        let journey = try #require(MermaidFixtures.journey("journey\ntitle Adding journey diagram functionality to mermaid"))
        #expect(journey.title == "Adding journey diagram functionality to mermaid")
        #expect(journey.sections.isEmpty)
        #expect(journey.line == 1)
    }

    @Test func taskDefinitions() throws {
        let result = MermaidFixtures.parse(MermaidFixtures.tasks)
        #expect(result.warnings.isEmpty)
        let journey = try #require(result.journeys.first)
        #expect(journey.sections.map(\.title) == ["Documentation", "Another section"])
        let tasks = journey.tasks
        #expect(tasks.map(\.title) == ["A task", "B task", "C task", "D task", "E task", "P task", "Q task", "R task"])
        #expect(tasks.map(\.score) == [5, 3, 5, 5, 5, 5, 5, 5])
        // Mermaid keeps an empty actor for `5:`; the import drops it.
        #expect(tasks.map(\.actors) == [["Alice", "Bob", "Charlie"], ["Bob", "Charlie"], [], ["Charlie", "Alice"], [], [], [], []])
        #expect(tasks.map(\.line) == [4, 5, 6, 7, 8, 10, 11, 12])
    }

    @Test func accessibilityOneLine() throws {
        let journey = try #require(MermaidFixtures.journey(MermaidFixtures.shopping))
        #expect(journey.accessibleTitle == "Shopping")
        #expect(journey.accessibleDescription == "A user journey for family shopping")
        #expect(journey.title == nil)
        #expect(journey.tasks[1].actors == ["Dad", "Mum", "Child1", "Child2"])
    }

    @Test func accessibilityBlockThenTitleOnTheClosingLine() throws {
        let journey = try #require(MermaidFixtures.journey(MermaidFixtures.accessibility))
        #expect(journey.accessibleDescription == "A user journey for\nfamily shopping")
        #expect(journey.title == "Adding journey diagram functionality to mermaid")
        #expect(journey.accessibleTitle == "Adding acc journey diagram functionality to mermaid")
        #expect(journey.sections.map(\.title) == ["Order from website"])
    }

    @Test func accessibleTitleAlone() throws {
        let journey = try #require(MermaidFixtures.journey("journey\n    accTitle: The title\n    section Order from website"))
        #expect(journey.accessibleTitle == "The title")
        #expect(journey.accessibleDescription == nil)
    }

    @Test func lineBreakFormsInNamesBecomeSpaces() throws {
        let journey = try #require(MermaidFixtures.journey(
            "journey\ntitle A<br>B\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n  Go <BR> home: 3: Me<br/>You"))
        #expect(journey.title == "A B")
        #expect(journey.sections[0].title == "Line1 Line2 Line3 Line4 Line5")
        #expect(journey.tasks[0].title == "Go home")
        #expect(journey.tasks[0].actors == ["Me You"])
    }

    @Test func commentsAndDirectivesAreDropped() throws {
        let text = """
            %%{init: {"theme": "forest"}}%%
            %% a comment before the diagram
            journey
              %%{
                init: {"journey": {"diagramMarginX": 10}}
              }%%
              title Day %% not part of the title
              %% section Hidden
              section Work
                # a comment in the lexer's other form
                Make tea: 5: Me %% trailing
            """
        let result = MermaidFixtures.parse(text)
        let journey = try #require(result.journeys.first)
        #expect(result.warnings.isEmpty)
        #expect(journey.title == "Day")
        #expect(journey.sections.map(\.title) == ["Work"])
        #expect(journey.tasks.map(\.title) == ["Make tea"])
        #expect(journey.tasks[0].actors == ["Me"])
    }

    @Test func textSurvives() throws {
        let text = "journey\n\ttitle Café & \"Bar\" 'quotes'\n\t\tsection 購入 😀\n\t\t\t注文する & pay \"now\": 4: 顾客, Staff 👩‍🍳"
        let journey = try #require(MermaidFixtures.journey(text))
        #expect(journey.title == "Café & \"Bar\" 'quotes'")
        #expect(journey.sections[0].title == "購入 😀")
        #expect(journey.tasks[0].title == "注文する & pay \"now\"")
        #expect(journey.tasks[0].actors == ["顾客", "Staff 👩‍🍳"])
        #expect(journey.tasks[0].score == 4)
    }

    @Test func keywordsAreCaseInsensitive() throws {
        let journey = try #require(MermaidFixtures.journey("JOURNEY\nTitle T\nSECTION S\n  Task: 2"))
        #expect(journey.title == "T")
        #expect(journey.sections.map(\.title) == ["S"])
        #expect(journey.tasks.map(\.score) == [2])
    }

    @Test func sectionWithoutTasksKeepsItsStage() throws {
        let journey = try #require(MermaidFixtures.journey("journey\nsection Empty\nsection Full\n  Do: 3"))
        #expect(journey.sections.map(\.title) == ["Empty", "Full"])
        #expect(journey.sections.map(\.tasks.count) == [0, 1])
    }

    @Test func tasksBeforeAnySectionGoIntoSteps() throws {
        let journey = try #require(MermaidFixtures.journey("journey\n  Wake up: 2: Me\nsection Work\n  Do: 3"))
        #expect(journey.sections.map(\.title) == ["Steps", "Work"])
        #expect(journey.sections[0].tasks.map(\.title) == ["Wake up"])
    }

    @Test func colonsInATaskNameAreKept() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  Auswertung: Trends und Verteilung: 4: Web-App")
        let task = try #require(result.journeys.first?.tasks.first)
        #expect(task.title == "Auswertung: Trends und Verteilung")
        #expect(task.score == 4)
        #expect(task.actors == ["Web-App"])
        #expect(result.warnings == [MermaidWarning(line: 3, "task name 'Auswertung: Trends und Verteilung' holds a colon: "
            + "it is kept whole, but Mermaid itself cuts a task name at its first colon (it shows 'Auswertung')")])
    }

    @Test func aLineWithoutANumberKeepsTheTextBeforeItsFirstColon() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  Make tea: Hello: Me")
        let task = try #require(result.journeys.first?.tasks.first)
        #expect(task.title == "Make tea")
        #expect(task.score == nil)
        #expect(task.actors == ["Me"])
        #expect(result.warnings.map(\.line) == [3])
        #expect(result.warnings[0].message.contains("no score that is a number from 1 to 5 ('Hello')"))
    }

    /// Mermaid's tests expect these scores to be rejected.
    @Test(arguments: ["Hello", "-10", "6", "23", "0", "Infinity"])
    func aScoreOutsideOneToFiveGivesNoEmotion(score: String) throws {
        let result = MermaidFixtures.parse("journey\nsection S\n\n  Task: \(score): Me")
        let task = try #require(result.journeys.first?.tasks.first)
        #expect(task.title == "Task")
        #expect(task.score == nil)
        #expect(task.actors == ["Me"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.line == 4)
        #expect(result.warnings.first?.message.contains("'\(score)'") == true)
    }

    @Test func decimalScoresAreKeptAndMoreThanOneDecimalWarns() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  A: 3.5\n  B: 4.25: Me")
        #expect(result.journeys.first?.tasks.map(\.score) == [3.5, 4.25])
        #expect(result.warnings.map(\.line) == [4])
    }

    @Test func noEmotionCommentReadsBackAsNoEmotion() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  %% no emotion\n  A: 3: Me\n  B: 3")
        #expect(result.journeys.first?.tasks.map(\.score) == [nil, 3])
        #expect(result.warnings.isEmpty)
    }

    @Test func textAfterTheActorsIsDroppedAsMermaidDoes() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  Task: 5: Me: extra")
        let task = try #require(result.journeys.first?.tasks.first)
        #expect((task.title, task.score, task.actors) == ("Task", 5, ["Me"]))
        #expect(result.warnings.count == 1)
    }

    @Test func lookAlikesAndTheGuardMarkMapBack() throws {
        let journey = try #require(MermaidFixtures.journey(
            "journey\ntitle A\u{FF03}1\u{FF1B} b\nsection Step\u{A789} one\n  \u{200B}Journey planning\u{A789} x: 4: Ann\u{A789} B"))
        #expect(journey.title == "A#1; b")
        #expect(journey.sections[0].title == "Step: one")
        #expect(journey.tasks[0].title == "Journey planning: x")
        #expect(journey.tasks[0].actors == ["Ann: B"])
    }

    @Test func semicolonsAndNumberSignsEndAStatement() throws {
        let result = MermaidFixtures.parse("journey\ntitle Day # comment\nsection S; more\n  Task: 4: Me # Child")
        let journey = try #require(result.journeys.first)
        #expect(journey.title == "Day")
        #expect(journey.sections[0].title == "S")
        #expect(journey.tasks[0].actors == ["Me"])
        #expect(result.warnings.map(\.line) == [3])
    }

    @Test func aTaskThatStartsWithTheWordJourneyStaysATask() throws {
        let result = MermaidFixtures.parse("journey\nsection S\n  Journey planning: 4: Me\njourney title Next")
        #expect(result.journeys.map(\.title) == [nil, "Next"])
        #expect(result.journeys.first?.tasks.map(\.title) == ["Journey planning"])
        #expect(result.warnings.map(\.line) == [3])
    }

    @Test func otherDiagramsAreNotJourneys() {
        #expect(MermaidFixtures.parse("flowchart LR\n  A --> B").journeys.isEmpty)
        #expect(MermaidFixtures.parse("").journeys.isEmpty)
    }

    @Test func frontMatterGivesTheTitle() throws {
        let journey = try #require(MermaidFixtures.journey("---\ntitle: \"Shopping: Saturday\"\nconfig:\n  theme: base\n---\njourney\nsection S"))
        #expect(journey.title == "Shopping: Saturday")
        #expect(journey.line == 6)
    }

    @Test func aStreamOfDiagramsReadsAsSeveral() {
        let text = "%% journey: a\njourney\n    title A\n    section S\n      T: 4\n\n%% journey: b\njourney\n    title B\n"
        let result = MermaidFixtures.parse(text)
        #expect(result.journeys.map(\.title) == ["A", "B"])
        #expect(result.journeys.map(\.line) == [2, 8])
    }

    @Test func unnamedSectionsAndTasksGetNamesAndWarn() throws {
        let result = MermaidFixtures.parse("journey\nsection \t\n  : 4: Me\n  Plain text")
        let journey = try #require(result.journeys.first)
        #expect(journey.sections.map(\.title) == ["Section 1"])
        #expect(journey.tasks.map(\.title) == ["Task 1", "Plain text"])
        #expect(journey.tasks.map(\.score) == [4, nil])
        #expect(result.warnings.map(\.line) == [2, 3, 4])
    }
}
