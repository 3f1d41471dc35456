import ArgumentParser
import JourneyMapKit

extension NewAction.Kind: ExpressibleByArgument {}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a project: a maps folder with a starter journey, and a GitHub Actions workflow.",
        discussion: """
            Creates DIR/maps/ (a journey, a persona and segment library, journeymap.yml with \
            its settings explained) and DIR/.github/workflows/journeymap.yml (check on pull \
            requests, publish to GitHub Pages from main). Writes nothing if any of those \
            files exists, or if DIR/maps exists and is not empty.
            """
    )

    @Argument(help: "The project folder (default: the current folder).")
    var directory = "."

    func run() throws {
        try InitAction(directory: directory).run(console: .standard).finish()
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a skeleton journey, persona or segment file, named after its title.",
        discussion: """
            A journey goes to MAPS/<slug>.md, a persona to MAPS/personas/<slug>.md, a \
            segment to MAPS/segments/<slug>.md. Never overwrites a file; refuses an id the \
            maps folder already has.
            """
    )

    @Argument(help: "journey, persona or segment.")
    var kind: NewAction.Kind

    @Argument(help: "The title; the id and file name are its slug.")
    var title: String

    @OptionGroup var options: MapsOptions

    func run() throws {
        try NewAction(kind: kind, title: title, maps: options.maps).run(console: .standard).finish()
    }
}
