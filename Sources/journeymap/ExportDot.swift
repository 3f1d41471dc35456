import ArgumentParser
import JourneyMapKit

extension Export {
    struct Dot: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dot",
            abstract: "Print the DOT text of every journey's flow diagram and of the lifecycle overview.",
            discussion: """
                Without --output the graphs go to standard output, each after a comment line \
                naming it. With --output DIR they are written to DIR/<journey-id>.dot and \
                DIR/overview.dot; a file of one of those names is replaced only when an \
                earlier export of the same graph wrote it (exit 2 otherwise, nothing written). \
                Interrupted, the export removes its partial file and exits 130 (SIGINT) or \
                143 (SIGTERM).
                """
        )

        @OptionGroup var options: MapsOptions

        @Option(help: "Write one .dot file per graph into this folder instead of standard output.")
        var output: String?

        func run() throws {
            try ExportDotAction(maps: options.maps, output: output).run(console: .standard).finish()
        }
    }
}
