import ArgumentParser
import JourneyCore
import JourneyMapKit
import JourneyOutputs

extension DiffAction.Format: ExpressibleByArgument {}

extension DiffFailure: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two maps folders, for pull requests.",
        discussion: """
            Journeys, stages, touchpoints and tactics are matched by id: added, removed, \
            renamed or moved; per touchpoint the emotion, priority, rank, focus and pains; \
            per tactic the status, ICE, quadrant and experiment size; KPIs; and the \
            diagnostics that are new or fixed. A folder that does not exist counts as \
            empty. Exit status 0 with or without changes, 1 when a --fail-on condition \
            is met, 2 when a folder cannot be read.
            """
    )

    @Argument(help: "The maps folder before the change (for example a git worktree of the base branch).")
    var base: String

    @Argument(help: "The maps folder after the change.")
    var head: String

    @Option(help: "Output format: markdown (a pull-request comment), json or text.")
    var format: DiffAction.Format = .markdown

    @Option(name: .customLong("fail-on"),
            help: "Exit 1 when: new-errors, lost-focus-tactic, emotion-drop (by 1 point) or emotion-drop=N. Repeatable.")
    var failOn: [DiffFailure] = []

    func run() throws {
        try DiffAction(base: base, head: head, format: format, failOn: failOn).run(console: .standard).finish()
    }
}
