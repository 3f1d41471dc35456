@testable import JourneyCore

/// Mermaid `journey` texts written for these tests after the cases of Mermaid's own
/// parser tests (journey.spec and journeyDb.spec) and its grammar (journey.jison).
enum MermaidFixtures {
    /// Parses `text` as a whole Mermaid file.
    static func parse(_ text: String) -> MermaidParser.Result {
        MermaidParser.parse(MermaidSource.chunks(in: text, markdown: false)[0].lines)
    }

    /// The only diagram of `text`.
    static func journey(_ text: String) -> MermaidJourney? {
        parse(text).journeys.first
    }

    /// Mermaid's task-definition case: scores, actors with and without a space after the
    /// colon, no actors field, and an empty one (`5:`), over two sections.
    static let tasks = """
        journey
        title Adding journey diagram functionality to mermaid
        section Documentation
        A task: 5: Alice, Bob, Charlie
        B task: 3:Bob, Charlie
        C task: 5
        D task: 5: Charlie, Alice
        E task: 5:
        section Another section
        P task: 5:
        Q task: 5:
        R task: 5:
        """

    /// journeyDb's shopping trip, as a diagram with accessibility texts.
    static let shopping = """
        journey
            accTitle: Shopping
            accDescr: A user journey for family shopping
            section Journey to the shops
              Get car keys: 5: Dad
              Go to car: 3: Dad, Mum, Child1, Child2
              Drive to supermarket: 4: Dad
            section Do shopping
              Go shopping: 5: Mum
        """

    /// The multi-line description case: the block closes on the line that goes on with
    /// `title`, as in Mermaid's test.
    static let accessibility = """
        journey
        accDescr {
                A user journey for
                family shopping
              }title Adding journey diagram functionality to mermaid
        accTitle: Adding acc journey diagram functionality to mermaid
        section Order from website
        """
}
